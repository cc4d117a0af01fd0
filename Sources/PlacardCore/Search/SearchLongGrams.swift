import Foundation

/// Long grams (`docs/search.md`, "Terms"): runs of 4 to `SearchIndexFormat.maxLongGram`
/// adjacent Han characters kept as terms of their own, with scored postings and no
/// positions, so that a query of that many characters reads one posting list instead of the
/// position blocks of its triples (which, for a phrase a site repeats on every page, are ten
/// times the bytes of a two-character query).
///
/// A run is indexed wherever it occurs when one of its triples (first, last or inner) is
/// *common* (a position block over `SearchIndexFormat.commonTriplePositionBytes`). That
/// depends on the run's text alone, so a long gram's postings are exact; a run the dictionary
/// lacks either occurs nowhere (when a triple is common, which the triple's flag tells) or has
/// only rare triples, whose positions are cheap to check.
enum SearchLongGrams {
    /// A triple of Han scalars as the `common` set holds it.
    @inline(__always)
    static func tripleKey(_ s: UnsafeBufferPointer<UInt32>, _ i: Int) -> UInt64 {
        UInt64(s[i]) | UInt64(s[i + 1]) << 21 | UInt64(s[i + 2]) << 42
    }

    /// The packed key of the triple term `key` when it is three Han characters.
    static func tripleKey(_ key: [UInt8]) -> UInt64? {
        let scalars = Array(String(decoding: key, as: UTF8.self).unicodeScalars)
        guard scalars.count == 3, scalars.allSatisfy(CJK.isHan) else { return nil }
        return UInt64(scalars[0].value) | UInt64(scalars[1].value) << 21 | UInt64(scalars[2].value) << 42
    }

    /// Collects the long grams of consecutive documents (in id order) with per-field counts.
    final class Collector {
        private(set) var table = SearchLongGramTable()
        private let common: SearchTermHashTable
        private let score: @Sendable (UInt64, Int) -> UInt8
        private let folder = SearchFolder()
        private var scalars: [Unicode.Scalar] = []
        private var han: [UInt32] = []
        private var commonAt: [Bool] = []

        init(common: SearchTermHashTable, score: @escaping @Sendable (UInt64, Int) -> UInt8) {
            self.common = common
            self.score = score
        }

        func add(doc: UInt32, segments: [(SearchIndexFormat.Field, String)]) {
            guard common.count > 0 else { return }
            defer { table.finish(doc: doc, score: score) }
            for (field, text) in segments {
                scalars.removeAll(keepingCapacity: true)
                for s in text.unicodeScalars { folder.fold(s, into: &scalars) }
                var i = 0
                while i < scalars.count {
                    guard CJK.isHan(scalars[i]) else { i += 1; continue }
                    var end = i + 1
                    while end < scalars.count && CJK.isHan(scalars[end]) { end += 1 }
                    if end - i >= 4 { addRun(scalars[i..<end], doc: doc, field: field.rawValue) }
                    i = end
                }
            }
        }

        private func addRun(_ run: ArraySlice<Unicode.Scalar>, doc: UInt32, field: Int) {
            han.removeAll(keepingCapacity: true)
            for s in run { han.append(s.value) }
            let n = han.count
            commonAt.removeAll(keepingCapacity: true)
            han.withUnsafeBufferPointer { s in
                for p in 0...(n - 3) { commonAt.append(common.find(SearchLongGrams.tripleKey(s, p)) >= 0) }
                for p in 0...(n - 4) {
                    var h: UInt64 = 0
                    for k in 0..<3 { h = SearchLongGramTable.hash(h, s[p + k]) }
                    // Whether a triple of the run p ..< p + length is common.
                    var holdsCommon = commonAt[p]
                    for length in 4...min(SearchIndexFormat.maxLongGram, n - p) {
                        h = SearchLongGramTable.hash(h, s[p + length - 1])
                        holdsCommon = holdsCommon || commonAt[p + length - 3]
                        guard holdsCommon else { continue }
                        table.record(table.id(s, from: p, count: length, hash: h), doc: doc, field: field)
                    }
                }
            }
        }
    }

    /// The long grams of `documents` (sorted by id), collected on every core; `score` turns a
    /// posting's field counts into its score byte.
    static func terms(_ documents: [SearchDocument], common: SearchTermHashTable,
                      score: @escaping @Sendable (UInt64, Int) -> UInt8) -> [SearchTermTable.Term] {
        guard common.count > 0 else { return [] }
        let parts = documents.count >= 256 ? min(Parallel.width, documents.count / 128) : 1
        var tables = Parallel.map(parts) { part in
            let collector = Collector(common: common, score: score)
            for d in (documents.count * part / parts)..<(documents.count * (part + 1) / parts) {
                collector.add(doc: UInt32(d), segments: SearchIndexWriter.segments(of: documents[d]))
            }
            return collector.table
        }
        // Taken out of the array, so that merging into it copies nothing.
        var all = tables.removeFirst()
        while !tables.isEmpty { all.merge(tables.removeFirst()) }
        let table = all
        var terms = Parallel.map(table.count) { g in
            let (docs, scores) = table.postings(g)
            return SearchTermTable.Term(key: Array(table.text(g).utf8), docs: docs, scores: scores,
                                        idf: SearchTermTable.idf(documents: documents.count, containing: docs.count),
                                        positions: [])
        }
        // A long gram whose postings equal those of the gram one character shorter (a phrase
        // that always goes on the same way) refers to it instead (flag 8): its key sorts
        // just after, so the reader finds it in the same shard or the one before.
        var aliases: [Int] = []
        for g in 0..<table.count {
            if let p = table.shorter(g), terms[p].docs == terms[g].docs, terms[p].scores == terms[g].scores { aliases.append(g) }
        }
        for g in aliases {
            terms[g].docs = []
            terms[g].scores = []
            terms[g].alias = true
        }
        return terms
    }
}

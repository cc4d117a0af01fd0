import Foundation

/// Long grams (`docs/search.md`, "Terms"): runs of 4 to `SearchIndexFormat.maxLongGram`
/// adjacent Han characters kept as terms of their own, with scored postings and no
/// positions, so that a query of that many characters reads one posting list instead of the
/// position blocks of its triples (which, for a phrase a site repeats on every page, are ten
/// times the bytes of a two-character query).
///
/// A run is indexed wherever it occurs when its first or its last triple is *common* (a
/// position block over `SearchIndexFormat.commonTriplePositionBytes`). That depends on the
/// run's text alone, so a long gram's postings are exact; a run the dictionary lacks either
/// occurs nowhere (when an end triple is common, which the triple's flag tells) or has rare
/// end triples, whose positions are cheap to check.
enum SearchLongGrams {
    /// Up to eight Han scalars (18 bits each, 21 reserved) and the length, packed.
    struct Key: Hashable {
        var a: UInt64
        var b: UInt64
        var c: UInt64
    }

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
        private(set) var ids: [Key: Int32] = [:]
        private(set) var keys: [Key] = []
        private(set) var docs: [[UInt32]] = []
        /// Four 16-bit counters (title, summary, body, meta) per posting.
        private(set) var counts: [[UInt64]] = []
        private let common: Set<UInt64>
        private let folder = SearchFolder()
        private var scalars: [Unicode.Scalar] = []
        private var han: [UInt32] = []
        private var commonStart: [Bool] = []

        init(common: Set<UInt64>) { self.common = common }

        func add(doc: UInt32, segments: [(SearchIndexFormat.Field, String)]) {
            guard !common.isEmpty else { return }
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
            commonStart.removeAll(keepingCapacity: true)
            han.withUnsafeBufferPointer { s in
                for p in 0...(n - 3) { commonStart.append(common.contains(SearchLongGrams.tripleKey(s, p))) }
                for p in 0...(n - 4) {
                    var key = Key(a: SearchLongGrams.tripleKey(s, p), b: 0, c: 0)
                    for length in 4...min(SearchIndexFormat.maxLongGram, n - p) {
                        let v = UInt64(s[p + length - 1])
                        switch length {
                        case 4, 5, 6: key.b |= v << (21 * UInt64(length - 4))
                        default: key.c |= v << (21 * UInt64(length - 7))
                        }
                        guard commonStart[p] || commonStart[p + length - 3] else { continue }
                        var full = key
                        full.c |= UInt64(length) << 42
                        record(full, doc: doc, field: field)
                    }
                }
            }
        }

        private func record(_ key: Key, doc: UInt32, field: Int) {
            let id: Int
            if let found = ids[key] { id = Int(found) } else {
                id = keys.count
                ids[key] = Int32(id)
                keys.append(key)
                docs.append([])
                counts.append([])
            }
            if docs[id].last != doc {
                docs[id].append(doc)
                counts[id].append(0)
            }
            let shift = UInt64(field * 16)
            let last = counts[id].count - 1
            if (counts[id][last] >> shift) & 0xFFFF < 0xFFFF { counts[id][last] += 1 << shift }
        }

        /// Appends another collector's grams; its documents come after this one's.
        func merge(_ other: Collector) {
            for (t, key) in other.keys.enumerated() {
                if let found = ids[key] {
                    docs[Int(found)].append(contentsOf: other.docs[t])
                    counts[Int(found)].append(contentsOf: other.counts[t])
                } else {
                    ids[key] = Int32(keys.count)
                    keys.append(key)
                    docs.append(other.docs[t])
                    counts.append(other.counts[t])
                }
            }
        }
    }

    /// The text of a packed key.
    static func text(_ key: Key) -> String {
        let length = Int(key.c >> 42)
        var view = String.UnicodeScalarView()
        for i in 0..<length {
            let word = i < 3 ? key.a : i < 6 ? key.b : key.c
            view.append(Unicode.Scalar(UInt32((word >> (21 * UInt64(i % 3))) & 0x1F_FFFF))!)
        }
        return String(view)
    }

    /// The long grams of `documents` (sorted by id), collected on every core; `score` turns a
    /// posting's field counts into its score byte.
    static func terms(_ documents: [SearchDocument], common: Set<UInt64>,
                      score: @Sendable (UInt64, Int) -> UInt8) -> [SearchTermTable.Term] {
        guard !common.isEmpty else { return [] }
        let parts = documents.count >= 256 ? min(Parallel.width, documents.count / 128) : 1
        let collectors = Parallel.map(parts) { part in
            let collector = Collector(common: common)
            for d in (documents.count * part / parts)..<(documents.count * (part + 1) / parts) {
                collector.add(doc: UInt32(d), segments: SearchIndexWriter.segments(of: documents[d]))
            }
            return collector
        }
        for other in collectors.dropFirst() { collectors[0].merge(other) }
        let all = collectors[0]
        let (keys, allDocs, allCounts) = (all.keys, all.docs, all.counts)
        var terms = Parallel.map(keys.count) { t in
            let docs = allDocs[t]
            let scores = docs.indices.map { score(allCounts[t][$0], Int(docs[$0])) }
            return SearchTermTable.Term(key: Array(text(keys[t]).utf8), docs: docs, scores: scores,
                                        idf: SearchTermTable.idf(documents: documents.count, containing: docs.count),
                                        positions: [])
        }
        // A long gram whose postings equal those of the gram one character shorter (a phrase
        // that always goes on the same way) refers to it instead (flag 8): its key sorts
        // just after, so the reader finds it in the same shard or the one before.
        var byKey: [Key: Int] = [:]
        for (t, key) in all.keys.enumerated() { byKey[key] = t }
        var aliases: [Int] = []
        for (t, key) in all.keys.enumerated() where key.c >> 42 > 4 {
            let length = key.c >> 42
            var shorter = key
            shorter.c = key.c & ((1 << 42) - 1)
            switch length {
            case 5, 6: shorter.b &= (1 << (21 * (length - 4))) - 1
            case 7: shorter.c = 0
            default: shorter.c &= (1 << 21) - 1
            }
            shorter.c |= (length - 1) << 42
            if let p = byKey[shorter], terms[p].docs == terms[t].docs, terms[p].scores == terms[t].scores { aliases.append(t) }
        }
        for t in aliases {
            terms[t].docs = []
            terms[t].scores = []
            terms[t].alias = true
        }
        return terms
    }
}

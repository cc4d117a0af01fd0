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
/// On a small site (`SearchIndexFormat.everyRunUnits`), or a larger one where that adds few
/// grams (`everyRunTryUnits`), every run is indexed, and one the dictionary lacks occurs nowhere.
enum SearchLongGrams {
    /// Which runs of Han characters are long grams.
    enum Policy: Sendable {
        /// Every run on a small site (`SearchIndexFormat.everyRunUnits`), or on one of up to
        /// `everyRunTryUnits` units when that adds few grams; else those with a common triple.
        case automatic
        /// Those that hold a common triple, whatever the site (tests of the cover path).
        case commonTriples

        /// What to collect for a site of `units` units.
        func coverage(units: Int) -> Coverage {
            guard self == .automatic else { return .commonTriples }
            if units <= SearchIndexFormat.everyRunUnits { return .everyRun }
            if units <= SearchIndexFormat.everyRunTryUnits {
                return .everyRunIfFew(extra: Int(Double(units) * SearchIndexFormat.everyRunExtraGrams))
            }
            return .commonTriples
        }
    }

    enum Coverage: Equatable {
        case commonTriples, everyRun
        /// Every run, unless that adds more than `extra` grams to those with a common triple.
        case everyRunIfFew(extra: Int)
    }

    /// The packed key of the triple term `key` when it is three Han characters (as the
    /// `common` set holds it: `tripleKey(_:_:_:)`).
    /// Read from the UTF-8 bytes with no string made: it is asked of most terms, several times.
    static func tripleKey(_ key: [UInt8]) -> UInt64? {
        // A Han character takes 3 or 4 bytes.
        guard key.count >= 9 && key.count <= 12 else { return nil }
        return key.withUnsafeBufferPointer { bytes -> UInt64? in
            var i = 0
            var packed: UInt64 = 0
            for k in 0..<3 {
                guard i < bytes.count else { return nil }
                let lead = UInt32(bytes[i])
                let value: UInt32
                if lead & 0xF0 == 0xE0, i + 2 < bytes.count {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else if lead & 0xF8 == 0xF0, i + 3 < bytes.count {
                    value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                } else {
                    return nil
                }
                guard let scalar = Unicode.Scalar(value), CJK.isHan(scalar) else { return nil }
                packed |= UInt64(value) << UInt64(21 * k)
            }
            return i == bytes.count ? packed : nil
        }
    }

    /// Three Han scalars packed as the `common` set holds them (21 bits each).
    @inline(__always)
    static func tripleKey(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt64 {
        UInt64(a) | UInt64(b) << 21 | UInt64(c) << 42
    }

    /// Collects the long grams of consecutive documents (in id order) with per-field counts, in
    /// two passes over them. The first (`scan`) finds the grams of each different run, and no
    /// postings. A gram met once, in one run, has the postings of that run (its field counts are
    /// the run's), so the second (`add`) counts each occurrence of a run once, in the run's own
    /// chain of postings, and only the other grams (met in several runs, or twice in one) one
    /// by one. At 10,000 articles of `tools/gen-corpus.py` that is 15.6 million postings recorded
    /// where every gram's took 35.4 million, for a second folding of the text (docs/benchmarks.md).
    /// One thread uses a collector, so its properties skip the runtime's exclusivity checks
    /// (one a recorded gram, some 4% of a build).
    final class Collector {
        @exclusivity(unchecked) private(set) var table = SearchLongGramTable()
        private let common: SearchTermHashTable
        /// Every run is a gram, as if every triple were common.
        private let everyRun: Bool
        private let score: @Sendable (UInt64, Int) -> UInt8
        private let folder = SearchFolder()
        /// A segment's folded scalars, each Han one as its value and anything else as 0.
        @exclusivity(unchecked) private var han: [UInt32] = []
        /// The folded scalars `han` is made from.
        @exclusivity(unchecked) private var scalars: [Unicode.Scalar] = []
        @exclusivity(unchecked) private var expansion: [Unicode.Scalar] = []
        /// Per start in a run: the first start from there on of a common triple (or the run's length).
        @exclusivity(unchecked) private var nextCommon: [Int] = []
        /// The grams of runs met before, and those of the run being collected.
        @exclusivity(unchecked) private var runs: SearchLongGramRuns
        @exclusivity(unchecked) private var freshStarts: [UInt8] = []
        @exclusivity(unchecked) private var freshGrams: [Int32] = []
        /// Per gram (up to the last one marked), whether it is a gram of a run past the runs'
        /// capacity (first pass): it gets a chain of its own.
        @exclusivity(unchecked) private var unkept: [Bool] = []
        /// Per gram, whether it collects its own postings (`settle`).
        @exclusivity(unchecked) private var ownChain: [Bool] = []
        /// The chain of kept run r is `runChains + r`.
        @exclusivity(unchecked) private var runChains = 0

        /// `runsCapacity`: how many grams the runs met keep (`SearchLongGramRuns`).
        init(common: SearchTermHashTable, everyRun: Bool, runsCapacity: Int = SearchLongGramRuns.defaultCapacity,
             score: @escaping @Sendable (UInt64, Int) -> UInt8) {
            runs = SearchLongGramRuns(capacity: runsCapacity)
            self.common = common
            self.everyRun = everyRun
            self.score = score
        }

        /// First pass, over every document in id order: finds the grams of each different run
        /// (their ids, in the order a single pass gave them), and no postings.
        func scan(segments: [(SearchIndexFormat.Field, String)]) {
            guard common.count > 0 || everyRun else { return }
            forEachRun(segments) { start, end, _, _ in scanRun(from: start, to: end) }
        }

        /// Ends the first pass: a gram met once, in one kept run, has that run's postings, which
        /// the run's own chain collects; every other gram collects its own.
        func settle() {
            var occurrences = [UInt8](repeating: 0, count: table.count)
            for g in runs.grams {
                let gram = Int(g >= 0 ? g : ~g)
                if occurrences[gram] < 2 { occurrences[gram] += 1 }
            }
            for g in unkept.indices where unkept[g] { occurrences[g] = 2 }
            unkept = []
            ownChain = occurrences.map { $0 != 1 }
            runChains = table.addChains(runs.count)
            var chainOf = (0..<table.count).map { Int32($0) }
            for r in 0..<runs.count {
                for g in runs.grams(ofRun: r) where g >= 0 ? !ownChain[Int(g)] : !ownChain[Int(~g)] {
                    chainOf[Int(g >= 0 ? g : ~g)] = Int32(runChains + r)
                }
            }
            table.useChains(chainOf)
        }

        /// Second pass, over every document in id order again: the postings.
        func add(doc: UInt32, segments: [(SearchIndexFormat.Field, String)]) {
            guard common.count > 0 || everyRun else { return }
            defer { table.finish(doc: doc, score: score) }
            forEachRun(segments) { start, end, field, base in addRun(from: start, to: end, doc: doc, field: field, base: base) }
        }

        /// Each run of 4 or more Han characters of the folded segments: `han[start ..< end]`, its
        /// field and the offset of its field's first scalar (as the postings builder counts
        /// them: fields end to end, a gap between).
        private func forEachRun(_ segments: [(SearchIndexFormat.Field, String)], _ body: (Int, Int, Int, Int) -> Void) {
            var base = 0
            for (field, text) in segments {
                fold(text)
                let n = han.count
                var i = 0
                while i < n {
                    guard han[i] != 0 else { i += 1; continue }
                    var end = i + 1
                    while end < n && han[end] != 0 { end += 1 }
                    if end - i >= 4 { body(i, end, field.rawValue, base) }
                    i = end
                }
                base += n + SearchIndexFormat.fieldGap
            }
        }

        /// Ends collecting: the grams' table, taken out after the runs met are freed (a run's
        /// grams are no longer needed once the table has them all).
        func finish() -> SearchLongGramTable {
            runs = SearchLongGramRuns()
            var done = SearchLongGramTable()
            swap(&done, &table)
            done.finishCollecting()
            return done
        }

        /// Folds `text` into `han`, one entry per folded scalar (0 for one that is not Han).
        private func fold(_ text: String) {
            let count = folder.fold(text, into: &scalars, expansion: &expansion)
            han.removeAll(keepingCapacity: true)
            han.append(contentsOf: repeatElement(0, count: count))
            scalars.withUnsafeBufferPointer { s in
                han.withUnsafeMutableBufferPointer { han in
                    for i in 0..<count where s[i].value >= 0x80 && CJK.isHan(s[i]) { han[i] = s[i].value }
                }
            }
        }

        /// First pass: the grams of the run `han[start ..< end]` when it was not met before,
        /// kept with the run (or, past the runs' capacity, marked as grams of a run not kept).
        private func scanRun(from start: Int, to end: Int) {
            han.withUnsafeBufferPointer { all in
                let s = UnsafeBufferPointer(rebasing: all[start..<end])
                let runHash = SearchLongGramRuns.hash(s)
                guard runs.find(s, hash: runHash) == nil else { return }
                gramsOf(s)
                if !runs.add(s, hash: runHash, perStart: freshStarts[...], grams: freshGrams) {
                    if unkept.count < table.count { unkept.append(contentsOf: repeatElement(false, count: table.count - unkept.count)) }
                    for g in freshGrams { unkept[Int(g >= 0 ? g : ~g)] = true }
                }
            }
        }

        /// Second pass: the postings of the run `han[start ..< end]`, whose offsets start at
        /// `base`, and the start offsets of its grams of the longest length. A kept run counts
        /// once in its own chain, and its grams that have chains of their own count each.
        private func addRun(from start: Int, to end: Int, doc: UInt32, field: Int, base: Int) {
            let n = end - start
            han.withUnsafeBufferPointer { all in
                let s = UnsafeBufferPointer(rebasing: all[start..<end])
                let runHash = SearchLongGramRuns.hash(s)
                guard let found = runs.find(s, hash: runHash) else {
                    // A run not kept: its grams again (all known by now), each counted.
                    gramsOf(s)
                    replay(freshGrams[...], perStart: freshStarts[...], doc: doc, field: field, base: base + start)
                    return
                }
                table.record(chain: runChains + found.run, doc: doc, field: field)
                runs.grams.withUnsafeBufferPointer { grams in
                    runs.perStart.withUnsafeBufferPointer { perStart in
                        let starts = UnsafeBufferPointer(rebasing: perStart[found.starts..<(found.starts + n - 3)])
                        replay(UnsafeBufferPointer(rebasing: grams[found.grams...]), perStart: starts, doc: doc, field: field,
                               base: base + start)
                    }
                }
            }
        }

        /// Counts the grams of a run starting at offset `base` (`perStart[p]` of them start at p,
        /// their ids in order in `grams`, those of the longest length as `~id`) that have chains
        /// of their own, and keeps the start offsets of the longest.
        private func replay<Grams: Collection<Int32>, Starts: Collection<UInt8>>(
            _ grams: Grams, perStart: Starts, doc: UInt32, field: Int, base: Int
        ) where Grams.Index == Int, Starts.Index == Int {
            var k = grams.startIndex
            var p = 0
            for count in perStart {
                for _ in 0..<Int(count) {
                    let g = grams[k]
                    if g >= 0 {
                        if ownChain[Int(g)] { table.record(chain: Int(g), doc: doc, field: field) }
                    } else {
                        if ownChain[Int(~g)] { table.record(chain: Int(~g), doc: doc, field: field) }
                        table.recordOffset(Int(~g), doc: doc, offset: UInt32(base + p))
                    }
                    k += 1
                }
                p += 1
            }
        }

        /// The grams of the run `s` into `freshStarts` and `freshGrams` (adding those the table lacks):
        /// per start, from the shortest that holds a common triple to the longest.
        private func gramsOf(_ s: UnsafeBufferPointer<UInt32>) {
            let n = s.count
            if nextCommon.count < n + 1 { nextCommon = [Int](repeating: 0, count: n + 1) }
            freshStarts.removeAll(keepingCapacity: true)
            freshGrams.removeAll(keepingCapacity: true)
            let gramsBefore = table.count
            let at = table.keep(s)
            defer { table.unkeep(from: at, gramsBefore: gramsBefore) }
            nextCommon[n - 2] = n
            for p in stride(from: n - 3, through: 0, by: -1) {
                nextCommon[p] = everyRun || common.find(SearchLongGrams.tripleKey(s[p], s[p + 1], s[p + 2])) >= 0 ? p : nextCommon[p + 1]
            }
            for p in 0...(n - 4) {
                let longest = min(SearchIndexFormat.maxLongGram, n - p)
                // The gram p ..< p + length holds a common triple from this length on.
                let from = max(4, nextCommon[p] - p + 3)
                guard from <= longest else { freshStarts.append(0); continue }
                var h: UInt64 = 0
                for k in 0..<(from - 1) { h = SearchLongGramTable.hash(h, s[p + k]) }
                // One shorter than `from` holds no common triple, so it is no gram.
                var shorter: Int32 = -1
                for length in from...longest {
                    h = SearchLongGramTable.hash(h, s[p + length - 1])
                    let g = table.id(s, from: p, count: length, hash: h, at: at, shorter: shorter)
                    shorter = Int32(g)
                    freshGrams.append(length == SearchIndexFormat.maxLongGram ? ~Int32(g) : Int32(g))
                }
                freshStarts.append(UInt8(longest - from + 1))
            }
        }
    }

    /// Runs of documents whose long grams are collected side by side. One: a site repeats its
    /// phrases, so each run's table holds nearly every gram (with 64-character grams, 40 MB more
    /// at the peak of a 10,000-article build for a second one), and in `placard build` the page
    /// jobs and the terms made from the documents alone (`SearchTermTable`) keep the other core busy meanwhile.
    static let collectingParts = 1

    /// The tables of consecutive runs of documents, read as one without copying their postings:
    /// the first table is given the others' grams (ids as a merge would give them), and a
    /// gram's postings are its chain in each table, in table order (so in document order).
    struct Parts {
        /// Every gram: the first table, with the grams only the others have added.
        private(set) var grams: SearchLongGramTable
        private let others: [SearchLongGramTable]
        /// For gram `g` and other table `k`, the gram's id there (-1 when it has none): `ids[g * others.count + k]`.
        private let ids: [Int32]

        init(_ tables: consuming [SearchLongGramTable]) {
            // Taken out of the array, so that adding grams to it copies nothing.
            var grams = tables.removeFirst()
            var ids: [Int32] = []
            let width = tables.count
            for k in tables.indices {
                let mine = grams.addGrams(of: tables[k])
                tables[k].dropLookup()
                if ids.count < grams.count * width { ids.append(contentsOf: repeatElement(-1, count: grams.count * width - ids.count)) }
                for (g, id) in mine.enumerated() { ids[Int(id) * width + k] = Int32(g) }
            }
            grams.dropHashes()
            self.grams = grams
            others = tables
            self.ids = ids
        }

        var count: Int { grams.count }

        /// How many postings gram `g` has.
        func postingCount(_ g: Int) -> Int {
            others.indices.reduce(grams.postingCount(g)) { total, k in
                let id = ids[g * others.count + k]
                return total + (id < 0 ? 0 : others[k].postingCount(Int(id)))
            }
        }

        /// Gram `g`'s postings (documents and score bytes), in document order: each table's in turn.
        func postings(_ g: Int) -> Cursor {
            var cursor = Cursor(grams.cursor(g))
            for k in others.indices where ids[g * others.count + k] >= 0 {
                cursor.then(others[k].cursor(Int(ids[g * others.count + k])))
            }
            return cursor
        }

        /// Gram `g`'s position block (per posting, in document order, the count of its start
        /// offsets, then their deltas), or empty when it is shorter than the longest grams.
        func positionBlock(_ g: Int) -> [UInt8] {
            guard grams.isLongest(g) else { return [] }
            var w = SearchByteWriter()
            grams.appendPositions(g, to: &w)
            for k in others.indices where ids[g * others.count + k] >= 0 {
                others[k].appendPositions(Int(ids[g * others.count + k]), to: &w)
            }
            return w.bytes
        }

        /// Whether grams `g` and `p` have the same postings.
        func samePostings(_ g: Int, _ p: Int) -> Bool {
            // One table (as `collectingParts` makes them): its chains' bytes.
            if others.isEmpty { return grams.samePostings(g, p) }
            guard postingCount(g) == postingCount(p) else { return false }
            var a = postings(g), b = postings(p)
            while let x = a.next() {
                guard let y = b.next(), x == y else { return false }
            }
            return true
        }

        /// Reads a gram's postings in every table, in table order.
        /// The table being read and the next one are held apart from the rest, so that a cursor
        /// over one or two tables (one a core, on two cores) makes no array.
        struct Cursor {
            private var current: SearchLongGramPostings.Cursor
            private var following: SearchLongGramPostings.Cursor?
            private var rest: [SearchLongGramPostings.Cursor] = []

            fileprivate init(_ first: SearchLongGramPostings.Cursor) { current = first }

            /// Reads `table` after those given so far.
            fileprivate mutating func then(_ table: SearchLongGramPostings.Cursor) {
                if following == nil { following = table } else { rest.append(table) }
            }

            mutating func next() -> (doc: UInt32, score: UInt8)? {
                while true {
                    if let posting = current.next() { return posting }
                    guard let next = following else { return nil }
                    current = next
                    following = rest.isEmpty ? nil : rest.removeFirst()
                }
            }
        }
    }

    /// The long grams of `documents` (sorted by id), collected in `collectingParts` runs of
    /// documents, and whether they are every run of 4 or more (`runs`); `score` turns a
    /// posting's field counts into its score byte.
    static func terms(_ documents: [SearchDocument], common: SearchTermHashTable, runs: Coverage = .commonTriples,
                      runsCapacity: Int = SearchLongGramRuns.defaultCapacity,
                      score: @escaping @Sendable (UInt64, Int) -> UInt8) -> (terms: [SearchTermTable.Term], everyRun: Bool) {
        let collectEvery = runs != .commonTriples
        guard common.count > 0 || collectEvery else { return ([], false) }
        let parts = min(collectingParts, max(1, documents.count / 128))
        let tables = Parallel.map(parts) { part in
            let collector = Collector(common: common, everyRun: collectEvery, runsCapacity: runsCapacity, score: score)
            let range = (documents.count * part / parts)..<(documents.count * (part + 1) / parts)
            for d in range { collector.scan(segments: SearchIndexWriter.segments(of: documents[d])) }
            collector.settle()
            for d in range { collector.add(doc: UInt32(d), segments: SearchIndexWriter.segments(of: documents[d])) }
            return collector.finish()
        }
        let table = Parts(consume tables)
        // Every run collected, but too many more grams than those with a common triple: only those.
        let kept: [Bool] = {
            guard case .everyRunIfFew(let extra) = runs else { return [] }
            let holding = table.grams.holdingCommonTriple(common)
            return holding.count - holding.reduce(0) { $0 + ($1 ? 1 : 0) } > extra ? holding : []
        }()
        // The grams kept, when not all are: an index into them is a gram id.
        let chosen = kept.isEmpty ? [] : kept.indices.filter { kept[$0] }
        // A long gram whose postings equal those of the gram one character shorter (a phrase
        // that always goes on the same way) refers to it instead (flag 8): its key sorts
        // just after, so the reader finds it in the same shard or the one before. Told here,
        // so that an alias's postings are never kept.
        let terms = Parallel.map(kept.isEmpty ? table.count : chosen.count) { k -> SearchTermTable.Term in
            let g = kept.isEmpty ? k : chosen[k]
            let df = table.postingCount(g)
            let idf = SearchTermTable.idf(documents: documents.count, containing: df)
            let key = table.grams.utf8(g)
            // One of `maxLongGram` characters keeps its own positions, even as an alias (read with the shorter gram's postings).
            let positions = table.positionBlock(g)
            if let p = table.grams.shorter(g), kept.isEmpty || kept[p], table.samePostings(g, p) {
                var alias = SearchTermTable.Term(key: key, postings: [], df: 0, scored: false, idf: idf, positions: positions)
                alias.alias = true
                alias.longGram = true
                return alias
            }
            // Postings as the index writes them: the delta from the document before, then the score byte.
            var w = SearchByteWriter()
            w.bytes.reserveCapacity(df * 2)
            var previous: UInt32 = 0
            var postings = table.postings(g)
            while let (doc, score) = postings.next() {
                w.varint(Int(doc - previous))
                w.byte(score)
                previous = doc
            }
            var term = SearchTermTable.Term(key: key, postings: w.bytes, df: df, scored: true, idf: idf, positions: positions)
            term.longGram = true
            return term
        }
        return (terms, collectEvery && kept.isEmpty)
    }
}

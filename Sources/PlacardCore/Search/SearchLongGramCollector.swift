import Foundation

extension SearchLongGrams {
    /// Collects the long grams of consecutive documents (in id order) with per-field counts, in
    /// two passes over them. The first (`scan`) finds the grams of each different run, and no
    /// postings. A gram met once, in one run, has the postings of that run (its field counts are
    /// the run's), so the second (`add`) counts each occurrence of a run once, in the run's own
    /// chain of postings, and only the other grams (met in several runs, or twice in one) one
    /// by one. At 10,000 articles of `tools/gen-corpus.py` that is 15.6 million postings recorded
    /// where every gram's took 35.4 million (docs/benchmarks.md). Neither pass folds text: both
    /// read the runs the postings builders noted (`SearchHanRuns`), the first noting which kept
    /// run each different one is.
    /// One thread uses a collector, so its properties skip the runtime's exclusivity checks
    /// (one a recorded gram, some 4% of a build).
    final class Collector {
        @exclusivity(unchecked) private(set) var table = SearchLongGramTable()
        private let common: SearchTermHashTable
        /// Every run is a gram, as if every triple were common.
        private let everyRun: Bool
        private let score: @Sendable (UInt64, Int) -> UInt8
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
        /// The runs of the documents (`scan`), part after part, and per part and run the kept
        /// run it is (-1: not kept; -2: not met in the documents collected).
        @exclusivity(unchecked) private var parts: [SearchHanRuns] = []
        @exclusivity(unchecked) private var kept: [[Int32]] = []
        /// The second pass's place: the part and its document that `add` reads next.
        @exclusivity(unchecked) private var nextPart = 0
        @exclusivity(unchecked) private var nextDocument = 0

        /// `runsCapacity`: how many grams the runs met keep (`SearchLongGramRuns`).
        init(common: SearchTermHashTable, everyRun: Bool, runsCapacity: Int = SearchLongGramRuns.defaultCapacity,
             score: @escaping @Sendable (UInt64, Int) -> UInt8) {
            runs = SearchLongGramRuns(capacity: runsCapacity)
            self.common = common
            self.everyRun = everyRun
            self.score = score
        }

        /// First pass, over the documents of `range` in id order (`parts`: the runs of all the
        /// documents, noted part after part): finds the grams of each different run (their ids,
        /// in the order a single pass gave them), and no postings.
        func scan(_ parts: [SearchHanRuns], documents range: Range<Int>) {
            guard common.count > 0 || everyRun else { return }
            self.parts = parts
            kept = parts.map { [Int32](repeating: -2, count: $0.runs.count) }
            nextPart = parts.count
            // How many start offsets the second pass keeps (one a gram of the longest length in
            // each occurrence of a run), so that their array is made once at its size: grown by
            // doubling, it held up to twice as much, and three times while it was copied.
            var offsets = 0
            var longestOfPartRun: [[Int32]] = parts.map { [Int32](repeating: 0, count: $0.runs.count) }
            var first = 0
            for (p, part) in parts.enumerated() {
                defer { first += part.documentCount }
                let (from, to) = (max(range.lowerBound, first), min(range.upperBound, first + part.documentCount))
                guard from < to else { continue }
                if nextPart == parts.count { (nextPart, nextDocument) = (p, from - first) }
                for o in part.occurrences(ofDocument: from - first).lowerBound..<part.occurrences(ofDocument: to - 1 - first).upperBound {
                    let r = part.occurrences[o].run
                    if kept[p][r] == -2 {
                        let k = scanRun(r, of: part)
                        kept[p][r] = Int32(k)
                        // A run not kept has just had its grams found afresh.
                        let grams = k >= 0 ? runs.grams(ofRun: k) : freshGrams[...]
                        longestOfPartRun[p][r] = Int32(grams.reduce(0) { $0 + ($1 < 0 ? 1 : 0) })
                    }
                    offsets += Int(longestOfPartRun[p][r])
                }
            }
            table.reserveOffsets(offsets)
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

        /// Second pass, over the same documents in the same order: the postings of the runs of
        /// the next one, whose id is `doc`.
        func add(doc: UInt32) {
            guard common.count > 0 || everyRun else { return }
            while nextDocument == parts[nextPart].documentCount { (nextPart, nextDocument) = (nextPart + 1, 0) }
            let part = parts[nextPart]
            for o in part.occurrences(ofDocument: nextDocument) {
                let occurrence = part.occurrences[o]
                addRun(occurrence.run, of: part, keptAs: Int(kept[nextPart][occurrence.run]), doc: doc, field: occurrence.field,
                       base: Int(occurrence.offset))
            }
            nextDocument += 1
            table.finish(doc: doc, score: score)
        }

        /// Ends collecting: the grams' table, taken out after the runs met are freed (a run's
        /// grams are no longer needed once the table has them all).
        func finish() -> SearchLongGramTable {
            runs = SearchLongGramRuns()
            parts = []
            kept = []
            var done = SearchLongGramTable()
            swap(&done, &table)
            done.finishCollecting()
            return done
        }

        /// First pass, at the first occurrence of run `r` of `part`: the kept run it is, with
        /// its grams collected when it was not met before (in an earlier part); -1 past the
        /// runs' capacity, its grams marked as grams of a run not kept. A later occurrence
        /// gives the same, with no new grams.
        private func scanRun(_ r: Int, of part: SearchHanRuns) -> Int {
            part.runs.withScalars(ofRun: r) { s in
                if let found = runs.find(s, hash: part.runs.hashes[r]) { return found.run }
                gramsOf(s)
                if runs.add(s, hash: part.runs.hashes[r], perStart: freshStarts[...], grams: freshGrams) { return runs.count - 1 }
                if unkept.count < table.count { unkept.append(contentsOf: repeatElement(false, count: table.count - unkept.count)) }
                for g in freshGrams { unkept[Int(g >= 0 ? g : ~g)] = true }
                return -1
            }
        }

        /// Second pass: the postings of run `r` of `part` (the kept run `keptAs`, or -1), and the
        /// start offsets of its grams of the longest length. A kept run counts once in its own
        /// chain, and its grams that have chains of their own count each.
        private func addRun(_ r: Int, of part: SearchHanRuns, keptAs k: Int, doc: UInt32, field: Int, base: Int) {
            guard k >= 0 else {
                // A run not kept: its grams again (all known by now), each counted.
                part.runs.withScalars(ofRun: r) { gramsOf($0) }
                replay(freshGrams[...], perStart: freshStarts[...], doc: doc, field: field, base: base)
                return
            }
            let found = runs.location(ofRun: k)
            table.record(chain: runChains + found.run, doc: doc, field: field)
            runs.grams.withUnsafeBufferPointer { grams in
                runs.perStart.withUnsafeBufferPointer { perStart in
                    let starts = UnsafeBufferPointer(rebasing: perStart[found.starts..<(found.starts + found.length - 3)])
                    replay(UnsafeBufferPointer(rebasing: grams[found.grams...]), perStart: starts, doc: doc, field: field, base: base)
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
}

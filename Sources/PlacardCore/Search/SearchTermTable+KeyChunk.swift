extension SearchTermTable {
    /// A term's place in the sort of the dictionary (`sortedByKey`): eight bytes of its key, the
    /// eight after them, its key's length and its index. Terms are sorted by the first eight bytes
    /// of their keys, then each run of equal ones by the next eight, and so on, so that a comparison
    /// reads two integers. The first sixteen bytes and the length are read once, in the terms'
    /// order: a run of equal first eight bytes (a Han triple shares them with its long grams) is
    /// ordered without reading its keys, which were two reads at random in memory each (half the
    /// sort's time at 1,000 articles). Comparing whole keys when the first eight bytes tied read two
    /// keys at random, and a site's long grams share long beginnings: at 10,000 articles 9.6 million
    /// of the sort's 32.7 million comparisons did (docs/benchmarks.md).
    struct KeyChunk {
        var chunk: UInt64
        /// The chunk after the first, read when the entry is made.
        var next: UInt64 = 0
        var index: UInt32
        var length: UInt32 = 0

        init(chunk: UInt64, index: UInt32) {
            self.chunk = chunk
            self.index = index
        }

        /// The entry of term `index`, whose key is `key`.
        init(key: UnsafeBufferPointer<UInt8>, index: Int) {
            chunk = Self.chunk(of: key, at: 0)
            next = Self.chunk(of: key, at: 1)
            self.index = UInt32(index)
            length = UInt32(key.count)
        }

        /// Bytes `depth * 8 ..< depth * 8 + 8` of `key`, zero past its end, the first the most
        /// significant: two keys' chunks compare as those bytes do, but for a zero byte at a key's
        /// end (`sort` tells those apart by length).
        static func chunk(of key: UnsafeBufferPointer<UInt8>, at depth: Int) -> UInt64 {
            let from = depth * 8
            // Eight bytes of the key: one load.
            if from + 8 <= key.count, let base = key.baseAddress {
                return UInt64(bigEndian: UnsafeRawPointer(base + from).loadUnaligned(as: UInt64.self))
            }
            var chunk: UInt64 = 0
            for k in from..<(from + 8) { chunk = chunk << 8 | UInt64(k < key.count ? key[k] : 0) }
            return chunk
        }

        /// Sorts `entries`, made by `init(key:index:)` from `terms`, by their terms' keys (equal
        /// keys by index): by the first chunk on one core, then the runs of equal ones on every core.
        static func sort(_ entries: UnsafeMutableBufferPointer<KeyChunk>, terms: TermParts) {
            sortByChunk(entries)
            let slices = runSlices(entries, count: 4 * Parallel.width)
            let shared = Shared(entries: entries, terms: terms)
            Parallel.forEach(slices.count) { s in
                orderRuns(UnsafeMutableBufferPointer(rebasing: shared.entries[slices[s]]), depth: 0, terms: shared.terms)
            }
        }

        /// `entries` cut into about `count` slices, each a whole number of runs of equal chunks.
        static func runSlices(_ entries: UnsafeMutableBufferPointer<KeyChunk>, count: Int) -> [Range<Int>] {
            var slices: [Range<Int>] = []
            var start = 0
            for s in 1...max(1, count) {
                var end = max(start, entries.count * s / max(1, count))
                while end > 0 && end < entries.count && entries[end].chunk == entries[end - 1].chunk { end += 1 }
                if end > start { slices.append(start..<end) }
                start = end
            }
            return slices
        }

        /// Sorts `entries`, whose chunks are their terms' at `depth` and whose terms' keys agree
        /// before it, by those keys (equal keys by index).
        static func sort(_ entries: UnsafeMutableBufferPointer<KeyChunk>, depth: Int, terms: TermParts) {
            sortByChunk(entries)
            orderRuns(entries, depth: depth, terms: terms)
        }

        /// Sorts `entries` by chunk, keeping the order of equal ones.
        static func sortByChunk(_ entries: UnsafeMutableBufferPointer<KeyChunk>) {
            // The entries come in the order of their indices (when made, or from the level above,
            // which ordered equal chunks by index): a stable sort by chunk orders ties by index.
            if entries.count > 4096 {
                radixSort(entries)
            } else {
                var entries = entries
                entries.sort { a, b in a.chunk != b.chunk ? a.chunk < b.chunk : a.index < b.index }
            }
        }

        /// Orders each run of `entries` (sorted by their chunks at `depth`) whose chunks are equal
        /// by the rest of their keys.
        static func orderRuns(_ entries: UnsafeMutableBufferPointer<KeyChunk>, depth: Int, terms: TermParts) {
            var start = 0
            while start < entries.count {
                var end = start + 1
                while end < entries.count && entries[end].chunk == entries[start].chunk { end += 1 }
                if end - start > 1 {
                    let run = UnsafeMutableBufferPointer(rebasing: entries[start..<end])
                    var goesOn = false
                    for k in run.indices {
                        if Int(run[k].length) > (depth + 1) * 8 { goesOn = true }
                        run[k].chunk = depth == 0 ? run[k].next : chunk(of: terms[Int(run[k].index)].pointee.key, at: depth + 1)
                    }
                    if goesOn {
                        sort(run, depth: depth + 1, terms: terms)
                    } else {
                        // No key goes on: the keys are equal but for zero bytes at the end, so
                        // the shorter come first.
                        for k in run.indices { run[k].chunk = UInt64(run[k].length) }
                        var run = run
                        run.sort { a, b in a.chunk != b.chunk ? a.chunk < b.chunk : a.index < b.index }
                    }
                }
                start = end
            }
        }

        /// Sorts `entries` by chunk, keeping the order of equal ones: a pass a byte, the least
        /// significant first, skipping a byte every chunk shares. Far fewer steps than comparing,
        /// for the hundreds of thousands of terms of a language.
        static func radixSort(_ entries: UnsafeMutableBufferPointer<KeyChunk>) {
            let n = entries.count
            guard n > 1, let base = entries.baseAddress else { return }
            let scratch = UnsafeMutablePointer<KeyChunk>.allocate(capacity: n)
            defer { scratch.deallocate() }
            var (from, to) = (base, scratch)
            let counts = UnsafeMutablePointer<Int>.allocate(capacity: 256)
            defer { counts.deallocate() }
            for pass in 0..<8 {
                let shift = UInt64(pass * 8)
                counts.initialize(repeating: 0, count: 256)
                for i in 0..<n { counts[Int(truncatingIfNeeded: from[i].chunk >> shift) & 0xFF] += 1 }
                if counts[Int(truncatingIfNeeded: from[0].chunk >> shift) & 0xFF] == n { continue }
                var sum = 0
                for b in 0..<256 { (counts[b], sum) = (sum, sum + counts[b]) }
                for i in 0..<n {
                    let b = Int(truncatingIfNeeded: from[i].chunk >> shift) & 0xFF
                    (to + counts[b]).initialize(to: from[i])
                    counts[b] += 1
                }
                swap(&from, &to)
            }
            if from != base { base.update(from: from, count: n) }
        }

        /// The entries and the terms, shared by the workers of `sort`: each orders its own slice
        /// of the entries and only reads the terms.
        private struct Shared: @unchecked Sendable {
            let entries: UnsafeMutableBufferPointer<KeyChunk>
            let terms: TermParts
        }
    }
}

extension SearchTermTable {
    /// A term's place in the sort of the dictionary (`sortByKey`): eight bytes of its key and its
    /// index. Terms are sorted by the first eight bytes of their keys, then each run of equal
    /// ones by the next eight, and so on, so that a comparison reads two integers and each key
    /// is read once a level. Comparing whole keys when the first eight bytes tied read two keys
    /// at random in memory, and a site's long grams share long beginnings: at 10,000 articles
    /// 9.6 million of the sort's 32.7 million comparisons did (docs/benchmarks.md).
    struct KeyChunk {
        var chunk: UInt64
        var index: Int

        /// Bytes `depth * 8 ..< depth * 8 + 8` of `key`, zero past its end, the first the most
        /// significant: two keys' chunks compare as those bytes do, but for a zero byte at a key's
        /// end (`sort` tells those apart by length).
        static func chunk(of key: [UInt8], at depth: Int) -> UInt64 {
            var chunk: UInt64 = 0
            let from = depth * 8
            for k in from..<(from + 8) { chunk = chunk << 8 | UInt64(k < key.count ? key[k] : 0) }
            return chunk
        }

        /// Sorts `entries`, whose chunks are their terms' at `depth` and whose terms' keys
        /// agree before it, by those keys (equal keys by index).
        static func sort(_ entries: UnsafeMutableBufferPointer<KeyChunk>, depth: Int, terms: UnsafeBufferPointer<Term>) {
            // The entries come in the order of their indices (here, or from the level above, which
            // ordered equal chunks by index): a stable sort by chunk orders ties by index.
            if entries.count > 4096 {
                radixSort(entries)
            } else {
                var entries = entries
                entries.sort { a, b in a.chunk != b.chunk ? a.chunk < b.chunk : a.index < b.index }
            }
            var start = 0
            while start < entries.count {
                var end = start + 1
                while end < entries.count && entries[end].chunk == entries[start].chunk { end += 1 }
                if end - start > 1 {
                    let run = UnsafeMutableBufferPointer(rebasing: entries[start..<end])
                    var goesOn = false
                    for k in run.indices {
                        let key = terms[run[k].index].key
                        if key.count > (depth + 1) * 8 { goesOn = true }
                        run[k].chunk = chunk(of: key, at: depth + 1)
                    }
                    if goesOn {
                        sort(run, depth: depth + 1, terms: terms)
                    } else {
                        // No key goes on: the keys are equal but for zero bytes at the end, so
                        // the shorter come first.
                        for k in run.indices { run[k].chunk = UInt64(terms[run[k].index].key.count) }
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
    }
}

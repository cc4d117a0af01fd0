/// Join terms (`docs/search.md`, "Terms"): where one punctuation mark sits between two runs of
/// Han characters (`…鸿沟，区融…`), the run before it (reversed, after U+0004 and the mark) and
/// the run after it (after U+0005 and the mark), each with the mark's offset as its position.
/// A chunk of runs joined by single marks (a sentence pasted with its commas) is then
/// answered from its ends' and joins' blocks, which are as large as the clauses are
/// frequent, rather than from the positions of the common triples inside the clauses.
enum SearchJoinTerms {
    static let tailMark: Unicode.Scalar = "\u{4}"
    static let headMark: Unicode.Scalar = "\u{5}"

    /// The key of the run `before` a `mark`, as the engine looks it up by prefix: the run's
    /// last characters first.
    static func tailKey(mark: String, before run: some BidirectionalCollection<Unicode.Scalar>) -> String {
        var s = String.UnicodeScalarView([tailMark])
        s.append(contentsOf: mark.unicodeScalars)
        s.append(contentsOf: run.reversed())
        return String(s)
    }

    /// The key of the run `after` a `mark`.
    static func headKey(mark: String, after run: some Collection<Unicode.Scalar>) -> String {
        var s = String.UnicodeScalarView([headMark])
        s.append(contentsOf: mark.unicodeScalars)
        s.append(contentsOf: run)
        return String(s)
    }

    /// One occurrence: the document, the field (for the score) and the mark's offset.
    struct Occurrence {
        var doc: UInt32
        var field: UInt8
        var offset: UInt32
    }

    /// The keys of some documents while they are collected, by their scalars (no string made
    /// an occurrence: most joins repeat), with each key's occurrences in document order.
    struct Table {
        private(set) var pool: [UInt32] = []
        private(set) var start: [Int] = []
        private(set) var length: [Int] = []
        private var hashes: [UInt64] = []
        private var slots = [Int32](repeating: -1, count: 1 << 12)
        private(set) var occurrences: [[Occurrence]] = []

        /// Records an occurrence of the key `scalars`.
        mutating func record(_ scalars: [UInt32], _ occurrence: Occurrence) {
            var h: UInt64 = UInt64(scalars.count)
            for v in scalars { h = SearchLongGramTable.hash(h, v) }
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: h >> 20) & mask
            while slots[i] >= 0 {
                let k = Int(slots[i])
                if hashes[k] == h && length[k] == scalars.count && same(k, scalars) {
                    occurrences[k].append(occurrence)
                    return
                }
                i = (i + 1) & mask
            }
            slots[i] = Int32(start.count)
            start.append(pool.count)
            length.append(scalars.count)
            hashes.append(h)
            pool.append(contentsOf: scalars)
            occurrences.append([occurrence])
            if start.count * 2 > slots.count { grow() }
        }

        /// Whether key `k` is `scalars` (of its length).
        private func same(_ k: Int, _ scalars: [UInt32]) -> Bool {
            pool.withUnsafeBufferPointer { pool in
                scalars.withUnsafeBufferPointer { scalars in
                    let from = start[k]
                    for i in 0..<scalars.count where pool[from + i] != scalars[i] { return false }
                    return true
                }
            }
        }

        private mutating func grow() {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            let mask = slots.count - 1
            for k in start.indices {
                var i = Int(truncatingIfNeeded: hashes[k] >> 20) & mask
                while slots[i] >= 0 { i = (i + 1) & mask }
                slots[i] = Int32(k)
            }
        }

        /// Key `k` as UTF-8.
        func utf8(_ k: Int) -> [UInt8] {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(4 * length[k])
            for v in pool[start[k]..<(start[k] + length[k])] { bytes.appendUTF8(v) }
            return bytes
        }
    }

    /// The join terms of `documents` (sorted by id), collected in one table (as long grams are:
    /// a table per core held most keys twice, and merging them by their text cost more than
    /// collecting); `score` turns a posting's field counts into its score byte.
    static func terms(_ documents: [SearchDocument], score: @escaping @Sendable (UInt64, Int) -> UInt8) -> [SearchTermTable.Term] {
        let table: Table = {
            let folder = SearchFolder()
            var table = Table()
            var s: [Unicode.Scalar] = []
            var expansion: [Unicode.Scalar] = []
            // Per folded scalar, whether it is Han (the class of the others is asked only between two Han ones).
            var han: [Bool] = []
            var key: [UInt32] = []
            for d in documents.indices {
                var base = 0
                for (field, text) in SearchIndexWriter.segments(of: documents[d]) {
                    let count = folder.fold(text, into: &s, expansion: &expansion)
                    if han.count < count { han = [Bool](repeating: false, count: s.count) }
                    s.withUnsafeBufferPointer { s in
                        han.withUnsafeMutableBufferPointer { han in
                            for i in 0..<count { han[i] = s[i].value >= 0x80 && CJK.isHan(s[i]) }
                            var i = 1
                            while i + 1 < count {
                                if han[i - 1] && han[i + 1] && !han[i] && SearchScalarClass(s[i]) == .symbol {
                                    var a = i - 1
                                    while a > 0 && han[a - 1] { a -= 1 }
                                    var b = i + 2
                                    while b < count && han[b] { b += 1 }
                                    let at = Occurrence(doc: UInt32(d), field: UInt8(field.rawValue), offset: UInt32(base + i))
                                    key.removeAll(keepingCapacity: true)
                                    key.append(tailMark.value)
                                    key.append(s[i].value)
                                    var k = i - 1
                                    while k >= a {
                                        key.append(s[k].value)
                                        k -= 1
                                    }
                                    table.record(key, at)
                                    key.removeAll(keepingCapacity: true)
                                    key.append(headMark.value)
                                    key.append(s[i].value)
                                    for k in (i + 1)..<b { key.append(s[k].value) }
                                    table.record(key, at)
                                }
                                i += 1
                            }
                        }
                    }
                    base += count + SearchIndexFormat.fieldGap
                }
            }
            return table
        }()
        // Each key's occurrences are in document order already.
        return Parallel.map(table.occurrences.count) { k in
            let list = table.occurrences[k]
            var postings = SearchByteWriter(), positions = SearchByteWriter()
            var previous: UInt32 = 0, df = 0, i = 0
            while i < list.count {
                let doc = list[i].doc
                var end = i, counts: UInt64 = 0
                while end < list.count && list[end].doc == doc {
                    counts += 1 << UInt64(16 * list[end].field)
                    end += 1
                }
                postings.varint(Int(doc - previous))
                postings.byte(score(counts, Int(doc)))
                positions.varint(end - i)
                var last: UInt32 = 0
                for o in list[i..<end] {
                    positions.varint(Int(o.offset - last))
                    last = o.offset
                }
                previous = doc
                df += 1
                i = end
            }
            return SearchTermTable.Term(key: table.utf8(k), postings: postings.bytes, df: df, scored: true,
                                        idf: SearchTermTable.idf(documents: documents.count, containing: df),
                                        positions: positions.bytes)
        }
    }
}

/// Join terms (`docs/search.md`, "Terms"; index version 8): where one punctuation mark sits
/// between two runs of Han characters (`…鸿沟，区融…`), the run before it (reversed, after
/// U+0004 and the mark, and when one mark joins it to the run before, that mark and that run
/// reversed: a *tail*) and the run after it (after U+0005 and the mark: a *head*). A tail's
/// record holds only its ordinal (its rank among the tails: the tails that start with a
/// given text have consecutive ordinals); a head's postings say, for each document, which
/// tails stood before it (through a table of ordinals in its record), and its positions
/// (the mark's offsets) which tail each occurrence had. A sentence of two or three clauses
/// pasted with its punctuation is then answered from two tail records and its last head's
/// postings, which are as large as the sentence is frequent; no position is read unless it
/// has four clauses or more.
enum SearchJoinTerms {
    static let tailMark: Unicode.Scalar = "\u{4}"
    static let headMark: Unicode.Scalar = "\u{5}"

    /// Whether the UTF-8 `key` is a join term's (a tail's or a head's).
    static func isJoinKey(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        key.first.map { $0 == UInt8(tailMark.value) || $0 == UInt8(headMark.value) } == true
    }

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

    /// One occurrence of a head: the document, the mark's offset and the tail before the
    /// mark (its key's index in the table).
    struct Occurrence {
        var doc: UInt32
        var offset: UInt32
        var tail: UInt32
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

        /// The index of the key `scalars`, added when new.
        mutating func index(_ scalars: [UInt32]) -> Int {
            var h: UInt64 = UInt64(scalars.count)
            for v in scalars { h = SearchLongGramTable.hash(h, v) }
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: h >> 20) & mask
            while slots[i] >= 0 {
                let k = Int(slots[i])
                if hashes[k] == h && length[k] == scalars.count && same(k, scalars) { return k }
                i = (i + 1) & mask
            }
            slots[i] = Int32(start.count)
            start.append(pool.count)
            length.append(scalars.count)
            hashes.append(h)
            pool.append(contentsOf: scalars)
            occurrences.append([])
            if start.count * 2 > slots.count { grow() }
            return start.count - 1
        }

        /// Records an occurrence of head `k`.
        mutating func record(_ k: Int, _ occurrence: Occurrence) { occurrences[k].append(occurrence) }

        /// Whether key `a` sorts before key `b` (by scalars, which is the keys' UTF-8 order).
        func less(_ a: Int, _ b: Int) -> Bool {
            pool.withUnsafeBufferPointer { pool in
                let n = min(length[a], length[b])
                for i in 0..<n where pool[start[a] + i] != pool[start[b] + i] { return pool[start[a] + i] < pool[start[b] + i] }
                return length[a] < length[b]
            }
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

        /// The first scalar of key `k` (U+0004 for a tail, U+0005 for a head).
        func first(_ k: Int) -> UInt32 { pool[start[k]] }

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
    /// collecting).
    static func terms(_ documents: [SearchDocument]) -> SearchTermTable.Batch {
        let table = collect(documents)
        // A tail's ordinal: its rank among the tails, in key order.
        let tails = table.occurrences.indices.filter { table.first($0) == tailMark.value }.sorted(by: table.less)
        let ordinal = {
            var ordinal = [UInt32](repeating: 0, count: table.occurrences.count)
            for (rank, k) in tails.enumerated() { ordinal[k] = UInt32(rank) }
            return ordinal
        }()
        let heads = table.occurrences.indices.filter { table.first($0) == headMark.value }
        // A tail's postings are its ordinal (df 0).
        var terms = SearchTermTable.Batch { bytes in
            tails.enumerated().map { rank, k in
                var ordinal = SearchByteWriter()
                ordinal.varint(rank)
                return SearchTermTable.Term(key: table.utf8(k), postings: ordinal.bytes, df: 0, scored: false, idf: 0, positions: [],
                                            in: bytes)
            }
        }
        terms.append(SearchTermTable.Batch.make(heads.count) { h, bytes in
            head(table.utf8(heads[h]), table.occurrences[heads[h]], ordinal: ordinal, documents: documents.count, in: bytes)
        })
        return terms
    }

    /// The record of a head with its occurrences (in document order). Its postings: its table
    /// of tail ordinals (their count, then each as a delta, ascending; or, in a table of more
    /// than `SearchIndexFormat.largeHeadTable`, each ordinal, those that more documents name
    /// first, so that most postings name theirs in one byte); per document the delta
    /// and, when the
    /// table has more than one ordinal, the index in the table of the document's first tail,
    /// shifted left by one, its low bit set when more follow, then how many more and their
    /// indices as deltas (ascending); per document its positions: their count, then
    /// each offset's delta and, when the document has more than one ordinal, the index (among
    /// the document's) of the occurrence's.
    static func head(_ key: [UInt8], _ list: [Occurrence], ordinal: [UInt32], documents: Int,
                     in bytes: SearchTermBytes) -> SearchTermTable.Term {
        let ordinals = tableOrder(list, ordinal: ordinal)
        // Most heads follow one tail wherever they stand: its index is 0, with no table to look it up in.
        var indexOf: [UInt32: Int] = [:]
        if ordinals.count > 1 { for (i, o) in ordinals.enumerated() { indexOf[o] = i } }
        var postings = SearchByteWriter(), positions = SearchByteWriter()
        postings.varint(ordinals.count)
        var last: UInt32 = 0
        for o in ordinals {
            postings.varint(Int(ordinals.count > SearchIndexFormat.largeHeadTable ? o : o - last))
            last = o
        }
        var previous: UInt32 = 0, df = 0, i = 0
        var indices: [Int] = [], occurrenceIndices: [Int] = []
        while i < list.count {
            let doc = list[i].doc
            var end = i
            indices.removeAll(keepingCapacity: true)
            occurrenceIndices.removeAll(keepingCapacity: true)
            while end < list.count && list[end].doc == doc {
                let index = ordinals.count == 1 ? 0 : indexOf[ordinal[Int(list[end].tail)]]!
                occurrenceIndices.append(index)
                if !indices.contains(index) { indices.append(index) }
                end += 1
            }
            indices.sort()
            postings.varint(Int(doc - previous))
            if ordinals.count > 1 {
                // Mostly one tail: its index, shifted, with the low bit set when more follow.
                postings.varint(indices[0] << 1 | (indices.count > 1 ? 1 : 0))
                if indices.count > 1 {
                    postings.varint(indices.count - 1)
                    for k in 1..<indices.count { postings.varint(indices[k] - indices[k - 1]) }
                }
            }
            positions.varint(end - i)
            var lastOffset: UInt32 = 0
            for (o, index) in zip(list[i..<end], occurrenceIndices) {
                positions.varint(Int(o.offset - lastOffset))
                lastOffset = o.offset
                if indices.count > 1 { positions.varint(indices.firstIndex(of: index)!) }
            }
            previous = doc
            df += 1
            i = end
        }
        return SearchTermTable.Term(key: key, postings: postings.bytes, df: df, scored: false,
                                    idf: SearchTermTable.idf(documents: documents, containing: df), positions: positions.bytes,
                                    in: bytes)
    }

    /// The tails' ordinals of a head's occurrences, ascending; in a large table, those that
    /// more documents name first (then by ordinal).
    static func tableOrder(_ list: [Occurrence], ordinal: [UInt32]) -> [UInt32] {
        if let first = list.first {
            let only = ordinal[Int(first.tail)]
            if list.allSatisfy({ ordinal[Int($0.tail)] == only }) { return [only] }
        }
        let ascending = Array(Set(list.map { ordinal[Int($0.tail)] })).sorted()
        guard ascending.count > SearchIndexFormat.largeHeadTable else { return ascending }
        var documents: [UInt32: Int] = [:]
        var seen = Set<UInt64>()
        for o in list where seen.insert(UInt64(o.doc) << 32 | UInt64(ordinal[Int(o.tail)])).inserted {
            documents[ordinal[Int(o.tail)], default: 0] += 1
        }
        return documents.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// Every tail and head of `documents`, with each head's occurrences.
    private static func collect(_ documents: [SearchDocument]) -> Table {
        let folder = SearchFolder()
        var table = Table()
        var s: [Unicode.Scalar] = []
        var expansion: [Unicode.Scalar] = []
        // Per folded scalar, whether it is Han (the class of the others is asked only between two Han ones).
        var han: [Bool] = []
        var key: [UInt32] = []
        for d in documents.indices {
            var base = 0
            for (_, text) in SearchIndexWriter.segments(of: documents[d]) {
                if let count = folder.hanFreeFoldedCount(text, expansion: &expansion) {
                    base += count + SearchIndexFormat.fieldGap
                    continue
                }
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
                                key.removeAll(keepingCapacity: true)
                                key.append(tailMark.value)
                                key.append(s[i].value)
                                var k = i - 1
                                while k >= a {
                                    key.append(s[k].value)
                                    k -= 1
                                }
                                // The run before that one too, when one mark joins them.
                                if a >= 2 && !han[a - 1] && han[a - 2] && SearchScalarClass(s[a - 1]) == .symbol {
                                    key.append(s[a - 1].value)
                                    k = a - 2
                                    while k >= 0 && han[k] {
                                        key.append(s[k].value)
                                        k -= 1
                                    }
                                }
                                let tail = table.index(key)
                                key.removeAll(keepingCapacity: true)
                                key.append(headMark.value)
                                key.append(s[i].value)
                                for k in (i + 1)..<b { key.append(s[k].value) }
                                table.record(table.index(key), Occurrence(doc: UInt32(d), offset: UInt32(base + i), tail: UInt32(tail)))
                            }
                            i += 1
                        }
                    }
                }
                base += count + SearchIndexFormat.fieldGap
            }
        }
        return table
    }
}

/// The long grams of some documents while they are collected (`SearchLongGrams`): an
/// open-addressing table of grams whose scalars sit back to back in one array, and postings in
/// flat arrays chained per gram (a document and a score byte each, the field counts kept only
/// while the document is collected), so that collecting allocates a few large arrays rather
/// than a dictionary entry and two arrays a gram. A slot of the hash table holds a gram's full
/// hash and where its scalars are, so a lookup reads one slot and (on a hit) the scalars.
/// Grams of `SearchIndexFormat.maxLongGram` characters also keep their start offsets (a run
/// longer than that is answered from its windows' positions), as (posting, offset) entries
/// that only they have, so that the other grams' postings cost nothing more.
struct SearchLongGramTable {
    /// Every gram's scalars, back to back: gram `g` is `pool[start[g] ..< start[g] + length[g]]`.
    private(set) var pool: [UInt32] = []
    private(set) var start: [Int32] = []
    private(set) var length: [UInt8] = []
    private var hashes: [UInt64] = []
    /// A gram's hash, id (-1: an empty slot) and scalars (`pool` start, length in the top bits).
    private struct Slot {
        var hash: UInt64 = 0
        var id: Int32 = -1
        var place: UInt32 = 0
    }
    private var slots = [Slot](repeating: Slot(), count: 1 << 12)
    private static let lengthShift: UInt32 = 27
    /// Postings: one (document, score byte) each, chained per gram in document order.
    private(set) var postingDoc: [UInt32] = []
    private(set) var postingScore: [UInt8] = []
    /// Field counts (four 16-bit counters) of the postings of the document being collected,
    /// which are the postings from `documentStart` on; `finish` turns them into score bytes.
    private var counts: [UInt64] = []
    private var documentStart = 0
    private(set) var next: [Int32] = []
    private(set) var first: [Int32] = []
    private var last: [Int32] = []
    /// Start offsets, one entry each: the posting in the top 32 bits, the offset below.
    /// Recorded in document order; `sortOffsets` sorts them (by posting, then offset) before
    /// `merge` and `positionBlock` look a posting's up.
    private var offsetEntries: [UInt64] = []

    var count: Int { start.count }

    /// Hash of a run of scalars, extended one scalar at a time.
    @inline(__always)
    static func hash(_ h: UInt64, _ scalar: UInt32) -> UInt64 {
        (h ^ UInt64(scalar)) &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019
    }

    /// The id of the gram `run[from ..< from + count]` whose hash is `h`, added when new.
    mutating func id(_ run: UnsafeBufferPointer<UInt32>, from: Int, count n: Int, hash h: UInt64) -> Int {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h >> 20) & mask
        let found: Int = slots.withUnsafeBufferPointer { slots in
            pool.withUnsafeBufferPointer { pool in
                while true {
                    let slot = slots[i]
                    if slot.id < 0 { return -1 }
                    if slot.hash == h && Int(slot.place >> Self.lengthShift) == n {
                        let s = Int(slot.place & (1 << Self.lengthShift - 1))
                        var k = 0
                        while k < n && pool[s + k] == run[from + k] { k += 1 }
                        if k == n { return Int(slot.id) }
                    }
                    i = (i + 1) & mask
                }
            }
        }
        if found >= 0 { return found }
        let g = start.count
        precondition(pool.count + n < 1 << Self.lengthShift, "too many long grams")
        slots[i] = Slot(hash: h, id: Int32(g), place: UInt32(pool.count) | UInt32(n) << Self.lengthShift)
        start.append(Int32(pool.count))
        length.append(UInt8(n))
        hashes.append(h)
        for k in from..<(from + n) { pool.append(run[k]) }
        first.append(-1)
        last.append(-1)
        if start.count * 2 > slots.count { grow() }
        return g
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.id >= 0 {
            var i = Int(truncatingIfNeeded: slot.hash >> 20) & mask
            while slots[i].id >= 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }

    /// Counts one occurrence of gram `g` in `field` of document `doc` (documents in id order):
    /// a repeat in the same document adds to its posting instead of making another.
    /// `offset`, when given, is where it starts (kept for grams of the longest length).
    mutating func record(_ g: Int, doc: UInt32, field: Int, offset: UInt32? = nil) {
        let shift = UInt64(field * 16)
        var p = Int(last[g])
        if p < documentStart {
            p = append(g, doc: doc, score: 0)
            counts.append(0)
        }
        let c = p - documentStart
        if (counts[c] >> shift) & 0xFFFF < 0xFFFF { counts[c] += 1 << shift }
        if let offset { offsetEntries.append(UInt64(p) << 32 | UInt64(offset)) }
    }

    /// Sorts the start offsets by posting, then offset.
    mutating func sortOffsets() {
        offsetEntries.sort()
    }

    /// The entries of posting `p` in the sorted `offsetEntries`.
    private func offsetRange(_ p: Int) -> Range<Int> {
        let key = UInt64(p) << 32
        var lo = 0, hi = offsetEntries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if offsetEntries[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < offsetEntries.count && offsetEntries[end] >> 32 == UInt64(p) { end += 1 }
        return lo..<end
    }

    /// Ends document `doc`: its postings' field counts become score bytes.
    mutating func finish(doc: UInt32, score: (UInt64, Int) -> UInt8) {
        for (c, value) in counts.enumerated() { postingScore[documentStart + c] = score(value, Int(doc)) }
        counts.removeAll(keepingCapacity: true)
        documentStart = postingDoc.count
    }

    @discardableResult
    private mutating func append(_ g: Int, doc: UInt32, score: UInt8) -> Int {
        let p = postingDoc.count
        postingDoc.append(doc)
        postingScore.append(score)
        next.append(-1)
        if last[g] < 0 { first[g] = Int32(p) } else { next[Int(last[g])] = Int32(p) }
        last[g] = Int32(p)
        return p
    }

    /// Appends another table's grams and postings (its offsets sorted); its documents come
    /// after this one's. Leaves this table's offsets to sort.
    mutating func merge(_ other: SearchLongGramTable) {
        other.pool.withUnsafeBufferPointer { otherPool in
            for g in 0..<other.count {
                let mine = id(otherPool, from: Int(other.start[g]), count: Int(other.length[g]), hash: other.hashes[g])
                var p = Int(other.first[g])
                while p >= 0 {
                    let q = append(mine, doc: other.postingDoc[p], score: other.postingScore[p])
                    for e in other.offsetRange(p) { offsetEntries.append(UInt64(q) << 32 | (other.offsetEntries[e] & 0xFFFF_FFFF)) }
                    p = Int(other.next[p])
                }
            }
        }
    }

    /// The scalars of gram `g` as UTF-8.
    func utf8(_ g: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4 * Int(length[g]))
        let s = Int(start[g])
        for k in 0..<Int(length[g]) {
            bytes.append(contentsOf: UTF8.encode(Unicode.Scalar(pool[s + k]).unsafelyUnwrapped).unsafelyUnwrapped)
        }
        return bytes
    }

    /// Gram `g`'s postings: documents and score bytes.
    func postings(_ g: Int) -> (docs: [UInt32], scores: [UInt8]) {
        var docs: [UInt32] = [], scores: [UInt8] = []
        var p = Int(first[g])
        while p >= 0 {
            docs.append(postingDoc[p])
            scores.append(postingScore[p])
            p = Int(next[p])
        }
        return (docs, scores)
    }

    /// Gram `g`'s position block as the index writes it (per posting, the count of its start
    /// offsets, then their deltas, the first from 0), or empty when it kept none. The offsets
    /// must be sorted.
    func positionBlock(_ g: Int) -> [UInt8] {
        guard Int(length[g]) == SearchIndexFormat.maxLongGram else { return [] }
        var w = SearchByteWriter()
        var p = Int(first[g])
        while p >= 0 {
            let range = offsetRange(p)
            w.varint(range.count)
            var previous: UInt32 = 0
            for e in range {
                let offset = UInt32(truncatingIfNeeded: offsetEntries[e])
                w.varint(Int(offset - previous))
                previous = offset
            }
            p = Int(next[p])
        }
        return w.bytes
    }

    /// The id of the gram `g` less its last scalar, or nil when that is not a gram.
    func shorter(_ g: Int) -> Int? {
        let n = Int(length[g]) - 1
        guard n >= 4 else { return nil }
        let s = Int(start[g])
        var h: UInt64 = 0
        for k in 0..<n { h = Self.hash(h, pool[s + k]) }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h >> 20) & mask
        while true {
            let c = Int(slots[i].id)
            if c < 0 { return nil }
            if hashes[c] == h && Int(length[c]) == n {
                let cs = Int(start[c])
                if (0..<n).allSatisfy({ pool[cs + $0] == pool[s + $0] }) { return c }
            }
            i = (i + 1) & mask
        }
    }
}

/// The long grams of some documents while they are collected (`SearchLongGrams`): an
/// open-addressing table of grams whose scalars sit back to back in one array, and postings
/// chained per gram in one byte array (`SearchLongGramPostings`), so that collecting allocates
/// a few large arrays rather than a dictionary entry and two arrays a gram. A gram's scalars
/// are read where they sit in the run that first gave it (kept once, `keep`), not copied per
/// gram: a run of n characters gives up to some 8n grams of up to 12 characters. A slot of the
/// hash table holds 32 bits of a gram's hash and its id, so a lookup reads one slot
/// and (on a hit) the scalars. Grams of `SearchIndexFormat.maxLongGram` characters also keep
/// their start offsets (a run longer than that is answered from its windows' positions), as
/// (gram, document, offset) entries that only they have, so the other grams cost nothing more.
struct SearchLongGramTable {
    /// The kept runs' scalars: gram `g` is `pool[start[g] ..< start[g] + length[g]]`.
    private(set) var pool: [UInt32] = []
    private(set) var start: [Int32] = []
    private(set) var length: [UInt8] = []
    private var hashes: [UInt64] = []
    /// Per gram, the id of the gram one scalar shorter (-1: that is no gram), told by who adds it.
    private var shorterIds: [Int32] = []
    /// 32 bits of a gram's hash and its id (-1: an empty slot): 8 bytes, a few million of them.
    private struct Slot {
        var tag: UInt32 = 0
        var id: Int32 = -1
    }
    private var slots = [Slot](repeating: Slot(), count: 1 << 12)
    /// Postings, chained per gram in document order.
    private var postings = SearchLongGramPostings()
    /// A start offset of a gram in a document.
    private struct OffsetEntry {
        var gram: UInt32
        var doc: UInt32
        var offset: UInt32
    }
    /// Recorded in document order; `finishCollecting` sorts them by gram before `appendPositions` looks them up.
    private var offsets: [OffsetEntry] = []
    /// Per gram, the chain of `postings` that holds its postings (`useChains`); empty: its own.
    private var chainOf: [Int32] = []

    var count: Int { start.count }

    /// Hash of a run of scalars, extended one scalar at a time.
    @inline(__always)
    static func hash(_ h: UInt64, _ scalar: UInt32) -> UInt64 {
        (h ^ UInt64(scalar)) &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019
    }

    /// Keeps the scalars of `run` for the grams about to be added from it; returns where they
    /// start (the `at` of `id`).
    mutating func keep(_ run: UnsafeBufferPointer<UInt32>) -> Int {
        let at = pool.count
        pool.append(contentsOf: run)
        return at
    }

    /// Gives back the scalars kept from `at` on when no gram added since reads them.
    mutating func unkeep(from at: Int, gramsBefore: Int) {
        if count == gramsBefore { pool.removeLast(pool.count - at) }
    }

    /// The id of the gram `run[from ..< from + count]` whose hash is `h`, added when new: its
    /// scalars read at `at + from` in the pool when `run` was kept at `at`, else copied;
    /// `shorter`, the id of the gram less its last scalar (-1 when that is no gram).
    mutating func id(_ run: UnsafeBufferPointer<UInt32>, from: Int, count n: Int, hash h: UInt64, at: Int? = nil,
                     shorter: Int32 = -1) -> Int {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h >> 20) & mask
        let found: Int = slots.withUnsafeBufferPointer { slots in
            pool.withUnsafeBufferPointer { pool in
                length.withUnsafeBufferPointer { length in
                    while true {
                        let slot = slots[i]
                        if slot.id < 0 { return -1 }
                        if slot.tag == UInt32(truncatingIfNeeded: h) && Int(length[Int(slot.id)]) == n {
                            let s = Int(start[Int(slot.id)])
                            var k = 0
                            while k < n && pool[s + k] == run[from + k] { k += 1 }
                            if k == n { return Int(slot.id) }
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
        if found >= 0 { return found }
        let g = start.count
        let place: Int
        if let at {
            place = at + from
        } else {
            place = pool.count
            for k in from..<(from + n) { pool.append(run[k]) }
        }
        precondition(place + n <= Int(Int32.max) && n <= Int(UInt8.max), "too many long grams")
        slots[i] = Slot(tag: UInt32(truncatingIfNeeded: h), id: Int32(g))
        start.append(Int32(place))
        length.append(UInt8(n))
        hashes.append(h)
        shorterIds.append(shorter)
        postings.addGram()
        if !chainOf.isEmpty { chainOf.append(Int32(postings.chainCount - 1)) }
        if start.count * 2 > slots.count { grow() }
        return g
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.id >= 0 {
            var i = Int(truncatingIfNeeded: hashes[Int(slot.id)] >> 20) & mask
            while slots[i].id >= 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }

    /// Counts one occurrence in `field` of document `doc` (documents in id order) in chain `c`:
    /// gram `c`'s own, or one `addChains` added. A repeat in the same document adds to its
    /// posting instead of making another.
    mutating func record(chain c: Int, doc: UInt32, field: Int) {
        postings.record(c, doc: doc, field: field)
    }

    /// Adds `count` chains of postings after the grams' own (for what gives grams their
    /// postings, such as a run); returns the first one's number.
    mutating func addChains(_ count: Int) -> Int {
        let first = postings.chainCount
        for _ in 0..<count { postings.addGram() }
        return first
    }

    /// Which chain holds each gram's postings (`chainOf[g]`, its own `g` or one `addChains` added).
    mutating func useChains(_ chainOf: [Int32]) {
        self.chainOf = chainOf
    }

    /// Makes room for `count` more start offsets.
    mutating func reserveOffsets(_ count: Int) {
        offsets.reserveCapacity(offsets.count + count)
    }

    /// Keeps a start offset of gram `g` (of the longest length) in document `doc`.
    mutating func recordOffset(_ g: Int, doc: UInt32, offset: UInt32) {
        offsets.append(OffsetEntry(gram: UInt32(g), doc: doc, offset: offset))
    }

    @inline(__always)
    private func chain(_ g: Int) -> Int { chainOf.isEmpty ? g : Int(chainOf[g]) }

    /// Ends collecting: sorts the start offsets by gram, then document and offset.
    mutating func finishCollecting() {
        offsets = Self.sortedByGram(offsets, grams: count)
        postings.finishCollecting()
    }

    /// `offsets`, recorded in document order and in each document in offset order (documents
    /// are added in id order, a document's runs from its first field's start to its last one's
    /// end), sorted by gram, then document and offset: a counting sort by gram, which keeps each
    /// gram's in the order recorded. Comparing them took 1.8 % of a 1,000-article build.
    private static func sortedByGram(_ offsets: [OffsetEntry], grams: Int) -> [OffsetEntry] {
        precondition(offsets.count <= Int(UInt32.max), "too many start offsets")
        var next = [UInt32](repeating: 0, count: grams + 1)
        for entry in offsets { next[Int(entry.gram) + 1] += 1 }
        for g in 0..<grams { next[g + 1] += next[g] }
        return [OffsetEntry](unsafeUninitializedCapacity: offsets.count) { sorted, initialized in
            for entry in offsets {
                let g = Int(entry.gram)
                (sorted.baseAddress! + Int(next[g])).initialize(to: entry)
                next[g] += 1
            }
            initialized = offsets.count
        }
    }

    /// Appends gram `g`'s start offsets as the index writes positions: per posting (document),
    /// the count of its offsets, then their deltas, the first from 0. The offsets must be sorted.
    func appendPositions(_ g: Int, to w: inout SearchByteWriter) {
        let gram = UInt32(g)
        var lo = 0, hi = offsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if offsets[mid].gram < gram { lo = mid + 1 } else { hi = mid }
        }
        var e = lo
        while e < offsets.count && offsets[e].gram == gram {
            let doc = offsets[e].doc
            var end = e
            while end < offsets.count && offsets[end].gram == gram && offsets[end].doc == doc { end += 1 }
            w.varint(end - e)
            var previous: UInt32 = 0
            for k in e..<end {
                w.varint(Int(offsets[k].offset - previous))
                previous = offsets[k].offset
            }
            e = end
        }
    }

    /// Ends document `doc`: its postings' field counts become score bytes.
    mutating func finish(doc: UInt32, score: (UInt64, Int) -> UInt8) {
        postings.finish(doc: doc, score: score)
    }

    /// Adds another table's grams to this one's (not their postings: those stay in `other`);
    /// returns, for each gram of `other`, its id here. The other's pool is kept whole.
    mutating func addGrams(of other: SearchLongGramTable) -> [Int32] {
        let at = pool.count
        pool.append(contentsOf: other.pool)
        var mine: [Int32] = []
        mine.reserveCapacity(other.count)
        other.pool.withUnsafeBufferPointer { otherPool in
            for g in 0..<other.count {
                // A gram's shorter one was added before it, so it has its id here already.
                let shorter = other.shorterIds[g] < 0 ? -1 : mine[Int(other.shorterIds[g])]
                mine.append(Int32(id(otherPool, from: Int(other.start[g]), count: Int(other.length[g]), hash: other.hashes[g],
                                     at: at, shorter: shorter)))
            }
        }
        return mine
    }

    /// Frees what finds a gram (its scalars, hashes and slots) once `addGrams` has read this
    /// table: postings and start offsets stay. `count` is 0 afterwards.
    mutating func dropLookup() {
        pool = []
        start = []
        length = []
        shorterIds = []
        dropHashes()
    }

    /// Frees the hash table once no gram is added or looked up any more (`utf8`, `shorter` and
    /// the postings still read).
    mutating func dropHashes() {
        hashes = []
        slots = []
    }

    /// Whether gram `g` has the longest length (and so keeps its start offsets).
    func isLongest(_ g: Int) -> Bool { Int(length[g]) == SearchIndexFormat.maxLongGram }

    /// The scalars of gram `g` as UTF-8.
    func utf8(_ g: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4 * Int(length[g]))
        for i in Int(start[g])..<(Int(start[g]) + Int(length[g])) { bytes.appendUTF8(pool[i]) }
        return bytes
    }

    /// How many scalars gram `g` has.
    func scalarCount(_ g: Int) -> Int { Int(length[g]) }

    /// Writes the scalars of gram `g` as UTF-8 (four bytes a scalar at most).
    func writeUTF8(_ g: Int, to w: inout SearchTermBytes.Writer) {
        pool.withUnsafeBufferPointer { pool in
            for i in Int(start[g])..<(Int(start[g]) + Int(length[g])) { w.utf8(pool[i]) }
        }
    }

    /// How many postings gram `g` has.
    func postingCount(_ g: Int) -> Int { postings.count(of: chain(g)) }

    /// Whether grams `g` and `p` have the same postings.
    func samePostings(_ g: Int, _ p: Int) -> Bool {
        let (a, b) = (chain(g), chain(p))
        return a == b || postings.samePostings(a, b)
    }

    /// Reads gram `g`'s postings (documents and score bytes), in document order.
    func cursor(_ g: Int) -> SearchLongGramPostings.Cursor { postings.cursor(chain(g)) }

    /// Per gram, whether it holds a triple of `common` (`SearchLongGrams.tripleKey`): the gram
    /// a scalar shorter does, or its last triple is one (a gram is added after that one).
    func holdingCommonTriple(_ common: SearchTermHashTable) -> [Bool] {
        var holding = [Bool](repeating: false, count: count)
        pool.withUnsafeBufferPointer { pool in
            for g in 0..<count {
                let s = Int(start[g]), n = Int(length[g])
                func isCommon(_ i: Int) -> Bool {
                    common.find(SearchLongGrams.tripleKey(pool[s + i], pool[s + i + 1], pool[s + i + 2])) >= 0
                }
                if let p = shorter(g) {
                    holding[g] = holding[p] || isCommon(n - 3)
                } else {
                    holding[g] = (0...(n - 3)).contains(where: isCommon)
                }
            }
        }
        return holding
    }

    /// The id of the gram `g` less its last scalar, or nil when that is not a gram.
    func shorter(_ g: Int) -> Int? {
        shorterIds[g] < 0 ? nil : Int(shorterIds[g])
    }
}

/// The postings of a `SearchLongGramTable`'s grams while they are collected, compact: per gram,
/// a chain of small blocks in one byte array, each posting the delta of its document from the
/// gram's previous one (the first from 0) as a varint, then its score byte. About 3 bytes a
/// posting, where a document, a score byte and a link took 9: at 10,000 articles the Chinese
/// index's long grams have some 30 million postings, most of them of grams that end up as
/// aliases.
struct SearchLongGramPostings {
    /// Bytes of postings a block holds (its link to the next block is in `nextBlock`).
    private static let payload = 28
    private var bytes: [UInt8] = []
    private var nextBlock: [Int32] = []
    /// Per gram: its first and last block (-1: no posting yet), the bytes used in the last
    /// one, and the document of its last posting.
    private var firstBlock: [Int32] = []
    private var lastBlock: [Int32] = []
    private var used: [UInt8] = []
    private var lastDocument: [UInt32] = []
    /// Per gram: how many postings it has.
    private(set) var counts: [Int32] = []
    /// Per gram: the index in `counts` of its posting in the document being collected (valid
    /// when its last document is that one).
    private var slot: [Int32] = []
    /// The field counts (four 16-bit counters) of the postings of the document being
    /// collected, and where each one's score byte is; `finish` writes the score bytes.
    private var fieldCounts: [UInt64] = []
    private var scorePlaces: [Int] = []

    /// Makes room for the next gram.
    mutating func addGram() {
        firstBlock.append(-1)
        lastBlock.append(-1)
        used.append(0)
        lastDocument.append(0)
        counts.append(0)
        slot.append(0)
    }

    /// Counts one occurrence of gram `g` in `field` of document `doc` (documents in id order):
    /// a repeat in the same document adds to its posting instead of making another.
    mutating func record(_ g: Int, doc: UInt32, field: Int) {
        let c: Int
        if firstBlock[g] >= 0 && lastDocument[g] == doc {
            c = Int(slot[g])
        } else {
            var delta = doc - (firstBlock[g] < 0 ? 0 : lastDocument[g])
            while delta >= 0x80 {
                append(g, UInt8(delta & 0x7F) | 0x80)
                delta >>= 7
            }
            append(g, UInt8(delta))
            scorePlaces.append(append(g, 0))
            lastDocument[g] = doc
            counts[g] += 1
            c = fieldCounts.count
            slot[g] = Int32(c)
            fieldCounts.append(0)
        }
        let shift = UInt64(field * 16)
        if (fieldCounts[c] >> shift) & 0xFFFF < 0xFFFF { fieldCounts[c] += 1 << shift }
    }

    /// Ends document `doc`: its postings' field counts become score bytes.
    mutating func finish(doc: UInt32, score: (UInt64, Int) -> UInt8) {
        for (c, value) in fieldCounts.enumerated() { bytes[scorePlaces[c]] = score(value, Int(doc)) }
        fieldCounts.removeAll(keepingCapacity: true)
        scorePlaces.removeAll(keepingCapacity: true)
    }

    /// Appends a byte to gram `g`'s chain; returns where it is in `bytes`.
    @discardableResult
    private mutating func append(_ g: Int, _ byte: UInt8) -> Int {
        var block = Int(lastBlock[g])
        var at = Int(used[g])
        if block < 0 || at == Self.payload {
            let new = nextBlock.count
            nextBlock.append(-1)
            bytes.append(contentsOf: repeatElement(0, count: Self.payload))
            if block < 0 { firstBlock[g] = Int32(new) } else { nextBlock[block] = Int32(new) }
            lastBlock[g] = Int32(new)
            block = new
            at = 0
        }
        let place = block * Self.payload + at
        bytes[place] = byte
        used[g] = UInt8(at + 1)
        return place
    }

    /// Reads gram `g`'s postings, in document order.
    func cursor(_ g: Int) -> Cursor {
        Cursor(postings: self, block: Int(firstBlock[g]), last: Int(lastBlock[g]), end: Int(used[g]))
    }

    /// Reads one gram's postings.
    struct Cursor {
        fileprivate let postings: SearchLongGramPostings
        fileprivate var block: Int
        fileprivate let last: Int
        fileprivate let end: Int
        private var at = 0
        private var doc: UInt32 = 0

        fileprivate init(postings: SearchLongGramPostings, block: Int, last: Int, end: Int) {
            self.postings = postings
            self.block = block
            self.last = last
            self.end = end
        }

        /// The next posting's document and score byte; nil after the last.
        mutating func next() -> (doc: UInt32, score: UInt8)? {
            guard block >= 0, block != last || at < end else { return nil }
            var delta: UInt32 = 0
            var shift: UInt32 = 0
            while true {
                let b = byte()
                delta |= UInt32(b & 0x7F) << shift
                if b < 0x80 { break }
                shift += 7
            }
            doc += delta
            return (doc, byte())
        }

        private mutating func byte() -> UInt8 {
            if at == SearchLongGramPostings.payload {
                block = Int(postings.nextBlock[block])
                at = 0
            }
            at += 1
            return postings.bytes[block * SearchLongGramPostings.payload + at - 1]
        }
    }
}

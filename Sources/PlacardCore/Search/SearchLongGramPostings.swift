/// The postings of a `SearchLongGramTable`'s grams while they are collected, compact: per gram,
/// a chain of small blocks in one byte array, each posting the delta of its document from the
/// chain's previous one (the first from 0) as a varint, then its score byte.
///
/// A gram whose postings so far equal those of its prefix (the gram one scalar shorter: a phrase
/// that always goes on the same way) writes none: most of the Chinese index's 30 million
/// long-gram postings at 10,000 articles are of such grams, which end as aliases. When a gram
/// parts from its prefix, it keeps how many of the prefix's first postings are its own first
/// ones, and writes its postings from then on.
struct SearchLongGramPostings {
    /// Bytes of postings a block holds (its link to the next block is in `nextBlock`).
    private static let payload = 28
    private var bytes: [UInt8] = []
    private var nextBlock: [Int32] = []
    /// Per gram: its first and last block (-1: none written yet), the bytes used in the last
    /// one, and the document of its last written posting.
    private var firstBlock: [Int32] = []
    private var lastBlock: [Int32] = []
    private var used: [UInt8] = []
    private var lastDocument: [UInt32] = []
    /// Per gram: how many postings it has, written or not.
    private(set) var counts: [Int32] = []
    /// Per gram: its prefix gram (-1: its prefix is no gram), and how many of its first postings
    /// are the prefix's first ones (-1: all so far; the gram has written none).
    private var prefix: [Int32] = []
    private var fromPrefix: [Int32] = []
    /// Per gram: 1 + the last document it was met in, and its index in `touched` there.
    private var metIn: [UInt32] = []
    private var slot: [Int32] = []
    /// The grams met in the document being collected, with their field counts (four 16-bit counters).
    private var touched: [Int32] = []
    private var fieldCounts: [UInt64] = []
    private var scores: [UInt8] = []

    /// Makes room for the next gram, whose prefix is gram `prefix` (-1: none).
    mutating func addGram(prefix: Int) {
        firstBlock.append(-1)
        lastBlock.append(-1)
        used.append(0)
        lastDocument.append(0)
        counts.append(0)
        self.prefix.append(Int32(prefix))
        fromPrefix.append(prefix < 0 ? 0 : -1)
        metIn.append(0)
        slot.append(0)
    }

    /// Counts one occurrence of gram `g` in `field` of document `doc` (documents in id order):
    /// a repeat in the same document adds to its posting instead of making another.
    mutating func record(_ g: Int, doc: UInt32, field: Int) {
        let c: Int
        if metIn[g] == doc &+ 1 {
            c = Int(slot[g])
        } else {
            c = touched.count
            metIn[g] = doc &+ 1
            slot[g] = Int32(c)
            touched.append(Int32(g))
            fieldCounts.append(0)
        }
        let shift = UInt64(field * 16)
        if (fieldCounts[c] >> shift) & 0xFFFF < 0xFFFF { fieldCounts[c] += 1 << shift }
    }

    /// Ends document `doc`: each gram met in it gets its posting (its field counts made a
    /// score byte), written unless the gram's postings still equal its prefix's. A gram met in
    /// a document always has its prefix (when a gram) met at the same places.
    mutating func finish(doc: UInt32, score: (UInt64, Int) -> UInt8) {
        scores.removeAll(keepingCapacity: true)
        for value in fieldCounts { scores.append(score(value, Int(doc))) }
        for (c, t) in touched.enumerated() where fromPrefix[Int(t)] < 0 {
            let g = Int(t), p = Int(prefix[g])
            if counts[g] != counts[p] || metIn[p] != doc &+ 1 || scores[c] != scores[Int(slot[p])] { fromPrefix[g] = counts[g] }
        }
        for (c, t) in touched.enumerated() {
            let g = Int(t)
            if fromPrefix[g] >= 0 {
                var delta = doc - (firstBlock[g] < 0 ? 0 : lastDocument[g])
                while delta >= 0x80 {
                    append(g, UInt8(delta & 0x7F) | 0x80)
                    delta >>= 7
                }
                append(g, UInt8(delta))
                append(g, scores[c])
                lastDocument[g] = doc
            }
            counts[g] += 1
        }
        touched.removeAll(keepingCapacity: true)
        fieldCounts.removeAll(keepingCapacity: true)
    }

    /// Appends a byte to gram `g`'s chain.
    private mutating func append(_ g: Int, _ byte: UInt8) {
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
        bytes[block * Self.payload + at] = byte
        used[g] = UInt8(at + 1)
    }

    /// Reads gram `g`'s postings, in document order: the first ones its prefix's (and so on up),
    /// then its own chain.
    func cursor(_ g: Int) -> Cursor {
        var chains = [Chain(block: Int(firstBlock[g]), last: Int(lastBlock[g]), end: Int(used[g]), limit: Int.max)]
        var limit = Int(fromPrefix[g] < 0 ? counts[g] : fromPrefix[g])
        var gram = Int(prefix[g])
        while limit > 0 {
            let inherited = min(limit, Int(fromPrefix[gram] < 0 ? counts[gram] : fromPrefix[gram]))
            chains.insert(Chain(block: Int(firstBlock[gram]), last: Int(lastBlock[gram]), end: Int(used[gram]),
                                limit: limit - inherited), at: 0)
            limit = inherited
            gram = Int(prefix[gram])
        }
        return Cursor(postings: self, chains: chains)
    }

    /// A gram's own chain, of which the first `limit` postings are read.
    fileprivate struct Chain {
        var block: Int
        let last: Int
        let end: Int
        var limit: Int
    }

    /// Reads one gram's postings.
    struct Cursor {
        fileprivate let postings: SearchLongGramPostings
        fileprivate var chains: [Chain]
        private var k = 0
        private var at = 0
        private var doc: UInt32 = 0

        fileprivate init(postings: SearchLongGramPostings, chains: [Chain]) {
            self.postings = postings
            self.chains = chains
        }

        /// The next posting's document and score byte; nil after the last.
        mutating func next() -> (doc: UInt32, score: UInt8)? {
            while k < chains.count {
                let chain = chains[k]
                if chain.limit > 0 && chain.block >= 0 && (chain.block != chain.last || at < chain.end) { break }
                k += 1
                at = 0
                doc = 0
            }
            guard k < chains.count else { return nil }
            chains[k].limit -= 1
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
                chains[k].block = Int(postings.nextBlock[chains[k].block])
                at = 0
            }
            at += 1
            return postings.bytes[chains[k].block * SearchLongGramPostings.payload + at - 1]
        }
    }
}

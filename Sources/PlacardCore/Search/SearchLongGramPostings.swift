import Foundation

/// The postings of a `SearchLongGramTable`'s grams while they are collected, compact: per gram
/// (or per run whose grams share its postings), a chain of small blocks in pages of bytes, each
/// posting the delta of its document from the chain's previous one (the first from 0) as a
/// varint, then its score byte. About 3 bytes a posting, where a document, a score byte and a
/// link took 9: at 10,000 articles the Chinese index's long grams record some 15 million
/// postings, most of them of grams that end up as aliases.
///
/// A class over memory of its own, not arrays: recording a posting is the hot loop of the long
/// grams, and an array's write checks, every time, whether its storage is shared (five checks a
/// posting). One collector writes it; once collected it is only read, so the copies of a table
/// that share it are safe.
final class SearchLongGramPostings: @unchecked Sendable {
    /// Bytes of postings a block holds (its link to the next block is in `nextBlock`).
    private static let payload = 28
    /// Blocks a page of `pages` holds (a power of two): the blocks sit in pages of fixed size
    /// (under 1 MB) rather than one array, which would grow by copying itself into one twice
    /// its size (at 10,000 articles, 50 MB a core's worth of postings in a 100 MB array).
    private static let pageBits = 15
    @exclusivity(unchecked) private var pages: [UnsafeMutablePointer<UInt8>] = []
    @exclusivity(unchecked) private var nextBlock = SearchRawArray<Int32>()
    /// What a gram's chain needs while postings are added, side by side so that recording a
    /// posting reads one place: its first and last block (-1: no posting yet), the bytes used in
    /// the last one, the document of its last posting, how many postings it has, and the index
    /// in `fieldCounts` of its posting in the document being collected (valid when its last
    /// document is that one).
    private struct Chain {
        var firstBlock: Int32 = -1
        var lastBlock: Int32 = -1
        var lastDocument: UInt32 = 0
        var count: Int32 = 0
        var slot: Int32 = 0
        var used: UInt8 = 0
    }
    @exclusivity(unchecked) private var chains = SearchRawArray<Chain>()
    /// The field counts (four 16-bit counters) of the postings of the document being
    /// collected, and where each one's score byte is; `finish` writes the score bytes.
    @exclusivity(unchecked) private var fieldCounts = SearchRawArray<UInt64>()
    @exclusivity(unchecked) private var scorePlaces = SearchRawArray<Int>()

    deinit {
        for page in pages { page.deallocate() }
    }

    /// Makes room for the next gram (or another chain of postings).
    func addGram() {
        chains.append(Chain())
    }

    /// How many chains there are.
    var chainCount: Int { chains.count }

    /// How many postings gram `g` has.
    func count(of g: Int) -> Int { Int(chains[g].count) }

    /// Counts one occurrence of gram `g` in `field` of document `doc` (documents in id order):
    /// a repeat in the same document adds to its posting instead of making another.
    func record(_ g: Int, doc: UInt32, field: Int) {
        let chain = chains.pointer(g)
        let c: Int
        if chain.pointee.firstBlock >= 0 && chain.pointee.lastDocument == doc {
            c = Int(chain.pointee.slot)
        } else {
            var delta = doc - (chain.pointee.firstBlock < 0 ? 0 : chain.pointee.lastDocument)
            while delta >= 0x80 {
                append(chain, UInt8(truncatingIfNeeded: delta) | 0x80)
                delta >>= 7
            }
            append(chain, UInt8(truncatingIfNeeded: delta))
            scorePlaces.append(append(chain, 0))
            chain.pointee.lastDocument = doc
            chain.pointee.count += 1
            c = fieldCounts.count
            chain.pointee.slot = Int32(c)
            fieldCounts.append(0)
        }
        let shift = UInt64(field * 16)
        if (fieldCounts[c] >> shift) & 0xFFFF < 0xFFFF { fieldCounts[c] += 1 << shift }
    }

    /// Ends document `doc`: its postings' field counts become score bytes.
    /// A document's postings mostly share a few field counts, so each count's score is asked once
    /// (a small table by count, a score of 0 marking an empty entry).
    func finish(doc: UInt32, score: (UInt64, Int) -> UInt8) {
        withUnsafeTemporaryAllocation(of: (counts: UInt64, score: UInt8).self, capacity: 64) { memo in
            memo.initialize(repeating: (0, 0))
            for c in 0..<fieldCounts.count {
                let value = fieldCounts[c]
                let e = Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> 58)
                if memo[e].score == 0 || memo[e].counts != value { memo[e] = (value, score(value, Int(doc))) }
                let place = scorePlaces[c]
                pages[place >> (Self.pageBits + 5)][Self.offset(place)] = memo[e].score
            }
        }
        fieldCounts.removeAll()
        scorePlaces.removeAll()
    }

    /// Frees what only collecting needs, once every posting is in.
    func finishCollecting() {
        fieldCounts = SearchRawArray()
        scorePlaces = SearchRawArray()
    }

    /// Where in its page the byte at `place` (a block and the byte in it: `block << 5 | at`) is.
    @inline(__always)
    private static func offset(_ place: Int) -> Int {
        ((place >> 5) & ((1 << pageBits) - 1)) * payload + (place & 31)
    }

    /// Appends a byte to `chain`; returns its place (`block << 5 | at`).
    @inline(__always)
    @discardableResult
    private func append(_ chain: UnsafeMutablePointer<Chain>, _ byte: UInt8) -> Int {
        var block = Int(chain.pointee.lastBlock)
        var at = Int(chain.pointee.used)
        if block < 0 || at == Self.payload {
            block = newBlock(after: block, of: chain)
            at = 0
        }
        let place = block << 5 | at
        pages[block >> Self.pageBits][Self.offset(place)] = byte
        chain.pointee.used = UInt8(at + 1)
        return place
    }

    /// Starts a block at the end of `chain`, whose last block is `last` (-1: none yet).
    @inline(never)
    private func newBlock(after last: Int, of chain: UnsafeMutablePointer<Chain>) -> Int {
        let new = nextBlock.count
        nextBlock.append(-1)
        if new >> Self.pageBits == pages.count {
            let page = UnsafeMutablePointer<UInt8>.allocate(capacity: Self.payload << Self.pageBits)
            page.initialize(repeating: 0, count: Self.payload << Self.pageBits)
            pages.append(page)
        }
        if last < 0 { chain.pointee.firstBlock = Int32(new) } else { nextBlock[last] = Int32(new) }
        chain.pointee.lastBlock = Int32(new)
        return new
    }

    /// Whether grams `a` and `b` have the same postings, compared as bytes: a posting's bytes
    /// depend on it and the posting before only, and fill a chain's blocks in order, so equal
    /// postings are equal blocks.
    func samePostings(_ a: Int, _ b: Int) -> Bool {
        let x = chains[a], y = chains[b]
        guard x.count == y.count, x.used == y.used else { return false }
        guard x.firstBlock >= 0, y.firstBlock >= 0 else { return x.firstBlock == y.firstBlock }
        var p = Int(x.firstBlock), q = Int(y.firstBlock)
        while true {
            let last = p == Int(x.lastBlock)
            guard last == (q == Int(y.lastBlock)) else { return false }
            let n = last ? Int(x.used) : Self.payload
            let left = pages[p >> Self.pageBits] + Self.offset(p << 5)
            let right = pages[q >> Self.pageBits] + Self.offset(q << 5)
            guard memcmp(left, right, n) == 0 else { return false }
            if last { return true }
            p = Int(nextBlock[p])
            q = Int(nextBlock[q])
        }
    }

    /// Reads gram `g`'s postings, in document order.
    func cursor(_ g: Int) -> Cursor {
        Cursor(postings: self, block: Int(chains[g].firstBlock), last: Int(chains[g].lastBlock), end: Int(chains[g].used))
    }

    /// Reads one gram's postings.
    struct Cursor {
        private let postings: SearchLongGramPostings
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
            return postings.pages[block >> SearchLongGramPostings.pageBits][SearchLongGramPostings.offset(block << 5 | (at - 1))]
        }
    }
}

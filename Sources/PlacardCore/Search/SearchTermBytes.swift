/// The bytes of a batch of dictionary terms (`SearchTermTable.Term`: each term's key, postings
/// and positions, one after another), in blocks that never move and are freed together when the
/// batch is. A term is then a pointer and three lengths, with nothing to retain or release: a
/// dictionary of a million terms was three million arrays, each allocated, moved by the sort
/// with its references counted and freed one by one (some 5% of a build's instructions at 1,000
/// articles, docs/benchmarks.md), and each array's header and rounding took memory of its own.
///
/// One thread adds to a batch at a time; once made, its bytes are only read (or, for a term's
/// own bytes, rewritten in place by the one thread that holds the term). `@unchecked Sendable`:
/// a batch made on one worker is handed to the caller of `Parallel.map`.
final class SearchTermBytes: @unchecked Sendable {
    /// The first block's size; each next one twice the last, up to `largestBlock`.
    private static let firstBlock = 16 << 10
    private static let largestBlock = 1 << 20

    private var blocks: [UnsafeMutableRawPointer] = []
    private var next: UnsafeMutablePointer<UInt8>?
    private var left = 0
    private var blockSize = SearchTermBytes.firstBlock

    /// Room for a key while a term is made, kept from one term to the next of the batch.
    var scratch: [UInt8] = []

    init() {}

    deinit {
        for block in blocks { block.deallocate() }
    }

    /// Room for `count` bytes, which stay where they are while the batch lives.
    func allocate(_ count: Int) -> UnsafeMutablePointer<UInt8> {
        if count > left || next == nil {
            let size = max(blockSize, count)
            blockSize = min(Self.largestBlock, blockSize * 2)
            let block = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
            blocks.append(block)
            next = block.bindMemory(to: UInt8.self, capacity: size)
            left = size
        }
        let at = next.unsafelyUnwrapped
        next = at + count
        left -= count
        return at
    }

    /// Gives back the last `count` bytes of the allocation made last, which were not used.
    func giveBack(_ count: Int) {
        next = next.unsafelyUnwrapped - count
        left += count
    }
}

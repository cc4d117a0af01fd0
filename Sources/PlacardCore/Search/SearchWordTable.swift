/// The words of the postings builder, numbered in the order first seen, looked up by their
/// scalars: the builder looks a word up at every occurrence, and hashing the scalars in place
/// costs much less than making a `String` and hashing it in a `Dictionary`.
///
/// Words are told apart as `String`s (canonically equivalent ones are one word): a word not
/// seen with these exact scalars is looked up by its string, and its scalars then remembered
/// with the number that string has.
struct SearchWordTable {
    private(set) var words: [String] = []
    private var numbers: [String: Int] = [:]
    /// The scalars of each remembered spelling, one after another; spelling k is
    /// `pool[starts[k]..<starts[k + 1]]`, with the hash `hashes[k]` and the word `wordOf[k]`.
    private var pool: [UInt32] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    private var wordOf: [Int] = []
    /// Open addressing: spelling numbers, -1 where empty.
    private var slots = [Int32](repeating: -1, count: 1 << 12)

    /// The number of the word `scalars[start..<end]`.
    mutating func number(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for k in start..<end { h = (h ^ UInt64(scalars[k].value)) &* 0x100_0000_01B3 }
        let count = end - start
        let found: Int? = slots.withUnsafeBufferPointer { slots in
            pool.withUnsafeBufferPointer { pool in
                let mask = slots.count - 1
                var i = Self.slot(h, mask)
                while slots[i] >= 0 {
                    let k = Int(slots[i])
                    if hashes[k] == h && starts[k + 1] - starts[k] == count {
                        var a = starts[k], b = start
                        while b < end && pool[a] == scalars[b].value {
                            a += 1
                            b += 1
                        }
                        if b == end { return wordOf[k] }
                    }
                    i = (i + 1) & mask
                }
                return nil
            }
        }
        if let found { return found }
        return remember(scalars, start, end, hash: h)
    }

    private mutating func remember(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, hash: UInt64) -> Int {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(4 * (end - start))
        for k in start..<end { utf8.appendUTF8(scalars[k].value) }
        let text = String(decoding: utf8, as: UTF8.self)
        let number: Int
        if let known = numbers[text] {
            number = known
        } else {
            number = words.count
            words.append(text)
            numbers[text] = number
        }
        for k in start..<end { pool.append(scalars[k].value) }
        starts.append(pool.count)
        hashes.append(hash)
        wordOf.append(number)
        if wordOf.count * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for k in wordOf.indices { place(k) }
        } else {
            place(wordOf.count - 1)
        }
        return number
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((hash ^ (hash >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    private mutating func place(_ k: Int) {
        let h = hashes[k]
        let mask = slots.count - 1
        var i = Self.slot(h, mask)
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = Int32(k)
    }
}

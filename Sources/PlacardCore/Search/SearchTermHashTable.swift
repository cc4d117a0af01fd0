/// An open-addressing hash table from packed 64-bit term keys to term ids: the builder
/// looks a term up for every unit and pair of a language's text, tens of millions of
/// times, where `Dictionary`'s hashing would dominate the build.
struct SearchTermHashTable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The id stored for `key`, or -1.
    @inline(__always)
    func find(_ key: UInt64) -> Int32 {
        var i = Self.slot(key, mask)
        while true {
            let v = values[i]
            if v < 0 || keys[i] == key { return v }
            i = (i + 1) & mask
        }
    }

    /// Stores `id` for a key that `find` did not find.
    mutating func insert(_ key: UInt64, _ id: Int32) {
        var i = Self.slot(key, mask)
        while values[i] >= 0 { i = (i + 1) & mask }
        keys[i] = key
        values[i] = id
        count += 1
        if count * 2 > keys.count { grow() }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (k, v) in zip(oldKeys, oldValues) where v >= 0 {
            var i = Self.slot(k, mask)
            while values[i] >= 0 { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
    }
}

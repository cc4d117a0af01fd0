/// An open-addressing hash table from packed 64-bit keys to ids: the builder looks a term up
/// for every unit and pair of a language's text, and the long-gram collector a gram for every
/// Han character and length, tens of millions of times, where `Dictionary`'s hashing would
/// dominate the build. A key and its id share a slot, so a lookup touches one cache line.
struct SearchTermHashTable {
    private struct Slot {
        var key: UInt64
        var value: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The id stored for `key`, or -1.
    @inline(__always)
    func find(_ key: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            var i = Self.slot(key, mask)
            while true {
                let s = slots[i]
                if s.value < 0 || s.key == key { return s.value }
                i = (i + 1) & mask
            }
        }
    }

    /// The id stored for `key`; when there is none, `make()` is stored and returned.
    @inline(__always)
    mutating func findOrInsert(_ key: UInt64, _ make: () -> Int32) -> Int32 {
        let mask = self.mask
        let found: Int32 = slots.withUnsafeMutableBufferPointer { slots in
            var i = Self.slot(key, mask)
            while true {
                let s = slots[i]
                if s.value < 0 {
                    let id = make()
                    slots[i] = Slot(key: key, value: id)
                    return -1 - id
                }
                if s.key == key { return s.value }
                i = (i + 1) & mask
            }
        }
        if found >= 0 { return found }
        count += 1
        if count * 2 > slots.count { grow() }
        return -1 - found
    }

    /// Stores `id` for a key that `find` did not find.
    mutating func insert(_ key: UInt64, _ id: Int32) {
        _ = findOrInsert(key) { id }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: old.count * 2)
        mask = slots.count - 1
        let mask = self.mask
        slots.withUnsafeMutableBufferPointer { slots in
            for s in old where s.value >= 0 {
                var i = Self.slot(s.key, mask)
                while slots[i].value >= 0 { i = (i + 1) & mask }
                slots[i] = s
            }
        }
    }
}

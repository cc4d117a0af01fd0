/// An open-addressing hash table from packed 64-bit keys to ids: the builder looks a term up
/// for every unit and pair of a language's text, and the long-gram collector a gram for every
/// Han character and length, tens of millions of times, where `Dictionary`'s hashing would
/// dominate the build. A key and its id share a slot, so a lookup touches one cache line.
///
/// The slots are memory of their own, not an array: an array written in place checks first,
/// every time, that no copy shares it (some 11 million checks at 1,000 articles). Copies of a
/// table share its slots: one owner fills a table, and once shared it is only read (the common
/// triples a build hands to the long grams' collector).
struct SearchTermHashTable {
    private struct Slot {
        var key: UInt64
        var value: Int32
    }

    /// `@unchecked Sendable`: a table shared between threads is only read.
    private final class Slots: @unchecked Sendable {
        let base: UnsafeMutablePointer<Slot>
        let count: Int

        init(count: Int) {
            self.count = count
            base = UnsafeMutablePointer<Slot>.allocate(capacity: count)
            base.initialize(repeating: Slot(key: 0, value: -1), count: count)
        }

        deinit { base.deallocate() }
    }

    private var slots: Slots
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Slots(count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The id stored for `key`, or -1.
    @inline(__always)
    func find(_ key: UInt64) -> Int32 {
        let slots = self.slots.base
        var i = Self.slot(key, mask)
        while true {
            let s = slots[i]
            if s.value < 0 || s.key == key { return s.value }
            i = (i + 1) & mask
        }
    }

    /// The id stored for `key`; when there is none, `make()` is stored and returned.
    @inline(__always)
    mutating func findOrInsert(_ key: UInt64, _ make: () -> Int32) -> Int32 {
        let slots = self.slots.base
        var i = Self.slot(key, mask)
        while true {
            let s = slots[i]
            if s.value < 0 { break }
            if s.key == key { return s.value }
            i = (i + 1) & mask
        }
        let id = make()
        slots[i] = Slot(key: key, value: id)
        count += 1
        if count * 2 > self.slots.count { grow() }
        return id
    }

    /// Stores `id` for a key that `find` did not find.
    mutating func insert(_ key: UInt64, _ id: Int32) {
        _ = findOrInsert(key) { id }
    }

    private mutating func grow() {
        let old = slots
        slots = Slots(count: old.count * 2)
        mask = slots.count - 1
        let (from, to) = (old.base, slots.base)
        for k in 0..<old.count where from[k].value >= 0 {
            var i = Self.slot(from[k].key, mask)
            while to[i].value >= 0 { i = (i + 1) & mask }
            to[i] = from[k]
        }
    }
}

/// A growable array in memory of its own, for hot loops (as `SearchGrowableBytes` is for
/// bytes): reading or writing an element checks nothing (not even the index, beyond debug
/// builds), and no copy shares it (not copyable).
struct SearchRawArray<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>?
    private(set) var count = 0
    private var capacity = 0

    init() {}

    deinit {
        base?.deinitialize(count: count)
        base?.deallocate()
    }

    subscript(i: Int) -> Element {
        @inline(__always) get {
            assert(i >= 0 && i < count)
            return base.unsafelyUnwrapped[i]
        }
        @inline(__always) set {
            assert(i >= 0 && i < count)
            base.unsafelyUnwrapped[i] = newValue
        }
    }

    /// Element `i`'s place, valid until the next `append`.
    @inline(__always)
    func pointer(_ i: Int) -> UnsafeMutablePointer<Element> {
        assert(i >= 0 && i < count)
        return base.unsafelyUnwrapped + i
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow() }
        (base.unsafelyUnwrapped + count).initialize(to: element)
        count += 1
    }

    mutating func removeAll() {
        base?.deinitialize(count: count)
        count = 0
    }

    private mutating func grow() {
        let larger = max(16, capacity * 2)
        let new = UnsafeMutablePointer<Element>.allocate(capacity: larger)
        if let base {
            new.moveInitialize(from: base, count: count)
            base.deallocate()
        }
        base = new
        capacity = larger
    }
}

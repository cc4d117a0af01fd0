/// Bytes appended one at a time to memory of its own, for the postings builder: an array's
/// append checks, every byte, whether its storage is shared, and with tens of millions of
/// postings that check cost as much as the bytes. Not copyable: the one owner frees it
/// (`SearchPostingsBuilder.Postings`, on deinit).
struct SearchGrowableBytes: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>?
    private(set) var count = 0
    private var capacity = 0

    init() {}

    deinit { base?.deallocate() }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        if count == capacity { grow() }
        base.unsafelyUnwrapped[count] = value
        count += 1
    }

    /// An unsigned LEB128 varint (as `SearchByteWriter.varint`).
    @inline(__always)
    mutating func varint(_ value: UInt64) {
        reserve(10)
        uncheckedVarint(value)
    }

    /// Makes room for `n` more bytes, which `uncheckedByte` and `uncheckedVarint` may then
    /// write without a check each.
    @inline(__always)
    mutating func reserve(_ n: Int) {
        if capacity - count < n { grow(toHold: count + n) }
    }

    @inline(__always)
    mutating func uncheckedByte(_ value: UInt8) {
        base.unsafelyUnwrapped[count] = value
        count += 1
    }

    @inline(__always)
    mutating func uncheckedVarint(_ value: UInt64) {
        count += Self.writeVarint(value, at: base.unsafelyUnwrapped + count)
    }

    /// Writes `value` as an unsigned LEB128 varint at `start`, with no check for room (ten bytes
    /// at most); returns the bytes written.
    @inline(__always)
    static func writeVarint(_ value: UInt64, at start: UnsafeMutablePointer<UInt8>) -> Int {
        var v = value
        var n = 0
        while v >= 0x80 {
            start[n] = UInt8(v & 0x7F) | 0x80
            n += 1
            v >>= 7
        }
        start[n] = UInt8(v)
        return n + 1
    }

    /// Appends `bytes` (one check for room, then a copy).
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base.unsafelyUnwrapped + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// The bytes so far, for `body` to read.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    private mutating func grow(toHold needed: Int = 0) {
        let larger = max(16, capacity * 2, needed)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        if let base {
            new.update(from: base, count: count)
            base.deallocate()
        }
        base = new
        capacity = larger
    }
}

extension SearchGrowableBytes: SearchVarintSink {
    @inline(__always)
    mutating func varint(_ value: Int) { varint(UInt64(value)) }
}

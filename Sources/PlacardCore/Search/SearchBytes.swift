/// Unsigned LEB128 variable-length integers, the number encoding of the binary shards.
struct SearchByteWriter {
    var bytes: [UInt8] = []

    @inline(__always)
    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    @inline(__always)
    mutating func varint(_ value: Int) { varint(UInt64(value)) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func string(_ value: String) {
        varint(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }
}

extension Array where Element == UInt8 {
    /// Appends the UTF-8 encoding of the scalar `v`.
    @inline(__always)
    mutating func appendUTF8(_ v: UInt32) {
        forEachUTF8Byte(of: v) { append($0) }
    }
}

/// The UTF-8 encoding of the scalar `v` (one to four bytes), a byte at a time to `put`.
@inline(__always)
func forEachUTF8Byte(of v: UInt32, _ put: (UInt8) -> Void) {
    if v < 0x80 {
        put(UInt8(v))
    } else if v < 0x800 {
        put(UInt8(0xC0 | v >> 6))
        put(UInt8(0x80 | v & 0x3F))
    } else if v < 0x10000 {
        put(UInt8(0xE0 | v >> 12))
        put(UInt8(0x80 | v >> 6 & 0x3F))
        put(UInt8(0x80 | v & 0x3F))
    } else {
        put(UInt8(0xF0 | v >> 18))
        put(UInt8(0x80 | v >> 12 & 0x3F))
        put(UInt8(0x80 | v >> 6 & 0x3F))
        put(UInt8(0x80 | v & 0x3F))
    }
}

/// Where numbers are written as varints: a `SearchByteWriter`, a `SearchGrowableBytes`, or a
/// `SearchByteCount` that only counts the bytes they would take.
protocol SearchVarintSink: ~Copyable {
    mutating func varint(_ value: Int)
}

extension SearchByteWriter: SearchVarintSink {}

/// The bytes that varints would take, counted without writing them.
struct SearchByteCount: SearchVarintSink {
    private(set) var count = 0

    @inline(__always)
    mutating func varint(_ value: Int) {
        var v = UInt64(value)
        count += 1
        while v >= 0x80 {
            v >>= 7
            count += 1
        }
    }
}

/// Reads what `SearchByteWriter` wrote; throws on truncated or malformed input.
struct SearchByteReader {
    let bytes: [UInt8]
    var index: Int = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }

    /// The bytes not read yet: a bound on how many numbers follow (each takes one byte or more),
    /// whatever count a damaged file gives.
    var remaining: Int { bytes.count - index }

    mutating func varint() throws -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard index < bytes.count, shift < 63 else { throw SearchIndexError.malformed("truncated number") }
            let b = bytes[index]
            index += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        guard result <= UInt64(Int.max) else { throw SearchIndexError.malformed("number out of range") }
        return Int(result)
    }

    /// `previous` plus the next number, the next of an ascending list written as deltas; throws
    /// past `limit`, which also keeps the sum from overflowing.
    mutating func delta(after previous: Int, limit: Int = Int.max) throws -> Int {
        let step = try varint()
        guard previous <= limit, step <= limit - previous else { throw SearchIndexError.malformed("number out of range") }
        return previous + step
    }

    mutating func byte() throws -> UInt8 {
        guard index < bytes.count else { throw SearchIndexError.malformed("truncated byte") }
        defer { index += 1 }
        return bytes[index]
    }

    mutating func slice(_ count: Int) throws -> ArraySlice<UInt8> {
        // Subtracted, not added: a damaged count near Int.max would overflow the sum.
        guard count >= 0, count <= remaining else { throw SearchIndexError.malformed("truncated data") }
        defer { index += count }
        return bytes[index..<(index + count)]
    }

    mutating func string() throws -> String {
        let count = try varint()
        return String(decoding: try slice(count), as: UTF8.self)
    }
}

/// Why an index could not be read.
public enum SearchIndexError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case malformed(String)
    case unsupportedVersion(Int)

    public var description: String {
        switch self {
        case .missing(let path): return "no search index at \(path)"
        case .malformed(let what): return "the search index is damaged (\(what)); build the site again"
        case .unsupportedVersion(let v): return "the search index has format version \(v), which this placard does not read; build the site again"
        }
    }
}

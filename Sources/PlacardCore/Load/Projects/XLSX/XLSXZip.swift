import CDeflate
import Foundation

/// The ZIP archive (APPNOTE.TXT) an .xlsx file is, read from its bytes: the central directory's
/// entries, and an entry's bytes, stored or deflated, checked against their CRC-32.
///
/// Written here rather than using a ZIP library, whose reader trusted the offsets it read and
/// trapped on a damaged file (an offset past the end). Every number read from the archive is
/// checked against the bytes there are before it is used, so any file gives entries or an error.
struct XLSXZip {
    struct Entry {
        var path: String
        var method: UInt16
        var encrypted: Bool
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    enum Failure: Error { case damaged, encrypted, unsupported }

    private let bytes: [UInt8]
    /// The entries in the central directory's order.
    let entries: [Entry]

    init(_ data: Data) throws {
        bytes = [UInt8](data)
        entries = try Self.centralDirectory(bytes)
    }

    /// The bytes of `entry`, when they are at most `limit`.
    func extract(_ entry: Entry, limit: Int) throws -> Data {
        guard !entry.encrypted else { throw Failure.encrypted }
        guard entry.uncompressedSize <= limit else { throw XLSXArchive.Failure.unreadable(.partTooLarge(entry.path)) }
        let local = entry.localHeaderOffset
        guard Self.uint32(bytes, local) == 0x0403_4B50,
              let nameLength = Self.uint16(bytes, local + 26), let extraLength = Self.uint16(bytes, local + 28) else { throw Failure.damaged }
        let start = local + 30 + Int(nameLength) + Int(extraLength)
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else { throw Failure.damaged }
        let stored = bytes[start..<(start + entry.compressedSize)]
        let content: [UInt8]
        switch entry.method {
        case 0: content = Array(stored)
        case 8: content = try Self.inflate(stored, size: entry.uncompressedSize)
        default: throw Failure.unsupported
        }
        guard content.count == entry.uncompressedSize,
              content.withUnsafeBytes({ UInt32(libdeflate_crc32(0, $0.baseAddress, $0.count)) }) == entry.crc32 else { throw Failure.damaged }
        return Data(content)
    }

    /// Raw DEFLATE data that must inflate to exactly `size` bytes.
    private static func inflate(_ input: ArraySlice<UInt8>, size: Int) throws -> [UInt8] {
        guard let decompressor = libdeflate_alloc_decompressor() else { throw Failure.damaged }
        defer { libdeflate_free_decompressor(decompressor) }
        var output = [UInt8](repeating: 0, count: size)
        var written = 0
        let result = input.withUnsafeBytes { source in
            output.withUnsafeMutableBytes { target in
                libdeflate_deflate_decompress(decompressor, source.baseAddress, source.count, target.baseAddress, size, &written)
            }
        }
        guard result == LIBDEFLATE_SUCCESS, written == size else { throw Failure.damaged }
        return output
    }

    // MARK: The central directory

    private static func centralDirectory(_ bytes: [UInt8]) throws -> [Entry] {
        guard let end = endOfCentralDirectory(bytes) else { throw Failure.damaged }
        var count = Int(uint16(bytes, end + 10)!)
        var size = Int(uint32(bytes, end + 12)!)
        var offset = Int(uint32(bytes, end + 16)!)
        // ZIP64: the record's fields are all ones, and the real ones are in the ZIP64 record that the
        // locator just before it points at.
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF, end >= 20, uint32(bytes, end - 20) == 0x0706_4B50 {
            guard let record = uint64(bytes, end - 12), record <= bytes.count - 56, uint32(bytes, record) == 0x0606_4B50,
                  let count64 = uint64(bytes, record + 32), let size64 = uint64(bytes, record + 40),
                  let offset64 = uint64(bytes, record + 48) else { throw Failure.damaged }
            (count, size, offset) = (count64, size64, offset64)
        }
        guard offset <= bytes.count, size <= bytes.count - offset, count <= size / 46 else { throw Failure.damaged }
        var entries: [Entry] = []
        var at = offset
        for _ in 0..<count {
            guard uint32(bytes, at) == 0x0201_4B50, let flags = uint16(bytes, at + 8), let method = uint16(bytes, at + 10),
                  let crc = uint32(bytes, at + 16), var compressed = uint32(bytes, at + 20).map(Int.init),
                  var uncompressed = uint32(bytes, at + 24).map(Int.init),
                  let nameLength = uint16(bytes, at + 28).map(Int.init), let extraLength = uint16(bytes, at + 30).map(Int.init),
                  let commentLength = uint16(bytes, at + 32).map(Int.init), var local = uint32(bytes, at + 42).map(Int.init),
                  at + 46 + nameLength + extraLength + commentLength <= offset + size else { throw Failure.damaged }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            // The ZIP64 extra field holds, in this order, those of the three that are all ones.
            var extra = at + 46 + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd, let id = uint16(bytes, extra), let length = uint16(bytes, extra + 2).map(Int.init) {
                let fieldEnd = extra + 4 + length
                guard fieldEnd <= extraEnd else { throw Failure.damaged }
                if id == 0x0001 {
                    var field = extra + 4
                    func next() throws -> Int {
                        guard field + 8 <= fieldEnd, let value = uint64(bytes, field) else { throw Failure.damaged }
                        field += 8
                        return value
                    }
                    if uncompressed == 0xFFFF_FFFF { uncompressed = try next() }
                    if compressed == 0xFFFF_FFFF { compressed = try next() }
                    if local == 0xFFFF_FFFF { local = try next() }
                }
                extra = fieldEnd
            }
            entries.append(Entry(path: name, method: method, encrypted: flags & 1 == 1, crc32: crc,
                                 compressedSize: compressed, uncompressedSize: uncompressed, localHeaderOffset: local))
            at += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    /// Where the end-of-central-directory record starts: the last signature in the file's final
    /// 22 + 65,535 bytes (the record and its comment) whose comment reaches exactly to the end.
    private static func endOfCentralDirectory(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        var at = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while at >= lowest {
            if uint32(bytes, at) == 0x0605_4B50, let comment = uint16(bytes, at + 20), at + 22 + Int(comment) == bytes.count { return at }
            at -= 1
        }
        return nil
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16? {
        guard at >= 0, at <= bytes.count - 2 else { return nil }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32? {
        guard at >= 0, at <= bytes.count - 4 else { return nil }
        return (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[at + $1]) << (8 * $1) }
    }

    /// A 64-bit field, nil when it does not fit an Int (no file here is that large).
    private static func uint64(_ bytes: [UInt8], _ at: Int) -> Int? {
        guard at >= 0, at <= bytes.count - 8 else { return nil }
        let value = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * $1) }
        return value <= UInt64(Int.max) ? Int(value) : nil
    }
}

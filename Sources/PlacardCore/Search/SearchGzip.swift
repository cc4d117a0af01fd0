import CDeflate
import Foundation

/// The gzip format (RFC 1952) of the index's compressed shards: written with libdeflate, read
/// with zlib.
///
/// libdeflate's level 1 compresses the shards of 10,000 articles in less than half the time
/// zlib's level 1 took, a few percent smaller (term shards 0.57 → 0.24 s of CPU, 25.9 → 25.2 MB;
/// docs/benchmarks.md). Its header's time field is zero, so a build's bytes depend on its
/// content alone.
enum SearchGzip {
    static let level: Int32 = 1

    /// Compressors not in use. Making one costs some 34,000 instructions and its tables' memory,
    /// for shards of a few KB each: each thread takes one from here and gives it back.
    private static let idle = Locked<[UnsafeSendable]>([])

    private struct UnsafeSendable: @unchecked Sendable { let compressor: OpaquePointer }

    /// `bytes` as one gzip member.
    static func compress(_ bytes: some ContiguousBytes) -> Data {
        let taken = idle.withLock { $0.popLast() }?.compressor ?? libdeflate_alloc_compressor(level)
        guard let compressor = taken else { fatalError("libdeflate: no memory for a compressor") }
        defer { idle.withLock { $0.append(UnsafeSendable(compressor: compressor)) } }
        return bytes.withUnsafeBytes { input -> Data in
            let bound = libdeflate_gzip_compress_bound(compressor, input.count)
            var output = Data(count: bound)
            let written = output.withUnsafeMutableBytes { out in
                libdeflate_gzip_compress(compressor, input.baseAddress, input.count, out.baseAddress, bound)
            }
            // The bound is enough for any input.
            guard written > 0 else { fatalError("libdeflate: the gzip member did not fit its bound") }
            output.count = written
            return output
        }
    }

    /// Whether `bytes` start as a gzip member does (a server that sent a `.gz` file with
    /// `Content-Encoding: gzip` leaves the reader the inflated bytes).
    static func isGzip(_ bytes: Data) -> Bool {
        bytes.count >= 18 && bytes[bytes.startIndex] == 0x1F && bytes[bytes.startIndex + 1] == 0x8B
    }

    /// The most a shard may inflate to: Placard's are a few hundred KB at most, so more is a
    /// damaged or hostile file (a gzip member inflates up to a thousand times its size).
    static let largestInflated = 1 << 30

    /// The bytes of a gzip member; nil when they are damaged or not gzip, or would inflate past
    /// `largest` (or are past the 4 GiB that zlib takes at once).
    static func decompress(_ bytes: Data, largest: Int = largestInflated) -> Data? {
        guard isGzip(bytes), bytes.count <= Int(UInt32.max) else { return nil }
        return bytes.withUnsafeBytes { input -> Data? in
            var stream = z_stream()
            guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
            defer { inflateEnd(&stream) }
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            var output = Data()
            var chunk = [UInt8](repeating: 0, count: min(max(65_536, input.count * 4), 1 << 24))
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[..<produced])
                if output.count > largest { return nil }
                if status == Z_STREAM_END { return output }
                // Z_BUF_ERROR with input left means the output was full; with none, the data ended early.
                guard status == Z_OK || (status == Z_BUF_ERROR && stream.avail_in > 0) else { return nil }
                if status == Z_BUF_ERROR && produced == 0 { return nil }
            }
        }
    }
}

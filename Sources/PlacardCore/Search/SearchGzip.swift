import CDeflate
import Foundation

/// The gzip format (RFC 1952) of the index's compressed shards, through zlib.
///
/// Level 1: on the index's shards it gives within 10-25% of level 6's size in half the time or
/// less (bodies of 10,000 articles: 51 MB to 7.9 MB at level 1, 6.8 MB at level 9). The
/// header's time field is zero, so a build's bytes depend on its content alone.
enum SearchGzip {
    static let level: Int32 = 1

    /// `bytes` as one gzip member.
    static func compress(_ bytes: some ContiguousBytes) -> Data {
        bytes.withUnsafeBytes { input -> Data in
            var stream = z_stream()
            // 15 + 16: a window of 32 KB, with gzip's header and trailer; memory level 8 is zlib's default.
            guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                                Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                fatalError("zlib: deflateInit2 failed")
            }
            defer { deflateEnd(&stream) }
            let bound = Int(deflateBound(&stream, uLong(input.count)))
            var output = Data(count: bound)
            let written = output.withUnsafeMutableBytes { out -> Int in
                stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(bound)
                // deflateBound is enough for one call to finish the stream.
                guard deflate(&stream, Z_FINISH) == Z_STREAM_END else { fatalError("zlib: deflate did not finish") }
                return Int(stream.total_out)
            }
            output.count = written
            return output
        }
    }

    /// Whether `bytes` start as a gzip member does (a server that sent a `.gz` file with
    /// `Content-Encoding: gzip` leaves the reader the inflated bytes).
    static func isGzip(_ bytes: Data) -> Bool {
        bytes.count >= 18 && bytes[bytes.startIndex] == 0x1F && bytes[bytes.startIndex + 1] == 0x8B
    }

    /// The bytes of a gzip member; nil when they are damaged or not gzip.
    static func decompress(_ bytes: Data) -> Data? {
        guard isGzip(bytes) else { return nil }
        return bytes.withUnsafeBytes { input -> Data? in
            var stream = z_stream()
            guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
            defer { inflateEnd(&stream) }
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            var output = Data()
            var chunk = [UInt8](repeating: 0, count: max(65_536, input.count * 4))
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[..<produced])
                if status == Z_STREAM_END { return output }
                // Z_BUF_ERROR with input left means the output was full; with none, the data ended early.
                guard status == Z_OK || (status == Z_BUF_ERROR && stream.avail_in > 0) else { return nil }
                if status == Z_BUF_ERROR && produced == 0 { return nil }
            }
        }
    }
}

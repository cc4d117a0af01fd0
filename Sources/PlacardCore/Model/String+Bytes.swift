import Foundation

/// Searches of a string's UTF-8 bytes with `memchr`, for checks that read every text of a site.
extension String {
    /// Whether the text holds `byte` (ASCII), found with `memchr`.
    func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Whether the text holds `needle`'s bytes: its first byte found with `memchr`, the rest compared.
    func containsBytes(_ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count > 0 else { return true }
        var text = self
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var from = 0
            while from + count <= bytes.count, let found = memchr(base + from, Int32(needle.utf8Start[0]), bytes.count - from - count + 1) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at, needle.utf8Start, count) == 0 { return true }
                from = at + 1
            }
            return false
        }
    }

    /// Whether the text holds `：` (U+FF1A, EF BC 9A in UTF-8), found without decoding scalars.
    var containsFullWidthColon: Bool {
        var text = self
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var from = 0
            while from < bytes.count, let found = memchr(base + from, 0xEF, bytes.count - from) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if at + 2 < bytes.count && bytes[at + 1] == 0xBC && bytes[at + 2] == 0x9A { return true }
                from = at + 1
            }
            return false
        }
    }
}

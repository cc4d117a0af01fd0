import Foundation

/// Every URL and output path of a site, decided in one place so that links, feeds, sitemap,
/// hreflang and search agree by construction.
///
/// A route is written as path segments (`["zh", "elderly", "phone-class"]`). Links are
/// root-relative and start with the base URL's path; canonical, hreflang, sitemap and feed
/// links are absolute. Non-ASCII segments stay as they are on disk and are percent-encoded in links.
public struct URLs: Sendable {
    /// `https://host[:port]` without a trailing slash.
    public let origin: String
    /// `/` or `/zt/szsy/`.
    public let basePath: String

    public init(baseURL: String) {
        let base = BaseURL.normalized(baseURL)
        basePath = BaseURL.path(of: base)
        var origin = base
        if basePath != "/" { origin = String(base.dropLast(basePath.count - 1)) }
        while origin.hasSuffix("/") { origin.removeLast() }
        self.origin = origin
    }

    /// Root-relative link to a folder page: `/base/zh/elderly/phone-class/`.
    public func link(_ segments: [String]) -> String {
        segments.isEmpty ? basePath : basePath + segments.map(Self.encode).joined(separator: "/") + "/"
    }

    /// Root-relative link to a file: `/base/zh/feed.xml`.
    public func fileLink(_ segments: [String]) -> String {
        basePath + segments.map(Self.encode).joined(separator: "/")
    }

    /// Absolute form of a root-relative link.
    public func absolute(_ link: String) -> String {
        origin + link
    }

    /// Output path of a folder page: `zh/elderly/phone-class/index.html`.
    public static func pagePath(_ segments: [String]) -> String {
        (segments + ["index.html"]).joined(separator: "/")
    }

    /// Percent-encodes everything but ASCII letters, digits and `-._~` (UTF-8 bytes, upper-case hex).
    public static func encode(_ segment: String) -> String {
        func allowed(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
        }
        if segment.utf8.allSatisfy(allowed) { return segment }
        let hex = Array("0123456789ABCDEF".utf8)
        var out = [UInt8]()
        out.reserveCapacity(segment.utf8.count * 3)
        for byte in segment.utf8 {
            if allowed(byte) {
                out.append(byte)
            } else {
                out += [0x25, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The URL segment of a tag (SPEC §6): lowercased, each space and `/` turned into `-` (so
/// `AI / 教育` is `ai---教育`); a `\` or other white space too, which no path may hold. A segment
/// that would start with `.` (`.NET`, `..`) gets a `-` before it: a hidden folder is left out by
/// servers and by GitHub Pages' upload, and `..` would climb out of `tags/`.
public enum TagSegment {
    public static func of(_ tag: String) -> String {
        if let segment = plainSegment(tag) { return segment }
        var result = ""
        for character in tag.trimmed.lowercased() {
            result.append(character == "/" || character == "\\" || character.isWhitespace ? "-" : character)
        }
        if result.hasPrefix(".") { result = "-" + result }
        return result
    }

    /// `of(tag)` for a tag of printable ASCII, spaces and tabs, Han characters and CJK punctuation,
    /// where each scalar is a character of its own and only ASCII letters change case, read byte by
    /// byte (a build asks for each tag's segment several times a page); nil for any other tag.
    private static func plainSegment(_ tag: String) -> String? {
        var tag = tag
        return tag.withUTF8 { bytes -> String? in
            var start = 0, end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            var out = [UInt8]()
            out.reserveCapacity(end - start + 1)
            if start < end, bytes[start] == UInt8(ascii: ".") { out.append(UInt8(ascii: "-")) }
            var i = start
            while i < end {
                let byte = bytes[i]
                switch byte {
                case 0x20, 0x09, UInt8(ascii: "/"), UInt8(ascii: "\\"): out.append(UInt8(ascii: "-"))
                case 0x41...0x5A: out.append(byte + 0x20)
                case 0x21...0x7E: out.append(byte)
                case 0x80...:
                    // U+3001…U+3029 (CJK punctuation; not U+3000, a space, nor the marks after it,
                    // which join the character before) or U+3400…U+9FFF: three bytes each.
                    let first = i
                    let value = UTF8Scalar.value(in: bytes, at: &i)
                    guard (0x3001...0x3029).contains(value) || (0x3400...0x4DBF).contains(value)
                        || (0x4E00...0x9FFF).contains(value) else { return nil }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[first..<i]))
                    continue
                default: return nil
                }
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}

extension URLs {
    /// The host of the base URL, without scheme or port (`digital.example.gov.cn`).
    var host: String {
        var rest = origin
        if let scheme = rest.range(of: "://") { rest = String(rest[scheme.upperBound...]) }
        if rest.hasPrefix("[") { return String(rest.prefix { $0 != "]" }.dropFirst()) }
        return String(rest.prefix { $0 != ":" && $0 != "/" })
    }
}

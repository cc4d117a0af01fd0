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
        var result = ""
        for character in tag.trimmed.lowercased() {
            result.append(character == "/" || character == "\\" || character.isWhitespace ? "-" : character)
        }
        if result.hasPrefix(".") { result = "-" + result }
        return result
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

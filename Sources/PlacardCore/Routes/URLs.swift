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

    private static let segmentAllowed: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~")
        return set
    }()

    /// Percent-encodes everything but ASCII letters, digits and `-._~`.
    public static func encode(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: segmentAllowed) ?? segment
    }
}

/// The URL segment of a tag (SPEC §6): lowercased, spaces and `/` turned into `-`.
public enum TagSegment {
    public static func of(_ tag: String) -> String {
        var result = ""
        for character in tag.trimmed.lowercased() {
            if character == " " || character == "/" || character == "\\" || character.isWhitespace {
                if !result.hasSuffix("-") { result.append("-") }
            } else {
                result.append(character)
            }
        }
        if result == "." || result == ".." { result = "-" + result }
        return result
    }
}

import Foundation

/// The references of a theme's CSS to its other CSS and JavaScript files (`@import "parts.css"`,
/// `url(print.css)`), which get a content hash in their names: each is rewritten to the hashed
/// name, so a stylesheet split into files still loads its parts. A reference to an image or font
/// is left alone (those keep their names), and so is one to a file the theme does not have.
enum StaticAssetReferences {
    /// `css` with each reference to a file of `hashed` (theme-relative path → hashed path, both
    /// without `static/`) rewritten; `path` is the CSS file's own theme-relative path.
    static func rewrite(_ css: String, path: String, hashed: [String: String]) -> String {
        var out = ""
        var rest = Substring(css)
        while let (range, target) = nextReference(in: rest) {
            out += rest[..<range.lowerBound]
            out += replacement(for: target, from: path, hashed: hashed) ?? target
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    /// The theme-relative paths a CSS file refers to, for ordering: a file is hashed after those it names.
    static func targets(of css: String, path: String) -> [String] {
        var found: [String] = []
        var rest = Substring(css)
        while let (range, target) = nextReference(in: rest) {
            if let resolved = resolve(target, from: path) { found.append(resolved) }
            rest = rest[range.upperBound...]
        }
        return found
    }

    /// The next quoted `@import` target or `url(...)` argument: its range (inside the quotes) and text.
    private static func nextReference(in text: Substring) -> (Range<Substring.Index>, String)? {
        var search = text.startIndex
        while let at = text[search...].firstIndex(where: { $0 == "@" || $0 == "u" || $0 == "U" }) {
            let after = text[at...]
            var start: Substring.Index?
            var terminators: Set<Character> = []
            if after.hasPrefix("@import") {
                let next = after.dropFirst("@import".count).drop { $0.isWhitespace }
                if let quote = next.first, quote == "\"" || quote == "'" {
                    start = next.index(after: next.startIndex)
                    terminators = [quote]
                }
            } else if after.prefix(4).lowercased() == "url(" {
                let next = after.dropFirst(4).drop { $0.isWhitespace }
                if let quote = next.first, quote == "\"" || quote == "'" {
                    start = next.index(after: next.startIndex)
                    terminators = [quote]
                } else {
                    start = next.startIndex
                    terminators = [")", " ", "\t", "\n"]
                }
            }
            if let start, let end = text[start...].firstIndex(where: { terminators.contains($0) || $0 == "\n" }) {
                return (start..<end, String(text[start..<end]))
            }
            search = text.index(after: at)
        }
        return nil
    }

    /// `target` as written, with its file name replaced by the hashed one; nil when it names no hashed file.
    private static func replacement(for target: String, from path: String, hashed: [String: String]) -> String? {
        guard let resolved = resolve(target, from: path), let output = hashed[resolved], output != resolved else { return nil }
        let name = output.split(separator: "/").last.map(String.init) ?? output
        guard let slash = target.lastIndex(of: "/") else { return name }
        return target[...slash] + name
    }

    /// The theme-relative path `target` names from the file at `path`: relative to its folder, or
    /// to the theme's root when it starts with `/`; nil for another host, a data: URL, a query or fragment.
    static func resolve(_ target: String, from path: String) -> String? {
        guard !target.isEmpty, !target.contains(":"), !target.contains("?"), !target.contains("#"),
              !target.hasPrefix("//") else { return nil }
        var parts = target.hasPrefix("/") ? [] : path.split(separator: "/").dropLast().map(String.init)
        for part in target.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if parts.popLast() == nil { return nil }
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}

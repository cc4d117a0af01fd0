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
        var unended = Set<UInt8>()
        while let (range, target) = nextReference(in: rest, unended: &unended) {
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
        var unended = Set<UInt8>()
        while let (range, target) = nextReference(in: rest, unended: &unended) {
            if let resolved = resolve(split(target).file, from: path) { found.append(resolved) }
            rest = rest[range.upperBound...]
        }
        return found
    }

    /// The references of `css` to another host (`url(https://fonts…)`, `@import "//cdn…"`), with their lines.
    static func remote(in css: String) -> [(url: String, line: Int)] {
        var found: [(url: String, line: Int)] = []
        var rest = Substring(css)
        var unended = Set<UInt8>()
        var (line, counted) = (1, css.startIndex)
        while let (range, target) = nextReference(in: rest, unended: &unended) {
            if MarkdownRenderer.isOnAnotherHost(target) {
                line += css.utf8[counted..<range.lowerBound].count { $0 == UInt8(ascii: "\n") }
                counted = range.lowerBound
                found.append((target, line))
            }
            rest = rest[range.upperBound...]
        }
        return found
    }

    /// The next quoted `@import` target or `url(...)` argument: its range (inside the quotes) and text.
    /// Walks the UTF-8 bytes: every `u` of a stylesheet is a candidate, so this must be cheap.
    /// `unended` (see `reference`) is kept from one call to the next over the same text.
    private static func nextReference(in text: Substring, unended: inout Set<UInt8>) -> (Range<Substring.Index>, String)? {
        let bytes = text.utf8
        var at = bytes.startIndex
        while at < bytes.endIndex {
            let byte = bytes[at]
            if byte == UInt8(ascii: "@") || byte | 0x20 == UInt8(ascii: "u"), let found = reference(at: at, in: text, unended: &unended) {
                return found
            }
            at = bytes.index(after: at)
        }
        return nil
    }

    /// The reference that starts at `at` (an `@import` or a `url(`), if one does. `unended` holds the
    /// kinds of reference (0 unquoted, else the quote) whose end was looked for to the end of `text`
    /// and not found: no later one of that kind has an end either, and a stylesheet of many unended
    /// `url(` is read once, not once for each.
    private static func reference(at: Substring.Index, in text: Substring, unended: inout Set<UInt8>) -> (Range<Substring.Index>, String)? {
        let after = text.utf8[at...]
        var rest: Substring.UTF8View.SubSequence
        if after.starts(with: "@import".utf8) {
            rest = after.dropFirst(7)
        } else if after.prefix(3).map({ $0 | 0x20 }).elementsEqual("url".utf8), after.dropFirst(3).first == UInt8(ascii: "(") {
            rest = after.dropFirst(4)
        } else {
            return nil
        }
        let isImport = after.first == UInt8(ascii: "@")
        rest = rest.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = rest.first else { return nil }
        let quoted = first == UInt8(ascii: "\"") || first == UInt8(ascii: "'")
        guard quoted || !isImport else { return nil }
        let start = quoted ? rest.index(after: rest.startIndex) : rest.startIndex
        let stops: [UInt8] = quoted ? [first, 0x0A] : [UInt8(ascii: ")"), 0x20, 0x09, 0x0A]
        let kind = quoted ? first : 0
        guard !unended.contains(kind) else { return nil }
        guard let end = text.utf8[start...].firstIndex(where: { stops.contains($0) }) else {
            unended.insert(kind)
            return nil
        }
        return (start..<end, String(text[start..<end]))
    }

    /// `target` as written, with its file name replaced by the hashed one; nil when it names no hashed file.
    /// A query or fragment (`parts.css?v=2`, `icons.svg#home`) stays after the new name. A root-absolute
    /// one (`/img/dot.png`) is written relative to the stylesheet (`../img/dot.png` from `css/main.css`):
    /// the site may be published under a path (`/zt/szsy/`), which a stylesheet's own text cannot know.
    private static func replacement(for target: String, from path: String, hashed: [String: String]) -> String? {
        let (file, suffix) = split(target)
        guard let resolved = resolve(file, from: path), !resolved.isEmpty else { return nil }
        let output = hashed[resolved] ?? resolved
        if file.hasPrefix("/") {
            let depth = path.split(separator: "/").count - 1
            return String(repeating: "../", count: depth) + output + suffix
        }
        guard output != resolved else { return nil }
        let name = output.split(separator: "/").last.map(String.init) ?? output
        guard let slash = file.lastIndex(of: "/") else { return name + suffix }
        return file[...slash] + name + suffix
    }

    /// `target` without its query or fragment, and that query or fragment.
    private static func split(_ target: String) -> (file: String, suffix: String) {
        guard let mark = target.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return (target, "") }
        return (String(target[..<mark]), String(target[mark...]))
    }

    /// The theme-relative path `target` names from the file at `path`: relative to its folder, or
    /// to the theme's root when it starts with `/`; nil for another host, a data: URL, a query or fragment (`split` takes those off first).
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

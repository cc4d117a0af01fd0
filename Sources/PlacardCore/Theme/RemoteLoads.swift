import Foundation

/// What a theme's template makes a page load from another host (`<script src="https://cdn…">`,
/// a stylesheet or an icon `<link>`, an image, a frame, media), which the SPEC's pages never do
/// (§2: no CDN, no web fonts from elsewhere) and the default theme's security policy blocks.
/// Links (`<a href>`, `<link rel="canonical">`, a form's `action`) are not loads. A value made by
/// a tag (`src="{{assets.app_js}}"`) is the theme's own and not looked at.
enum RemoteLoads {
    /// Each remote address a template loads, with its line.
    static func find(in template: String) -> [(url: String, line: Int)] {
        var found: [(url: String, line: Int)] = []
        let bytes = Array(template.utf8)
        var line = 1
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\n"):
                line += 1
                i += 1
            case UInt8(ascii: "{") where starts(bytes, i, "{{!"):
                i = skip(bytes, from: i, past: "}}", line: &line)
            case UInt8(ascii: "<") where starts(bytes, i, "<!--"):
                i = skip(bytes, from: i, past: "-->", line: &line)
            case UInt8(ascii: "<"):
                let tagLine = line
                let (next, tag, attributes) = readTag(bytes, from: i + 1, line: &line)
                for url in loads(tag: tag, attributes: attributes) { found.append((url, tagLine)) }
                i = next
            default:
                i += 1
            }
        }
        return found
    }

    /// The attribute values of an element that it loads from another host.
    private static func loads(tag: String, attributes: [(name: String, value: String)]) -> [String] {
        func value(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
        var urls: [String] = []
        switch tag {
        case "script", "img", "iframe", "frame", "embed", "video", "audio", "source", "track", "input":
            urls += [value("src"), value("poster")].compactMap { $0 }
            if let srcset = value("srcset") {
                urls += srcset.split(separator: ",").compactMap { $0.split(whereSeparator: \.isWhitespace).first.map(String.init) }
            }
        case "object":
            urls += [value("data")].compactMap { $0 }
        case "link":
            let rel = (value("rel") ?? "").lowercased().split(whereSeparator: \.isWhitespace)
            if rel.contains(where: loadingRels.contains), let href = value("href") { urls.append(href) }
        default:
            break
        }
        return urls.filter(MarkdownRenderer.isOnAnotherHost)
    }

    /// `<link rel>` values that make the browser fetch the address or contact its host.
    private static let loadingRels: Set<Substring> = [
        "stylesheet", "icon", "apple-touch-icon", "mask-icon", "manifest", "preload", "modulepreload", "prefetch",
        "preconnect", "dns-prefetch",
    ]

    /// Whether `url` (remote) names `host`, the site's own (written whole, `https://www.example.gov.cn/logo.png`).
    static func isOn(_ host: String?, _ url: String) -> Bool {
        guard let host else { return false }
        let trimmed = url.trimmed
        return URL(string: trimmed.hasPrefix("//") ? "https:" + trimmed : trimmed)?.host?.lowercased() == host.lowercased()
    }

    /// Reads a start tag from just after its `<`: its name (lowercased) and attributes, and where it ends.
    private static func readTag(_ bytes: [UInt8], from start: Int, line: inout Int) -> (Int, String, [(name: String, value: String)]) {
        var i = start
        while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
        let tag = String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
        guard !tag.isEmpty else { return (start, "", []) }
        var attributes: [(name: String, value: String)] = []
        while i < bytes.count, bytes[i] != UInt8(ascii: ">") {
            if bytes[i] == UInt8(ascii: "\n") { line += 1 }
            if starts(bytes, i, "{{") {
                i = skip(bytes, from: i, past: "}}", line: &line)
                continue
            }
            guard isNameByte(bytes[i]) else { i += 1; continue }
            let nameStart = i
            while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
            let name = String(decoding: bytes[nameStart..<i], as: UTF8.self).lowercased()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { attributes.append((name, "")); continue }
            i += 1
            let quote = i < bytes.count && (bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'")) ? bytes[i] : nil
            if quote != nil { i += 1 }
            let valueStart = i
            while i < bytes.count {
                let b = bytes[i]
                if let quote, b == quote { break }
                if quote == nil, b == UInt8(ascii: ">") || b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") { break }
                if b == UInt8(ascii: "\n") { line += 1 }
                i += 1
            }
            attributes.append((name, String(decoding: bytes[valueStart..<i], as: UTF8.self)))
            if quote != nil, i < bytes.count { i += 1 }
        }
        return (min(i + 1, bytes.count), tag, attributes)
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ":")
    }

    private static func starts(_ bytes: [UInt8], _ i: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        for k in 0..<count where bytes[i + k] != text.utf8Start[k] { return false }
        return true
    }

    /// The index just past the first `end` from `i` (the end of the text when there is none), counting lines.
    private static func skip(_ bytes: [UInt8], from i: Int, past end: StaticString, line: inout Int) -> Int {
        var k = i
        while k < bytes.count {
            if starts(bytes, k, end) { return k + end.utf8CodeUnitCount }
            if bytes[k] == UInt8(ascii: "\n") { line += 1 }
            k += 1
        }
        return k
    }
}

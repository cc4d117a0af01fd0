import Foundation

/// The files of `content/` that are published as they are (images, PDFs, ...): those that would
/// run a script in a reader's browser are refused (SPEC §7.6).
enum ContentAsset {
    /// Why the file at `url` (`path` relative to the site folder) cannot be published as it is, or nil.
    static func problem(_ url: URL, path: String) -> Message? {
        switch url.pathExtension.lowercased() {
        case "html", "htm", "xhtml", "shtml", "xht":
            return .htmlFileInContent(path)
        case "svg", "svgz", "xml", "xsl", "xslt":
            // A browser opening one of these runs the scripts it holds.
            guard let data = try? Data(contentsOf: url), holdsScript(markup: data) else { return nil }
            return .svgWithScript(path)
        default:
            return nil
        }
    }

    /// Elements that run or load active content, whatever their namespace prefix (`<s:script>`).
    private static let activeElements: Set<String> = ["script", "iframe", "embed", "object", "handler", "frame"]

    /// Whether SVG or XML markup holds what runs when it is opened as a page: an active element, an
    /// `on…=` event attribute, or a `javascript:` address in an attribute. Comments and text between
    /// tags are not looked at; character references (`&#106;`) are read as the characters they are.
    static func holdsScript(markup data: Data) -> Bool {
        let scalars = Array(decode(data).lowercased().unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "<" else { i += 1; continue }
            if starts(scalars, at: i, with: "<!--") {
                i = index(of: "-->", in: scalars, from: i + 4) ?? scalars.count
                continue
            }
            // One tag: from `<` to its `>` outside quotes.
            var end = i + 1
            var quote: Unicode.Scalar?
            while end < scalars.count {
                let c = scalars[end]
                if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { break }
                end += 1
            }
            if tagIsActive(String(String.UnicodeScalarView(scalars[(i + 1)..<end]))) { return true }
            i = end + 1
        }
        return false
    }

    /// Whether one tag's text (between `<` and `>`) names an active element, an event attribute or a
    /// `javascript:` address.
    private static func tagIsActive(_ tag: String) -> Bool {
        let text = decodingReferences(tag)
        let name = text.drop { $0 == "/" }.prefix { !$0.isWhitespace && $0 != "/" }
        if activeElements.contains(String(name.split(separator: ":").last ?? name)) { return true }
        // Browsers drop white space and control characters inside a scheme.
        if String(text.unicodeScalars.filter { $0.value > 0x20 }).contains("javascript:") { return true }
        let words = text.split { $0.isWhitespace || $0 == "/" }.dropFirst()
        return words.contains { word in
            let attribute = word.prefix { $0 != "=" }
            return attribute.hasPrefix("on") && attribute.count > 2 && attribute.dropFirst(2).allSatisfy { $0.isLetter }
                && (word.contains("=") || text.contains(String(attribute) + " ="))
        }
    }

    /// The text of `data`: UTF-16 when it starts with a byte order mark, else UTF-8.
    private static func decode(_ data: Data) -> String {
        let bytes = [UInt8](data.prefix(2))
        if bytes == [0xFF, 0xFE] { return String(decoding: data.dropFirst(2), as: UTF16.self, bigEndian: false) }
        if bytes == [0xFE, 0xFF] { return String(decoding: data.dropFirst(2), as: UTF16.self, bigEndian: true) }
        return String(decoding: data, as: UTF8.self)
    }

    /// `&#106;` and `&#x6a;` as the characters they stand for.
    private static func decodingReferences(_ text: String) -> String {
        guard text.contains("&#") else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "&#") {
            out += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.first == "x"
            let digits = (hex ? after.dropFirst() : after).prefix { hex ? $0.isHexDigit : $0.isNumber }
            if let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) {
                out.unicodeScalars.append(scalar)
                rest = (hex ? after.dropFirst() : after).dropFirst(digits.count)
                if rest.first == ";" { rest = rest.dropFirst() }
            } else {
                out += "&#"
                rest = after
            }
        }
        return out + rest
    }

    private static func starts(_ scalars: [Unicode.Scalar], at i: Int, with text: String) -> Bool {
        var j = i
        for scalar in text.unicodeScalars {
            guard j < scalars.count, scalars[j] == scalar else { return false }
            j += 1
        }
        return true
    }

    private static func index(of text: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        while i < scalars.count {
            if starts(scalars, at: i, with: text) { return i + text.unicodeScalars.count }
            i += 1
        }
        return nil
    }
}

private extension String {
    init(decoding data: Data, as: UTF16.Type, bigEndian: Bool) {
        let units = stride(from: 0, to: data.count - 1, by: 2).map { i -> UInt16 in
            let a = UInt16(data[data.startIndex + i]), b = UInt16(data[data.startIndex + i + 1])
            return bigEndian ? a << 8 | b : b << 8 | a
        }
        self = String(decoding: units, as: UTF16.self)
    }
}

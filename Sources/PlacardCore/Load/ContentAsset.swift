import Foundation

/// The files of `content/` that are published as they are (images, PDFs, ...): those that would
/// run a script in a reader's browser are refused (SPEC §7.6).
///
/// A file opened from its own address runs at the site's origin without the pages' CSP, so the rule
/// for markup is an allow rule: a plain picture or data file passes; anything that can make or load
/// a script is refused, even where it would be harmless.
enum ContentAsset {
    /// Extensions servers send as HTML.
    private static let htmlExtensions: Set<String> = ["html", "htm", "xhtml", "shtml", "xht"]
    /// XSLT: a browser runs whatever page the stylesheet builds.
    private static let stylesheetExtensions: Set<String> = ["xsl", "xslt"]
    /// Extensions servers send with an XML type (`text/xml`, `application/xml`, `…+xml`), which a
    /// browser opens as a document, scripts included.
    private static let markupExtensions: Set<String> = [
        "svg", "svgz", "xml", "rss", "atom", "rdf", "mml", "mathml", "kml", "gpx", "xsd", "xul", "xbl", "xspf", "smil", "wsdl",
    ]

    /// Why the file at `url` (`path` relative to the site folder) cannot be published as it is, or nil.
    static func problem(_ url: URL, path: String) -> Message? {
        let ext = url.pathExtension.lowercased()
        if htmlExtensions.contains(ext) { return .htmlFileInContent(path) }
        if stylesheetExtensions.contains(ext) { return .xslFileInContent(path) }
        guard markupExtensions.contains(ext), var data = try? Data(contentsOf: url) else { return nil }
        // An .svgz is gzip, which many servers send with `Content-Encoding: gzip`: read what it holds.
        if SearchGzip.isGzip(data), let inflated = SearchGzip.decompress(data) { data = inflated }
        return activeMarkup(in: data).map { .svgWithScript(path, found: $0) }
    }

    /// Whether SVG or XML markup holds what could run when it is opened as a page.
    static func holdsScript(markup data: Data) -> Bool { activeMarkup(in: data) != nil }

    /// Elements that run or load active content, whatever their namespace prefix (`<s:script>`).
    private static let activeElements: Set<String> = ["script", "iframe", "embed", "object", "handler", "frame", "frameset", "applet", "portal"]
    /// The references XML itself defines. Any other name (`&colon;`) is either declared in the file or
    /// supplied by the browser for an XHTML DOCTYPE, and could spell `javascript:` past this check.
    private static let xmlReferences: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    /// What in SVG or XML markup could run when the file is opened as a page, as written (`<script`,
    /// `onload=`, `<!DOCTYPE … [`), or nil when it holds none of:
    /// - an active element, an `on…=` event attribute, a `javascript:` address anywhere in a tag, or a
    ///   `data:` address that is not a raster image, font, sound or video;
    /// - a DTD internal subset or any other declaration than a plain `<!DOCTYPE>` (entities and
    ///   default attributes can build the above out of harmless-looking text);
    /// - an `<?xml-stylesheet?>` instruction (XSLT builds a page from any file, even a .txt);
    /// - a named reference in a tag other than the five XML defines.
    /// Comments, CDATA sections and text between tags are not looked at; character references
    /// (`&#106;`) are read as the characters they are.
    static func activeMarkup(in data: Data) -> String? {
        let scalars = Array(decode(data).lowercased().unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "<" else { i += 1; continue }
            // Skipped whole, so that a quote inside cannot hide the tag after it.
            if starts(scalars, at: i, with: "<!--") { i = index(of: "-->", in: scalars, from: i + 4) ?? scalars.count; continue }
            if starts(scalars, at: i, with: "<![cdata[") { i = index(of: "]]>", in: scalars, from: i + 9) ?? scalars.count; continue }
            if starts(scalars, at: i, with: "<?") {
                if starts(scalars, at: i, with: "<?xml-stylesheet") { return "<?xml-stylesheet" }
                i = index(of: "?>", in: scalars, from: i + 2) ?? scalars.count
                continue
            }
            let end = tagEnd(scalars, from: i)
            let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<end]))
            if tag.hasPrefix("!") {
                guard tag.hasPrefix("!doctype") else { return "<" + tag.prefix { !$0.isWhitespace } }
                if tag.contains("[") { return "<!DOCTYPE … [" }
            } else if let found = activeTag(tag) {
                return found
            }
            i = end + 1
        }
        return nil
    }

    /// The index of the `>` that ends the tag starting at `start`, outside quotes (or the end).
    private static func tagEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start + 1
        var quote: Unicode.Scalar?
        while end < scalars.count {
            let c = scalars[end]
            if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { break }
            end += 1
        }
        return end
    }

    /// What in one tag's text (between `<` and `>`) could run: an active element, an event attribute,
    /// a `javascript:` or non-media `data:` address, or a named reference XML does not define.
    private static func activeTag(_ tag: String) -> String? {
        if let name = namedReference(in: tag) { return "&\(name);" }
        let text = decodingReferences(tag)
        let name = text.drop { $0 == "/" }.prefix { !$0.isWhitespace && $0 != "/" }
        if activeElements.contains(String(name.split(separator: ":").last ?? name)) { return "<\(name)" }
        // Browsers drop white space and control characters inside a scheme.
        let squeezed = String(text.unicodeScalars.filter { $0.value > 0x20 })
        if squeezed.contains("javascript:") { return "javascript:" }
        for value in attributeValues(squeezed) {
            // A list of values (`<animate values="a;b">`) may switch to any of them.
            for item in value.split(separator: ";", omittingEmptySubsequences: false) where item.hasPrefix("data:") {
                if !mediaTypes.contains(where: { item.dropFirst(5).hasPrefix($0) }) || item.hasPrefix("data:image/svg") {
                    return String(item.prefix(24))
                }
            }
        }
        let words = text.split { $0.isWhitespace || $0 == "/" }.dropFirst()
        let handler = words.first { word in
            let attribute = word.prefix { $0 != "=" }
            return attribute.hasPrefix("on") && attribute.count > 2 && attribute.dropFirst(2).allSatisfy { $0.isLetter }
                && (word.contains("=") || text.contains(String(attribute) + " ="))
        }
        return handler.map { String($0.prefix { $0 != "=" }) + "=" }
    }

    /// `data:` types that a browser shows as media, never as a document.
    private static let mediaTypes = ["image/", "font/", "audio/", "video/", "application/font-", "application/x-font-"]

    /// The quoted attribute values of a tag's text with white space already removed (`a="x"b='y'`).
    private static func attributeValues(_ squeezed: String) -> [Substring] {
        var values: [Substring] = []
        var rest = Substring(squeezed)
        while let equals = rest.firstIndex(of: "=") {
            let after = rest[rest.index(after: equals)...]
            guard let quote = after.first, quote == "\"" || quote == "'" else { rest = after; continue }
            let body = after.dropFirst()
            let close = body.firstIndex(of: quote) ?? body.endIndex
            values.append(body[..<close])
            rest = close == body.endIndex ? body[close...] : body[body.index(after: close)...]
        }
        return values
    }

    /// The first `&name;` in `tag` that XML does not define itself.
    private static func namedReference(in tag: String) -> Substring? {
        var rest = Substring(tag)
        while let amp = rest.firstIndex(of: "&") {
            let after = rest[rest.index(after: amp)...]
            let name = after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            if !name.isEmpty, name.first!.isLetter, after.dropFirst(name.count).first == ";", !xmlReferences.contains(String(name)) {
                return name
            }
            rest = after
        }
        return nil
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

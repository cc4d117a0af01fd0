import CCmarkGFM

/// Headings get an `id` made from their text, as Hugo and GitHub make it, so that `[见第二节](#第二节)`
/// and a shared `…/#培训安排` lead to the heading.
///
/// The id is the heading's text lowercased, with every character that is not a letter, a digit,
/// `-` or `_` left out and each space made a `-`: `## 第二节：培训安排` → `第二节培训安排`,
/// `## Step 2: Sign up` → `step-2-sign-up`. A second heading with the same id, or one that would take
/// an id the default theme's pages use (`main`, `more-heading`, …), gets `-1`, `-2`, … after it;
/// one that starts like a footnote's (`fn-`, `fnref-`) gets `h-` before it. A heading without a
/// letter or digit gets none.
enum HeadingIDs {
    /// Ids the default theme gives elements of article, page and project pages.
    static let themeIDs: Set<String> = ["main", "more-heading", "related-heading", "header-q", "search-q"]

    /// The id of each heading, in order (nil for one without letters or digits).
    static func ids(of headings: [OpaquePointer]) -> [String?] {
        var taken = themeIDs
        return headings.map { heading in
            var base = id(for: text(of: heading))
            guard !base.isEmpty else { return nil }
            // The footnotes' ids are `fn-…` and `fnref-…`.
            if base.hasPrefix("fn-") || base.hasPrefix("fnref-") { base = "h-" + base }
            var id = base
            var count = 0
            while taken.contains(id) {
                count += 1
                id = "\(base)-\(count)"
            }
            taken.insert(id)
            return id
        }
    }

    /// The id for a heading's text (see the type's comment); "" when nothing is left.
    static func id(for text: String) -> String {
        var id = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " || scalar == "-" { id.append("-") } else if scalar == "_" || isKept(scalar) { id.append(scalar) }
        }
        let result = String(id)
        return result.unicodeScalars.contains(where: isKept) ? result : ""
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// The text of a heading: its text and code spans, through emphasis, links and images.
    private static func text(of heading: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(heading) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default: break
            }
        }
        return text
    }

    /// `html` (cmark-gfm's rendering of the document whose headings gave `ids`) with each `<hN>` given
    /// its id. Without raw HTML every `<hN>` in it is one of those headings, in order; when the count
    /// differs (raw HTML with headings of its own), `html` is left as it is.
    static func add(_ ids: [String?], to html: String) -> String {
        let bytes = Array(html.utf8)
        var openings: [Int] = []
        var index = 0
        while index + 3 < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "h"),
               (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]), bytes[index + 3] == UInt8(ascii: ">") {
                openings.append(index + 3)
            }
            index += 1
        }
        guard openings.count == ids.count else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + ids.count * 24)
        var start = 0
        for (position, id) in zip(openings, ids) {
            out += bytes[start..<position]
            if let id { out += Array(" id=\"\(HTMLEscape.attribute(id))\"".utf8) }
            start = position
        }
        out += bytes[start...]
        return String(decoding: out, as: UTF8.self)
    }
}

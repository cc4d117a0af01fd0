import CCmarkGFM
import Foundation

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
    static let themeIDs = ["main", "more-heading", "related-heading", "header-q", "search-q"]

    /// The id of each heading, in order (nil for one without letters or digits).
    static func ids(of headings: [OpaquePointer]) -> [String?] {
        var given = GivenIDs()
        return headings.map { heading in
            let base = id(for: text(of: heading))
            guard !base.isEmpty else { return nil }
            var count = given.nextSuffix(of: base)
            var id = count == 0 ? base : "\(base)-\(count)"
            while given.contains(id) || themeIDs.contains(id) {
                count += 1
                id = "\(base)-\(count)"
            }
            given.add(id, base: base, suffix: count)
            return id
        }
    }

    /// The id for a heading's text (see the type's comment); "" when nothing is left.
    /// ASCII is read byte by byte; other characters by their Unicode properties.
    static func id(for text: String) -> String {
        var id: [UInt8] = []
        var hasLetterOrDigit = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: id.append(UInt8(scalar.value) + 0x20); hasLetterOrDigit = true
            case 0x61...0x7A, 0x30...0x39: id.append(UInt8(scalar.value)); hasLetterOrDigit = true
            case 0x20, 0x2D: id.append(UInt8(ascii: "-"))
            case 0x5F: id.append(UInt8(ascii: "_"))
            case 0...0x7F: break
            default:
                if CJK.isHan(scalar) {
                    id.append(contentsOf: String(scalar).utf8)
                    hasLetterOrDigit = true
                } else if isKept(scalar) {
                    id.append(contentsOf: String(scalar).lowercased().utf8)
                    hasLetterOrDigit = hasLetterOrDigit || scalar.properties.generalCategory != .nonspacingMark
                }
            }
        }
        guard hasLetterOrDigit else { return "" }
        // The footnotes' ids are `fn-…` and `fnref-…`.
        if id.starts(with: "fn-".utf8) || id.starts(with: "fnref-".utf8) { id.insert(contentsOf: "h-".utf8, at: 0) }
        return String(decoding: id, as: UTF8.self)
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// Warns of each link into the page (`#…`) that leads to none of its headings' `ids`. Also taken:
    /// `#` and `#top` (the top of the page), the footnotes' `#fn-…` and `#fnref-…`, and the theme's ids.
    static func check(_ fragments: [(destination: String, line: Int)], ids: [String], issues: inout [MarkdownIssue]) {
        for (destination, line) in fragments where !leads(String(destination.dropFirst()), amongst: ids) {
            issues.append(MarkdownIssue(kind: .linkWarning(.fragmentWithoutHeading(destination, ids: ids)), line: line))
        }
    }

    /// Whether `fragment` (as written in a link, after its `#`) leads somewhere on a page with these heading ids.
    static func leads(_ fragment: String, amongst ids: [String]) -> Bool {
        let decoded = fragment.removingPercentEncoding ?? fragment
        return decoded.isEmpty || decoded == "top" || decoded.hasPrefix("fn-") || decoded.hasPrefix("fnref-")
            || themeIDs.contains(decoded) || ids.contains(decoded)
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
    /// differs (raw HTML with headings of its own), `html` is left as it is. Ids need no escaping:
    /// they hold letters, digits, `-` and `_` only.
    static func add(_ ids: [String?], to html: UnsafePointer<CChar>) -> String {
        let count = strlen(html)
        return html.withMemoryRebound(to: UInt8.self, capacity: count) { bytes in
            let buffer = UnsafeBufferPointer(start: bytes, count: count)
            var openings: [Int] = []
            openings.reserveCapacity(ids.count)
            var offset = 0
            while offset < count, let found = memchr(bytes + offset, Int32(UInt8(ascii: "<")), count - offset) {
                let at = bytes.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if at + 3 < count, bytes[at + 1] == UInt8(ascii: "h"),
                   (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[at + 2]), bytes[at + 3] == UInt8(ascii: ">") {
                    openings.append(at + 3)
                }
                offset = at + 1
            }
            guard openings.count == ids.count else { return String(decoding: buffer, as: UTF8.self) }
            // The bytes first, then one string: each piece made a string of its own was checked as UTF-8 apart.
            var out: [UInt8] = []
            out.reserveCapacity(count + ids.reduce(0) { $0 + ($1?.utf8.count ?? 0) + 6 })
            var start = 0
            for (position, id) in zip(openings, ids) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<position]))
                if let id {
                    out.append(contentsOf: " id=\"".utf8)
                    out.append(contentsOf: id.utf8)
                    out.append(UInt8(ascii: "\""))
                }
                start = position
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
            return String(decoding: out, as: UTF8.self)
        }
    }
}

/// The ids given so far on a page, and for each heading text the suffix to try next (so that a
/// page of thousands of headings `概述` does not count from 1 each time). Lists while there are
/// few, as a page has: quicker to search than sets are to build (hashing every id cost a build of
/// 1,000 articles 40 million instructions); a set and a dictionary past `few`.
private struct GivenIDs {
    private static let few = 64
    private var list: [String] = []
    private var suffixList: [(base: String, next: Int)] = []
    private var set: Set<String> = []
    private var suffixes: [String: Int] = [:]

    func contains(_ id: String) -> Bool {
        list.count < Self.few ? list.contains(id) : set.contains(id)
    }

    func nextSuffix(of base: String) -> Int {
        list.count < Self.few ? suffixList.first { $0.base == base }?.next ?? 0 : suffixes[base] ?? 0
    }

    mutating func add(_ id: String, base: String, suffix: Int) {
        if list.count < Self.few {
            list.append(id)
            if let known = suffixList.firstIndex(where: { $0.base == base }) { suffixList[known].next = suffix + 1 } else { suffixList.append((base, suffix + 1)) }
            guard list.count == Self.few else { return }
            set = Set(list)
            suffixes = Dictionary(suffixList.map { ($0.base, $0.next) }) { first, _ in first }
        } else {
            set.insert(id)
            suffixes[base] = suffix + 1
        }
    }
}

import CCmarkGFM

/// A `www.` address written straight after Chinese text (`网址：www.example.gov.cn。`,
/// `访问www.example.gov.cn了解`) is a link, as it is after a space: GFM links a `www.` address only
/// at the start of a line or after white space or `*_~(`, and Chinese puts no space there. It ends
/// as `AutolinkEnds` ends an address: at white space, `<` or Chinese text, less the punctuation GFM
/// leaves out at an address's end. The text before it must be a full-width character (Han, `：（，`),
/// so Latin text keeps GFM's behaviour.
enum BareWWWLinks {
    /// Links the addresses in the text nodes of `document` outside links, images and code.
    static func link(in document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        var texts: [OpaquePointer] = []
        var insideLink = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                insideLink += event == CMARK_EVENT_ENTER ? 1 : -1
            } else if type == CMARK_NODE_TEXT, event == CMARK_EVENT_ENTER, insideLink == 0 {
                texts.append(node)
            }
        }
        cmark_iter_free(iterator)
        for text in texts { link(text) }
    }

    /// Links each address in the text node, in one pass over its text.
    private static func link(_ node: OpaquePointer) {
        guard let literal = cmark_node_get_literal(node) else { return }
        let scalars = Array(String(cString: literal).unicodeScalars)
        let endsNode = endsLine(after: node)
        var found: [Range<Int>] = []
        while let next = address(in: scalars, from: (found.last?.upperBound ?? 0) + 1, endsNode: endsNode) { found.append(next) }
        guard let first = found.first else { return }
        cmark_node_set_literal(node, String(String.UnicodeScalarView(scalars[..<first.lowerBound])))
        var anchor = node
        for (number, range) in found.enumerated() {
            let address = String(String.UnicodeScalarView(scalars[range]))
            guard let link = cmark_node_new(CMARK_NODE_LINK), let label = cmark_node_new(CMARK_NODE_TEXT) else { return }
            cmark_node_set_url(link, "http://" + address)
            cmark_node_set_literal(label, address)
            cmark_node_append_child(link, label)
            cmark_node_insert_after(anchor, link)
            anchor = link
            let textEnd = number + 1 < found.count ? found[number + 1].lowerBound : scalars.count
            guard range.upperBound < textEnd, let text = cmark_node_new(CMARK_NODE_TEXT) else { continue }
            cmark_node_set_literal(text, String(String.UnicodeScalarView(scalars[range.upperBound..<textEnd])))
            cmark_node_insert_after(anchor, text)
            anchor = text
        }
    }

    /// Whether nothing of the line follows the node (the end of its block, or a line break): an
    /// address that runs to the node's end then ends there, and is not cut short by markup after it.
    private static func endsLine(after node: OpaquePointer) -> Bool {
        guard let next = cmark_node_next(node) else { return true }
        let type = cmark_node_get_type(next)
        return type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK
    }

    /// The first `www.` address in `text` from `start` on that follows a full-width character, as scalar offsets.
    private static func address(in text: [Unicode.Scalar], from start: Int, endsNode: Bool) -> Range<Int>? {
        var i = max(start, 1)
        while i + 4 <= text.count {
            defer { i += 1 }
            guard text[i] == "w", CJK.isFullWidth(text[i - 1]), text[i + 1] == "w", text[i + 2] == "w", text[i + 3] == "." else { continue }
            var end = i
            while end < text.count, !text[end].properties.isWhitespace, text[end] != "<", !CJK.isWide(text[end]) { end += 1 }
            // Markup after the node may belong to the address (`www.a.cn/a_b`): then it is left alone.
            if end == text.count && !endsNode { return nil }
            end = AutolinkEnds.gfmEnd(of: text, from: i, to: end)
            guard end > i + 4, isDomain(text[(i + 4)..<end].prefix { $0 != "/" && $0 != "?" && $0 != "#" }) else { continue }
            return i..<end
        }
        return nil
    }

    /// GFM's valid domain after `www.`: letters, digits, `-` and `_` in parts joined by `.`, at least
    /// two parts, no `_` in the last two.
    private static func isDomain(_ host: ArraySlice<Unicode.Scalar>) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }) else { return false }
        let allowed = { (s: Unicode.Scalar) in (s.isASCII && s.properties.isAlphabetic) || ("0"..."9").contains(s) || s == "-" || s == "_" }
        guard host.allSatisfy({ allowed($0) || $0 == "." }) else { return false }
        return !parts.suffix(2).contains { $0.contains("_") }
    }
}

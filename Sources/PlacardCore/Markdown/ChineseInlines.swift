import CCmarkGFM

/// The Chinese-first changes to a parsed document's inlines, found in one walk of its tree:
/// soft breaks between CJK characters disappear (`SoftBreak`), and autolinks end where Chinese
/// text begins (`AutolinkEnds`). The same walk gives the document's headings (`HeadingIDs`).
enum ChineseInlines {
    /// `parse` parses a piece of Markdown on its own (`AutolinkEnds` reads the text after a cut that way).
    /// Returns the document's headings, in order.
    @discardableResult
    static func apply(to document: OpaquePointer, parse: (String) -> OpaquePointer?) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(document) else { return [] }
        var softBreaks: [OpaquePointer] = []
        var headings: [OpaquePointer] = []
        var links: [(link: OpaquePointer, line: Int)] = []
        // Inline nodes have no line of their own: their block's first line plus the breaks before them.
        var line = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_SOFTBREAK: softBreaks.append(node); line += 1
            case CMARK_NODE_LINEBREAK: line += 1
            case CMARK_NODE_LINK: links.append((node, line))
            case CMARK_NODE_HEADING: headings.append(node); line = Int(cmark_node_get_start_line(node))
            case let type where UInt32(type.rawValue) & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK):
                line = Int(cmark_node_get_start_line(node))
            default: break
            }
        }
        cmark_iter_free(iterator)
        // Autolinks first: a soft break's neighbours are then what the reader sees.
        AutolinkEnds.cut(links, parse: parse)
        SoftBreak.removeBetweenCJK(softBreaks)
        return headings
    }
}

import CCmarkGFM

/// The text of a cmark syntax tree without markup.
enum PlainText {
    struct Result {
        var all: String
        var firstParagraph: String
    }

    /// Walks the tree: text and code literals, a newline after each block, a space for each
    /// soft break (`SoftBreak.removeBetweenCJK` has already taken out those that disappear).
    static func extract(from document: OpaquePointer) -> Result {
        guard let iterator = cmark_iter_new(document) else { return Result(all: "", firstParagraph: "") }
        defer { cmark_iter_free(iterator) }
        var all = ""
        var first: String?
        var paragraphStart: Int? // UTF-8 offset into `all`
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                switch type {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    all += literal
                case CMARK_NODE_SOFTBREAK:
                    all += " "
                case CMARK_NODE_LINEBREAK:
                    all += "\n"
                case CMARK_NODE_PARAGRAPH:
                    if first == nil && paragraphStart == nil { paragraphStart = all.utf8.count }
                default:
                    break
                }
            } else if event == CMARK_EVENT_EXIT {
                if type == CMARK_NODE_PARAGRAPH, first == nil, let start = paragraphStart {
                    first = String(decoding: all.utf8.dropFirst(start), as: UTF8.self)
                    paragraphStart = nil
                }
                if isBlock(type) && !all.isEmpty && all.last != "\n" {
                    all += "\n"
                }
            }
        }
        return Result(all: all.trimmed, firstParagraph: (first ?? "").trimmed)
    }

    private static func isBlock(_ type: cmark_node_type) -> Bool {
        // Inline types carry the block bit too (BLOCK = PRESENT, INLINE = PRESENT | 0x4000): compare under the mask.
        (UInt32(type.rawValue) & UInt32(CMARK_NODE_TYPE_MASK)) == UInt32(CMARK_NODE_TYPE_BLOCK)
    }
}

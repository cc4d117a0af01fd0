import CCmarkGFM

/// The text of a cmark syntax tree without markup.
enum PlainText {
    struct Result {
        var all: String
        var firstParagraph: String
    }

    /// Walks the tree: text and code literals, a newline after each block, soft breaks
    /// joined per `SoftBreak.joiner` (those between CJK characters are already gone from the tree).
    static func extract(from document: OpaquePointer) -> Result {
        guard let iterator = cmark_iter_new(document) else { return Result(all: "", firstParagraph: "") }
        defer { cmark_iter_free(iterator) }
        var all = ""
        var first: String?
        var paragraphStart: String.Index?
        var pendingSoftBreak = false
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                switch type {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    if pendingSoftBreak {
                        all += SoftBreak.joiner(before: all.last, after: literal.first)
                        pendingSoftBreak = false
                    }
                    all += literal
                case CMARK_NODE_SOFTBREAK:
                    pendingSoftBreak = true
                case CMARK_NODE_LINEBREAK:
                    all += "\n"
                case CMARK_NODE_PARAGRAPH:
                    if first == nil && paragraphStart == nil { paragraphStart = all.endIndex }
                default:
                    break
                }
            } else if event == CMARK_EVENT_EXIT {
                if type == CMARK_NODE_PARAGRAPH, first == nil, let start = paragraphStart {
                    first = String(all[start...])
                    paragraphStart = nil
                }
                if isBlock(type) && !all.isEmpty && all.last != "\n" {
                    pendingSoftBreak = false
                    all += "\n"
                }
            }
        }
        return Result(all: all.trimmingCharacters(in: .newlines), firstParagraph: (first ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func isBlock(_ type: cmark_node_type) -> Bool {
        (UInt32(type.rawValue) & UInt32(CMARK_NODE_TYPE_BLOCK)) != 0
    }
}

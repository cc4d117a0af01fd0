import CCmarkGFM
import Foundation

/// The text of a cmark syntax tree without markup.
enum PlainText {
    struct Result {
        var all: String
        var firstParagraph: String
    }

    /// Walks the tree: text, code and code block literals, a newline after each block, a space for each
    /// soft break (`SoftBreak.removeBetweenCJK` has already taken out those that disappear).
    /// Gathers UTF-8 bytes and makes the strings at the end.
    ///
    /// The first paragraph is the first one with text of its own: an image's alt text counts in
    /// `all` but not there, so a paragraph holding only a picture is passed over, as in Hugo.
    static func extract(from document: OpaquePointer) -> Result {
        guard let iterator = cmark_iter_new(document) else { return Result(all: "", firstParagraph: "") }
        defer { cmark_iter_free(iterator) }
        var all: [UInt8] = []
        var first: String?
        var paragraph: [UInt8]? // the text of the paragraph being read while there is no first one yet
        var imageDepth = 0
        func append(_ bytes: UnsafeRawBufferPointer) {
            all.append(contentsOf: bytes)
            if imageDepth == 0 { paragraph?.append(contentsOf: bytes) }
        }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                switch type {
                // A code block's text is the body's too (search finds `pip install` in one), though never its summary.
                case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                    if let literal = cmark_node_get_literal(node) {
                        append(UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
                    }
                case CMARK_NODE_SOFTBREAK:
                    withUnsafeBytes(of: UInt8(ascii: " ")) { append($0) }
                case CMARK_NODE_LINEBREAK:
                    withUnsafeBytes(of: UInt8(ascii: "\n")) { append($0) }
                case CMARK_NODE_IMAGE:
                    imageDepth += 1
                case CMARK_NODE_PARAGRAPH:
                    if first == nil { paragraph = [] }
                default:
                    break
                }
            } else if event == CMARK_EVENT_EXIT {
                if type == CMARK_NODE_IMAGE { imageDepth -= 1 }
                if type == CMARK_NODE_PARAGRAPH, let text = paragraph {
                    let trimmed = String.trimmed(utf8: text)
                    if !trimmed.isEmpty { first = trimmed }
                    paragraph = nil
                }
                if isBlock(type) && !endsWithLineFeed(all) {
                    all.append(UInt8(ascii: "\n"))
                }
            }
        }
        return Result(all: String.trimmed(utf8: all), firstParagraph: first ?? "")
    }

    /// Whether the text is empty or its last character is a line feed (not CR LF, which is one
    /// character of its own): then a block adds no line break.
    private static func endsWithLineFeed(_ bytes: [UInt8]) -> Bool {
        guard let last = bytes.last else { return true }
        return last == UInt8(ascii: "\n") && (bytes.count == 1 || bytes[bytes.count - 2] != UInt8(ascii: "\r"))
    }

    private static func isBlock(_ type: cmark_node_type) -> Bool {
        // Inline types carry the block bit too (BLOCK = PRESENT, INLINE = PRESENT | 0x4000): compare under the mask.
        (UInt32(type.rawValue) & UInt32(CMARK_NODE_TYPE_MASK)) == UInt32(CMARK_NODE_TYPE_BLOCK)
    }
}

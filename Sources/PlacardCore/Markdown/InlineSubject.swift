import CCmarkGFM
import Foundation

/// Read access to the text cmark-gfm is parsing inline (its "subject": one paragraph,
/// heading or table cell), for an inline syntax extension.
///
/// cmark's `peek_at` does not check bounds, so every read here checks the end first; the
/// end is found once per extension call (cmark's chunk type is not public).
/// The text came from a Swift `String`, so it is valid UTF-8 and a lead byte inside it is
/// followed by its continuation bytes.
struct InlineSubject {
    let parser: OpaquePointer
    /// The subject's length in bytes: reads stop there.
    let end: Int32

    init(parser: OpaquePointer) {
        self.parser = parser
        self.end = Self.length(of: parser)
    }

    /// The byte offset cmark-gfm will parse next.
    var offset: Int32 {
        get { cmark_inline_parser_get_offset(parser) }
        nonmutating set { cmark_inline_parser_set_offset(parser, newValue) }
    }

    /// The byte at `position`, or nil past the end.
    func byte(at position: Int32) -> UInt8? {
        guard position >= 0, position < end else { return nil }
        return cmark_inline_parser_peek_at(parser, position)
    }

    /// cmark-gfm tells only whether an offset is past the end: find the end by doubling, then halving.
    private static func length(of parser: OpaquePointer) -> Int32 {
        let saved = cmark_inline_parser_get_offset(parser)
        defer { cmark_inline_parser_set_offset(parser, saved) }
        func isEnd(_ position: Int32) -> Bool {
            cmark_inline_parser_set_offset(parser, position)
            return cmark_inline_parser_is_eof(parser) != 0
        }
        var inside = max(saved, 0), outside = max(saved, 0) + 16
        if isEnd(inside) { return inside }
        while !isEnd(outside) {
            inside = outside
            outside = outside > Int32.max / 2 ? Int32.max : outside * 2
        }
        while outside - inside > 1 {
            let middle = inside + (outside - inside) / 2
            if isEnd(middle) { outside = middle } else { inside = middle }
        }
        return outside
    }

    /// The character starting at `position` and its length in bytes.
    func scalar(at position: Int32) -> (scalar: Unicode.Scalar, length: Int32)? {
        guard let lead = byte(at: position) else { return nil }
        let length: Int32
        var value: UInt32
        switch lead {
        case 0..<0x80: return (Unicode.Scalar(lead), 1)
        case 0xF0...: length = 4; value = UInt32(lead & 0x07)
        case 0xE0...: length = 3; value = UInt32(lead & 0x0F)
        case 0xC0...: length = 2; value = UInt32(lead & 0x1F)
        default: return nil // a continuation byte: not the start of a character
        }
        var index: Int32 = 1
        while index < length { // `while`, not `for … in`: generic range iteration is slow in debug builds
            guard let next = byte(at: position + index), next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
            index += 1
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// The character that ends just before `position`, or nil at the start of the subject.
    func scalar(before position: Int32) -> Unicode.Scalar? {
        var start = position - 1
        while start > 0, let byte = byte(at: start), byte & 0xC0 == 0x80 {
            start -= 1
        }
        return start >= 0 ? scalar(at: start)?.scalar : nil
    }

    /// The end of the stretch of non-ASCII text starting at the offset (cmark-gfm's special characters
    /// are all ASCII), and a new text node holding that stretch. The offset moves to that end.
    func takeNonASCIIText() -> (end: Int32, node: OpaquePointer?) {
        // cmark's own loop reads the stretch (bounded by the subject's end) and copies it with `strndup`.
        guard let taken = cmark_inline_parser_take_while(parser, { $0 >= 0x80 ? 1 : 0 }) else { return (offset, nil) }
        defer { free(taken) }
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return (offset, nil) }
        cmark_node_set_literal(node, taken)
        return (offset, node)
    }

    /// A new text node holding `count` copies of `character`.
    static func textNode(repeating character: UInt8, count: Int) -> OpaquePointer? {
        textNode(Array(repeating: CChar(bitPattern: character), count: count) + [0])
    }

    private static func textNode(_ nulTerminated: [CChar]) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        nulTerminated.withUnsafeBufferPointer { _ = cmark_node_set_literal(node, $0.baseAddress) }
        return node
    }
}

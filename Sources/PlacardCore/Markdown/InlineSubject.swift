import CCmarkGFM

/// Read access to the text cmark-gfm is parsing inline (its "subject": one paragraph,
/// heading or table cell), for an inline syntax extension.
///
/// cmark's `peek_at` does not check bounds, so every read here checks the end first.
/// The text came from a Swift `String`, so it is valid UTF-8 and a lead byte inside it is
/// followed by its continuation bytes.
struct InlineSubject {
    let parser: OpaquePointer

    /// The byte offset cmark-gfm will parse next.
    var offset: Int32 {
        get { cmark_inline_parser_get_offset(parser) }
        nonmutating set { cmark_inline_parser_set_offset(parser, newValue) }
    }

    func isEnd(at position: Int32) -> Bool {
        let saved = offset
        offset = position
        defer { offset = saved }
        return cmark_inline_parser_is_eof(parser) != 0
    }

    /// The byte at `position`, or nil past the end.
    func byte(at position: Int32) -> UInt8? {
        guard position >= 0, !isEnd(at: position) else { return nil }
        return cmark_inline_parser_peek_at(parser, position)
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
        for index in 1..<length {
            guard let next = byte(at: position + index), next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
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

    /// A new text node holding the bytes `range` of the subject.
    func textNode(_ range: Range<Int32>) -> OpaquePointer? {
        var bytes: [CChar] = []
        bytes.reserveCapacity(range.count + 1)
        for position in range {
            guard let byte = byte(at: position) else { break }
            bytes.append(CChar(bitPattern: byte))
        }
        bytes.append(0)
        return Self.textNode(bytes)
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

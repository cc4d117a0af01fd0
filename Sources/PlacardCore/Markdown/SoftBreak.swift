import CCmarkGFM

/// A soft line break inside a paragraph: a space between Latin words, nothing between two
/// CJK characters (or a CJK character and full-width punctuation).
///
/// The rule follows CSS's segment-break transformation: the break disappears when the
/// characters on both sides are full-width (`CJK.isFullWidth`) and neither is Hangul, since
/// Korean separates words with spaces. “”‘’—… count as CJK next to a CJK character, so
/// `他说“你好”` broken after the closing quote stays joined, while English `”`/`“` pairs
/// keep their space.
public enum SoftBreak {
    /// What a soft break between `before` and `after` becomes in text: "" or " ".
    public static func joiner(before: Character?, after: Character?) -> String {
        guard let before = before?.unicodeScalars.first, let after = after?.unicodeScalars.first else { return " " }
        return disappears(between: before, and: after) ? "" : " "
    }

    public static func disappears(between before: Unicode.Scalar, and after: Unicode.Scalar) -> Bool {
        let cjkBefore = isJoiningCJK(before), cjkAfter = isJoiningCJK(after)
        return (cjkBefore && cjkAfter)
            || (cjkBefore && CJK.isSharedPunctuation(after))
            || (cjkAfter && CJK.isSharedPunctuation(before))
    }

    private static func isJoiningCJK(_ scalar: Unicode.Scalar) -> Bool {
        CJK.isFullWidth(scalar) && !CJK.isHangul(scalar)
    }

    /// Removes from the tree each of the document's soft breaks (`ChineseInlines` finds them) that
    /// `disappears`, so the HTML (and with it feeds) and the plain text (search) both lose it.
    static func removeBetweenCJK(_ softBreaks: [OpaquePointer]) {
        for node in softBreaks {
            guard let before = lastScalar(before: node), let after = firstScalar(after: node),
                  disappears(between: before, and: after) else { continue }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// What a reader sees at one end of an inline node.
    private enum Edge {
        case character(Unicode.Scalar)
        /// Nothing (an empty text): look further.
        case empty
        /// Something that is not text (an image, raw HTML, a line break): keep the space.
        case opaque
    }

    private static func lastScalar(before node: OpaquePointer) -> Unicode.Scalar? {
        scalar(beside: node, step: cmark_node_previous, inside: { edge(of: $0, last: true) })
    }

    private static func firstScalar(after node: OpaquePointer) -> Unicode.Scalar? {
        scalar(beside: node, step: cmark_node_next, inside: { edge(of: $0, last: false) })
    }

    /// The nearest character on one side of `node` inside its block, leaving emphasis and
    /// links as needed (`**中文**⏎继续`).
    private static func scalar(beside node: OpaquePointer, step: (OpaquePointer) -> OpaquePointer?,
                               inside: (OpaquePointer) -> Edge) -> Unicode.Scalar? {
        var current = node
        while true {
            if let sibling = step(current) {
                switch inside(sibling) {
                case .character(let scalar): return scalar
                case .opaque: return nil
                case .empty: current = sibling
                }
                continue
            }
            guard let parent = cmark_node_parent(current), isInline(parent) else { return nil }
            current = parent
        }
    }

    private static func edge(of node: OpaquePointer, last: Bool) -> Edge {
        let type = cmark_node_get_type(node)
        if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            guard let scalar = last ? literal.unicodeScalars.last : literal.unicodeScalars.first else { return .empty }
            return .character(scalar)
        }
        guard type != CMARK_NODE_IMAGE, isInline(node),
              var child = last ? cmark_node_last_child(node) : cmark_node_first_child(node) else { return .opaque }
        while true {
            switch edge(of: child, last: last) {
            case .empty:
                guard let next = last ? cmark_node_previous(child) : cmark_node_next(child) else { return .empty }
                child = next
            case let found:
                return found
            }
        }
    }

    private static func isInline(_ node: OpaquePointer) -> Bool {
        UInt32(cmark_node_get_type(node).rawValue) & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_INLINE)
    }
}

import CCmarkGFM

/// A cmark-gfm inline extension that lets `*`, `**` and `~~` runs next to CJK text open and
/// close as a Chinese writer means them (the rule and its examples: docs/markdown.md).
///
/// The rule. A delimiter run that touches a CJK character or CJK punctuation (`CJK.isFullWidth`)
/// on either side ignores punctuation on the other side: it can open unless whitespace follows
/// it and close unless whitespace precedes it. Everything else keeps CommonMark's flanking rules.
/// (That is the CJK-friendly amendment of markdown-cjk-friendly, for runs whose CJK neighbour
/// decides; `_` is left to CommonMark, so `变量_名称_` and `snake_case` stay literal.)
///
/// How. cmark-gfm has no hook into its flanking rules, but it calls an inline extension at
/// each byte the extension registers as "special", and extensions may push delimiters and
/// read the delimiter stack. This extension registers the UTF-8 lead bytes of CJK text, so it
/// runs at the start of every stretch of non-ASCII text; there it
/// - relaxes the flags of a `*`/`~` run that cmark pushed just before the stretch, when the
///   stretch starts with a CJK character;
/// - takes the stretch as one text node and, when it ends with a CJK character right before a
///   `*`/`~` run, scans that run itself and pushes it with the relaxed flags.
/// cmark's own algorithm then pairs the delimiters, so nesting, the rule of three and links
/// behave as in CommonMark. Text without non-ASCII characters never reaches the extension and
/// renders byte for byte as cmark-gfm renders it.
///
/// `MarkdownRenderer` puts the lead bytes in cmark-gfm's table of special bytes once, for every
/// parse, and empties this extension's list of them, so that parses can run side by side (a
/// `~` run it pushes is paired by strikethrough, which finds it through its own list).
enum CJKEmphasisExtension {
    /// The extension, created once; attach it to each parser after the GFM extensions.
    /// Changed only while `MarkdownRenderer` sets up its extensions, before any parse, hence `unsafe`.
    nonisolated(unsafe) static let shared: OpaquePointer? = make()

    /// UTF-8 lead bytes of U+1000–U+DFFF and U+F000–U+3FFFF: everything `CJK.isFullWidth`
    /// accepts starts with one of them, and none is an ASCII byte, so text without non-ASCII
    /// characters never reaches the extension.
    static let leadBytes: [UInt8] = Array(0xE1...0xED) + [0xEF, 0xF0]

    private static func make() -> OpaquePointer? {
        guard let ext = cmark_syntax_extension_new("placard-cjk-emphasis") else { return nil }
        var chars: UnsafeMutablePointer<cmark_llist>?
        let mem = cmark_get_default_mem_allocator()
        for byte in leadBytes {
            chars = cmark_llist_append(mem, chars, UnsafeMutableRawPointer(bitPattern: UInt(byte)))
        }
        cmark_syntax_extension_set_special_inline_chars(ext, chars)
        cmark_syntax_extension_set_match_inline_func(ext) { _, _, parent, _, inlineParser in
            guard let parent, let inlineParser else { return nil }
            return CJKEmphasisExtension.match(parent: parent, subject: InlineSubject(parser: inlineParser))
        }
        return ext
    }

    private static let asterisk = UInt8(ascii: "*")
    private static let tilde = UInt8(ascii: "~")

    /// Called at a special byte. Returns nil (cmark goes on as usual) unless a CJK character starts here.
    private static func match(parent: OpaquePointer, subject: InlineSubject) -> OpaquePointer? {
        let start = subject.offset
        guard let first = subject.scalar(at: start), CJK.isFullWidth(first.scalar) else { return nil }
        relaxRun(endingAt: start, parent: parent, subject: subject)

        // Taking the stretch of non-ASCII text whole is what cmark would do with it, in one
        // node instead of one per character.
        let (end, node) = subject.takeNonASCIIText()
        guard let text = node else {
            subject.offset = start
            return nil
        }

        guard let last = lastBase(before: end, subject: subject), CJK.isFullWidth(last), let delimiter = subject.byte(at: end),
              delimiter == asterisk || delimiter == tilde else { return text }
        cmark_node_append_child(parent, text)
        if let run = pushRun(of: delimiter, subject: subject) { return run }
        cmark_node_unlink(text) // only when out of memory: give the text back to cmark to append
        return text
    }

    /// The character before `position`, looking past a variation selector (`葛󠄀`, `丽︀`) to the
    /// character it modifies.
    private static func lastBase(before position: Int32, subject: InlineSubject) -> Unicode.Scalar? {
        guard let last = subject.scalar(before: position) else { return nil }
        switch last.value {
        case 0xFE00...0xFE0E, 0xE0100...0xE01EF:
            let length = Int32(String(last).utf8.count)
            return subject.scalar(before: position - length)
        default:
            return last
        }
    }

    /// A run that cmark pushed (with CommonMark's flags) right before a CJK character: by the
    /// rule it can open, since no whitespace follows, and it can close unless whitespace precedes it.
    private static func relaxRun(endingAt position: Int32, parent: OpaquePointer, subject: InlineSubject) {
        guard let delimiter = cmark_inline_parser_get_last_delimiter(subject.parser),
              let text = delimiter.pointee.inl_text, text == cmark_node_last_child(parent) else { return }
        let char = delimiter.pointee.delim_char
        let runStart = position - delimiter.pointee.length
        guard char == asterisk || char == tilde, runStart >= 0,
              subject.byte(at: runStart) == char, subject.byte(at: position - 1) == char else { return }
        let before = subject.scalar(before: runStart)
        delimiter.pointee.can_open = 1
        let canClose = before.map { !CJK.isMarkdownSpace($0) } ?? false // the start counts as whitespace
        delimiter.pointee.can_close = canClose ? 1 : 0
    }

    /// Scans the run at the subject's offset, which follows a CJK character, and pushes it:
    /// it can always close (a CJK character precedes it), and it can open unless whitespace
    /// (or the end of the text) follows it. Tildes strike through in pairs only
    /// (`CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE`, which `MarkdownRenderer` sets).
    private static func pushRun(of char: UInt8, subject: InlineSubject) -> OpaquePointer? {
        var left: Int32 = 0, right: Int32 = 0, punctBefore: Int32 = 0, punctAfter: Int32 = 0
        let count = cmark_inline_parser_scan_delimiters(subject.parser, Int32.max, char,
                                                        &left, &right, &punctBefore, &punctAfter)
        guard count > 0, let run = InlineSubject.textNode(repeating: char, count: Int(count)) else { return nil }
        let after = subject.scalar(at: subject.offset)?.scalar
        let canOpen = after.map { !CJK.isMarkdownSpace($0) } ?? false
        if char == asterisk || count == 2 {
            cmark_inline_parser_push_delimiter(subject.parser, char, canOpen ? 1 : 0, 1, run)
        }
        return run
    }
}

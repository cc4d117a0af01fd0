import CCmarkGFM
import Foundation

/// A bare web address in Chinese text ends where the Chinese text begins.
///
/// GFM's autolinks end only at whitespace or `<`, so `详见https://www.example.gov.cn/a.html，或致电。`
/// linked `https://www.example.gov.cn/a.html，或致电。` (github.com does the same). Chinese puts no
/// space after an address, so an autolink (`https://…`, `www.…`, `<https://…>`; `http`, `https` and `ftp`) here ends before
/// its first CJK character or CJK punctuation (`CJK.isWide`: Han, `，。）》`, U+3000, `“”…`), and then
/// before the ASCII punctuation GFM leaves out of an autolink's end (`?!.,:*_~`). What follows
/// is text again. An address with Han characters in its path is written percent-encoded, or
/// as a link `[文字](网址)` whose text is not the address itself: its destination is kept as written.
enum AutolinkEnds {
    /// Cuts each of these links (`ChineseInlines` finds them) that is an autolink running into CJK text.
    /// The text after the cut is Markdown that the autolink took as it stood: `parse` reads it again
    /// (a second address, `**强调**` or a link in it work as if the autolink had ended there), or
    /// returns nil once it has read as many as it reads in a document: the rest is then plain text.
    static func cut(_ links: [(link: OpaquePointer, line: Int)], parse: (String) -> OpaquePointer?) {
        for (link, line) in links {
            guard let child = cmark_node_first_child(link), cmark_node_next(child) == nil,
                  cmark_node_get_type(child) == CMARK_NODE_TEXT,
                  let literal = cmark_node_get_literal(child), let url = cmark_node_get_url(link) else { continue }
            let text = String(cString: literal)
            let destination = String(cString: url)
            // `www.` autolinks get `http://` before their text; the others show their destination.
            let prefix = destination == text ? "" : "http://"
            guard destination == prefix + text, let hostStart = hostStart(of: destination),
                  let (kept, rest) = split(Array(text.unicodeScalars), after: hostStart - prefix.count) else { continue }
            cmark_node_set_literal(child, kept)
            cmark_node_set_url(link, prefix + kept)
            insert(rest + takeTrimmedEnd(after: link), after: link, line: line, parse: parse)
        }
    }

    /// Where the host begins in an `http`, `https` or `ftp` address (in scalars); nil for any other.
    private static func hostStart(of destination: String) -> Int? {
        let lowered = destination.prefix(8).lowercased()
        return ["http://", "https://", "ftp://"].first { lowered.hasPrefix($0) }?.count
    }

    private static let trailingPunctuation = Set("?!.,:*_~".unicodeScalars)

    /// The text up to its first wide character, less what GFM leaves out at an address's end (the
    /// punctuation `?!.,:*_~`, a `)` that no `(` in it opens, an `&amp;`-like ending), and the
    /// rest; nil when no wide character is in it, or when the cut would leave no host (`http://中国.政务`).
    private static func split(_ text: [Unicode.Scalar], after hostStart: Int) -> (String, String)? {
        guard let wide = text.firstIndex(where: CJK.isWide) else { return nil }
        let end = gfmEnd(of: text, from: 0, to: wide)
        guard end > max(hostStart, 0) else { return nil }
        return (String(String.UnicodeScalarView(text[..<end])), String(String.UnicodeScalarView(text[end...])))
    }

    /// Where the address in `text[start..<end]` ends once GFM has left out what it leaves out at an
    /// address's end: the punctuation `?!.,:*_~`, a `)` that no `(` in the address opens, an `&amp;`-like ending.
    static func gfmEnd(of text: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var end = end
        while end > start {
            let last = text[end - 1]
            if trailingPunctuation.contains(last) {
                end -= 1
            } else if last == ")" && text[start..<end].filter({ $0 == ")" }).count > text[start..<end].filter({ $0 == "(" }).count {
                end -= 1
            } else if last == ";", let amp = text[start..<(end - 1)].lastIndex(where: { !($0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0)) }),
                      text[amp] == "&", amp < end - 2 {
                end = amp
            } else {
                break
            }
        }
        return end
    }

    /// What the autolink left out of its end, taken from the text after it: GFM's autolink reads
    /// to the next space, then gives back its trailing punctuation (`**` of `https://a.cn/x）**重要**`)
    /// as text of its own. It belongs with the text after the cut, read again with it.
    private static func takeTrimmedEnd(after link: OpaquePointer) -> String {
        guard let next = cmark_node_next(link), cmark_node_get_type(next) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(next) else { return "" }
        let text = String(cString: literal)
        let taken = text.unicodeScalars.prefix { trailingPunctuation.contains($0) || $0 == ")" || $0 == "'" || $0 == "\"" }
        guard !taken.isEmpty else { return "" }
        let left = String(text.unicodeScalars.dropFirst(taken.count))
        if left.isEmpty {
            cmark_node_unlink(next)
            cmark_node_free(next)
        } else {
            cmark_node_set_literal(next, left)
        }
        return String(String.UnicodeScalarView(taken))
    }

    /// Puts `rest` after the link: the inlines of its one paragraph, on the link's line, or else
    /// (or when `parse` reads no more) plain text.
    private static func insert(_ rest: String, after link: OpaquePointer, line: Int, parse: (String) -> OpaquePointer?) {
        // Blank lines before it put its nodes on the link's line, for the issues found in them.
        let document = parse(String(repeating: "\n", count: max(line - 1, 0)) + rest)
        var anchor = link
        if let document, let paragraph = cmark_node_first_child(document), cmark_node_next(paragraph) == nil,
           cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH {
            while let node = cmark_node_first_child(paragraph) {
                cmark_node_unlink(node)
                cmark_node_insert_after(anchor, node)
                anchor = node
            }
        } else if let text = cmark_node_new(CMARK_NODE_TEXT) {
            cmark_node_set_literal(text, rest)
            cmark_node_insert_after(link, text)
        }
    }
}

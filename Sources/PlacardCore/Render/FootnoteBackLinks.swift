import Foundation

/// cmark-gfm labels the link back from each footnote `aria-label="Back to content"`, whatever the
/// text's language; a page puts the theme's `footnote_back` string there instead, so that a screen
/// reader on a Chinese page says 返回正文.
enum FootnoteBackLinks {
    /// The label as cmark-gfm writes it. Text of the content cannot hold it: its `"` is escaped.
    static let englishLabel = #" aria-label="Back to content">"#

    /// `html` with cmark-gfm's English label replaced by `escapedLabel`; `html` itself when it has no footnote.
    static func labelled(_ html: String, escapedLabel: String) -> String {
        guard hasFootnoteBackLink(html) else { return html }
        return html.replacingOccurrences(of: englishLabel, with: #" aria-label=""# + escapedLabel + #"">"#)
    }

    /// Whether the HTML holds a footnote's link back: memchr finds each `"` (a body without footnotes
    /// is read once, quickly), and the attribute's name is compared where one ends an attribute value.
    private static func hasFootnoteBackLink(_ html: String) -> Bool {
        var html = html
        let marker = Array(#"" data-footnote-backref"#.utf8)
        return html.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var offset = 0
            while offset + marker.count <= bytes.count, let found = memchr(base + offset, Int32(marker[0]), bytes.count - offset) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if at + marker.count <= bytes.count && memcmp(base + at, marker, marker.count) == 0 { return true }
                offset = at + 1
            }
            return false
        }
    }
}

/// The text of Markdown source lines as the wording rules read it, at the columns where it stands in
/// the file: what a reader sees but is not prose (code blocks and spans, URLs, autolinks) is blanked
/// with spaces, which keep the words on either side apart; markup a reader does not see at all
/// (emphasis markers, a link's brackets and destination, HTML tags, quote markers) is `hidden`, and
/// `ProseText` leaves it out, so `**中文**,中文` reads `中文,中文`.
enum MarkdownMask {
    /// Stands for a scalar of markup the reader does not see.
    static let hidden: Unicode.Scalar = "\u{0}"

    /// One entry per line of `markdown`: the line's scalars, and the same masked (same length).
    static func lines(_ markdown: String) -> [(original: [Unicode.Scalar], prose: [Unicode.Scalar])] {
        var fence: [Unicode.Scalar]?
        var result: [(original: [Unicode.Scalar], prose: [Unicode.Scalar])] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            var scalars = Array(line.unicodeScalars)
            if scalars.last == "\r" { scalars.removeLast() }
            let text = scalars.drop { $0 == " " || $0 == "\t" }
            if let open = fence {
                if text.starts(with: open) { fence = nil }
                result.append((scalars, blank(scalars)))
                continue
            }
            if text.starts(with: "```".unicodeScalars) || text.starts(with: "~~~".unicodeScalars) {
                fence = Array(text.prefix(3))
                result.append((scalars, blank(scalars)))
                continue
            }
            var prose = inline(scalars, isMarkdown: true)
            for i in 0..<MarkdownBlocks.quoteMarkers(scalars) where scalars[i] == ">" { prose[i] = hidden }
            result.append((scalars, prose))
        }
        return result
    }

    /// One line of prose masked: code spans, link destinations, tags and URLs; in plain text, URLs only.
    static func inline(_ scalars: [Unicode.Scalar], isMarkdown: Bool) -> [Unicode.Scalar] {
        var out = scalars
        var i = 0
        // The last `[` before a place, read on from the place asked about before (not from the start
        // for each `](`).
        var bracket: Int?, read = 0
        func lastBracket(before end: Int) -> Int? {
            while read < end {
                if scalars[read] == "[" { bracket = read }
                read += 1
            }
            return bracket
        }
        if isMarkdown, let label = MarkdownBlocks.definitionLabel(scalars) {
            // A footnote's text is read like the body; a link reference definition holds no prose.
            let end = MarkdownBlocks.isFootnote(scalars, label: label) ? label.upperBound : scalars.count
            for j in label.lowerBound..<end { out[j] = " " }
            i = end
        }
        while i < scalars.count {
            let c = scalars[i]
            if isMarkdown && c == "\\" && i + 1 < scalars.count && scalars[i + 1].isASCII && scalars[i + 1].properties.isPunctuationOrSymbol {
                out[i] = hidden
                i += 2
                continue
            }
            if isMarkdown && c == "`" {
                var run = 0
                while i + run < scalars.count && scalars[i + run] == "`" { run += 1 }
                if let close = closingBackticks(scalars, from: i + run, count: run) {
                    for j in i..<(close + run) { out[j] = " " }
                    i = close + run
                } else {
                    i += run
                }
                continue
            }
            if isMarkdown && (c == "*" || c == "_" || c == "~") {
                out[i] = hidden
                i += 1
                continue
            }
            if isMarkdown && c == "]" && i + 1 < scalars.count && scalars[i + 1] == "(" {
                let end = scalars[(i + 2)...].firstIndex(of: ")") ?? scalars.count - 1
                for j in i...end { out[j] = hidden }
                if let open = lastBracket(before: i) {
                    out[open] = hidden
                    // An image's `!`: markup too, not an exclamation mark (`见![示意图](map.png)。`).
                    if open > 0 && scalars[open - 1] == "!" { out[open - 1] = hidden }
                }
                i = end + 1
                continue
            }
            if isMarkdown && c == "<", let (end, isTag) = angleBracket(scalars, at: i) {
                for j in i..<end { out[j] = isTag ? hidden : " " }
                i = end
                continue
            }
            if let length = urlLength(scalars, at: i) {
                for j in i..<(i + length) { out[j] = " " }
                i += length
                continue
            }
            i += 1
        }
        return out
    }

    /// Spaces for every scalar.
    static func blank(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        Array(repeating: " ", count: scalars.count)
    }

    private static func closingBackticks(_ scalars: [Unicode.Scalar], from start: Int, count: Int) -> Int? {
        var i = start
        while i < scalars.count {
            guard scalars[i] == "`" else { i += 1; continue }
            var run = 0
            while i + run < scalars.count && scalars[i + run] == "`" { run += 1 }
            if run == count { return i }
            i += run
        }
        return nil
    }

    /// `<…>` at `i`: where it ends (after `>`), and whether it is an HTML tag (`<span title="中,文">`,
    /// `</b>`, `<!-- -->`: unseen) or an autolink (`<https://…>`, `<a@b.cn>`: seen, not prose).
    private static func angleBracket(_ scalars: [Unicode.Scalar], at i: Int) -> (end: Int, isTag: Bool)? {
        guard i + 1 < scalars.count else { return nil }
        let next = scalars[i + 1]
        var j = i + 1
        var quote: Unicode.Scalar?
        while j < scalars.count {
            let c = scalars[j]
            if let open = quote {
                if c == open { quote = nil }
            } else if c == ">" {
                break
            } else if c == "<" {
                return nil
            } else if c == "\"" || c == "'" {
                quote = c
            }
            j += 1
        }
        guard j < scalars.count else { return nil }
        let inside = scalars[(i + 1)..<j]
        if !inside.contains(where: { $0 == " " || $0 == "\"" || $0 == "'" }) && (inside.contains(":") || inside.contains("@")) {
            return (j + 1, false)
        }
        let isTag = next == "/" || next == "!" || next == "?" || (next.isASCII && next.properties.isAlphabetic)
        return isTag ? (j + 1, true) : nil
    }

    /// The length of a bare URL at `i` as cmark-gfm's autolink extension links it (`http://`,
    /// `https://`, `www.`): up to white space or `<`, less trailing punctuation (GFM's rules).
    private static func urlLength(_ scalars: [Unicode.Scalar], at i: Int) -> Int? {
        guard scalars[i] == "h" || scalars[i] == "w" || scalars[i] == "H" || scalars[i] == "W" else { return nil }
        let previous = i > 0 ? scalars[i - 1] : nil
        if let previous, previous.isASCII, previous.properties.isAlphabetic { return nil }
        let head = String(String.UnicodeScalarView(scalars[i..<min(scalars.count, i + 8)])).lowercased()
        let start: Int
        if head.hasPrefix("www.") {
            // A www autolink starts a line, or follows white space or one of `*_~(`.
            if let previous, !previous.properties.isWhitespace, !"*_~(".unicodeScalars.contains(previous) { return nil }
            start = i + 4
        } else if head.hasPrefix("http://") || head.hasPrefix("https://") {
            start = i + (head.hasPrefix("https") ? 8 : 7)
        } else {
            return nil
        }
        guard start < scalars.count, !scalars[start].properties.isWhitespace, !scalars[start].properties.isPunctuationOrSymbol else { return nil }
        var end = start
        while end < scalars.count, !scalars[end].properties.isWhitespace, scalars[end] != "<" { end += 1 }
        return trimmedEnd(scalars, from: i, to: end) - i
    }

    /// cmark-gfm's `autolink_delim`: trailing `?!.,:*_~'"` and an unbalanced `)` are not part of a
    /// link, nor is an entity (`&amp;`) at its end.
    private static func trimmedEnd(_ scalars: [Unicode.Scalar], from start: Int, to linkEnd: Int) -> Int {
        var end = linkEnd
        var closing = scalars[start..<end].filter { $0 == ")" }.count
        let opening = scalars[start..<end].filter { $0 == "(" }.count
        while end > start {
            switch scalars[end - 1] {
            case ")":
                guard closing > opening else { return end }
                closing -= 1
                end -= 1
            case "?", "!", ".", ",", ":", "*", "_", "~", "'", "\"":
                end -= 1
            case ";":
                var entity = end - 2
                while entity > start, scalars[entity].isASCII, scalars[entity].properties.isAlphabetic { entity -= 1 }
                end = entity < end - 2 && scalars[entity] == "&" ? entity : end - 1
            default:
                return end
            }
        }
        return end
    }
}

extension Unicode.Scalar.Properties {
    /// Unicode punctuation or a symbol (ASCII `!`…`~` but letters and digits, `、`, `。`).
    var isPunctuationOrSymbol: Bool {
        switch generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}

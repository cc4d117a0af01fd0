/// Enough of Markdown's block structure to tell which source lines a reader reads as one paragraph:
/// a line that continues the one before joins it (`截止⏎目前` reads 截止目前); a heading, a list
/// item, a table row, a quote that starts, a definition, a hard line break or a blank line part them.
enum MarkdownBlocks {
    /// Whether line `next` continues the paragraph of line `previous` (both as written).
    static func continues(_ previous: [Unicode.Scalar], with next: [Unicode.Scalar]) -> Bool {
        let before = quoteMarkers(previous), after = quoteMarkers(next)
        let depthBefore = previous[..<before].filter { $0 == ">" }.count
        let depthAfter = next[..<after].filter { $0 == ">" }.count
        // `> a⏎b` continues the quote lazily; `a⏎> b` starts one.
        guard depthAfter == depthBefore || depthAfter == 0 else { return false }
        let first = Array(previous[before...]), second = Array(next[after...])
        guard !isBlank(first), !isBlank(second), !standsAlone(first), !standsAlone(second), !startsBlock(second) else { return false }
        return !endsWithHardBreak(previous)
    }

    /// How many scalars at the start of `line` are quote markers (`> `, `>> `, `> > `).
    static func quoteMarkers(_ line: [Unicode.Scalar]) -> Int {
        var i = 0, end = 0
        while true {
            var j = i
            while j < line.count && j - i < 3 && line[j] == " " { j += 1 }
            guard j < line.count, line[j] == ">" else { return end }
            j += 1
            if j < line.count && line[j] == " " { j += 1 }
            i = j
            end = j
        }
    }

    /// `[label]:` (a link reference or footnote definition) at the start of a line: its range, `:` included.
    static func definitionLabel(_ line: [Unicode.Scalar]) -> Range<Int>? {
        var i = 0
        while i < line.count && i < 3 && line[i] == " " { i += 1 }
        guard i < line.count, line[i] == "[", let close = line[i...].firstIndex(of: "]"),
              close + 1 < line.count, line[close + 1] == ":" else { return nil }
        return i..<(close + 2)
    }

    /// `[^1]:`: a footnote, whose text the page shows.
    static func isFootnote(_ line: [Unicode.Scalar], label: Range<Int>) -> Bool {
        label.count > 3 && line[label.lowerBound + 1] == "^"
    }

    private static func isBlank(_ line: [Unicode.Scalar]) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// A line that is a block of its own: an ATX heading, a table row, a thematic break or setext underline.
    private static func standsAlone(_ line: [Unicode.Scalar]) -> Bool {
        let text = line.drop { $0 == " " || $0 == "\t" }
        guard let first = text.first else { return false }
        if first == "#" {
            let marks = text.prefix { $0 == "#" }
            return marks.count <= 6 && (marks.count == text.count || text[text.startIndex + marks.count] == " ")
        }
        if first == "|" { return true }
        return "-=*_".unicodeScalars.contains(first) && text.allSatisfy { $0 == first || $0 == " " || $0 == "\t" }
    }

    /// A line that starts a new block: a list item, a definition, an HTML block.
    private static func startsBlock(_ line: [Unicode.Scalar]) -> Bool {
        let text = Array(line.drop { $0 == " " || $0 == "\t" })
        guard let first = text.first else { return false }
        func spaceAfter(_ index: Int) -> Bool { index >= text.count || text[index] == " " || text[index] == "\t" }
        if "-*+".unicodeScalars.contains(first) { return spaceAfter(1) }
        let digits = text.prefix { $0.isASCII && $0.properties.numericType != nil }.count
        if digits > 0 && digits <= 9 && digits < text.count && (text[digits] == "." || text[digits] == ")") { return spaceAfter(digits + 1) }
        if first == "<", text.count > 1 { return text[1] == "/" || text[1] == "!" || (text[1].isASCII && text[1].properties.isAlphabetic) }
        return definitionLabel(line) != nil
    }

    /// Two spaces or a backslash at the end: the page breaks the line there.
    private static func endsWithHardBreak(_ line: [Unicode.Scalar]) -> Bool {
        line.last == "\\" || (line.count >= 2 && line.suffix(2).allSatisfy { $0 == " " })
    }
}

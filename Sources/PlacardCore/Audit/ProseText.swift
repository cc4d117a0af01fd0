/// Text as a reader reads it (a title, a summary, a paragraph of several source lines), with where
/// each of its characters stands in the file, so that a finding names the line where it starts.
struct ProseText {
    /// A character's line in the file (1-based) and column in that line.
    struct Place {
        var line: Int
        var column: Int
    }

    var path: String
    /// What the reader reads: code and URLs blanked, unseen markup (`MarkdownMask.hidden`) left out.
    var prose: [Unicode.Scalar]
    /// Where each scalar of `prose` is written.
    var places: [Place]
    /// The lines as written, by line number, to quote around a finding.
    var lines: [Int: [Unicode.Scalar]]
    var language: String
    /// The absolute URL of the page it lands on.
    var url: String?

    /// One line: `original` as written and `masked` (`MarkdownMask`), which stands in it from `column` on
    /// (the same length when it is the whole line).
    init(path: String, line: Int, original: [Unicode.Scalar], masked: [Unicode.Scalar], column: Int = 0, language: String, url: String?) {
        self.path = path
        self.language = language
        self.url = url
        lines = [line: original]
        prose = []
        places = []
        for (offset, scalar) in masked.enumerated() where scalar != MarkdownMask.hidden {
            prose.append(scalar)
            places.append(Place(line: line, column: column + offset))
        }
    }

    /// Consecutive Markdown lines (each with the line as Markdown wrote it, to see the blocks) joined
    /// into paragraphs: a soft line break between two CJK characters is gone, as on the page
    /// (`SoftBreak`); elsewhere it is a space.
    static func paragraphs(_ lines: [(markdown: [Unicode.Scalar], text: ProseText)]) -> [ProseText] {
        var result: [ProseText] = []
        var previous: [Unicode.Scalar]?
        for (markdown, text) in lines {
            // A line with nothing to read (a code block's, say) parts paragraphs like a blank one.
            let blank = text.prose.allSatisfy { $0 == " " || $0 == "\t" }
            if !blank, let previous, MarkdownBlocks.continues(previous, with: markdown), var last = result.popLast() {
                last.join(text)
                result.append(last)
            } else {
                result.append(text)
            }
            previous = blank ? nil : markdown
        }
        return result
    }

    private mutating func join(_ next: ProseText) {
        while prose.last == " " || prose.last == "\t" {
            prose.removeLast()
            places.removeLast()
        }
        let start = next.prose.firstIndex { $0 != " " && $0 != "\t" } ?? next.prose.count
        if let before = prose.last, let place = places.last, start < next.prose.count,
           !SoftBreak.disappears(between: before, and: next.prose[start]) {
            prose.append(" ")
            places.append(place)
        }
        prose += next.prose[start...]
        places += next.places[start...]
        lines.merge(next.lines) { mine, _ in mine }
    }

    /// The line and the words around `length` characters of prose at `index`, cut at the line's ends.
    func context(at index: Int, length: Int, radius: Int = 16) -> (line: Int, text: String) {
        let place = places[index]
        let last = places[index + length - 1]
        let end = last.line == place.line ? last.column + 1 : lines[place.line]?.count ?? place.column + 1
        return (place.line, WordingRules.context(lines[place.line] ?? [], at: place.column, length: end - place.column, radius: radius))
    }
}

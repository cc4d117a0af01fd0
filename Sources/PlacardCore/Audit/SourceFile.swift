import Foundation

/// A content file's lines, to find the line a value was written on and to quote it.
struct SourceFile {
    let path: String
    private let lines: [Substring]
    /// Each line's scalars without its line break, and its text without surrounding white space, made
    /// once: a line that holds many values, or many findings, is not copied for each.
    private let lineScalars: [[Unicode.Scalar]]
    private let texts: [String]
    /// How many lines, from the first, a search looks in: all, or those of one project of a list.
    private(set) var searchedLines: Int

    init(root: URL, path: String) {
        self.path = path
        let text = (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lineScalars = lines.map { line in
            var scalars = Array(line.unicodeScalars)
            if scalars.last == "\r" { scalars.removeLast() }
            return scalars
        }
        texts = lineScalars.map { String(String.UnicodeScalarView($0)).trimmed }
        searchedLines = lines.count
    }

    /// The file, searched only above line `end` when there is one: the values of a project of a list
    /// are looked for in its own lines, not also in those of every project below it.
    func searched(above end: Int?) -> SourceFile {
        var file = self
        if let end { file.searchedLines = min(searchedLines, max(0, end - 1)) }
        return file
    }

    /// The first line at or after `from` (1-based) that contains `needle`.
    func line(containing needle: String, from: Int = 1) -> Int? {
        let needle = needle.trimmed
        guard !needle.isEmpty, from >= 1, from <= searchedLines else { return nil }
        return lines[(from - 1)..<searchedLines].firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }

    /// For each of `needles`, the first line at or after `from` that holds it (as `line(containing:from:)`
    /// finds it), all found in one pass.
    func lines(containing needles: [String], from: Int) -> [Int?] {
        let strings = needles.map(Self.needle)
        var search = LineSearch(self, strings: strings, from: from)
        return strings.map { search.line(containing: $0, from: from) }
    }

    /// Where the lines of one value (a block scalar, or a string with `\n` in it) are written: each on
    /// the first line at or after the line of the one before (`from` for the first) that holds it, or
    /// on that line when none does; and the column where it stands there as it is, when it does.
    func places(of pieces: [[Unicode.Scalar]], from: Int) -> [(line: Int, column: Int?)] {
        let needles = pieces.map { Self.needle(String(String.UnicodeScalarView($0))) }
        var search = LineSearch(self, strings: needles + pieces, from: from)
        var line = from
        return zip(pieces, needles).map { piece, needle in
            line = search.line(containing: needle, from: line) ?? line
            return (line, search.column(of: piece, in: line))
        }
    }

    /// What is looked for of `text`: it without surrounding white space.
    static func needle(_ text: String) -> [Unicode.Scalar] {
        Array(text.trimmed.unicodeScalars)
    }

    /// The line as written (without its line break).
    func scalars(line: Int) -> [Unicode.Scalar] {
        guard line >= 1, line <= lines.count else { return [] }
        return lineScalars[line - 1]
    }

    /// The line without surrounding white space, for quoting.
    func text(_ line: Int) -> String {
        line >= 1 && line <= texts.count ? texts[line - 1] : ""
    }
}

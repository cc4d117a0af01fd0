import Foundation

/// A content file's lines, to find the line a value was written on and to quote it.
struct SourceFile {
    let path: String
    private let lines: [Substring]

    init(root: URL, path: String) {
        self.path = path
        let text = (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The first line at or after `from` (1-based) that contains `needle`.
    func line(containing needle: String, from: Int = 1) -> Int? {
        let needle = needle.trimmed
        guard !needle.isEmpty, from >= 1, from <= lines.count else { return nil }
        return lines[(from - 1)...].firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }

    /// The line as written (without its line break).
    func scalars(line: Int) -> [Unicode.Scalar] {
        guard line >= 1, line <= lines.count else { return [] }
        var scalars = Array(lines[line - 1].unicodeScalars)
        if scalars.last == "\r" { scalars.removeLast() }
        return scalars
    }

    /// The line without surrounding white space, for quoting.
    func text(_ line: Int) -> String {
        String(String.UnicodeScalarView(scalars(line: line))).trimmed
    }
}

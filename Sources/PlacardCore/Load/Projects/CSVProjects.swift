import Foundation
#if canImport(CoreFoundation)
import CoreFoundation
#endif
import SwiftCSV

/// Projects written as CSV rows, the way a spreadsheet exports them: a header row, a column per
/// language for localized fields (`title.zh`, `title.en`), `;` `；` or `、` between list items.
enum CSVProjects {
    /// The file's text: UTF-8 (with or without a BOM), else GB18030 with a warning (SPEC §7.2),
    /// else an error that says how to save it again. Line ends become `\n`.
    static func decode(_ data: Data, path: String, diagnostics: Diagnostics) -> String? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var text = String(validating: bytes, as: UTF8.self)
        if text == nil {
            let gb18030 = CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue))
            text = String(data: bytes, encoding: String.Encoding(rawValue: gb18030))
            guard text != nil else {
                diagnostics.error(path, line: 1, .csvNotText())
                return nil
            }
            diagnostics.warning(path, .csvReadAsGB18030())
        }
        guard let text, text.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The rows' projects; nil when the file cannot be read as a table at all (reported).
    static func read(_ text: String, path: String, languages: [Language], diagnostics: Diagnostics) -> [RawProject]? {
        let csv: EnumeratedCSV
        // The rows as written: `csv.rows` pads short rows to the longest, hiding a missing cell.
        var written: [[String]] = []
        if let (line, mark) = Self.semicolonHeader(text) {
            diagnostics.error(path, line: line, .csvSemicolonSeparated(mark))
            return nil
        }
        let tabs = Self.isTabSeparated(text)
        let quotes = CSVQuotes.check(text, separator: tabs ? "\t" : ",")
        for problem in quotes.problems { diagnostics.error(path, line: problem.line, problem.message) }
        guard let readable = quotes.readable else { return nil }
        do {
            csv = try EnumeratedCSV(string: readable, delimiter: tabs ? .tab : .comma, loadColumns: false)
            try csv.enumerateAsArray(startAt: 1, rowLimit: nil) { written.append($0) }
        } catch {
            diagnostics.error(path, line: 1, .csvUnreadable())
            return nil
        }
        func newlines(_ cells: [String]) -> Int { cells.reduce(0) { $0 + $1.filter { $0 == "\n" }.count } }
        // Header lines, plus the newlines inside its quoted cells.
        var rows = [ProjectTableRow(line: 1, cells: csv.header)]
        var line = 1 + newlines(csv.header) + 1
        for cells in written {
            rows.append(ProjectTableRow(line: line, cells: cells))
            line += 1 + newlines(cells)
        }
        var table = ProjectTable(path: path, languages: languages, diagnostics: diagnostics)
        table.tabSeparated = tabs
        return table.read(rows: rows, countCells: true)
    }

    /// Cells copied from Excel and pasted into a text editor are separated by tabs: a file whose
    /// header has tabs and no comma is read that way.
    static func isTabSeparated(_ text: String) -> Bool {
        let header = text.prefix { $0 != "\n" }
        return header.contains("\t") && !header.contains(",")
    }

    /// Excel on a computer set to separate lists with semicolons saves "CSV" that way, and a list
    /// typed by hand may be: the line and the semicolon of a header separated by `;` or `；`, with no
    /// comma or tab; nil for any other file. Such a file is not read by its semicolons, since `;` and
    /// `；` also separate the items of a cell (`elderly;students`), which a hand-typed file does not quote.
    static func semicolonHeader(_ text: String) -> (line: Int, mark: String)? {
        var written = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.trimmed.isEmpty {
            written += 1
            guard written <= ProjectTable.titleRowLimit + 1, !line.contains(","), !line.contains("\t") else { return nil }
            let cells = line.split { $0 == ";" || $0 == "；" }
            if cells.count > 1, cells.contains(where: { ProjectColumns.parse(String($0.filter { $0 != "\"" })) != nil }) {
                return (index + 1, line.contains(";") ? ";" : "；")
            }
        }
        return nil
    }
}

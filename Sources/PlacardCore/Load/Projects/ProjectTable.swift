/// One data row of a spreadsheet project list: its line (CSV) or row number (.xlsx), and its cells.
struct ProjectTableRow {
    var line: Int
    var cells: [String]
    /// Columns whose cell shows a spreadsheet error (`#DIV/0!`), already reported.
    var errorColumns: Set<Int> = []
}

/// Turns the rows of a spreadsheet (CSV or .xlsx) into raw projects: a header row naming the
/// columns, one project a row. Rows whose cells are all blank are skipped.
struct ProjectTable {
    let path: String
    let languages: [Language]
    let diagnostics: Diagnostics

    /// `countCells`: a row with more or fewer cells than the header is one error (CSV, where a
    /// missing or extra comma shifts every later cell), and the row is not read further.
    func read(header: [String], headerLine: Int, rows: [ProjectTableRow], countCells: Bool) -> [RawProject] {
        let columns = ProjectColumns.resolve(header: header, line: headerLine, path: path, languages: languages, diagnostics: diagnostics)
        var result: [RawProject] = []
        for row in rows where !row.cells.allSatisfy({ $0.trimmed.isEmpty }) {
            if countCells && row.cells.count != header.count {
                diagnostics.error(path, line: row.line, .cellCount(cells: row.cells.count, header: header.count))
                continue
            }
            result.append(project(row, columns: columns))
        }
        return result
    }

    private func project(_ row: ProjectTableRow, columns: [ProjectColumn]) -> RawProject {
        var raw = RawProject(line: row.line)
        var localized: [String: [String: String]] = [:]
        var everywhere: [String: String] = [:]
        for column in columns {
            let cell = column.index < row.cells.count ? row.cells[column.index] : ""
            raw.lines[column.field] = row.line
            if row.errorColumns.contains(column.index) { raw.unreadable.insert(column.field) }
            guard !cell.trimmed.isEmpty else { continue }
            if column.field == "groups" {
                raw.fields["groups"] = .list(ProjectListItems.split(cell))
            } else if let language = column.language {
                localized[column.field, default: [:]][language] = cell
            } else {
                everywhere[column.field] = cell
            }
        }
        for (field, text) in everywhere where localized[field] == nil {
            raw.fields[field] = .text(text)
        }
        for (field, values) in localized {
            raw.fields[field] = .localized(LocalizedText(byLanguage: values, everywhere: everywhere[field]))
        }
        return raw
    }
}

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
    /// The workbook's date system, for a date typed as a bare Excel serial number.
    var uses1904 = false
    /// A CSV whose cells are separated by tabs: a wrong cell count speaks of tabs, not commas.
    var tabSeparated = false

    /// `rows` are the sheet's rows from the first, the header among them (see `headerIndex`).
    /// `countCells`: a row with more or fewer cells than the header is one error (CSV, where a
    /// missing or extra comma shifts every later cell), and the row is not read further.
    func read(rows: [ProjectTableRow], countCells: Bool) -> [RawProject] {
        let written = rows.filter { !$0.cells.allSatisfy { $0.trimmed.isEmpty } }
        guard let headerAt = Self.headerIndex(written) else { return [] }
        var header = written[headerAt].cells
        var firstData = headerAt + 1
        if firstData < written.count, let joined = Self.languageSubheader(header, written[firstData].cells, languages: languages) {
            header = joined
            firstData += 1
        }
        let (columns, missing) = ProjectColumns.resolve(header: header, line: written[headerAt].line, path: path, languages: languages, diagnostics: diagnostics)
        var result: [RawProject] = []
        for row in written[firstData...] {
            if countCells && row.cells.count != header.count {
                let (cells, expected) = (row.cells.count, header.count)
                diagnostics.error(path, line: row.line, tabSeparated ? .tabCellCount(cells: cells, header: expected) : .cellCount(cells: cells, header: expected))
                // Kept only for what links to it: its page, as far as its id can be read, has its error already.
                var dropped = project(row, columns: columns)
                dropped.dropped = true
                result.append(dropped)
                continue
            }
            var raw = project(row, columns: columns)
            raw.reported.formUnion(missing)
            raw.uses1904 = uses1904
            result.append(raw)
        }
        return result
    }

    /// Spreadsheets often carry a title or a note over the table (`附件1`, `2024年项目清单`): the header
    /// is the first row that names a known column, among the first few rows that are not blank;
    /// the rows above it are skipped. When none of them names one, the first row is the header.
    static func headerIndex(_ rows: [ProjectTableRow]) -> Int? {
        guard !rows.isEmpty else { return nil }
        let named = rows.prefix(titleRowLimit + 1).firstIndex { row in
            row.cells.contains { ProjectColumns.parse($0.trimmed) != nil }
        }
        return named ?? 0
    }

    /// A header in two rows, as staff draw one in Excel: `项目名称` over two columns (merged, so the
    /// second is blank) and `中文` / `英文` under them. When every cell of the row under the header that
    /// is not blank names a language of the site, the two rows are one header: `项目名称(中文)`,
    /// `项目名称(英文)`, each blank header cell taking the name to its left. Nil when `below` is not such a row.
    /// A cell under the header that repeats the one above it is blank there: a column merged down over
    /// both header rows (`编号` over A2:A3), which the workbook's merged cells fill into each row.
    static func languageSubheader(_ header: [String], _ below: [String], languages: [Language]) -> [String]? {
        func language(_ index: Int) -> String {
            let cell = index < below.count ? below[index].trimmed : ""
            return index < header.count && cell == header[index].trimmed ? "" : cell
        }
        let written = below.indices.map(language).filter { !$0.isEmpty }
        guard !written.isEmpty, written.allSatisfy({ ProjectColumns.languageCode($0, languages: languages) != nil }) else {
            return nil
        }
        var joined = header
        var name = ""
        for index in 0..<max(header.count, below.count) {
            let own = index < header.count ? header[index].trimmed : ""
            if !own.isEmpty { name = own }
            let language = language(index)
            if index >= joined.count { joined.append("") }
            if !language.isEmpty && !name.isEmpty { joined[index] = "\(name)(\(language))" }
        }
        return joined
    }

    /// How many rows above the header are taken for a title or notes.
    static let titleRowLimit = 5

    private func project(_ row: ProjectTableRow, columns: [ProjectColumn]) -> RawProject {
        var raw = RawProject(line: row.line)
        var localized: [String: [String: String]] = [:]
        var everywhere: [String: String] = [:]
        for column in columns {
            let cell = column.index < row.cells.count ? row.cells[column.index] : ""
            raw.lines[column.field] = row.line
            if row.errorColumns.contains(column.index) { raw.reported.insert(column.field) }
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

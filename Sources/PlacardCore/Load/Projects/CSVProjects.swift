import SwiftCSV

/// Projects written as CSV rows, the way a spreadsheet exports them: a header row, a column per
/// language for localized fields (`title.zh`, `title.en`), `;` between list items.
enum CSVProjects {
    static func read(_ text: String, path: String, languages: [String], diagnostics: Diagnostics) -> [RawProject] {
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false)
        } catch {
            diagnostics.error(path, line: 1, "this CSV file cannot be read (\(error)); check that every quote \" is closed")
            return []
        }
        let header = csv.header.map { $0.trimmed }
        var columns: [(index: Int, field: String, language: String?)] = []
        for (index, name) in header.enumerated() where !name.isEmpty {
            let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
            let field = parts[0]
            guard ProjectBuilder.knownFields.contains(field) else {
                diagnostics.warning(path, line: 1, "the column `\(name)` is not a project field Placard knows; it is ignored")
                continue
            }
            if parts.count == 2 && !languages.contains(parts[1]) {
                diagnostics.warning(path, line: 1, "the column `\(name)` is for language `\(parts[1])`, which site.yml does not list")
            }
            columns.append((index, field, parts.count == 2 ? parts[1] : nil))
        }
        // Header lines, plus the newlines inside its quoted cells.
        var line = 1 + csv.header.reduce(0) { $0 + $1.filter { $0 == "\n" }.count } + 1
        var result: [RawProject] = []
        for row in csv.rows {
            let rowLine = line
            line += 1 + row.reduce(0) { $0 + $1.filter { $0 == "\n" }.count }
            if row.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            var raw = RawProject(line: rowLine)
            var localized: [String: [String: String]] = [:]
            for column in columns {
                let cell = column.index < row.count ? row[column.index] : ""
                raw.lines[column.field] = rowLine
                if let language = column.language {
                    if !cell.isEmpty { localized[column.field, default: [:]][language] = cell }
                } else if column.field == "groups" {
                    raw.fields["groups"] = .list(cell.split(separator: ";").map { $0.trimmed }.filter { !$0.isEmpty })
                } else if !cell.trimmed.isEmpty {
                    raw.fields[column.field] = .text(cell)
                }
            }
            for (field, values) in localized where raw.fields[field] == nil {
                raw.fields[field] = .localized(LocalizedText(byLanguage: values))
            }
            result.append(raw)
        }
        return result
    }
}

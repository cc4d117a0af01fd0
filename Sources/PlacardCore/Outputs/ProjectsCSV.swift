import Foundation

/// `/projects.csv`: every project with the columns of a CSV project list, a column per language
/// for localized fields, `;` between groups; UTF-8 with a BOM and CRLF line ends, so Excel opens
/// it with the Chinese intact, and Placard reads it back as a list (SPEC §7.3).
enum ProjectsCSV {
    static func data(_ projects: [Project], languages: [String]) -> Data {
        let localized = ["title", "organizer", "region", "summary", "body"]
        func columns(_ field: String) -> [String] {
            localized.contains(field) ? languages.map { "\(field).\($0)" } : [field]
        }
        let header = ["id", "title", "organizer", "organizerType", "series", "groups", "region", "start", "end", "reach",
                      "summary", "body", "link"].flatMap(columns)
        var lines = [header.map(cell).joined(separator: ",")]
        for project in projects {
            func each(_ value: LocalizedText?) -> [String] { languages.map { value?.value($0) ?? "" } }
            var cells = [project.id] + each(project.title) + each(project.organizer)
            cells += [project.organizerType.rawValue, project.series, project.groups.joined(separator: ";")]
            cells += each(project.region)
            cells += [project.start.description, project.end?.description ?? "", project.reach.map(String.init) ?? ""]
            cells += each(project.summary) + each(project.body) + [project.link ?? ""]
            lines.append(cells.map(cell).joined(separator: ","))
        }
        return Data(("\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// A cell, in quotes (inner quotes doubled) when it holds a comma, a quote or a line break, or starts or
    /// ends with white space: CSV readers, Placard's among them, drop white space before an unquoted cell.
    static func cell(_ text: String) -> String {
        let quoted = text.first?.isWhitespace == true || text.last?.isWhitespace == true
            || text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
        guard quoted else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

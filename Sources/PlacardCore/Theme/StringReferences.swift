/// The UI strings a template names (`{{t.search}}`, `{{#t.note}}`), with their lines: one that no
/// i18n file has would render as nothing, so `Theme.load` warns of it.
enum StringReferences {
    static func find(in text: String) -> [(key: String, line: Int)] {
        var result: [(String, Int)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains("t.") {
            for match in line.matches(of: #/\{\{\{?[&#^/]?\s*t\.([A-Za-z0-9_-]+)/#) {
                result.append((String(match.1), number + 1))
            }
        }
        return result
    }
}

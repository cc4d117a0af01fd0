/// The UI strings and static files a template names (`{{t.search}}`, `{{#t.note}}`,
/// `{{assets.style_css}}`), with their lines: one the theme does not have would render as nothing,
/// so `Theme.load` warns of it.
enum TemplateKeyReferences {
    /// The keys after `prefix` (`t`, `assets`) in the template's tags, with their lines.
    static func find(_ prefix: String, in text: String) -> [(key: String, line: Int)] {
        var result: [(String, Int)] = []
        let marker = prefix + "."
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains(marker) {
            for match in line.matches(of: #/\{\{\{?[&#^/]?\s*([A-Za-z]+)\.([A-Za-z0-9_-]+)/#) where match.1 == prefix {
                result.append((String(match.2), number + 1))
            }
        }
        return result
    }
}

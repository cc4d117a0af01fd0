/// Where the open-data files of the project directory live (SPEC §7.3), as route segments:
/// the output path is the segments joined by `/`, the link `URLs.fileLink(segments)`.
/// They are data, not pages, so the sitemap does not list them; the directory page links them.
enum OpenDataRoutes {
    /// `/<lang>/projects/projects.json`: every project in one language.
    static func json(_ language: String) -> [String] { [language, "projects", "projects.json"] }

    /// `/<lang>/projects/projects.ics`: one calendar event per project.
    static func calendar(_ language: String) -> [String] { [language, "projects", "projects.ics"] }

    /// `/projects.csv`: every project in every language, as a CSV project list.
    static let csv = ["projects.csv"]
}

extension URLs {
    /// The host of the base URL, without scheme or port (`digital.example.gov.cn`).
    var host: String {
        var rest = origin
        if let scheme = rest.range(of: "://") { rest = String(rest[scheme.upperBound...]) }
        if rest.hasPrefix("[") { return String(rest.prefix { $0 != "]" }.dropFirst()) }
        return String(rest.prefix { $0 != ":" && $0 != "/" })
    }
}

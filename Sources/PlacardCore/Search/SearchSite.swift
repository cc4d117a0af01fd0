import Foundation

/// Finds a built site's search indexes for `placard search`.
public enum SearchSite {
    /// Language codes that have `<site>/<code>/search-index.json`, sorted.
    public static func languages(site: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: site.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: site.appendingPathComponent(Route.searchIndex($0).path).path)
        }.sorted()
    }

    /// The language to search when none is given: the one the site's `/index.html` names
    /// first (its redirect to the default language comes before any other link), else the
    /// first code in alphabetical order.
    public static func defaultLanguage(site: URL, among languages: [String]) -> String? {
        guard let html = try? String(contentsOf: site.appendingPathComponent(Route.languages.path), encoding: .utf8) else {
            return languages.first
        }
        let found = languages.compactMap { code in html.range(of: "/\(code)/").map { (code, $0.lowerBound) } }
        return found.min { $0.1 < $1.1 }?.0 ?? languages.first
    }

    /// One line of `placard search` output: `{"url": ..., "title": ..., "kind": ...}`.
    public static func jsonLine(url: String, title: String, kind: String) -> String {
        "{\"url\": \(SearchJSONWriter.quoted(url)), \"title\": \(SearchJSONWriter.quoted(title)), \"kind\": \(SearchJSONWriter.quoted(kind))}"
    }
}

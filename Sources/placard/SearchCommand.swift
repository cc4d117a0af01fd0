import ArgumentParser
import Foundation
import PlacardCore

/// `placard search "<query>"`: answers from a built site's index files, the ones the search
/// page reads, with the same ranking; one JSON object per hit per line.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search a built site; print one JSON object per hit: {\"url\", \"title\", \"kind\"}.",
        discussion: "Exit status: 0 success (also when nothing matches), 1 the site has no search index, 2 wrong usage.")

    @Argument(help: "What to search for.")
    var query: String

    @Option(help: "Language code (default: the site's default language, which its /index.html leads to).")
    var lang: String?

    @Option(help: "The built site's folder.")
    var site: String = "public"

    @Option(help: "Only this kind: article, project or page.")
    var kind: String?

    @Option(help: "Only this series (its key).")
    var series: String?

    @Option(help: "Only this target group (its key).")
    var group: String?

    @Option(help: "At most this many hits (default: every hit).")
    var limit: Int?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        if let kind, !SearchDocument.Kind.allCases.map(\.rawValue).contains(kind) {
            throw ValidationError("--kind must be article, project or page, not \(kind)")
        }
        if query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("the query is empty") }
    }

    func run() throws {
        let siteURL = URL(fileURLWithPath: site)
        let languages = SearchSite.languages(site: siteURL)
        guard let language = lang ?? SearchSite.defaultLanguage(site: siteURL, among: languages) else {
            fail("\(site): no search index here (no <lang>/search-index.json); build the site first")
        }
        guard languages.contains(language) else {
            fail("\(site): no search index for language \(language)" + (languages.isEmpty ? "" : " (there is one for \(languages.joined(separator: ", ")))"))
        }
        do {
            let reader = try SearchIndexReader(directory: siteURL.appendingPathComponent(language))
            let engine = SearchEngine(reader: reader)
            let hits = try engine.search(query, filters: SearchFilters(kind: kind, series: series, group: group))
            var out = ""
            for hit in hits.prefix(limit ?? Int.max) {
                let meta = try reader.meta(hit.doc)
                out += SearchSite.jsonLine(url: meta.url, title: meta.title, kind: meta.kind) + "\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        } catch let error as SearchIndexError {
            fail("\(site)/\(language): \(error)")
        }
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        Foundation.exit(1)
    }
}

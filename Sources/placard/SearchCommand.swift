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

    // Each filter may be given several times; the values add up (`--series a --series b` is `--series a,b`).
    @Option(help: "Only these kinds: article, project or page (several: article,project, or the option again).")
    var kind: [String] = []

    @Option(help: "Only these series (keys; several: industry,education, or the option again).")
    var series: [String] = []

    @Option(help: "Only these target groups (keys; several: elderly,women, or the option again).")
    var group: [String] = []

    // Unconditional: `--limit -1` is a value (refused with its own message), not an unknown option.
    @Option(parsing: .unconditional, help: "At most this many hits (default: every hit).")
    var limit: Int?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError(Message.searchLimitNegative().text(in: .current)) }
        for kind in SearchFilters.list(kind) where !SearchDocument.Kind.allCases.map(\.rawValue).contains(kind) {
            throw ValidationError(Message.searchUnknownKind(kind).text(in: .current))
        }
        if query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError(Message.searchEmptyQuery().text(in: .current)) }
    }

    func run() throws {
        let siteURL = URL(fileURLWithPath: site)
        let languages = SearchSite.languages(site: siteURL)
        guard let language = lang ?? SearchSite.defaultLanguage(site: siteURL, among: languages) else {
            fail(.searchNoIndex(site))
        }
        guard languages.contains(language) else {
            fail(.searchNoIndexForLanguage(site, language: language, available: languages))
        }
        do {
            let reader = try SearchIndexReader(directory: siteURL.appendingPathComponent(language))
            let engine = SearchEngine(reader: reader)
            let hits = try engine.search(query, filters: SearchFilters(kind: SearchFilters.list(kind), series: SearchFilters.list(series), group: SearchFilters.list(group)))
            var out = ""
            for hit in hits.prefix(limit ?? Int.max) {
                let meta = try reader.meta(hit.doc)
                out += SearchSite.jsonLine(url: meta.url, title: meta.title, kind: meta.kind) + "\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        } catch let error as SearchIndexError {
            fail(.searchIndexUnreadable("\(site)/\(language)", detail: "\(error)"))
        }
    }

    private func fail(_ message: Message) -> Never {
        FileHandle.standardError.write(Data("error: \(message.text(in: .current))\n".utf8))
        Foundation.exit(1)
    }
}

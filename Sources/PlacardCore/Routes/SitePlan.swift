import Foundation

/// One language version of an article or page, placed at its URL.
public struct Entry: Sendable {
    public var document: Document
    /// Where the entry is published.
    public var route: Route
    /// Root-relative link.
    public var link: String

    public var language: String { document.language }
    public var seriesKey: String? { document.kind.seriesKey }
}

/// What gets published and where: drafts and future articles left out, every entry routed,
/// translations paired, relative links resolvable.
struct SitePlan: Sendable {
    let config: SiteConfig
    let urls: URLs
    /// Published entries, newest first (then by path), all languages.
    private(set) var entries: [Entry]
    /// Source path → index in `entries`.
    let entryIndex: [String: Int]
    /// Source path → link, for documents left out (drafts, future).
    let excludedLinks: [String: String]
    /// The same, link → source path (the first by path when two would share a link).
    let excludedSources: [String: String]
    /// How many documents were left out as drafts, and articles and pages as dated in the future
    /// (drafts not counted again).
    let leftOutDrafts: Int
    let leftOutFuture: Int
    let leftOutFuturePages: Int
    /// Translation key → language → index in `entries`.
    let translations: [String: [String: Int]]
    /// Paths relative to the site folder (`content/elderly/cover.svg`) of files copied as they are.
    let assetPaths: Set<String>
    /// The keys of the project lists read (`sichuan-2024` for `content/projects/sichuan-2024.csv`).
    let projectListKeys: Set<String>

    init(site: Site, urls: URLs, options: BuildOptions) {
        config = site.config
        self.urls = urls
        var entries: [Entry] = []
        var excluded: [String: String] = [:]
        var drafts = 0, future = 0, futurePages = 0
        for document in site.documents {
            let route = Route.entry(document)
            let link = urls.link(route)
            let isFuture = document.date?.isFuture(now: options.now, today: options.today) ?? false
            if (document.draft && !options.includeDrafts) || (isFuture && !options.includeFuture) {
                excluded[document.sourcePath] = link
                if document.draft && !options.includeDrafts {
                    drafts += 1
                } else if document.kind == .page {
                    futurePages += 1
                } else {
                    future += 1
                }
                continue
            }
            entries.append(Entry(document: document, route: route, link: link))
        }
        // Newest first, then by path (unique, so the order is total). Indices are sorted, not the
        // entries: moving an entry copies its whole document.
        let instants = entries.map { $0.document.date?.instant ?? .distantPast }
        let order = entries.indices.sorted { i, j in
            instants[i] != instants[j] ? instants[i] > instants[j] : entries[i].document.sourcePath < entries[j].document.sourcePath
        }
        entries = order.map { entries[$0] }
        self.entries = entries
        var index: [String: Int] = [:]
        var translations: [String: [String: Int]] = [:]
        for (i, entry) in entries.enumerated() {
            index[entry.document.sourcePath] = i
            translations[entry.document.translationKey, default: [:]][entry.language] = i
        }
        entryIndex = index
        excludedLinks = excluded
        excludedSources = Dictionary(excluded.map { ($0.value, $0.key) }, uniquingKeysWith: min)
        leftOutDrafts = drafts
        leftOutFuture = future
        leftOutFuturePages = futurePages
        self.translations = translations
        assetPaths = Set(site.assetPaths.map { "content/" + $0 })
        projectListKeys = Set(site.projectLists.map(\.key))
    }

    /// Puts a new version of the entry's document at `index`: for one whose address, date and publication
    /// did not change (`placard serve` updating in place).
    mutating func setDocument(_ document: Document, at index: Int) {
        entries[index].document = document
    }

    /// Empties every entry's Markdown (see `Site.forgetMarkdown`).
    mutating func forgetMarkdown() {
        for i in entries.indices { entries[i].document.body = "" }
    }

    /// The other language versions of an entry, by language code (itself included).
    func translations(of entry: Entry) -> [String: Int] {
        translations[entry.document.translationKey] ?? [:]
    }
}

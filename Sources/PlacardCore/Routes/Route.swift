/// Every page and file a build makes, named by what it is: the one place a URL shape is spelled.
///
/// A route's segments give both its output path (`path`) and its link (`URLs.link(_:)`), so the
/// page itself, the links to it, feeds, sitemap, hreflang and search agree by construction.
/// Pages are folders (`/zh/elderly/` → `zh/elderly/index.html`); files are named as they are.
public enum Route: Hashable, Sendable {
    /// `/`: the choice of language.
    case languages
    /// `/<lang>/`.
    case home(String)
    /// `/<lang>/<series>/<slug>/`.
    case article(String, series: String, slug: String)
    /// `/<lang>/<slug>/`: a standalone page.
    case page(String, slug: String)
    /// `/<lang>/<series>/`, and `/<lang>/<series>/page/<n>/` from its second page on.
    case series(String, String, page: Int)
    /// `/<lang>/<series>/page/1/`: leads on to the series' own page, as Hugo users expect.
    case seriesFirstPage(String, String)
    /// `/<lang>/projects/`: the project directory; with `series`, its link preselects that filter.
    case projects(String, series: String?)
    /// `/<lang>/projects/<id>/`.
    case project(String, id: String)
    /// `/<lang>/groups/<key>/`.
    case group(String, key: String)
    /// `/<lang>/tags/<segment>/`; the segment is `TagSegment.of(tag)`.
    case tag(String, segment: String)
    /// `/<lang>/search/`.
    case search(String)
    /// `/404.html`.
    case notFound
    /// `/<lang>/feed.xml`, or `/<lang>/<series>/feed.xml`.
    case feed(String, series: String?)
    /// `/<lang>/search-index.json`: the entry file of a language's search index (SPEC §7.5).
    case searchIndex(String)
    /// `/<lang>/projects/projects.json`: every project in one language (open data, SPEC §7.3).
    case projectsJSON(String)
    /// `/<lang>/projects/projects.ics`: one calendar event per project.
    case projectsCalendar(String)
    /// `/projects.csv`: every project in every language, as a CSV project list.
    case projectsCSV
    case sitemap
    case robots
    /// A file of the built site at a slash-separated path (a theme file, a content file).
    case file(String)

    /// Folder names below a language that Placard's own pages and files use (the search index's
    /// parts are in `search-index/`): no series or page may take them.
    public static let reservedFolders: Set<String> = [projectsFolder, groupsFolder, tagsFolder, searchFolder, pageFolder,
                                                      String(SearchIndexFormat.folder.dropLast())]
    /// Page slugs that would collide with Placard's own folders or a language's files.
    public static let reservedPageSlugs: Set<String> = reservedFolders.union([feedFile, SearchIndexFormat.entryPath, indexFile])

    /// Article slugs that would collide with a series' own pages and feed (`/<lang>/<series>/page/`,
    /// `feed.xml`, the series page's `index.html`).
    /// The longest part of an address, in UTF-8 bytes: it is a folder's name, and file systems take 255.
    static let maximumSegmentBytes = 255

    public static let reservedArticleSlugs: Set<String> = [pageFolder, feedFile, indexFile]
    private static let indexFile = "index.html"

    private static let projectsFolder = "projects", groupsFolder = "groups", tagsFolder = "tags"
    private static let searchFolder = "search", pageFolder = "page", feedFile = "feed.xml"

    /// The route of an article or page.
    static func entry(_ document: Document) -> Route {
        switch document.kind {
        case .article(let series): return .article(document.language, series: series, slug: document.slug)
        case .page: return .page(document.language, slug: document.slug)
        }
    }

    /// Path segments, not encoded: `["zh", "elderly", "phone-class"]`.
    public var segments: [String] {
        switch self {
        case .languages: return []
        case .home(let code): return [code]
        case .article(let code, let series, let slug): return [code, series, slug]
        case .page(let code, let slug): return [code, slug]
        case .series(let code, let series, let page): return page <= 1 ? [code, series] : [code, series, Self.pageFolder, String(page)]
        case .seriesFirstPage(let code, let series): return [code, series, Self.pageFolder, "1"]
        case .projects(let code, _): return [code, Self.projectsFolder]
        case .project(let code, let id): return [code, Self.projectsFolder, id]
        case .group(let code, let key): return [code, Self.groupsFolder, key]
        case .tag(let code, let segment): return [code, Self.tagsFolder, segment]
        case .search(let code): return [code, Self.searchFolder]
        case .notFound: return ["404.html"]
        case .feed(let code, let series): return [code] + (series.map { [$0] } ?? []) + [Self.feedFile]
        case .searchIndex(let code): return [code, SearchIndexFormat.entryPath]
        case .projectsJSON(let code): return [code, Self.projectsFolder, "projects.json"]
        case .projectsCalendar(let code): return [code, Self.projectsFolder, "projects.ics"]
        case .projectsCSV: return ["projects.csv"]
        case .sitemap: return ["sitemap.xml"]
        case .robots: return ["robots.txt"]
        case .file(let path): return path.split(separator: "/").map(String.init)
        }
    }

    /// A file, linked by its name; every other route is a folder page.
    public var isFile: Bool {
        switch self {
        case .notFound, .feed, .searchIndex, .projectsJSON, .projectsCalendar, .projectsCSV, .sitemap, .robots, .file: return true
        default: return false
        }
    }

    /// The query a link to this route carries (`?series=elderly`), or "".
    var query: String {
        if case .projects(_, let series?) = self { return "?series=" + series }
        return ""
    }

    /// Output path relative to the site root: `zh/elderly/phone-class/index.html`, `zh/feed.xml`.
    public var path: String {
        isFile ? segments.joined(separator: "/") : URLs.pagePath(segments)
    }

    /// The same page in another language (a language's own pages only; others are returned as they are).
    public func inLanguage(_ other: String) -> Route {
        switch self {
        case .home: return .home(other)
        case .article(_, let series, let slug): return .article(other, series: series, slug: slug)
        case .page(_, let slug): return .page(other, slug: slug)
        case .series(_, let series, let page): return .series(other, series, page: page)
        case .seriesFirstPage(_, let series): return .seriesFirstPage(other, series)
        case .projects(_, let series): return .projects(other, series: series)
        case .project(_, let id): return .project(other, id: id)
        case .group(_, let key): return .group(other, key: key)
        case .tag(_, let segment): return .tag(other, segment: segment)
        case .search: return .search(other)
        case .feed(_, let series): return .feed(other, series: series)
        case .searchIndex: return .searchIndex(other)
        case .projectsJSON: return .projectsJSON(other)
        case .projectsCalendar: return .projectsCalendar(other)
        case .languages, .notFound, .projectsCSV, .sitemap, .robots, .file: return self
        }
    }
}

extension URLs {
    /// Root-relative link to a route: `/base/zh/elderly/phone-class/`, `/base/zh/feed.xml`.
    public func link(_ route: Route) -> String {
        (route.isFile ? fileLink(route.segments) : link(route.segments)) + route.query
    }

    /// Absolute URL of a route, for canonical links, hreflang, the sitemap and feeds.
    public func absolute(_ route: Route) -> String {
        absolute(link(route))
    }
}

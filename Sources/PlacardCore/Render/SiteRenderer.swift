import Foundation

/// Decides every output file of a site (pages, feeds, sitemap, search index) as jobs. The
/// jobs only read shared, immutable values, so they run on every core.
///
/// A class: each page job holds the renderer, and a copy of it in each (some 1,100 bytes, and a
/// reference count for each of its parts) added up to some 20 MB at 10,000 articles.
final class SiteRenderer: Sendable {
    let site: Site
    let plan: SitePlan
    let theme: Theme
    let urls: URLs
    let now: Day
    let contexts: [String: LanguageContext]
    /// The rendered Markdown of every entry and project.
    let bodies: RenderedBodies
    /// Language → tag segment → (display name, indices into plan.entries).
    let tags: [String: [String: (name: String, entries: [Int])]]
    let lists: ListIndex
    let snippets: RenderedSnippets
    /// Each entry's item in lists of titles and dates (`datedItem`), made once when every page is
    /// rendered: a tag page lists every article of its tag, and an article page the newest of its
    /// series. Empty when only some pages are (`placard serve` after a save): then each is made
    /// when a list shows it.
    let datedItems: [[String: String]]
    /// Where the entries' pages take their bodies' HTML from when they hand it over (`bodies` then
    /// hold none); nil: `bodies` hold it.
    let handOver: BodyHTMLHandOver?
    /// Each tag as the entries write it → its segment, and per language its page's link: made
    /// once when every page is rendered, where every article's chips made them again (at 10,000
    /// articles some 80,000 links). Empty otherwise, as `datedItems` are: then each is made when
    /// a chip shows it.
    let tagSegments: [String: String]
    let tagLinks: [String: [String: String]]

    /// `everyPage`: whether every page is to be rendered (a full build). `handOverBodies`: whether
    /// each entry's page takes its body's HTML, which is then freed with the page (a build renders
    /// each page once; `serve` keeps every body to render changed pages again).
    init(site: Site, plan: SitePlan, theme: Theme, urls: URLs, now: Day, contexts: [String: LanguageContext],
         bodies: RenderedBodies, tags: [String: [String: (name: String, entries: [Int])]], lists: ListIndex,
         snippets: RenderedSnippets, everyPage: Bool = false, handOverBodies: Bool = false) {
        self.site = site
        self.plan = plan
        self.theme = theme
        self.urls = urls
        self.now = now
        self.contexts = contexts
        if handOverBodies {
            handOver = BodyHTMLHandOver(bodies.entries.map(\.html))
            self.bodies = RenderedBodies(entries: bodies.entries.map { var body = $0; body.html = ""; return body },
                                         projects: bodies.projects)
        } else {
            handOver = nil
            self.bodies = bodies
        }
        self.tags = tags
        self.lists = lists
        self.snippets = snippets
        var segments: [String: String] = [:]
        if everyPage {
            for entry in plan.entries {
                for tag in entry.document.tags where segments[tag] == nil { segments[tag] = TagSegment.of(tag) }
            }
        }
        tagSegments = segments
        tagLinks = Dictionary(uniqueKeysWithValues: site.config.languages.map { language in
            (language.code, segments.mapValues { urls.link(.tag(language.code, segment: $0)) })
        })
        datedItems = !everyPage ? [] : Parallel.map(plan.entries.count) { index in
            contexts[plan.entries[index].language].map { Self.datedItem(plan.entries[index], $0) } ?? [:]
        }
    }

    var config: SiteConfig { site.config }
    var codes: [String] { config.languages.map(\.code) }

    func jobs() -> [PageJob] {
        var jobs: [PageJob] = []
        for language in config.languages {
            guard let context = contexts[language.code] else { continue }
            jobs.append(homeJob(context))
            jobs += seriesJobs(context)
            jobs += entryJobs(context)
            jobs += projectJobs(context)
            jobs += openDataJobs(context)
            jobs += termJobs(context)
            jobs.append(searchJob(context))
            jobs += feedJobs(context)
        }
        jobs.append(rootJob())
        jobs.append(notFoundJob())
        jobs.append(projectsCSVJob())
        return jobs
    }

    // MARK: Shared pieces

    /// hreflang alternates from the versions of a page (language code → link).
    func alternates(_ versions: [String: String]) -> [(hreflang: String, href: String)] {
        var result: [(hreflang: String, href: String)] = []
        for language in config.languages {
            if let link = versions[language.code] { result.append((language.locale, urls.absolute(link))) }
        }
        if let link = versions[config.defaultLanguage.code] { result.append(("x-default", urls.absolute(link))) }
        return result
    }

    /// Versions of a page that exists in every language.
    func everyLanguage(_ route: Route) -> [String: String] {
        Dictionary(uniqueKeysWithValues: codes.map { ($0, urls.link(route.inLanguage($0))) })
    }

    /// A page rendered by `template`; its model is built by the job itself, on whichever thread runs it.
    func htmlJob(_ route: Route, _ template: String, _ model: @autoclosure @escaping @Sendable () -> PageModel,
                 sitemap versions: [String: String]?, lastModified: String? = nil) -> PageJob {
        let entry = versions.map { SitemapEntry(location: urls.absolute(route), alternates: alternates($0), lastModified: lastModified) }
        return PageJob(path: route.path, sitemap: entry) { [theme] in try theme.pageData(template, model()) }
    }

    func info(_ kind: String, _ title: String, _ link: String, versions: [String: String], series: String? = nil) -> PageInfo {
        var info = PageInfo(kind: kind, title: title, link: link, seriesKey: series)
        info.alternates = alternates(versions)
        info.switcher = versions
        return info
    }

    // MARK: Root, 404, search

    func rootJob() -> PageJob {
        let language = config.defaultLanguage
        let context = contexts[language.code]!
        let versions = everyLanguage(.home(language.code))
        var info = info("languages", config.title.value(language.code) ?? "", urls.link(.home(language.code)), versions: versions)
        info.alternates = alternates(versions)
        let page = context.page(info, LanguagesPage(
            redirect: urls.link(.home(language.code)),
            choices: config.languages.map { ["name": $0.name, "locale": $0.locale, "url": urls.link(.home($0.code)),
                                             "title": config.title.value($0.code) ?? ""] }))
        return PageJob(path: Route.languages.path, sitemap: nil) { [theme] in Data(try theme.renderPage("languages", page).utf8) }
    }

    func notFoundJob() -> PageJob {
        let context = contexts[config.defaultLanguage.code]!
        var info = info("404", context.t("not_found_title"), urls.link(.home(config.defaultLanguage.code)), versions: [:])
        // One page for every language: its only version is itself, in the default language.
        info.alternates = [(config.defaultLanguage.locale, urls.absolute(.notFound)), ("x-default", urls.absolute(.notFound))]
        var page = context.page(info, NoKeys())
        page.page.canonical = urls.absolute(.notFound)
        return PageJob(path: Route.notFound.path, sitemap: nil) { [page, theme] in Data(try theme.renderPage("404", page).utf8) }
    }

    func searchJob(_ context: LanguageContext) -> PageJob {
        let code = context.language.code
        let versions = everyLanguage(.search(code))
        let page = context.page(info("search", context.t("search"), urls.link(.search(code)), versions: versions), SearchPage(search: .init(
            indexURL: urls.link(.searchIndex(code)),
            kinds: SearchDocument.Kind.allCases.map { ["value": $0.rawValue, "label": context.t("kind_\($0.rawValue)")] },
            series: config.series.map { ["key": $0.key, "title": context.seriesTitle($0.key)] },
            groups: config.groups.map { ["key": $0.key, "title": context.groupTitle($0.key)] })))
        return htmlJob(.search(code), "search", page, sitemap: versions)
    }
}

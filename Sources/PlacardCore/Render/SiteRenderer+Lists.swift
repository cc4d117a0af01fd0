import Foundation

/// Home, series pages with pagination, group and tag pages.
extension SiteRenderer {
    /// A series page shows this many of its projects; the rest are a link to the filtered directory away.
    static let seriesProjectLimit = 12

    func articles(_ code: String, series: String? = nil) -> [Int] {
        guard let series else { return lists.articles[code] ?? [] }
        return lists.bySeries[code]?[series] ?? []
    }

    /// List items: the entry's rendered card, plus its title and link for simple lists.
    func items(_ indices: some Sequence<Int>) -> [[String: String]] {
        indices.map { ["html": snippets.cards[$0], "title": plan.entries[$0].document.title, "url": plan.entries[$0].link] }
    }

    /// A list item with the entry's date, for lists that show titles and dates without whole cards.
    func datedItem(_ index: Int, _ context: LanguageContext) -> [String: String] {
        !datedItems.isEmpty && plan.entries[index].language == context.language.code
            ? datedItems[index] : Self.datedItem(plan.entries[index], context)
    }

    static func datedItem(_ entry: Entry, _ context: LanguageContext) -> [String: String] {
        var item = ["title": entry.document.title, "url": entry.link]
        guard let date = entry.document.date else { return item }
        item["date"] = context.format.date(date.day)
        item["dateISO"] = date.day.description
        return item
    }

    /// A group or tag page: the newest `paginate` articles as cards (`items`), every older one as a
    /// dated link (`earlier`), so a page listing thousands stays light.
    func termPage(_ term: [String: String], _ indices: [Int], projects: [Project], _ context: LanguageContext) -> TermPage {
        TermPage(term: term, items: items(indices.prefix(config.paginate)),
                 earlier: indices.dropFirst(config.paginate).map { datedItem($0, context) },
                 projects: projectItems(projects, context.language.code))
    }

    func projectItems(_ projects: [Project], _ code: String) -> [[String: String]] {
        projects.map { ["html": snippets.projectRows[code]?[$0.id] ?? ""] }
    }

    /// The head of a series' pages: its link, description and feed.
    func seriesHeader(_ series: Series, _ context: LanguageContext) -> SeriesLink {
        var header = seriesLink(series.key, context)
        header.description = context.text(series.description)
        header.feed = urls.link(.feed(context.language.code, series: series.key))
        return header
    }

    /// A series as an article or a series page links it.
    func seriesLink(_ key: String, _ context: LanguageContext) -> SeriesLink {
        SeriesLink(key: key, title: context.seriesTitle(key), url: urls.link(.series(context.language.code, key, page: 1)),
                   accent: context.seriesAccent(key))
    }

    func homeJob(_ context: LanguageContext) -> PageJob {
        let code = context.language.code
        let all = articles(code)
        let cards = config.series.map { series in
            let items = articles(code, series: series.key)
            let title = context.seriesTitle(series.key)
            return SeriesCard(
                key: series.key, title: title,
                description: context.text(series.description), url: urls.link(.series(code, series.key, page: 1)),
                count: items.count, articles: items.prefix(3).map { datedItem($0, context) },
                accent: context.seriesAccent(series.key),
                moreText: Placeholder.fill(context.t(items.count == 1 ? "series_all_one" : "series_all"),
                                           ["count": context.format.number(items.count), "name": title]))
        }
        let versions = everyLanguage(.home(code))
        let page = context.page(info("home", config.title.value(code) ?? "", urls.link(.home(code)), versions: versions), HomePage(
            seriesCards: cards,
            newest: items(all.prefix(6)),
            figures: ProjectFigures(projects: site.projects, language: context, now: now).model))
        return htmlJob(.home(code), "home", page, sitemap: versions)
    }

    func seriesJobs(_ context: LanguageContext) -> [PageJob] {
        let code = context.language.code
        var jobs: [PageJob] = []
        for series in config.series {
            let items = articles(code, series: series.key)
            let pages = Pagination.pages(count: items.count, perPage: config.paginate)
            let projects = site.projects.filter { $0.series == series.key }
            let pageCounts = Dictionary(uniqueKeysWithValues: codes.map {
                ($0, Pagination.pages(count: articles($0, series: series.key).count, perPage: config.paginate))
            })
            for number in 1...pages {
                let route = Route.series(code, series.key, page: number)
                let link = urls.link(route)
                var versions: [String: String] = [:]
                for other in codes where number <= pageCounts[other] ?? 1 { versions[other] = urls.link(route.inLanguage(other)) }
                let slice = items.dropFirst((number - 1) * config.paginate).prefix(config.paginate)
                var pageInfo = info("series", context.seriesTitle(series.key), link, versions: versions, series: series.key)
                pageInfo.description = context.text(series.description)
                pageInfo.meta = [("ColumnName", context.seriesTitle(series.key))]
                // Another language may have fewer pages: its switcher link leads to its first page.
                for other in codes where versions[other] == nil { pageInfo.switcher[other] = urls.link(.series(other, series.key, page: 1)) }
                let info = pageInfo
                jobs.append(htmlJob(route, "series", context.page(info, SeriesPage(
                    series: self.seriesHeader(series, context),
                    items: self.items(slice),
                    pagination: Pagination.model(current: number, total: pages, context: context) { n in
                        urls.link(.series(code, series.key, page: n))
                    },
                    projects: number == 1 ? self.projectItems(Array(projects.prefix(Self.seriesProjectLimit)), code) : [],
                    hasProjects: number == 1 && !projects.isEmpty,
                    moreProjects: number == 1 && projects.count > Self.seriesProjectLimit
                        ? ["url": self.urls.link(.projects(code, series: series.key)),
                           "text": Placeholder.fill(context.t("all_projects_of_series"), ["count": context.format.number(projects.count)])]
                        : nil)), sitemap: versions))
            }
            // `/page/1/` leads to the series' first page, as Hugo users expect; its head is that page's
            // (canonical, translations, feeds, the checkers' meta tags), as every page's must be.
            let first = urls.link(.series(code, series.key, page: 1))
            var firstInfo = info("series", context.seriesTitle(series.key), first, versions: everyLanguage(.series(code, series.key, page: 1)),
                                 series: series.key)
            firstInfo.description = context.text(series.description)
            firstInfo.meta = [("ColumnName", context.seriesTitle(series.key))]
            let head = context.page(firstInfo, NoKeys())
            jobs.append(PageJob(path: Route.seriesFirstPage(code, series.key).path, sitemap: nil) {
                Data(Redirect.html(to: first, model: head).utf8)
            })
        }
        return jobs
    }

    func termJobs(_ context: LanguageContext) -> [PageJob] {
        let code = context.language.code
        var jobs: [PageJob] = []
        for group in config.groups {
            let items = lists.byGroup[code]?[group.key] ?? []
            let projects = site.projects.filter { $0.groups.contains(group.key) }
            let title = context.groupTitle(group.key)
            let route = Route.group(code, key: group.key)
            let versions = everyLanguage(route)
            let term = ["name": title, "heading": Placeholder.fill(context.t("everything_for_group"), ["name": title]), "kind": "group"]
            jobs.append(htmlJob(route, "term", context.page(self.info("group", title, self.urls.link(route), versions: versions),
                                                           self.termPage(term, items, projects: projects, context)), sitemap: versions))
        }
        for (segment, tag) in (tags[code] ?? [:]).sorted(by: { $0.key < $1.key }) {
            var versions: [String: String] = [:]
            let route = Route.tag(code, segment: segment)
            for other in codes where tags[other]?[segment] != nil { versions[other] = urls.link(route.inLanguage(other)) }
            var pageInfo = info("tag", tag.name, urls.link(route), versions: versions)
            for other in codes where versions[other] == nil { pageInfo.switcher[other] = urls.link(.home(other)) }
            let term = ["name": tag.name, "heading": Placeholder.fill(context.t("everything_tagged"), ["name": tag.name]), "kind": "tag"]
            let info = pageInfo
            jobs.append(htmlJob(route, "term", context.page(info, self.termPage(term, tag.entries, projects: [], context)), sitemap: versions))
        }
        return jobs
    }
}

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
        var item = items([index])[0]
        guard let date = plan.entries[index].document.date else { return item }
        item["date"] = context.format.date(date.day)
        item["dateISO"] = date.day.description
        return item
    }

    func projectItems(_ projects: [Project], _ code: String) -> [[String: String]] {
        projects.map { ["html": snippets.projectRows[code]?[$0.id] ?? ""] }
    }

    func homeJob(_ context: LanguageContext) -> PageJob {
        let code = context.language.code
        let all = articles(code)
        let cards = config.series.map { series -> [String: Any] in
            let items = articles(code, series: series.key)
            let title = context.seriesTitle(series.key)
            return [
                "key": series.key, "title": title,
                "description": context.text(series.description), "url": urls.link([code, series.key]),
                "count": items.count, "articles": items.prefix(3).map { datedItem($0, context) },
                "hasArticles": !items.isEmpty,
                "accent": context.seriesAccent(series.key),
                "moreText": Placeholder.fill(context.t(items.count == 1 ? "series_all_one" : "series_all"),
                                             ["count": context.format.number(items.count), "name": title]),
            ]
        }
        let versions = everyLanguage([])
        let page = context.page(info("home", config.title.value(code) ?? "", urls.link([code]), versions: versions), [
            "seriesCards": cards,
            "newest": items(all.prefix(6)),
            "figures": ProjectFigures(projects: site.projects, language: context, now: now).context,
        ])
        return htmlJob([code], "home", page, sitemap: versions)
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
                let segments = number == 1 ? [code, series.key] : [code, series.key, "page", String(number)]
                let link = urls.link(segments)
                let rest = Array(segments.dropFirst())
                var versions: [String: String] = [:]
                for other in codes where number <= pageCounts[other] ?? 1 { versions[other] = urls.link([other] + rest) }
                let slice = items.dropFirst((number - 1) * config.paginate).prefix(config.paginate)
                var info = info("series", context.seriesTitle(series.key), link, versions: versions, series: series.key)
                info.description = context.text(series.description)
                info.meta = [("ColumnName", context.seriesTitle(series.key))]
                // Another language may have fewer pages: its switcher link leads to its first page.
                for other in codes where versions[other] == nil { info.switcher[other] = urls.link([other, series.key]) }
                jobs.append(htmlJob(segments, "series", context.page(info, [
                    "series": ["key": series.key, "title": context.seriesTitle(series.key), "description": context.text(series.description),
                               "url": urls.link([code, series.key]), "feed": urls.fileLink([code, series.key, "feed.xml"]),
                               "accent": context.seriesAccent(series.key)] as [String: Any],
                    "items": self.items(slice),
                    "hasItems": !slice.isEmpty,
                    "pagination": Pagination.context(current: number, total: pages, context: context) { n in
                        urls.link(n == 1 ? [code, series.key] : [code, series.key, "page", String(n)])
                    },
                    "projects": number == 1 ? projectItems(Array(projects.prefix(Self.seriesProjectLimit)), code) : [],
                    "hasProjects": number == 1 && !projects.isEmpty,
                    "moreProjects": number == 1 && projects.count > Self.seriesProjectLimit
                        ? ["url": urls.link([code, "projects"]) + "?series=" + series.key,
                           "text": Placeholder.fill(context.t("all_projects_of_series"), ["count": context.format.number(projects.count)])]
                        : false,
                ]), sitemap: versions))
            }
            // `/page/1/` leads to the series' first page, as Hugo users expect.
            let first = urls.link([code, series.key])
            jobs.append(PageJob(path: URLs.pagePath([code, series.key, "page", "1"]), sitemap: nil) {
                Data(Redirect.html(to: first, absolute: urls.absolute(first), locale: context.language.locale).utf8)
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
            let versions = everyLanguage(["groups", group.key])
            jobs.append(htmlJob([code, "groups", group.key], "term", context.page(info("group", title, urls.link([code, "groups", group.key]), versions: versions), [
                "term": ["name": title, "heading": Placeholder.fill(context.t("everything_for_group"), ["name": title]), "kind": "group"],
                "items": self.items(items),
                "projects": projectItems(projects, code),
                "hasItems": !items.isEmpty, "hasProjects": !projects.isEmpty,
            ]), sitemap: versions))
        }
        for (segment, tag) in (tags[code] ?? [:]).sorted(by: { $0.key < $1.key }) {
            var versions: [String: String] = [:]
            for other in codes where tags[other]?[segment] != nil { versions[other] = urls.link([other, "tags", segment]) }
            var pageInfo = info("tag", tag.name, urls.link([code, "tags", segment]), versions: versions)
            for other in codes where versions[other] == nil { pageInfo.switcher[other] = urls.link([other]) }
            jobs.append(htmlJob([code, "tags", segment], "term", context.page(pageInfo, [
                "term": ["name": tag.name, "heading": Placeholder.fill(context.t("everything_tagged"), ["name": tag.name]), "kind": "tag"],
                "items": items(tag.entries),
                "projects": [], "hasItems": !tag.entries.isEmpty, "hasProjects": false,
            ]), sitemap: versions))
        }
        return jobs
    }
}

/// Page numbers of a paginated list; an empty list still has one page.
enum Pagination {
    static func pages(count: Int, perPage: Int) -> Int {
        max(1, (count + perPage - 1) / perPage)
    }

    static func context(current: Int, total: Int, context: LanguageContext, link: (Int) -> String) -> [String: Any] {
        var result: [String: Any] = [
            "current": current, "total": total, "show": total > 1,
            "label": Placeholder.fill(context.t("page_n_of_m"), ["page": String(current), "total": String(total)]),
            "pages": (1...total).map { ["number": $0, "url": link($0), "current": $0 == current] as [String: Any] },
        ]
        if current > 1 { result["newer"] = link(current - 1) }
        if current < total { result["older"] = link(current + 1) }
        return result
    }
}

/// A small page that sends the reader on (used for `/page/1/`).
enum Redirect {
    static func html(to link: String, absolute: String, locale: String) -> String {
        let href = HTMLEscape.attribute(link)
        return """
        <!doctype html>
        <html lang="\(HTMLEscape.attribute(locale))"><head><meta charset="utf-8">\(ContentSecurityPolicy.metaTag)<title>\(href)</title>
        <link rel="canonical" href="\(HTMLEscape.attribute(absolute))"><meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=\(href)"></head>
        <body><p><a href="\(href)">\(href)</a></p></body></html>

        """
    }
}

import Foundation

/// RSS feeds: all articles of a language, and one per series.
extension SiteRenderer {
    func feedJobs(_ context: LanguageContext) -> [PageJob] {
        let code = context.language.code
        let siteTitle = config.title.value(code) ?? ""
        var jobs = [feedJob(context, title: siteTitle, description: config.description.value(code) ?? "",
                            page: .home(code), file: .feed(code, series: nil), items: articles(code))]
        for series in config.series {
            jobs.append(feedJob(context, title: "\(context.seriesTitle(series.key)) - \(siteTitle)",
                                description: context.text(series.description), page: .series(code, series.key, page: 1),
                                file: .feed(code, series: series.key), items: articles(code, series: series.key)))
        }
        return jobs
    }

    private func feedJob(_ context: LanguageContext, title: String, description: String, page: Route, file: Route, items: [Int]) -> PageJob {
        PageJob(path: file.path, sitemap: nil) { [plan, bodies, urls, config] in
            let feed = Feed(
                title: title, description: description, link: urls.absolute(page),
                selfLink: urls.absolute(file), language: context.language.locale,
                items: items.prefix(config.feedItems).map { index in
                    let entry = plan.entries[index], body = bodies.entries[index]
                    return Feed.Item(title: entry.document.title, link: urls.absolute(entry.link), date: entry.document.date,
                                     summary: body.summary, html: Feed.absoluteLinks(body.html, urls: urls),
                                     categories: entry.seriesKey.map { [context.seriesTitle($0)] } ?? [])
                })
            return Data(feed.xml.utf8)
        }
    }
}

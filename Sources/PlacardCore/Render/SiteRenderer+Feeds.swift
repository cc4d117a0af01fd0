import Foundation

/// RSS feeds: all articles of a language, and one per series.
extension SiteRenderer {
    func feedJobs(_ context: LanguageContext) -> [PageJob] {
        let code = context.language.code
        let siteTitle = config.title.value(code) ?? ""
        let all = Array(articles(code).prefix(config.feedItems))
        let bySeries = config.series.map { Array(articles(code, series: $0.key).prefix(config.feedItems)) }
        // An article is in the language's feed and its series' feed: its content is made once.
        let shown = Array(Set(all + bySeries.joined()))
        let content = Dictionary(uniqueKeysWithValues: zip(shown, Parallel.map(shown) { [self] in
            Feed.content(bodyHTML($0), urls: urls, page: urls.absolute(plan.entries[$0].link))
        }))
        var jobs = [feedJob(context, title: siteTitle, description: config.description.value(code) ?? "",
                            page: .home(code), file: .feed(code, series: nil), items: all, content: content)]
        for (series, items) in zip(config.series, bySeries) {
            jobs.append(feedJob(context, title: "\(context.seriesTitle(series.key)) - \(siteTitle)",
                                description: context.text(series.description), page: .series(code, series.key, page: 1),
                                file: .feed(code, series: series.key), items: items, content: content))
        }
        return jobs
    }

    /// `content`: entry index → its `Feed.Item.content`.
    private func feedJob(_ context: LanguageContext, title: String, description: String, page: Route, file: Route,
                         items: [Int], content: [Int: [UInt8]]) -> PageJob {
        PageJob(path: file.path, sitemap: nil) { [plan, bodies, urls] in
            let feed = Feed(
                // RSS 2.0 asks every channel for a description: without one, its title stands in.
                title: title, description: description.trimmed.isEmpty ? title : description, link: urls.absolute(page),
                selfLink: urls.absolute(file), language: context.language.locale,
                items: items.map { index in
                    let entry = plan.entries[index], body = bodies.entries[index]
                    return Feed.Item(title: entry.document.title, link: urls.absolute(entry.link), date: entry.document.date,
                                     summary: body.summary, content: content[index] ?? [],
                                     categories: entry.seriesKey.map { [context.seriesTitle($0)] } ?? [])
                })
            return Data(feed.bytes)
        }
    }
}

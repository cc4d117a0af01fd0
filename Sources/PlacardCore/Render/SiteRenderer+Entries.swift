import Foundation

/// Article and standalone page files.
extension SiteRenderer {
    func entryJobs(_ context: LanguageContext) -> [PageJob] {
        let code = context.language.code
        return plan.entries.indices.filter { plan.entries[$0].language == code }.map { entryJob($0, context) }
    }

    /// The page of the entry at `index` in the plan (in `context`'s language).
    func entryJob(_ index: Int, _ context: LanguageContext) -> PageJob {
        let entry = plan.entries[index]
        var versions: [String: String] = [:]
        for (language, other) in plan.translations(of: entry) { versions[language] = plan.entries[other].link }
        switch entry.document.kind {
        case .article(let series): return articleJob(index, series: series, versions: versions, context: context)
        case .page: return pageJob(index, versions: versions, context: context)
        }
    }

    /// The body of entry `index` with its HTML, which a page taking it from `handOver` has alone.
    private func bodyWithHTML(_ index: Int) -> EntryBody {
        var body = bodies.entries[index]
        if let handOver { body.html = handOver.take(index) }
        return body
    }

    /// The HTML of entry `index`'s body, for a feed (made before any page takes it).
    func bodyHTML(_ index: Int) -> String { handOver?.read(index) ?? bodies.entries[index].html }

    private func articleJob(_ index: Int, series: String, versions: [String: String], context: LanguageContext) -> PageJob {
        let entry = plan.entries[index]
        return htmlJob(entry.route, "article",
                       self.articleContext(entry, self.bodyWithHTML(index), series: series, versions: versions, context: context),
                       sitemap: versions, lastModified: entry.document.date?.day.description)
    }

    private func articleContext(_ entry: Entry, _ body: EntryBody, series: String, versions: [String: String], context: LanguageContext) -> PageModel {
        let code = context.language.code
        let document = entry.document
        var info = info("article", document.title, entry.link, versions: versions, series: series)
        info.description = body.summary
        info.image = body.coverLink.map { $0.hasPrefix("/") ? urls.absolute($0) : $0 }
        for other in codes where versions[other] == nil { info.switcher[other] = urls.link(.series(other, series, page: 1)) }
        let source = document.source ?? context.text(config.identity?.organizer).nonEmpty ?? (config.title.value(code) ?? "")
        info.meta = [("ColumnName", context.seriesTitle(series)), ("ArticleTitle", document.title)]
        if let date = document.date { info.meta.append(("PubDate", date.pubDateMeta)) }
        info.meta.append(("ContentSource", source))
        let more = articles(code, series: series).prefix(6).filter { plan.entries[$0].link != entry.link }.prefix(5)
        let article = ArticleModel(
            title: document.title, html: context.bodyHTML(body.html), summary: body.summary,
            readingTime: Placeholder.fill(context.t("reading_time"), ["minutes": String(body.readingMinutes)]),
            series: seriesLink(series, context),
            groups: context.groupLinks(document.groups),
            tags: oneChipPerTag(document.tags).map { ["name": $0, "url": tagLink($0, code)] },
            date: document.date.map { context.format.date($0.day) }, dateISO: document.date?.rfc3339,
            source: document.source, region: document.region, cover: body.coverLink)
        return context.page(info, ArticlePage(article: article, more: more.map { datedItem($0, context) }, qr: context.qrCode(entry.link)))
    }

    /// Tags that map to the same segment are one tag (SPEC §6): the first spelling stands for them.
    func oneChipPerTag(_ tags: [String]) -> [String] {
        var seen: Set<String> = []
        return tags.filter { seen.insert(tagSegments[$0] ?? TagSegment.of($0)).inserted }
    }

    /// The link of the page of `tag` (as an article writes it) in language `code`.
    func tagLink(_ tag: String, _ code: String) -> String {
        tagLinks[code]?[tag] ?? urls.link(.tag(code, segment: tagSegments[tag] ?? TagSegment.of(tag)))
    }

    private func pageJob(_ index: Int, versions: [String: String], context: LanguageContext) -> PageJob {
        let entry = plan.entries[index]
        return htmlJob(entry.route, "page", self.pageContext(entry, self.bodyWithHTML(index), versions: versions, context: context),
                       sitemap: versions)
    }

    private func pageContext(_ entry: Entry, _ body: EntryBody, versions: [String: String], context: LanguageContext) -> PageModel {
        var info = info("page", entry.document.title, entry.link, versions: versions)
        info.description = body.summary
        for other in codes where versions[other] == nil { info.switcher[other] = urls.link(.home(other)) }
        return context.page(info, EntryPage(entry: ["title": entry.document.title, "html": context.bodyHTML(body.html), "summary": body.summary]))
    }
}

extension String {
    /// nil when empty, for `??` chains.
    var nonEmpty: String? { isEmpty ? nil : self }
}

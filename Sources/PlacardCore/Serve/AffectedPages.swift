/// Which output files can change when some entries change and nothing else does: same published
/// entries at the same links, same tags, same site.yml, theme and projects (anything else is a
/// full build). One place for what depends on what:
///
/// - the entry's own page, and its translations' pages (alternates, switcher);
/// - its language's home page (newest articles, each series' newest three) and every feed of its language;
/// - every list that shows it, before or after the change: the series pages whose slice of cards
///   differs or holds a changed entry (a new date moves the entry between pages), its group pages
///   and its tag pages (old and new groups and tags);
/// - when a series' newest six change or hold a changed entry: every article page of that series
///   and language ("more in this series") and that series' project pages ("related articles").
///
/// The sitemap and the search indexes are rewritten separately.
struct AffectedPages {
    let old: SitePlan
    let new: SitePlan
    let oldLists: ListIndex
    let newLists: ListIndex
    /// Source paths of the changed documents.
    let changed: Set<String>
    let projects: [Project]
    let paginate: Int

    /// Articles on each article page under "more in this series" (the newest, less the page itself).
    static let moreWindow = 6

    /// Output paths (relative to the output folder) to render again.
    func paths() -> Set<String> {
        var paths: Set<String> = []
        let changedEntries = changed.flatMap { path in [old.entryIndex[path].map { old.entries[$0] }, new.entryIndex[path].map { new.entries[$0] }] }
            .compactMap { $0 }
        var seriesByLanguage: Set<[String]> = []
        for entry in changedEntries {
            let code = entry.language
            paths.insert(entry.route.path)
            for (_, index) in new.translations(of: entry) { paths.insert(new.entries[index].route.path) }
            paths.insert(Route.home(code).path)
            paths.insert(Route.feed(code, series: nil).path)
            for series in new.config.series { paths.insert(Route.feed(code, series: series.key).path) }
            for group in entry.document.groups { paths.insert(Route.group(code, key: group).path) }
            for tag in entry.document.tags where !TagSegment.of(tag).isEmpty { paths.insert(Route.tag(code, segment: TagSegment.of(tag)).path) }
            if let series = entry.seriesKey { seriesByLanguage.insert([code, series]) }
        }
        for pair in seriesByLanguage { paths.formUnion(seriesPaths(language: pair[0], series: pair[1])) }
        return paths
    }

    /// The series pages whose cards change, and the pages that show the series' newest articles.
    private func seriesPaths(language code: String, series: String) -> Set<String> {
        let before = (oldLists.bySeries[code]?[series] ?? []).map { old.entries[$0].document.sourcePath }
        let after = (newLists.bySeries[code]?[series] ?? []).map { new.entries[$0].document.sourcePath }
        var paths: Set<String> = []
        let pages = Pagination.pages(count: after.count, perPage: paginate)
        for number in 1...pages {
            let range = (number - 1) * paginate ..< number * paginate
            let a = slice(before, range), b = slice(after, range)
            if a != b || a.contains(where: changed.contains) || b.contains(where: changed.contains) {
                paths.insert(Route.series(code, series, page: number).path)
            }
        }
        let newestBefore = slice(before, 0..<Self.moreWindow), newestAfter = slice(after, 0..<Self.moreWindow)
        if newestBefore != newestAfter || newestBefore.contains(where: changed.contains) || newestAfter.contains(where: changed.contains) {
            for index in newLists.bySeries[code]?[series] ?? [] { paths.insert(new.entries[index].route.path) }
            for project in projects where project.series == series { paths.insert(Route.project(code, id: project.id).path) }
        }
        return paths
    }

    private func slice(_ list: [String], _ range: Range<Int>) -> ArraySlice<String> {
        list[min(range.lowerBound, list.count) ..< min(range.upperBound, list.count)]
    }
}

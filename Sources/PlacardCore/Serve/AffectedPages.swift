/// Which output files can change when some entries change and nothing else does: same published
/// entries at the same links, same tags, same site.yml, theme and projects (anything else is a
/// full build). One place for what depends on what:
///
/// - the entry's own page (its translations' pages show only its link, which stays);
/// - the feeds that hold it (the newest `feedItems` of its language, of its series), before or after;
/// - its language's home page, when what lists show of it changed and it is among the newest there
///   (six cards, three titles per series);
/// - the lists, only when what they show of it changed (card, title, date, tags) or it joined or
///   left them: the series pages whose slice differs or holds it (a new date moves it between pages),
///   its group and tag pages, old and new;
/// - when a series' newest six change or hold such an entry: every article page of that series and
///   language ("more in this series") and that series' project pages ("related articles").
///
/// The sitemap and the search indexes are rewritten separately.
struct AffectedPages {
    let old: SitePlan
    let new: SitePlan
    let oldLists: ListIndex
    let newLists: ListIndex
    /// Source paths of the changed documents.
    let changed: Set<String>
    /// Those of them whose card or title changed: what lists show of an entry.
    let shownChanged: Set<String>
    let projects: [Project]
    let paginate: Int
    let feedItems: Int

    /// Articles on each article page under "more in this series" (the newest, less the page itself).
    static let moreWindow = 6
    /// Cards of the newest articles on the home page, and titles per series there.
    static let homeNewest = 6, homeSeriesNewest = 3

    /// Output paths (relative to the output folder) to render again.
    func paths() -> Set<String> { Set(routes().map(\.path)) }

    /// The pages to render again.
    func routes() -> Set<Route> {
        var routes: Set<Route> = []
        var seriesByLanguage: Set<[String]> = []
        for path in changed {
            let before = old.entryIndex[path].map { old.entries[$0] }, after = new.entryIndex[path].map { new.entries[$0] }
            guard let entry = after ?? before else { continue }
            let code = entry.language
            for version in [before, after].compactMap({ $0 }) { routes.insert(version.route) }
            if let series = entry.seriesKey {
                seriesByLanguage.insert([code, series])
                if holds(path, old: oldLists.articles[code], new: newLists.articles[code], first: feedItems) {
                    routes.insert(.feed(code, series: nil))
                }
                let inSeries = (oldLists.bySeries[code]?[series], newLists.bySeries[code]?[series])
                if holds(path, old: inSeries.0, new: inSeries.1, first: feedItems) { routes.insert(.feed(code, series: series)) }
                if shownChanged.contains(path), holds(path, old: oldLists.articles[code], new: newLists.articles[code], first: Self.homeNewest)
                    || holds(path, old: inSeries.0, new: inSeries.1, first: Self.homeSeriesNewest) {
                    routes.insert(.home(code))
                }
            }
            // A group or tag page changes when the entry joins or leaves it, or when what it shows of the entry changes.
            let shown = shownChanged.contains(path)
            let groupsBefore = Set(before?.document.groups ?? []), groupsAfter = Set(after?.document.groups ?? [])
            for group in groupsBefore.union(groupsAfter) where shown || groupsBefore.contains(group) != groupsAfter.contains(group) {
                routes.insert(.group(code, key: group))
            }
            let tagsBefore = Set((before?.document.tags ?? []).map(TagSegment.of)), tagsAfter = Set((after?.document.tags ?? []).map(TagSegment.of))
            for tag in tagsBefore.union(tagsAfter) where !tag.isEmpty && (shown || tagsBefore.contains(tag) != tagsAfter.contains(tag)) {
                routes.insert(.tag(code, segment: tag))
            }
        }
        for pair in seriesByLanguage { routes.formUnion(seriesRoutes(language: pair[0], series: pair[1])) }
        return routes
    }

    /// Whether the entry at `path` is among the `first` of a list (entry indices, newest first) before or after.
    private func holds(_ path: String, old before: [Int]?, new after: [Int]?, first: Int) -> Bool {
        (before ?? []).prefix(first).contains { old.entries[$0].document.sourcePath == path }
            || (after ?? []).prefix(first).contains { new.entries[$0].document.sourcePath == path }
    }

    /// The series pages whose cards change, and the pages that show the series' newest articles.
    private func seriesRoutes(language code: String, series: String) -> Set<Route> {
        let before = (oldLists.bySeries[code]?[series] ?? []).map { old.entries[$0].document.sourcePath }
        let after = (newLists.bySeries[code]?[series] ?? []).map { new.entries[$0].document.sourcePath }
        var routes: Set<Route> = []
        let pages = Pagination.pages(count: after.count, perPage: paginate)
        for number in 1...pages {
            let range = (number - 1) * paginate ..< number * paginate
            let a = slice(before, range), b = slice(after, range)
            if a != b || a.contains(where: shownChanged.contains) || b.contains(where: shownChanged.contains) {
                routes.insert(.series(code, series, page: number))
            }
        }
        let newestBefore = slice(before, 0..<Self.moreWindow), newestAfter = slice(after, 0..<Self.moreWindow)
        if newestBefore != newestAfter || newestBefore.contains(where: shownChanged.contains) || newestAfter.contains(where: shownChanged.contains) {
            for index in newLists.bySeries[code]?[series] ?? [] { routes.insert(new.entries[index].route) }
            for project in projects where project.series == series { routes.insert(.project(code, id: project.id)) }
        }
        return routes
    }

    private func slice(_ list: [String], _ range: Range<Int>) -> ArraySlice<String> {
        list[min(range.lowerBound, list.count) ..< min(range.upperBound, list.count)]
    }
}

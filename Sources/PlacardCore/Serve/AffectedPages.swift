/// Which output files can change when some entries change and nothing else does: same published
/// entries at the same links, same tags, same site.yml, theme and projects (anything else is a
/// full build). One place for what depends on what:
///
/// - the entry's own page, and its translations' pages (alternates, switcher);
/// - its language's home page and every feed of its language;
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
            if let series = entry.seriesKey { seriesByLanguage.insert([code, series]) }
        }
        // A group or tag page changes when the entry joins or leaves it, or when what it shows of the entry changes.
        for path in changed {
            let before = old.entryIndex[path].map { old.entries[$0].document }, after = new.entryIndex[path].map { new.entries[$0].document }
            guard let code = (after ?? before)?.language else { continue }
            let shown = shownChanged.contains(path)
            let groupsBefore = Set(before?.groups ?? []), groupsAfter = Set(after?.groups ?? [])
            for group in groupsBefore.union(groupsAfter) where shown || groupsBefore.contains(group) != groupsAfter.contains(group) {
                paths.insert(Route.group(code, key: group).path)
            }
            let tagsBefore = Set((before?.tags ?? []).map(TagSegment.of)), tagsAfter = Set((after?.tags ?? []).map(TagSegment.of))
            for tag in tagsBefore.union(tagsAfter) where !tag.isEmpty && (shown || tagsBefore.contains(tag) != tagsAfter.contains(tag)) {
                paths.insert(Route.tag(code, segment: tag).path)
            }
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
            if a != b || a.contains(where: shownChanged.contains) || b.contains(where: shownChanged.contains) {
                paths.insert(Route.series(code, series, page: number).path)
            }
        }
        let newestBefore = slice(before, 0..<Self.moreWindow), newestAfter = slice(after, 0..<Self.moreWindow)
        if newestBefore != newestAfter || newestBefore.contains(where: shownChanged.contains) || newestAfter.contains(where: shownChanged.contains) {
            for index in newLists.bySeries[code]?[series] ?? [] { paths.insert(new.entries[index].route.path) }
            for project in projects where project.series == series { paths.insert(Route.project(code, id: project.id).path) }
        }
        return paths
    }

    private func slice(_ list: [String], _ range: Range<Int>) -> ArraySlice<String> {
        list[min(range.lowerBound, list.count) ..< min(range.upperBound, list.count)]
    }
}

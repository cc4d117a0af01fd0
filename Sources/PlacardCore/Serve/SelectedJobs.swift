/// The jobs of some pages only, for `placard serve`'s updates in place: making every job of a large
/// site (its context's links, alternates and sitemap entry) costs more than rendering the few that changed.
extension SiteRenderer {
    /// Jobs that make at least the pages of `routes` (entry pages, home, series, group and tag, project
    /// pages, feeds); the caller keeps those it needs. Each kind of list is made whole for a language
    /// (a few hundred jobs at most), entry pages one by one.
    func jobs(for routes: Set<Route>) -> [PageJob] {
        var kinds: Set<[String]> = []
        var pages: Set<Route> = []
        for route in routes {
            switch route {
            case .home(let code): kinds.insert([code, "home"])
            case .series(let code, _, _): kinds.insert([code, "series"])
            case .group(let code, _), .tag(let code, _): kinds.insert([code, "terms"])
            case .feed(let code, _): kinds.insert([code, "feeds"])
            case .project(let code, _): kinds.insert([code, "projects"])
            case .article, .page: pages.insert(route)
            default: break
            }
        }
        let entries = pages.isEmpty ? [] : plan.entries.indices.filter { pages.contains(plan.entries[$0].route) }
        var jobs: [PageJob] = []
        for language in config.languages {
            guard let context = contexts[language.code] else { continue }
            let code = language.code
            if kinds.contains([code, "home"]) { jobs.append(homeJob(context)) }
            if kinds.contains([code, "series"]) { jobs += seriesJobs(context) }
            if kinds.contains([code, "terms"]) { jobs += termJobs(context) }
            if kinds.contains([code, "feeds"]) { jobs += feedJobs(context) }
            if kinds.contains([code, "projects"]) { jobs += projectJobs(context) }
            for index in entries where plan.entries[index].language == code { jobs.append(entryJob(index, context)) }
        }
        return jobs
    }
}

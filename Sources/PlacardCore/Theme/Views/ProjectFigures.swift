/// The project figures shown on the home page and the directory: counts and total expected reach.
struct ProjectFigures {
    let projects: [Project]
    let language: LanguageContext
    let now: Day

    var model: FiguresModel {
        // Saturating: reach has no upper bound a list must keep.
        let reach = projects.compactMap(\.reach).reduce(0) { total, next in
            let (sum, overflow) = total.addingReportingOverflow(next)
            return overflow ? Int.max : sum
        }
        let statuses = ProjectStatus.allCases.map { status in
            let count = projects.filter { $0.status(now: now) == status }.count
            return ["status": status.rawValue, "label": language.t("status_\(status.rawValue)"), "count": language.format.number(count)]
        }
        return FiguresModel(
            hasProjects: !projects.isEmpty,
            count: language.format.number(projects.count),
            countText: Placeholder.fill(language.t("projects_count"), ["count": language.format.number(projects.count)]),
            reach: language.format.number(reach),
            reachText: Placeholder.fill(language.t("reach_people"), ["count": language.format.number(reach)]),
            statuses: statuses,
            charts: charts)
    }
}

import Foundation

/// The project directory and one page per project.
extension SiteRenderer {
    func projectJobs(_ context: LanguageContext) -> [PageJob] {
        let code = context.language.code
        var jobs: [PageJob] = []
        let versions = everyLanguage(["projects"])
        let groupsBySeries = config.series.compactMap { series -> [String: Any]? in
            let projects = site.projects.filter { $0.series == series.key }
            guard !projects.isEmpty else { return nil }
            return ["key": series.key, "title": context.seriesTitle(series.key), "projects": projectItems(projects, code)]
        }
        let directory = context.page(info("projects", context.t("projects_directory"), urls.link([code, "projects"]), versions: versions), [
            "directory": [
                "seriesGroups": groupsBySeries,
                "total": site.projects.count,
                "filters": ProjectFilters(projects: site.projects, language: context).context,
                "downloads": openDataLinks(code),
            ] as [String: Any],
            "figures": ProjectFigures(projects: site.projects, language: context, now: now).context,
        ])
        jobs.append(htmlJob([code, "projects"], "projects", directory, sitemap: versions))

        for list in site.projectLists {
            for project in list.projects {
                let projectVersions = everyLanguage(["projects", project.id])
                // The page's context is made by the job (its QR code takes time): `jobs()` stays cheap.
                jobs.append(htmlJob([code, "projects", project.id], "project",
                                    projectPage(project, list: list, versions: projectVersions, context: context), sitemap: projectVersions))
            }
        }
        return jobs
    }

    private func projectPage(_ project: Project, list: ProjectList, versions: [String: String], context: LanguageContext) -> [String: Any] {
        let code = context.language.code
        var row = context.projectRow(project, now: now)
        row["html"] = projectBodies[project.id]?[code]?.html ?? ""
        row["list"] = context.text(list.title)
        let related = articles(code, series: project.series).prefix(5)
        var info = info("project", context.text(project.title), urls.link([code, "projects", project.id]), versions: versions, series: project.series)
        info.description = context.text(project.summary)
        return context.page(info, [
            "project": row,
            "related": items(related),
            "hasRelated": !related.isEmpty,
            "qr": context.qrCode(info.link),
        ])
    }
}

/// The choices of the project directory's filters: every value that occurs, in a stable order.
struct ProjectFilters {
    let projects: [Project]
    let language: LanguageContext

    var context: [String: Any] {
        let config = language.config
        let usedSeries = Set(projects.map(\.series))
        let usedGroups = Set(projects.flatMap(\.groups))
        let regions = Set(projects.map { language.text($0.region) }.filter { !$0.isEmpty }).sorted()
        let types = Set(projects.map(\.organizerType))
        return [
            "series": config.series.filter { usedSeries.contains($0.key) }.map { ["value": $0.key, "label": language.seriesTitle($0.key)] },
            "groups": config.groups.filter { usedGroups.contains($0.key) }.map { ["value": $0.key, "label": language.groupTitle($0.key)] },
            "regions": regions.map { ["value": $0, "label": $0] },
            "types": OrganizerType.allCases.filter { types.contains($0) }.map { ["value": $0.rawValue, "label": language.t("type_\($0.rawValue)")] },
            "statuses": ProjectStatus.allCases.map { ["value": $0.rawValue, "label": language.t("status_\($0.rawValue)")] },
        ]
    }
}

import Foundation

/// The project directory and one page per project.
extension SiteRenderer {
    func projectJobs(_ context: LanguageContext) -> [PageJob] {
        let code = context.language.code
        var jobs: [PageJob] = []
        let versions = everyLanguage(.projects(code, series: nil))
        let groupsBySeries = config.series.compactMap { series -> ProjectsPage.SeriesGroup? in
            let projects = site.projects.filter { $0.series == series.key }
            guard !projects.isEmpty else { return nil }
            return ProjectsPage.SeriesGroup(key: series.key, title: context.seriesTitle(series.key), projects: projectItems(projects, code))
        }
        let directory = context.page(info("projects", context.t("projects_directory"), urls.link(.projects(code, series: nil)), versions: versions), ProjectsPage(
            directory: ProjectsPage.Directory(
                seriesGroups: groupsBySeries,
                total: site.projects.count,
                filters: ProjectFilters(projects: site.projects, language: context).choices,
                downloads: openDataLinks(code)),
            figures: ProjectFigures(projects: site.projects, language: context, now: now).model))
        jobs.append(htmlJob(.projects(code, series: nil), "projects", directory, sitemap: versions))

        for list in site.projectLists {
            for project in list.projects {
                let route = Route.project(code, id: project.id)
                let projectVersions = everyLanguage(route)
                var projectRow = context.projectRow(project, now: now)
                projectRow.html = context.bodyHTML(bodies.projects[project.id]?[code]?.html ?? "")
                projectRow.list = context.text(list.title)
                let related = articles(code, series: project.series).prefix(5)
                var pageInfo = info("project", context.text(project.title), urls.link(route), versions: projectVersions, series: project.series)
                pageInfo.description = context.text(project.summary)
                let (info, row) = (pageInfo, projectRow)
                jobs.append(htmlJob(route, "project", context.page(info, ProjectPage(
                    project: row, related: self.items(related), qr: context.qrCode(info.link))), sitemap: projectVersions))
            }
        }
        return jobs
    }
}

/// The choices of the project directory's filters: every value that occurs, in a stable order.
struct ProjectFilters {
    let projects: [Project]
    let language: LanguageContext

    /// Filter name → choices (value, label).
    var choices: [String: [[String: String]]] {
        let config = language.config
        let usedSeries = Set(projects.map(\.series))
        let usedGroups = Set(projects.flatMap(\.groups))
        // Region values are keys, the same in every language; labels are this language's text.
        var regionLabels: [String: String] = [:]
        for project in projects {
            let key = project.regionKey(config)
            guard !key.isEmpty else { continue }
            let label = language.text(project.region)
            if let known = regionLabels[key], known <= label { continue }
            regionLabels[key] = label
        }
        let regions = regionLabels.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        let types = Set(projects.map(\.organizerType))
        return [
            "series": config.series.filter { usedSeries.contains($0.key) }.map { ["value": $0.key, "label": language.seriesTitle($0.key)] },
            "groups": config.groups.filter { usedGroups.contains($0.key) }.map { ["value": $0.key, "label": language.groupTitle($0.key)] },
            "regions": regions.map { ["value": $0.key, "label": $0.value] },
            "types": OrganizerType.allCases.filter { types.contains($0) }.map { ["value": $0.rawValue, "label": language.t("type_\($0.rawValue)")] },
            "statuses": ProjectStatus.allCases.map { ["value": $0.rawValue, "label": language.t("status_\($0.rawValue)")] },
        ]
    }
}

extension Project {
    /// The project's region as a filter value (`data-region`, `?region=`): the same in every
    /// language, so a filtered directory keeps its filter across the language switch. It is the
    /// region's text in the site's default language (else the first language that has one),
    /// shaped like a tag's URL segment (`四川省`, `sichuan`); "" for no region. An ASCII comma,
    /// with the spaces around it, becomes one `-` (`Chengdu, Sichuan` → `chengdu-sichuan`):
    /// the URL separates a filter's values with commas, so a key must hold none.
    func regionKey(_ config: SiteConfig) -> String {
        for code in [config.defaultLanguage.code] + config.languages.map(\.code) {
            if let text = region.value(code), !text.trimmed.isEmpty {
                return TagSegment.of(text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmed }.joined(separator: " "))
            }
        }
        return ""
    }
}

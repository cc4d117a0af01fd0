import Foundation

/// The project directory as open data (SPEC §7.3): JSON and a calendar per language, one CSV.
extension SiteRenderer {
    func openDataJobs(_ context: LanguageContext) -> [PageJob] {
        let code = context.language.code
        let projects = site.projects
        return [
            PageJob(path: Route.projectsJSON(code).path, sitemap: nil) { [urls, now] in
                try ProjectsJSON(items: projects.map { project in
                    ProjectsJSON.Item(id: project.id, title: context.text(project.title), summary: context.text(project.summary),
                                      organizer: context.text(project.organizer), organizerType: project.organizerType.rawValue,
                                      series: project.series, groups: project.groups, region: context.text(project.region),
                                      start: project.start.description, end: JSONNullable(project.end?.description), reach: JSONNullable(project.reach),
                                      status: project.status(now: now).rawValue,
                                      url: urls.absolute(.project(code, id: project.id)))
                }).data
            },
            PageJob(path: Route.projectsCalendar(code).path, sitemap: nil) { [urls, now, config] in
                let name = [config.title.value(code), context.t("projects_directory")].compactMap { $0 }.joined(separator: " - ")
                let events = projects.map { project in
                    ProjectsCalendar.Event(id: project.id, title: context.text(project.title), summary: context.text(project.summary),
                                           region: context.text(project.region), start: project.start, end: project.end,
                                           url: urls.absolute(.project(code, id: project.id)))
                }
                return Data(ProjectsCalendar(name: name, host: urls.host, stamp: now, language: code, events: events).text.utf8)
            },
        ]
    }

    func projectsCSVJob() -> PageJob {
        PageJob(path: Route.projectsCSV.path, sitemap: nil) { [site, codes] in
            ProjectsCSV.data(site.projects, languages: codes)
        }
    }

    /// Links to the open-data files, for the directory's download block.
    func openDataLinks(_ code: String) -> [String: String] {
        ["json": urls.link(.projectsJSON(code)), "csv": urls.link(.projectsCSV), "ics": urls.link(.projectsCalendar(code))]
    }
}

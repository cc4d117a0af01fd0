import Foundation

/// The search index of each language, from its articles, pages and projects.
enum SearchJobs {
    static func make(site: Site, plan: SitePlan, bodies: RenderedBodies, contexts: [String: LanguageContext], urls: URLs) -> [PageJob] {
        site.config.languages.map { language in
            let code = language.code
            let context = contexts[code]!
            let route = Route.searchIndex(code)
            let folder = route.path.dropLast(SearchIndexFormat.entryPath.count)
            return PageJob(path: route.path, sitemap: nil, files: {
                let documents = SearchJobs.documents(site: site, plan: plan, bodies: bodies, context: context, urls: urls)
                TestHook.pause(at: "search")
                return SearchIndexWriter.files(for: documents, language: code, synonyms: site.config.searchSynonyms).map { OutputFile(path: folder + $0.path, data: $0.data) }
            })
        }
    }

    static func documents(site: Site, plan: SitePlan, bodies: RenderedBodies, context: LanguageContext, urls: URLs) -> [SearchDocument] {
        let code = context.language.code
        var documents: [SearchDocument] = []
        for (entry, body) in zip(plan.entries, bodies.entries) where entry.language == code {
            let document = entry.document
            documents.append(SearchDocument(
                url: entry.link, title: document.title, kind: entry.seriesKey == nil ? .page : .article,
                series: entry.seriesKey, groups: document.groups, groupNames: document.groups.map(context.groupTitle),
                tags: document.tags, summary: body.summary, body: body.plainText,
                organizer: document.source ?? "", region: document.region ?? "",
                date: document.date?.day.description ?? ""))
        }
        for project in site.projects {
            documents.append(SearchDocument(
                url: urls.link(.project(code, id: project.id)), title: context.text(project.title), kind: .project,
                series: project.series, groups: project.groups, groupNames: project.groups.map(context.groupTitle),
                tags: [], summary: context.text(project.summary),
                body: bodies.projects[project.id]?[code]?.plainText ?? "",
                organizer: context.text(project.organizer), region: context.text(project.region),
                date: project.start.description))
        }
        return documents
    }
}

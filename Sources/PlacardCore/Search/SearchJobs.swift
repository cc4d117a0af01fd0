import Foundation

/// The search index of each language, from its articles, pages and projects.
enum SearchJobs {
    /// One job that writes the indexes of the languages `codes`, one after another, each file as
    /// soon as it is made: the job holds one language's index at a time, never its files.
    /// The job holds the languages' documents only (their texts are the bodies' own strings), not
    /// the rendered bodies: their HTML is freed once the pages are written, while the indexes go on.
    static func make(codes: [String], site: Site, plan: SitePlan, bodies: RenderedBodies, contexts: [String: LanguageContext],
                     urls: URLs) -> PageJob {
        let synonyms = site.config.searchSynonyms
        let box = DocumentsBox(codes.map { documents(site: site, plan: plan, bodies: bodies, context: contexts[$0]!, urls: urls) })
        return PageJob(path: Route.searchIndex(codes[0]).path, otherPaths: codes.dropFirst().map { Route.searchIndex($0).path },
                       sitemap: nil) { write in
            for (n, code) in codes.enumerated() {
                try SearchJobs.write(code, documents: box.take(n), synonyms: synonyms, to: write)
            }
        }
    }

    /// The index of one language's documents, handing each file to `write` as soon as it is made.
    static func write(_ code: String, documents: [SearchDocument], synonyms: [[String]], to write: (OutputFile) throws -> Void) throws {
        let folder = Route.searchIndex(code).path.dropLast(SearchIndexFormat.entryPath.count)
        TestHook.pause(at: "search")
        try SearchIndexWriter.write(documents, language: code, synonyms: synonyms) { file in
            try write(OutputFile(path: folder + file.path, data: file.data))
        }
    }

    /// The languages' documents, each let go when its index starts (the index keeps them only
    /// while it needs them), so a language's texts are freed once its index is written.
    /// `@unchecked Sendable`: one job takes each language once, under the lock.
    final class DocumentsBox: @unchecked Sendable {
        private var languages: [[SearchDocument]]
        private let lock = NSLock()

        init(_ languages: [[SearchDocument]]) { self.languages = languages }

        func take(_ n: Int) -> [SearchDocument] {
            lock.lock()
            defer { lock.unlock() }
            let documents = languages[n]
            languages[n] = []
            return documents
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

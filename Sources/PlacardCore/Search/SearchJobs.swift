import Foundation

/// The search index of each language, from its articles, pages and projects.
enum SearchJobs {
    /// One job that writes the dictionaries of the languages `codes` (`SearchIndexWriter.writeDictionary`),
    /// one after another, each file as soon as it is made: the job holds one language's
    /// dictionary at a time, never its files. The job holds the languages' documents only (their
    /// texts are the bodies' own strings), not the rendered bodies: their HTML is freed once the
    /// pages are written, while the indexes go on.
    static func dictionaries(codes: [String], documents: [[SearchDocument]], synonyms: [[String]]) -> PageJob {
        let box = DocumentsBox(documents)
        return PageJob(path: Route.searchIndex(codes[0]).path, otherPaths: codes.dropFirst().map { Route.searchIndex($0).path },
                       sitemap: nil) { write in
            for (n, code) in codes.enumerated() {
                TestHook.pause(at: "search")
                try SearchIndexWriter.writeDictionary(ofSorted: box.take(n), language: code, synonyms: synonyms) { file in
                    try write(OutputFile(path: folder(code) + file.path, data: file.data))
                }
            }
        }
    }

    /// The job that writes the meta and body shards of language `code`'s index
    /// (`SearchIndexWriter.writeDocumentShards`): they need the documents alone, so a build makes
    /// them beside the dictionaries, not after them.
    static func documentShards(code: String, documents: [SearchDocument]) -> PageJob {
        PageJob(path: Route.searchIndex(code).path, sitemap: nil) { write in
            try SearchIndexWriter.writeDocumentShards(ofSorted: documents) { file in
                try write(OutputFile(path: folder(code) + file.path, data: file.data))
            }
        }
    }

    /// The folder of language `code`'s index files, as the start of their paths.
    private static func folder(_ code: String) -> Substring {
        Route.searchIndex(code).path.dropLast(SearchIndexFormat.entryPath.count)
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

    /// The documents of the language of `context`, in document id order (`SearchIndexWriter.order`):
    /// sorted once for both of its jobs.
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
        return documents.sorted(by: SearchIndexWriter.order)
    }
}

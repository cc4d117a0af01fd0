import Foundation

/// How a build's search indexes are split into jobs. The languages' indexes of a small site are
/// separate jobs, made side by side on two cores: they are a build's longest jobs, and one after
/// another they would finish alone after the pages. A large site makes them one after another in
/// one job (`SearchJobs.make`), so that it never holds two languages' indexes at once: that is the
/// peak of a build's memory.
enum SearchSchedule {
    /// The most plain text (UTF-8 bytes, every body together) of a site whose indexes are made side by
    /// side: about 3,000 articles. Each index then holds some 100 MB at its peak.
    static let sideBySideText = 24 << 20

    static func jobs(site: Site, plan: SitePlan, bodies: RenderedBodies, contexts: [String: LanguageContext], urls: URLs) -> [PageJob] {
        let text = bodies.entries.reduce(0) { $0 + $1.plainText.utf8.count }
        guard text <= sideBySideText, Parallel.width > 1 else {
            return SearchJobs.make(site: site, plan: plan, bodies: bodies, contexts: contexts, urls: urls)
        }
        let synonyms = site.config.searchSynonyms
        return site.config.languages.map { language in
            let box = SearchJobs.DocumentsBox([SearchJobs.documents(site: site, plan: plan, bodies: bodies,
                                                                    context: contexts[language.code]!, urls: urls)])
            return PageJob(path: Route.searchIndex(language.code).path, sitemap: nil) { write in
                try SearchJobs.write(language.code, documents: box.take(0), synonyms: synonyms, to: write)
            }
        }
    }
}

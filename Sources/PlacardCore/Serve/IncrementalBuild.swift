import Foundation

/// A site as its last good build left it: loaded, planned, bodies and cards rendered. `placard serve`
/// keeps it to update the output in place when articles change, instead of building everything again.
public struct BuiltSite: Sendable {
    var options: BuildOptions
    var site: Site
    let theme: Theme
    let urls: URLs
    let now: Day
    var plan: SitePlan
    let contexts: [String: LanguageContext]
    /// Every body, at the index of its entry in `plan`.
    var bodies: RenderedBodies
    var snippets: RenderedSnippets
    var tags: [String: [String: (name: String, entries: [Int])]]
    var lists: ListIndex
    let themeAssets: [String: String]
    /// Every file the build made (pages, feeds, search indexes, theme files, sitemap): what links may point to.
    let outputPaths: Set<String>
}

/// What an update of a built site did.
public enum IncrementalOutcome: Sendable, Equatable {
    /// The files that changed were written (`files` of them); the search indexes of `searchLanguages`
    /// are still those of before (see `BuiltSite.writeSearchIndexes`).
    case updated(files: Int, searchLanguages: [String])
    /// This change needs a full build; the reason is for the log and the tests.
    case needsFullBuild(String)
}

extension BuiltSite {
    /// Updates the output for changed source files (paths relative to the site folder, such as
    /// `content/elderly/phone-class.zh.md`): when only existing articles and pages changed and no link,
    /// tag, translation, cover or footer title changed, their bodies and cards are rendered again and
    /// only the files that depend on them are written (see `AffectedPages`). Anything else, and any error,
    /// asks for a full build (which reports the errors); `self` is then unchanged.
    public mutating func update(changed: Set<String>, now: Date = Date(), diagnostics: Diagnostics) -> IncrementalOutcome {
        let started = Date()
        let timer = StageTimer(enabled: options.timings || ProcessInfo.processInfo.environment["PLACARD_TIMINGS"] != nil)
        defer { timer.report() }
        let local = Diagnostics()
        var options = self.options
        options.now = now
        guard Day(now) == self.now else { return .needsFullBuild("the day changed") }
        var documents = site.documents
        let positions = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.sourcePath, $0) })
        let loader = DocumentLoader(config: site.config, diagnostics: local)
        let boundary = SiteFolder(options.source)
        var sourcePaths: Set<String> = []
        for path in changed {
            guard let position = positions[path] else { return .needsFullBuild("\(path) is not an article or page") }
            let old = documents[position]
            guard let text = TextFile.read(options.source.appendingPathComponent(path), path: path, within: boundary, diagnostics: local),
                  let document = loader.load(text: text, path: path, kind: old.kind, fileSlug: old.fileSlug, language: old.language)
            else { return .needsFullBuild("\(path) does not load") }
            guard document.translationKey == old.translationKey, document.cover == old.cover,
                  document.kind != .page || document.title == old.title
            else { return .needsFullBuild("\(path): translation, cover or page title changed") }
            documents[position] = document
            sourcePaths.insert(path)
        }
        var site = self.site
        site.documents = documents
        SiteValidator(site: site, diagnostics: local).validate()
        guard !local.hasErrors else { return .needsFullBuild("errors") }
        timer.lap("load")

        let plan = SitePlan(site: site, urls: urls, options: options)
        guard Set(plan.entries.map(\.link)) == Set(self.plan.entries.map(\.link)),
              plan.excludedLinks == self.plan.excludedLinks
        else { return .needsFullBuild("the published entries changed") }
        let oldTags = self.tags, tags = TagIndex.make(plan)
        guard oldTags.mapValues({ Set($0.keys) }) == tags.mapValues({ Set($0.keys) }) else { return .needsFullBuild("the tags changed") }
        timer.lap("plan")

        // Unchanged entries keep their bodies and cards; the changed ones are rendered again.
        var entryBodies = [EntryBody](repeating: EntryBody(), count: plan.entries.count)
        var cards = [String](repeating: "", count: plan.entries.count)
        var rendered: [Int] = []
        for index in plan.entries.indices {
            let path = plan.entries[index].document.sourcePath
            guard !sourcePaths.contains(path), let before = self.plan.entryIndex[path] else {
                rendered.append(index)
                continue
            }
            entryBodies[index] = bodies.entries[before]
            cards[index] = snippets.cards[before]
        }
        let bodyRenderer = BodyRenderer(site: site, plan: plan, themeAssets: themeAssets, diagnostics: local)
        for (index, body) in zip(rendered, bodyRenderer.renderEntries(only: rendered)) { entryBodies[index] = body }
        bodyRenderer.siteLinks.check(outputPaths: outputPaths, diagnostics: local)
        guard !local.hasErrors else { return .needsFullBuild("errors") }
        do {
            for index in rendered {
                cards[index] = try RenderedSnippets.card(plan.entries[index], entryBodies[index], theme: theme, contexts: contexts)
            }
        } catch {
            return .needsFullBuild("a card does not render")
        }
        // What lists show of an entry (its card, title and link) and where (its date orders them).
        let shownChanged = Set(rendered.compactMap { index -> String? in
            let entry = plan.entries[index], path = entry.document.sourcePath
            guard let before = self.plan.entryIndex[path] else { return path }
            let old = self.plan.entries[before].document
            let same = cards[index] == self.snippets.cards[before] && entry.document.title == old.title
                && entry.document.date?.instant == old.date?.instant && entry.document.tags == old.tags
            return same ? nil : path
        })
        let bodies = RenderedBodies(entries: entryBodies, projects: self.bodies.projects)
        let snippets = RenderedSnippets(cards: cards, projectRows: self.snippets.projectRows)
        timer.lap("markdown, cards")
        let lists = ListIndex(plan: plan)
        let renderer = SiteRenderer(site: site, plan: plan, theme: theme, urls: urls, now: self.now, contexts: contexts,
                                    bodies: bodies, tags: tags, lists: lists, snippets: snippets)
        let affected = AffectedPages(old: self.plan, new: plan, oldLists: self.lists, newLists: lists,
                                     changed: sourcePaths, shownChanged: shownChanged, projects: site.projects, paginate: site.config.paginate).paths()
        let jobs = renderer.jobs()
        timer.lap("jobs")
        let selected = jobs.filter { affected.contains($0.path) }
        guard let written = Self.run(selected, into: options.output, diagnostics: local) else { return .needsFullBuild("a page does not write") }
        timer.lap("render and write \(selected.count) pages")
        let sitemap = Data(Sitemap.xml(jobs.compactMap(\.sitemap)).utf8)
        guard (try? OutputFolder.write(sitemap, to: Route.sitemap.path, in: options.output)) != nil else { return .needsFullBuild("the sitemap does not write") }
        timer.lap("sitemap")

        for warning in local.warnings { diagnostics.report(warning) }
        self.options = options
        self.site = site
        self.plan = plan
        self.snippets = snippets
        self.bodies = bodies
        self.tags = tags
        self.lists = lists
        Timing.note("incremental", started: started, detail: "\(written + 1) files of \(jobs.count) jobs")
        let languages = Set(sourcePaths.compactMap { plan.entryIndex[$0].map { plan.entries[$0].language } })
        return .updated(files: written + 1, searchLanguages: languages.sorted())
    }

    /// Writes the search indexes of `languages` again, removing index files they no longer have.
    public func writeSearchIndexes(languages: [String], diagnostics: Diagnostics) {
        let started = Date()
        let jobs = SearchJobs.make(site: site, plan: plan, bodies: bodies, contexts: contexts, urls: urls)
            .filter { job in languages.contains { job.path == Route.searchIndex($0).path } }
        for job in jobs {
            do {
                let files = try job.make()
                let language = String(job.path.prefix { $0 != "/" })
                let folder = options.output.appendingPathComponent(language).appendingPathComponent(SearchIndexFormat.folder)
                let keep = Set(files.map(\.path))
                for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                where !keep.contains("\(language)/\(SearchIndexFormat.folder)\(name)") {
                    try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
                }
                for file in files { try OutputFolder.write(file.data, to: file.path, in: options.output) }
            } catch {
                diagnostics.error(job.path, .cannotWritePage(error.localizedDescription))
            }
        }
        Timing.note("search indexes", started: started, detail: languages.joined(separator: ","))
    }

    /// Makes the jobs on every core and writes their files; nil when one fails.
    private static func run(_ jobs: [PageJob], into output: URL, diagnostics: Diagnostics) -> Int? {
        let written = Parallel.map(jobs.count) { index -> Int? in
            do {
                let files = try jobs[index].make()
                for file in files { try OutputFolder.write(file.data, to: file.path, in: output) }
                return files.count
            } catch {
                return nil
            }
        }
        return written.contains(where: { $0 == nil }) ? nil : written.reduce(0) { $0 + ($1 ?? 0) }
    }
}

/// Writes into a built output folder in place, each file replaced in one step (written beside it, then
/// renamed over it) so that a reader sees the old file or the new one.
enum OutputFolder {
    static func write(_ data: Data, to relativePath: String, in output: URL) throws {
        guard OutputWriter.isContained(relativePath) else { throw FileSystem.Failure(path: relativePath, code: EINVAL) }
        let path = output.path + "/" + relativePath
        try FileSystem.makeFolders((path as NSString).deletingLastPathComponent)
        let temporary = (path as NSString).deletingLastPathComponent + "/.placard-\(getpid())-" + (path as NSString).lastPathComponent
        try FileSystem.write(data, to: temporary)
        try FileSystem.rename(temporary, path)
    }
}

/// Update times, on stderr when `PLACARD_TIMINGS` is set.
enum Timing {
    static func note(_ stage: String, started: Date, detail: String) {
        guard ProcessInfo.processInfo.environment["PLACARD_TIMINGS"] != nil else { return }
        let text = String(format: "timings: %@ %.3f s (%@)\n", stage, Date().timeIntervalSince(started), detail)
        FileHandle.standardError.write(Data(text.utf8))
    }
}

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
    /// Source path → index in `site.documents`, made at the first update.
    var documentPositions: [String: Int] = [:]
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
        let timer = StageTimer(enabled: options.timings || StageTimer.requested)
        defer { timer.report() }
        let local = Diagnostics()
        var options = self.options
        options.now = now
        guard Day(now) == self.now else { return .needsFullBuild("the day changed") }
        if documentPositions.isEmpty {
            documentPositions = Dictionary(uniqueKeysWithValues: site.documents.enumerated().map { ($1.sourcePath, $0) })
        }
        var documents = site.documents
        let loader = DocumentLoader(config: site.config, diagnostics: local)
        let boundary = SiteFolder(options.source)
        var sourcePaths: Set<String> = []
        var sameShape = true
        for path in changed {
            guard let position = documentPositions[path] else { return .needsFullBuild("\(path) is not an article or page") }
            let old = documents[position]
            guard let text = TextFile.read(options.source.appendingPathComponent(path), path: path, within: boundary, diagnostics: local),
                  let document = loader.load(text: text, path: path, kind: old.kind, fileSlug: old.fileSlug, language: old.language)
            else { return .needsFullBuild("\(path) does not load") }
            guard document.translationKey == old.translationKey, document.cover == old.cover,
                  document.kind != .page || document.title == old.title
            else { return .needsFullBuild("\(path): translation, cover or page title changed") }
            documents[position] = document
            sourcePaths.insert(path)
            sameShape = sameShape && Self.sameShape(old, document)
        }
        var site = self.site
        site.documents = documents
        timer.lap("load")

        var plan = self.plan, tags = self.tags, lists = self.lists
        if sameShape {
            // Same addresses, dates, publication, groups and tags: the old plan, lists and tags with the new
            // documents, and nothing the site validator checks changed.
            plan = plan.replacing(documents: documents, at: sourcePaths)
        } else {
            SiteValidator(site: site, diagnostics: local).validate()
            guard !local.hasErrors else { return .needsFullBuild("errors") }
            plan = SitePlan(site: site, urls: urls, options: options)
            guard Set(plan.entries.map(\.link)) == Set(self.plan.entries.map(\.link)),
                  plan.excludedLinks == self.plan.excludedLinks
            else { return .needsFullBuild("the published entries changed") }
            tags = TagIndex.make(plan)
            guard self.tags.mapValues({ Set($0.keys) }) == tags.mapValues({ Set($0.keys) }) else { return .needsFullBuild("the tags changed") }
            lists = ListIndex(plan: plan)
        }
        timer.lap("plan")

        guard let rendered = renderChanged(plan: plan, site: site, paths: sourcePaths, sameOrder: sameShape, diagnostics: local)
        else { return .needsFullBuild("errors") }
        let (bodies, snippets, shownChanged) = rendered
        timer.lap("markdown, cards")
        let renderer = SiteRenderer(site: site, plan: plan, theme: theme, urls: urls, now: self.now, contexts: contexts,
                                    bodies: bodies, tags: tags, lists: lists, snippets: snippets)
        let affected = AffectedPages(old: self.plan, new: plan, oldLists: self.lists, newLists: lists,
                                     changed: sourcePaths, shownChanged: shownChanged, projects: site.projects,
                                     paginate: site.config.paginate, feedItems: site.config.feedItems).routes()
        let affectedPaths = Set(affected.map(\.path))
        // The sitemap holds every page's address, alternates and date: it changes only with a date.
        let jobs = sameShape ? renderer.jobs(for: affected) : renderer.jobs()
        timer.lap("jobs")
        let selected = jobs.filter { affectedPaths.contains($0.path) }
        guard let written = Self.run(selected, into: options.output, diagnostics: local) else { return .needsFullBuild("a page does not write") }
        timer.lap("render and write \(selected.count) pages")
        var files = written
        if !sameShape {
            let sitemap = Data(Sitemap.xml(jobs.compactMap(\.sitemap)).utf8)
            guard (try? OutputFolder.write(sitemap, to: Route.sitemap.path, in: options.output)) != nil else { return .needsFullBuild("the sitemap does not write") }
            files += 1
            timer.lap("sitemap")
        }

        for warning in local.warnings { diagnostics.report(warning) }
        self.options = options
        self.site = site
        self.plan = plan
        self.snippets = snippets
        self.bodies = bodies
        self.tags = tags
        self.lists = lists
        Timing.note("incremental", started: started, detail: "\(files) files")
        let languages = Set(sourcePaths.compactMap { plan.entryIndex[$0].map { plan.entries[$0].language } })
        return .updated(files: files, searchLanguages: languages.sorted())
    }

    /// Whether a document changed nothing that places it: address, date, publication, groups, tags.
    private static func sameShape(_ old: Document, _ new: Document) -> Bool {
        Route.entry(old) == Route.entry(new) && old.draft == new.draft && old.date?.instant == new.date?.instant
            && old.groups == new.groups && old.tags == new.tags
    }

    /// The bodies and cards for `plan`: those of the documents at `paths` rendered again, the others kept.
    /// Also the paths whose card, title, date or tags changed: what lists show of an entry. Nil on errors.
    private func renderChanged(plan: SitePlan, site: Site, paths: Set<String>, sameOrder: Bool, diagnostics local: Diagnostics)
        -> (RenderedBodies, RenderedSnippets, Set<String>)? {
        var entryBodies = bodies.entries, cards = snippets.cards, rendered: [Int] = []
        if sameOrder {
            rendered = paths.compactMap { plan.entryIndex[$0] }.sorted()
        } else {
            entryBodies = [EntryBody](repeating: EntryBody(), count: plan.entries.count)
            cards = [String](repeating: "", count: plan.entries.count)
            for index in plan.entries.indices {
                let path = plan.entries[index].document.sourcePath
                guard !paths.contains(path), let before = self.plan.entryIndex[path] else {
                    rendered.append(index)
                    continue
                }
                entryBodies[index] = bodies.entries[before]
                cards[index] = snippets.cards[before]
            }
        }
        let bodyRenderer = BodyRenderer(site: site, plan: plan, themeAssets: themeAssets, diagnostics: local)
        for (index, body) in zip(rendered, bodyRenderer.renderEntries(only: rendered)) { entryBodies[index] = body }
        bodyRenderer.siteLinks.check(outputPaths: outputPaths, diagnostics: local)
        guard !local.hasErrors else { return nil }
        do {
            for index in rendered {
                cards[index] = try RenderedSnippets.card(plan.entries[index], entryBodies[index], theme: theme, contexts: contexts)
            }
        } catch {
            return nil
        }
        let shownChanged = Set(rendered.compactMap { index -> String? in
            let entry = plan.entries[index], path = entry.document.sourcePath
            guard let before = self.plan.entryIndex[path] else { return path }
            let old = self.plan.entries[before].document
            let same = cards[index] == self.snippets.cards[before] && entry.document.title == old.title
                && entry.document.date?.instant == old.date?.instant && entry.document.tags == old.tags
            return same ? nil : path
        })
        return (RenderedBodies(entries: entryBodies, projects: bodies.projects),
                RenderedSnippets(cards: cards, projectRows: snippets.projectRows), shownChanged)
    }

    /// Writes the search indexes of `languages` again: the files whose bytes changed, removing those they no longer have.
    /// `digests`: file → hash of the bytes an earlier call wrote there (within one process, a hash tells an unchanged file).
    func writeSearchIndexes(languages: [String], digests searchDigests: inout [String: Int], diagnostics: Diagnostics) {
        let started = Date()
        let jobs = SearchJobs.make(site: site, plan: plan, bodies: bodies, contexts: contexts, urls: urls)
            .filter { job in languages.contains { job.path == Route.searchIndex($0).path } }
        var written = 0
        for job in jobs {
            do {
                let files = try job.make()
                let language = String(job.path.prefix { $0 != "/" })
                let folder = options.output.appendingPathComponent(language).appendingPathComponent(SearchIndexFormat.folder)
                let keep = Set(files.map(\.path))
                for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                where !keep.contains("\(language)/\(SearchIndexFormat.folder)\(name)") {
                    try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
                    searchDigests["\(language)/\(SearchIndexFormat.folder)\(name)"] = nil
                }
                for file in files {
                    let digest = Self.digest(file.data)
                    guard searchDigests[file.path] != digest else { continue }
                    try OutputFolder.write(file.data, to: file.path, in: options.output)
                    searchDigests[file.path] = digest
                    written += 1
                }
            } catch {
                diagnostics.error(job.path, .cannotWritePage(error.localizedDescription))
            }
        }
        Timing.note("search indexes", started: started, detail: "\(languages.joined(separator: ",")): \(written) files written")
    }

    /// A hash of every byte (`Data.hashValue` looks at the first few only).
    private static func digest(_ data: Data) -> Int {
        var hasher = Hasher()
        data.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
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
        guard StageTimer.requested else { return }
        let text = String(format: "timings: %@ %.3f s (%@)\n", stage, Date().timeIntervalSince(started), detail)
        FileHandle.standardError.write(Data(text.utf8))
    }
}

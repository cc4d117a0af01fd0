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
    /// The theme's static files, path in `static/` → output path.
    let themeFiles: [String: String]
    /// Every file the build made (pages, feeds, search indexes, theme files, sitemap): what links may point to.
    let outputPaths: Set<String>
    /// Source path → index in `site.documents`, made at the first update.
    var documentPositions: [String: Int] = [:]
}

/// What an update of a built site did.
public enum IncrementalOutcome: Sendable, Equatable {
    /// The files that changed were written (`files` of them); the search indexes of `searchLanguages`
    /// are still those of before (see `BuiltSite.searchIndexSources`).
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
        guard !futureCameDue(at: now) else { return .needsFullBuild("an entry dated with a time came due") }
        if documentPositions.isEmpty { indexDocuments() }
        let loader = DocumentLoader(config: site.config, diagnostics: local)
        let boundary = SiteFolder(options.source)
        var loaded: [(position: Int, document: Document)] = []
        var sourcePaths: Set<String> = []
        var sameShape = true
        for path in changed {
            guard let position = documentPositions[path] else { return .needsFullBuild("\(path) is not an article or page") }
            let old = site.documents[position]
            guard let text = TextFile.read(options.source.appendingPathComponent(path), path: path, within: boundary, diagnostics: local),
                  let document = loader.load(text: text, path: path, kind: old.kind, fileSlug: old.fileSlug, language: old.language)
            else { return .needsFullBuild("\(path) does not load") }
            guard document.translationKey == old.translationKey, document.cover == old.cover,
                  document.kind != .page || document.title == old.title
            else { return .needsFullBuild("\(path): translation, cover or page title changed") }
            loaded.append((position, document))
            sourcePaths.insert(path)
            sameShape = sameShape && Self.sameShape(old, document)
        }
        timer.lap("load")
        if sameShape {
            guard let files = updateInPlace(loaded, paths: sourcePaths, output: options.output, timer: timer, diagnostics: local)
            else { return .needsFullBuild("errors") }
            return finish(options: options, paths: sourcePaths, files: files, warnings: local, diagnostics: diagnostics, started: started)
        }
        var site = self.site
        for (position, document) in loaded { site.documents[position] = document }
        SiteValidator(site: site, diagnostics: local).validate()
        guard !local.hasErrors else { return .needsFullBuild("errors") }
        let plan = SitePlan(site: site, urls: urls, options: options)
        guard Set(plan.entries.map(\.link)) == Set(self.plan.entries.map(\.link)),
              plan.excludedLinks == self.plan.excludedLinks
        else { return .needsFullBuild("the published entries changed") }
        let tags = TagIndex.make(plan)
        guard self.tags.mapValues({ Set($0.keys) }) == tags.mapValues({ Set($0.keys) }) else { return .needsFullBuild("the tags changed") }
        let lists = ListIndex(plan: plan)
        timer.lap("plan")

        guard let rendered = renderChanged(plan: plan, site: site, paths: sourcePaths, diagnostics: local)
        else { return .needsFullBuild("errors") }
        let (bodies, snippets, shownChanged) = rendered
        timer.lap("markdown, cards")
        let renderer = SiteRenderer(site: site, plan: plan, theme: theme, urls: urls, now: self.now, contexts: contexts,
                                    bodies: bodies, tags: tags, lists: lists, snippets: snippets)
        let affected = Set(AffectedPages(old: self.plan, new: plan, oldLists: self.lists, newLists: lists,
                                         changed: sourcePaths, shownChanged: shownChanged, projects: site.projects,
                                         paginate: site.config.paginate, feedItems: site.config.feedItems).paths())
        let jobs = renderer.jobs()
        timer.lap("jobs")
        let selected = jobs.filter { affected.contains($0.path) }
        guard let written = Self.run(selected, into: options.output) else { return .needsFullBuild("a page does not write") }
        timer.lap("render and write \(selected.count) pages")
        // The sitemap holds every page's address, alternates and date.
        let sitemaps = Sitemap.files(jobs.compactMap(\.sitemap), partURL: { urls.absolute(urls.fileLink([Sitemap.partPath($0)])) })
        for file in sitemaps {
            guard (try? OutputFolder.write(Data(file.text.utf8), to: file.path, in: options.output)) != nil else { return .needsFullBuild("the sitemap does not write") }
        }
        timer.lap("sitemap")
        self.site = site
        self.plan = plan
        self.snippets = snippets
        self.bodies = bodies
        self.tags = tags
        self.lists = lists
        return finish(options: options, paths: sourcePaths, files: written + sitemaps.count, warnings: local, diagnostics: diagnostics, started: started)
    }

    private mutating func finish(options: BuildOptions, paths: Set<String>, files: Int, warnings local: Diagnostics,
                                 diagnostics: Diagnostics, started: Date) -> IncrementalOutcome {
        for warning in local.warnings { diagnostics.report(warning) }
        self.options = options
        Timing.note("incremental", started: started, detail: "\(files) files")
        let languages = Set(paths.compactMap { plan.entryIndex[$0].map { plan.entries[$0].language } })
        return .updated(files: files, searchLanguages: languages.sorted())
    }

    /// The usual edit: the changed documents keep their address, date, publication, groups and tags, so the
    /// plan, lists and tags stay, with the new documents, and nothing the site validator checks changed. The
    /// site's arrays are changed in place, not copied (at 10,000 articles copying them costs more than
    /// rendering the page), and put back on failure. Returns the number of files written; nil on errors.
    private mutating func updateInPlace(_ loaded: [(position: Int, document: Document)], paths: Set<String>, output: URL,
                                        timer: StageTimer, diagnostics local: Diagnostics) -> Int? {
        let indices = paths.compactMap { plan.entryIndex[$0] }.sorted()
        let before = indices.map { (document: plan.entries[$0].document, body: bodies.entries[$0], card: snippets.cards[$0]) }
        let documentsBefore = loaded.map { (position: $0.position, document: site.documents[$0.position]) }
        setDocuments(loaded)
        timer.lap("plan")
        guard let (rendered, cards) = renderEntries(indices, plan: plan, site: site, diagnostics: local) else {
            setDocuments(documentsBefore)
            return nil
        }
        setBodies(rendered, cards: cards, at: indices)
        let shownChanged = Set(indices.indices.compactMap { n -> String? in
            let old = before[n].document, new = plan.entries[indices[n]].document
            return cards[n] == before[n].card && new.title == old.title ? nil : new.sourcePath
        })
        timer.lap("markdown, cards")
        let renderer = SiteRenderer(site: site, plan: plan, theme: theme, urls: urls, now: now, contexts: contexts,
                                    bodies: bodies, tags: tags, lists: lists, snippets: snippets)
        let routes = AffectedPages(old: plan, new: plan, oldLists: lists, newLists: lists, changed: paths, shownChanged: shownChanged,
                                   projects: site.projects, paginate: site.config.paginate, feedItems: site.config.feedItems).routes()
        let affected = Set(routes.map(\.path))
        let jobs = renderer.jobs(for: routes).filter { affected.contains($0.path) }
        timer.lap("jobs")
        guard let written = Self.run(jobs, into: output) else {
            setDocuments(documentsBefore)
            setBodies(before.map(\.body), cards: before.map(\.card), at: indices)
            return nil
        }
        timer.lap("render and write \(jobs.count) pages")
        return written
    }

    /// Puts documents into the site and, when published, the plan, in place.
    private mutating func setDocuments(_ documents: [(position: Int, document: Document)]) {
        for (position, document) in documents {
            site.documents[position] = document
            if let index = plan.entryIndex[document.sourcePath] { plan.setDocument(document, at: index) }
        }
    }

    /// Puts bodies and cards at entry indices, in place: the arrays are moved out of `self` first, so that
    /// changing them does not copy them.
    private mutating func setBodies(_ newBodies: [EntryBody], cards newCards: [String], at indices: [Int]) {
        var entries = bodies.entries, cards = snippets.cards
        bodies = RenderedBodies(entries: [], projects: bodies.projects)
        snippets = RenderedSnippets(cards: [], projectRows: snippets.projectRows)
        for (n, index) in indices.enumerated() {
            entries[index] = newBodies[n]
            cards[index] = newCards[n]
        }
        bodies = RenderedBodies(entries: entries, projects: bodies.projects)
        snippets = RenderedSnippets(cards: cards, projectRows: snippets.projectRows)
    }

    /// Whether an article or page left out as future (dated with a time of day, or a day that has
    /// now begun) is due at `now` though it was not at the last build or update: a full build publishes it.
    private func futureCameDue(at now: Date) -> Bool {
        guard !options.includeFuture else { return false }
        let today = options.nowDay ?? Day(now)
        return site.documents.contains { document in
            guard let date = document.date else { return false }
            return date.isFuture(now: options.now, today: options.today) && !date.isFuture(now: now, today: today)
        }
    }

    /// Makes `documentPositions` (serve does it after a full build, not at the first save).
    mutating func indexDocuments() {
        documentPositions = Dictionary(uniqueKeysWithValues: site.documents.enumerated().map { ($1.sourcePath, $0) })
    }

    /// Whether a document changed nothing that places it: address, date, publication, groups, tags.
    private static func sameShape(_ old: Document, _ new: Document) -> Bool {
        Route.entry(old) == Route.entry(new) && old.draft == new.draft && old.date == new.date
            && old.groups == new.groups && old.tags == new.tags
    }

    /// The bodies and cards of the entries at `indices` of `plan`, their site links checked; nil on errors.
    private func renderEntries(_ indices: [Int], plan: SitePlan, site: Site, diagnostics local: Diagnostics) -> ([EntryBody], [String])? {
        let bodyRenderer = BodyRenderer(site: site, plan: plan, themeFiles: themeFiles, diagnostics: local)
        let rendered = bodyRenderer.renderEntries(only: indices)
        bodyRenderer.siteLinks.check(outputPaths: outputPaths, diagnostics: local)
        guard !local.hasErrors else { return nil }
        var cards: [String] = []
        for (n, index) in indices.enumerated() {
            guard let card = try? RenderedSnippets.card(plan.entries[index], rendered[n], theme: theme, contexts: contexts) else { return nil }
            cards.append(card)
        }
        return (rendered, cards)
    }

    /// The bodies and cards for `plan`: those of the documents at `paths` rendered again, the others kept.
    /// Also the paths whose card, title, date or tags changed: what lists show of an entry. Nil on errors.
    private func renderChanged(plan: SitePlan, site: Site, paths: Set<String>, diagnostics local: Diagnostics)
        -> (RenderedBodies, RenderedSnippets, Set<String>)? {
        var entryBodies = [EntryBody](repeating: EntryBody(), count: plan.entries.count)
        var cards = [String](repeating: "", count: plan.entries.count)
        var rendered: [Int] = []
        for index in plan.entries.indices {
            let path = plan.entries[index].document.sourcePath
            guard !paths.contains(path), let before = self.plan.entryIndex[path] else {
                rendered.append(index)
                continue
            }
            entryBodies[index] = bodies.entries[before]
            cards[index] = snippets.cards[before]
        }
        guard let (renderedBodies, renderedCards) = renderEntries(rendered, plan: plan, site: site, diagnostics: local) else { return nil }
        for (n, index) in rendered.enumerated() {
            entryBodies[index] = renderedBodies[n]
            cards[index] = renderedCards[n]
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

    /// Makes the jobs on every core and writes their files; nil when one fails.
    private static func run(_ jobs: [PageJob], into output: URL) -> Int? {
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

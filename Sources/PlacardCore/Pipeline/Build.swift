import Foundation

/// What a finished build reports in its summary line.
public struct BuildSummary: Sendable {
    public var languages: Int
    public var articles: Int
    public var projects: Int
    public var pages: Int
    public var files: Int
    public var seconds: Double
    /// Drafts, future-dated articles and future-dated pages left out of this build.
    public var drafts = 0
    public var future = 0
    public var futurePages = 0

    public var message: Message {
        .builtSummary(languages: languages, articles: articles, projects: projects, pages: pages, files: files,
                      seconds: seconds, drafts: drafts, future: future, futurePages: futurePages)
    }

    /// The summary line in English.
    public var line: String { message.en }
}

/// The stages of a build, in order: load, plan, render Markdown, render and write pages, swap.
/// Each stage that finds problems in the content stops the build after reporting all of them.
public enum Build {
    /// Builds the site; nil when the content has errors (they are in `diagnostics`, and the previous
    /// output is untouched). With `write: false` everything is checked and nothing is written.
    /// `keep` receives the loaded and rendered site of a build that succeeded (what `placard serve`
    /// updates in place when one article changes).
    public static func run(_ options: BuildOptions, diagnostics: Diagnostics, write: Bool = true,
                           progress: (@Sendable (Int, Int) -> Void)? = nil, keep: ((BuiltSite) -> Void)? = nil) -> BuildSummary? {
        let start = Date()
        let timer = StageTimer(enabled: options.timings)
        defer { timer.report() }
        // A good `--base-url` stands in for site.yml's, which then need not be there or be right.
        let baseURL = options.baseURL.flatMap { BaseURL.problem($0) == nil ? $0 : nil }
        guard let config = SiteConfigLoader.load(root: options.source, baseURL: baseURL, diagnostics: diagnostics) else { return nil }
        let themeName = options.theme ?? config.theme
        // Problems found so far do not stop the stages that can still run: one run reports them all.
        let themeNamedAt = options.theme == nil ? (SiteConfigLoader.path, config.themeLine) : ("--theme", nil)
        // The theme needs site.yml alone: it is read while the content loads, whose first steps
        // (listing the files, reading the project lists) leave a core idle. Its problems are
        // collected apart: whether the theme loaded is told by whether it reported an error.
        let themeDiagnostics = Diagnostics()
        let (loadedSite, loadedTheme) = Parallel.both({
            SiteLoader.load(root: options.source, config: config, output: options.output, diagnostics: diagnostics)
        }, {
            ThemeLoader.load(name: themeName, siteRoot: options.source, namedAt: themeNamedAt, languages: config.languages,
                             siteHost: URL(string: config.baseURL)?.host, diagnostics: themeDiagnostics)
        })
        for problem in themeDiagnostics.all { diagnostics.report(problem) }
        var site = loadedSite
        TestHook.pause(at: "load")
        if let baseURL = options.baseURL, let problem = BaseURL.problem(baseURL) {
            diagnostics.error("--base-url", problem)
        }
        timer.lap("load and theme")
        let urls = URLs(baseURL: site.config.baseURL)
        var plan = SitePlan(site: site, urls: urls, options: options)
        var bodies: RenderedBodies, siteLinks: SiteLinks
        let themeFiles = StaticAssets.outputPaths(loadedTheme?.staticFiles ?? [])
        do {
            let bodyRenderer = BodyRenderer(site: site, plan: plan, themeFiles: themeFiles, diagnostics: diagnostics)
            bodies = bodyRenderer.render()
            siteLinks = bodyRenderer.siteLinks
        }
        guard let theme = loadedTheme else { return nil }
        guard !diagnostics.hasErrors else {
            // No page is made, but root-absolute links are still checked against the paths the pages
            // would have: one run reports every problem.
            let renderer = SiteRenderer(site: site, plan: plan, theme: theme, urls: urls, now: options.today,
                                        contexts: contexts(site: site, plan: plan, urls: urls, theme: theme),
                                        bodies: bodies, tags: TagIndex.make(plan), lists: ListIndex(plan: plan),
                                        snippets: RenderedSnippets(cards: plan.entries.map { _ in "" }, projectRows: [:]))
            let jobs = renderer.jobs()
            checkFilesHidePages(site: site, jobs: jobs, urls: urls, theme: theme, diagnostics: diagnostics)
            // The search index's entry files are not planned here, and tag pages depend on files that may have failed.
            let entries = site.config.languages.map { Route.searchIndex($0.code).path }
            siteLinks.check(outputPaths: outputPaths(jobs, theme: theme).union(entries), diagnostics: diagnostics, unsure: true)
            return nil
        }
        // `serve` keeps the site to render changed documents again; a build needs the Markdown no more.
        if keep == nil {
            site.forgetMarkdown()
            plan.forgetMarkdown()
        }
        timer.lap("markdown")

        let now = options.today
        let contexts = contexts(site: site, plan: plan, urls: urls, theme: theme)
        let writer: OutputWriter?
        if write, let problem = OutputWriter.problem(output: options.output, site: options.source) {
            diagnostics.error(options.output.path, problem)
            return nil
        }
        do {
            writer = write ? try OutputWriter(output: options.output) : nil
        } catch {
            diagnostics.error(options.output.path, .cannotWriteOutput(error.localizedDescription))
            return nil
        }
        // The search indexes are the longest jobs: started now, they run while the pages are planned
        // and overlap with the pages instead of finishing alone at the end.
        let searchJobs = SearchSchedule.jobs(site: site, plan: plan, bodies: bodies, contexts: contexts, urls: urls)
        let runner = JobRunner(writer: writer, diagnostics: diagnostics, progress: progress)
        runner.add(searchJobs.now)
        /// Waits for the jobs already started and removes what they wrote: the build stops.
        func abandon() -> BuildSummary? {
            runner.finish()
            writer?.discard()
            return nil
        }
        let outputPaths: Set<String>, sitemapEntries: [SitemapEntry], pageCount: Int, built: BuiltSite?
        do {
            let snippets: RenderedSnippets
            do {
                snippets = try RenderedSnippets(plan: plan, bodies: bodies.entries, projects: site.projects, theme: theme,
                                                contexts: contexts, now: now)
            } catch {
                diagnostics.error("templates/card.mustache", .cardsUnrenderable("\(error)"))
                return abandon()
            }
            // `serve` keeps the bodies' HTML to render changed pages again; a build frees each with its page.
            let renderer = SiteRenderer(site: site, plan: plan, theme: theme, urls: urls, now: now, contexts: contexts,
                                        bodies: bodies, tags: TagIndex.make(plan), lists: ListIndex(plan: plan),
                                        snippets: snippets, everyPage: true, handOverBodies: keep == nil)
            let pageJobs = renderer.jobs()
            let jobs = searchJobs.now + searchJobs.afterPages + pageJobs
            outputPaths = Self.outputPaths(jobs, theme: theme)
            checkFilesHidePages(site: site, jobs: jobs, urls: urls, theme: theme, diagnostics: diagnostics)
            siteLinks.check(outputPaths: outputPaths, diagnostics: diagnostics)
            guard !diagnostics.hasErrors else { return abandon() }
            sitemapEntries = jobs.compactMap(\.sitemap)
            pageCount = jobs.filter { $0.path.hasSuffix(".html") }.count
            built = keep.map { _ in
                BuiltSite(options: options, site: site, theme: theme, urls: urls, now: now, plan: plan, contexts: contexts,
                          bodies: bodies, snippets: snippets, tags: renderer.tags, lists: renderer.lists,
                          themeFiles: themeFiles, outputPaths: outputPaths)
            }
            runner.add(pageJobs)
        }
        // From here the page jobs hold the renderer and the cards, and the runner lets each job go
        // once it has run: a body's HTML is freed with its page, while the search indexes (which
        // hold their documents only) go on.
        bodies = RenderedBodies(entries: [], projects: [:])
        timer.lap("plan pages")
        // The search indexes count as one job, as when they were always one.
        let searchCount = searchJobs.now.count + searchJobs.afterPages.count
        let written = runner.finish(adding: searchJobs.afterPages) - searchCount + min(searchCount, 1)
        timer.lap("render and write pages")
        if let writer {
            copyFiles(site: site, theme: theme, source: options.source, writer: writer, diagnostics: diagnostics)
            for file in Sitemap.files(sitemapEntries, partURL: { urls.absolute(urls.fileLink([Sitemap.partPath($0)])) }) {
                try? writer.write(file.text, to: file.path)
            }
            try? writer.write(Sitemap.robots(sitemap: urls.absolute(.sitemap)), to: Route.robots.path)
        }
        guard !diagnostics.hasErrors else {
            writer?.discard()
            return nil
        }
        timer.lap("copy files, sitemap")
        do {
            try writer?.commit()
            timer.lap("swap output")
        } catch {
            diagnostics.error(options.output.path, .cannotSwapOutput(error.localizedDescription))
            writer?.discard()
            return nil
        }
        if let keep, let built { keep(built) }
        return BuildSummary(languages: site.config.languages.count,
                            articles: plan.entries.filter { $0.seriesKey != nil }.count,
                            projects: site.projects.count,
                            pages: pageCount,
                            files: writer?.writtenFiles ?? written,
                            seconds: Date().timeIntervalSince(start),
                            drafts: plan.leftOutDrafts, future: plan.leftOutFuture, futurePages: plan.leftOutFuturePages)
    }

    /// Each language's strings, links and footer pages, as the templates see them.
    private static func contexts(site: Site, plan: SitePlan, urls: URLs, theme: Theme) -> [String: LanguageContext] {
        let footerPages = Dictionary(grouping: plan.entries.filter { $0.document.kind == .page }, by: \.language)
        return Dictionary(uniqueKeysWithValues: site.config.languages.map { language in
            let pages = (footerPages[language.code] ?? []).sorted { $0.document.slug < $1.document.slug }
            return (language.code, LanguageContext(language: language, config: site.config, urls: urls, theme: theme,
                                                   footerPages: pages.map { ($0.document.title, $0.link) }))
        })
    }

    /// A file of `content/` copied to where a page, feed or index of the build goes (the sitemap and
    /// robots.txt too) would replace it; so would a theme's static file there (`static/zh/index.html`),
    /// though one at another theme file's path replaces that file (`copyFiles`). A content file that
    /// stands where the build makes a folder (`content/en`), or inside a file the build makes
    /// (`content/zh/feed.xml/old.xml`), could not be copied either: it is reported the same way.
    private static func checkFilesHidePages(site: Site, jobs: [PageJob], urls: URLs, theme: Theme, diagnostics: Diagnostics) {
        let made = Set(jobs.flatMap { [$0.path] + $0.otherPaths } + [Route.sitemap.path, Route.robots.path])
        /// The address of an output path, a page's folder for its `index.html`.
        func link(_ path: String) -> String {
            let page = path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path
            return urls.fileLink(page.split(separator: "/").map(String.init)) + (page.hasSuffix("/") ? "/" : "")
        }
        let assets = site.assetPaths
        let own = Set(assets)
        for file in theme.staticFiles where (made.contains(file.path) || isSitemapPart(file.path)) && !own.contains(file.path) {
            let origin = theme.staticOrigins[file.path] ?? file.path
            diagnostics.error(origin, .fileHidesPage(origin, page: link(file.path)))
        }
        guard !assets.isEmpty else { return }
        let folders = Set(made.union(theme.staticFiles.map(\.path)).flatMap(Self.folders(of:)))
        for asset in assets {
            let file = "content/" + asset
            if made.contains(asset) || isSitemapPart(asset) {
                diagnostics.error(file, .fileHidesPage(file, page: link(asset)))
            } else if folders.contains(Substring(asset)) {
                diagnostics.error(file, .fileWhereFolderIs(file, folder: link(asset + "/")))
            } else if let outer = Self.folders(of: asset).first(where: { made.contains(String($0)) }) {
                diagnostics.error(file, .fileInsideMadeFile(file, made: link(String(outer))))
            }
        }
    }

    /// `a`, `a/b` for `a/b/c.png`.
    private static func folders(of path: String) -> [Substring] {
        path.utf8.indices.filter { path.utf8[$0] == UInt8(ascii: "/") }.map { path[..<$0] }
    }

    /// `sitemap-3.xml`: where a large site's sitemap continues (`Sitemap.partPath`).
    private static func isSitemapPart(_ path: String) -> Bool {
        guard path.hasPrefix("sitemap-"), path.hasSuffix(".xml") else { return false }
        let number = path.dropFirst("sitemap-".count).dropLast(".xml".count)
        return !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Every path the build writes (relative to the output folder), for checking root-absolute links.
    private static func outputPaths(_ jobs: [PageJob], theme: Theme) -> Set<String> {
        Set(jobs.flatMap { [$0.path] + $0.otherPaths } + theme.staticFiles.map(\.path) + [Route.sitemap.path, Route.robots.path])
    }

    /// Copies the content's files, then the theme's static files but those a content file of the
    /// same path replaces (`content/gov-badge.svg` for the theme's badge), as a Hugo site's own
    /// `static/` files replace its theme's.
    private static func copyFiles(site: Site, theme: Theme, source: URL, writer: OutputWriter, diagnostics: Diagnostics) {
        let content = source.appendingPathComponent("content")
        let boundary = SiteFolder(source)
        let assets = site.assetPaths
        Parallel.forEach(assets.count) { index in
            do {
                try writer.copy(from: content.appendingPathComponent(assets[index]), to: assets[index], within: boundary)
            } catch {
                diagnostics.error("content/" + assets[index], .cannotCopy(error.localizedDescription))
            }
        }
        let own = Set(assets)
        for file in theme.staticFiles where !own.contains(file.path) {
            do {
                try writer.write(file.data, to: file.path)
            } catch {
                diagnostics.error(file.path, .cannotWriteThemeFile(error.localizedDescription))
            }
        }
    }
}

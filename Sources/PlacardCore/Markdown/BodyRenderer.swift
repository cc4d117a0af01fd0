import Foundation

/// An article's or page's body, rendered: what its page, the lists, feeds and search show.
struct EntryBody: Sendable {
    var html = ""
    var plainText = ""
    var summary = ""
    var readingMinutes = 1
    /// Root-relative link of the cover image.
    var coverLink: String?
}

/// Every Markdown body of a build, rendered.
struct RenderedBodies: Sendable {
    /// One per entry of the plan, at the entry's index in `SitePlan.entries`.
    let entries: [EntryBody]
    /// Project id → language code → body.
    let projects: [String: [String: ProjectBody]]
}

/// A project's body in one language.
struct ProjectBody: Sendable {
    let html: String
    let plainText: String
}

/// Renders every Markdown body (articles, pages, project bodies) on every core, rewriting relative
/// links and reporting broken ones with their file line.
struct BodyRenderer {
    let site: Site
    let plan: SitePlan
    let diagnostics: Diagnostics
    /// Root-absolute links left to check against the built site.
    let siteLinks = SiteLinks()
    private let filesWithErrors: Set<String>
    private let themeAssets: [String: String]

    init(site: Site, plan: SitePlan, themeAssets: [String: String], diagnostics: Diagnostics) {
        self.site = site
        self.themeAssets = themeAssets
        self.plan = plan
        self.diagnostics = diagnostics
        filesWithErrors = Set(diagnostics.errors.map(\.path))
    }

    private func resolver(_ plan: SitePlan) -> LinkResolver {
        LinkResolver(plan: plan, filesWithErrors: filesWithErrors, themeAssets: themeAssets)
    }

    private var markdown: MarkdownRenderer { MarkdownRenderer(options: MarkdownOptions(unsafe: site.config.markdownUnsafe)) }

    /// Every body, rendered; what the later stages read instead of Markdown.
    func render() -> RenderedBodies {
        checkUnpublishedLinks()
        return RenderedBodies(entries: renderEntries(), projects: renderProjects())
    }

    /// Reports the broken links of files left out for errors in their front matter: one run
    /// reports every problem, not the front matter's first and the links' after it is fixed.
    private func checkUnpublishedLinks() {
        let resolver = resolver(plan)
        let renderer = markdown
        let bodies = site.unpublishedBodies
        Parallel.forEach(bodies.count) { index in
            let body = bodies[index]
            let rendered = renderer.render(body.body) { destination, _ in resolver.resolve(destination, from: body.sourcePath) }
            report(rendered.issues, path: body.sourcePath, firstLine: body.bodyLine, diagnostics: diagnostics)
        }
    }

    /// One body per entry of the plan, in the plan's order.
    /// With `only` (indices into the plan's entries), the bodies of those entries, in that order.
    func renderEntries(only indices: [Int]? = nil) -> [EntryBody] {
        let resolver = resolver(plan)
        let renderer = markdown
        let diagnostics = diagnostics
        let siteLinks = siteLinks
        return Parallel.map(indices.map { $0.map { plan.entries[$0] } } ?? plan.entries) { entry in
            let document = entry.document
            let rendered = renderer.render(document.body) { destination, _ in
                resolver.resolve(destination, from: document.sourcePath)
            }
            report(rendered.issues, path: document.sourcePath, firstLine: document.bodyLine, diagnostics: diagnostics)
            var body = EntryBody(html: rendered.html, plainText: rendered.plainText,
                                 summary: document.summary ?? Summary.make(from: rendered.firstParagraph),
                                 readingMinutes: ReadingTime.minutes(for: rendered.plainText))
            if let cover = document.cover {
                switch resolver.resolve(cover, from: document.sourcePath) {
                case .keep: diagnostics.error(document.sourcePath, line: document.keyLines["cover"], .coverNotInSite(cover))
                case .rewrite(let link), .rewriteWithWarning(let link, _): body.coverLink = link
                case .rewriteToCheck(let link, let sitePath):
                    body.coverLink = link
                    siteLinks.add(.init(path: document.sourcePath, line: document.keyLines["cover"], destination: cover, sitePath: sitePath))
                case .broken:
                    diagnostics.error(document.sourcePath, line: document.keyLines["cover"], .coverMissing(cover))
                }
            }
            return body
        }
    }

    /// Project id → language → rendered body (HTML for the page, plain text for search).
    func renderProjects() -> [String: [String: ProjectBody]] {
        let resolver = resolver(plan)
        let renderer = markdown
        let diagnostics = diagnostics
        let projects = site.projects.filter { $0.body != nil }
        let codes = site.config.languages.map(\.code)
        let results = Parallel.map(projects) { project in
            var bodies: [String: ProjectBody] = [:]
            for code in codes {
                guard let body = project.body?.value(code, fallbacks: codes) else { continue }
                let rendered = renderer.render(body) { destination, _ in
                    resolver.resolve(destination, from: project.sourcePath)
                }
                report(rendered.issues, path: project.sourcePath, firstLine: project.line, diagnostics: diagnostics, exactLine: true)
                bodies[code] = ProjectBody(html: rendered.html, plainText: rendered.plainText)
            }
            return bodies
        }
        return Dictionary(uniqueKeysWithValues: zip(projects.map(\.id), results))
    }

    /// `firstLine` is the file line of the Markdown's first line; for project bodies (inside YAML or CSV)
    /// the project's line is the best known.
    private func report(_ issues: [MarkdownIssue], path: String, firstLine: Int, diagnostics: Diagnostics, exactLine: Bool = false) {
        for issue in issues {
            let line = exactLine ? firstLine : firstLine + issue.line - 1
            switch issue.kind {
            case .brokenLink(let destination):
                let written = String(destination.prefix { $0 != "#" && $0 != "?" })
                if LinkResolver.isRootAbsolute(destination) || LinkResolver.join(folderOf: path, written.removingPercentEncoding ?? written) == nil {
                    diagnostics.error(path, line: line, .linkOutsideSite(destination))
                } else {
                    let target = LinkResolver.join(folderOf: path, written.removingPercentEncoding ?? written) ?? written
                    diagnostics.error(path, line: line, .brokenLink(destination, target: target))
                }
            case .siteLink(let destination, let sitePath):
                siteLinks.add(.init(path: path, line: line, destination: destination, sitePath: sitePath))
            case .linkWarning(let message):
                diagnostics.warning(path, line: line, message)
            case .imageWithoutAlt(let destination):
                diagnostics.warning(path, line: line, .imageWithoutAlt(destination))
            }
        }
    }
}

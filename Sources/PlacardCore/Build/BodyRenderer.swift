import Foundation

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

    /// Renders the bodies of all entries, or of the entries at `only` (the others keep theirs).
    func renderEntries(_ plan: inout SitePlan, only: [Int]? = nil) {
        let resolver = resolver(plan)
        let renderer = markdown
        let diagnostics = diagnostics
        plan.entries.withUnsafeMutableBufferPointer { buffer in
            let entries = buffer
            DispatchQueue.concurrentPerform(iterations: only?.count ?? entries.count) { position in
                let index = only?[position] ?? position
                var entry = entries[index]
                let document = entry.document
                let rendered = renderer.render(document.body) { destination, _ in
                    resolver.resolve(destination, from: document.sourcePath)
                }
                report(rendered.issues, path: document.sourcePath, firstLine: document.bodyLine, diagnostics: diagnostics)
                entry.html = rendered.html
                entry.plainText = rendered.plainText
                entry.summary = document.summary ?? Summary.make(from: rendered.firstParagraph)
                entry.readingMinutes = ReadingTime.minutes(for: rendered.plainText)
                if let cover = document.cover {
                    switch resolver.resolve(cover, from: document.sourcePath) {
                    case .keep: entry.coverLink = cover
                    case .rewrite(let link), .rewriteWithWarning(let link, _): entry.coverLink = link
                    case .rewriteToCheck(let link, let sitePath):
                        entry.coverLink = link
                        siteLinks.add(.init(path: document.sourcePath, line: document.keyLines["cover"], destination: cover, sitePath: sitePath))
                    case .broken:
                        diagnostics.error(document.sourcePath, line: document.keyLines["cover"], .coverMissing(cover))
                    }
                }
                entries[index] = entry
            }
        }
    }

    /// Project id → language → rendered body (HTML for the page, plain text for search).
    func renderProjects() -> [String: [String: ProjectBody]] {
        let resolver = resolver(plan)
        let renderer = markdown
        let projects = site.projects.filter { $0.body != nil }
        let codes = site.config.languages.map(\.code)
        var results = [[String: ProjectBody]](repeating: [:], count: projects.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let out = buffer
            DispatchQueue.concurrentPerform(iterations: projects.count) { index in
                let project = projects[index]
                var bodies: [String: ProjectBody] = [:]
                for code in codes {
                    guard let body = project.body?.value(code, fallbacks: codes) else { continue }
                    let rendered = renderer.render(body) { destination, _ in
                        resolver.resolve(destination, from: project.sourcePath)
                    }
                    report(rendered.issues, path: project.sourcePath, firstLine: project.line, diagnostics: diagnostics, exactLine: true)
                    bodies[code] = ProjectBody(html: rendered.html, plainText: rendered.plainText)
                }
                out[index] = bodies
            }
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

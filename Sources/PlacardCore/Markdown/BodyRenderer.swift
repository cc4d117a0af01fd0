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
    private let themeFiles: [String: String]

    /// `themeFiles`: the theme's static files, path in `static/` → output path (`StaticAssets.outputPaths`).
    init(site: Site, plan: SitePlan, themeFiles: [String: String], diagnostics: Diagnostics) {
        self.site = site
        self.themeFiles = themeFiles
        self.plan = plan
        self.diagnostics = diagnostics
        filesWithErrors = Set(diagnostics.errors.map(\.path))
    }

    private func resolver(_ plan: SitePlan) -> LinkResolver {
        LinkResolver(plan: plan, filesWithErrors: filesWithErrors, pagesWithErrors: site.withErrors.pages,
                     projectsLost: site.withErrors.projectsLost, themeFiles: themeFiles)
    }

    private var markdown: MarkdownRenderer { MarkdownRenderer(options: MarkdownOptions(unsafe: site.config.markdownUnsafe)) }

    /// With raw HTML allowed and a base URL with a path, that path: raw HTML's root-absolute links
    /// get it as Markdown's do (`RawHTMLRootLinks`).
    private var rawHTMLBasePath: String? {
        site.config.markdownUnsafe && plan.urls.basePath != "/" ? plan.urls.basePath : nil
    }

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
            if let cover = body.cover { _ = checkCover(cover.text, line: cover.line, path: body.sourcePath, resolver: resolver) }
        }
    }

    /// The root-relative link of a cover image, after reporting one that points at nothing.
    private func checkCover(_ cover: String, line: Int?, path: String, resolver: LinkResolver) -> String? {
        switch resolver.resolve(cover, from: path) {
        case .keep:
            // A path kept as written names a file with errors of its own: already reported.
            if !LinkResolver.isRootAbsolute(cover) && !LinkResolver.isRelative(cover) {
                diagnostics.error(path, line: line, .coverNotInSite(cover))
            }
            return nil
        case .rewrite(let link), .rewriteWithWarning(let link, _):
            return link
        case .rewriteToCheck(let link, let sitePath):
            siteLinks.add(.init(path: path, line: line, destination: cover, sitePath: sitePath))
            return link
        case .broken:
            diagnostics.error(path, line: line, .coverMissing(cover))
            return nil
        }
    }

    /// One body per entry of the plan, in the plan's order.
    /// With `only` (indices into the plan's entries), the bodies of those entries, in that order.
    func renderEntries(only indices: [Int]? = nil) -> [EntryBody] {
        let resolver = resolver(plan)
        let renderer = markdown
        let diagnostics = diagnostics
        let rawBase = rawHTMLBasePath
        let rendered = Parallel.map(indices.map { $0.map { plan.entries[$0] } } ?? plan.entries) { entry in
            let document = entry.document
            let rendered = renderer.render(document.body) { destination, _ in
                resolver.resolve(destination, from: document.sourcePath)
            }
            report(rendered.issues, path: document.sourcePath, firstLine: document.bodyLine, diagnostics: diagnostics)
            let named = TaskListLabels.named(rendered.html, language: entry.language)
            let html = rawBase.map { RawHTMLRootLinks.withBasePath(named, basePath: $0) } ?? named
            var body = EntryBody(html: html, plainText: rendered.plainText,
                                 summary: document.summary ?? Summary.make(from: rendered.firstParagraph),
                                 readingMinutes: ReadingTime.minutes(for: rendered.plainText))
            if let cover = document.cover {
                body.coverLink = checkCover(cover, line: document.keyLines["cover"], path: document.sourcePath, resolver: resolver)
            }
            return (body, rendered.headingIDs, rendered.fragmentLinks)
        }
        // Links to a heading of another page need every page's headings: a full build checks them.
        if indices == nil && !site.config.markdownUnsafe { checkFragmentLinks(rendered.map { ($0.1, $0.2) }) }
        return rendered.map(\.0)
    }

    /// Warns of each link to another page's heading (`other.zh.md#培训安排`) that it does not have.
    /// `rendered`: each entry's heading ids and fragment links, in the plan's order.
    private func checkFragmentLinks(_ rendered: [(ids: [String], links: [FragmentLink])]) {
        guard rendered.contains(where: { !$0.links.isEmpty }) else { return }
        let entries = plan.entries
        let byLink = Dictionary(entries.indices.map { (entries[$0].link, $0) }, uniquingKeysWith: { first, _ in first })
        for (entry, (_, links)) in zip(entries, rendered) {
            for link in links {
                guard let target = byLink[link.link], !HeadingIDs.leads(link.fragment, amongst: rendered[target].ids) else { continue }
                let issue = MarkdownIssue(kind: .linkWarning(.fragmentWithoutHeadingThere(link.destination, page: entries[target].document.sourcePath,
                                                                                            ids: rendered[target].ids)), line: link.line)
                report([issue], path: entry.document.sourcePath, firstLine: entry.document.bodyLine, diagnostics: diagnostics)
            }
        }
    }

    /// Project id → language → rendered body (HTML for the page, plain text for search).
    func renderProjects() -> [String: [String: ProjectBody]] {
        let resolver = resolver(plan)
        let renderer = markdown
        let diagnostics = diagnostics
        let projects = site.projects.filter { $0.body != nil }
        let codes = site.config.languages.map(\.code)
        let rawBase = rawHTMLBasePath
        let results = Parallel.map(projects) { project in
            var bodies: [String: ProjectBody] = [:]
            for code in codes {
                guard let body = project.body?.value(code, fallbacks: codes) else { continue }
                let rendered = renderer.render(body) { destination, _ in
                    resolver.resolve(destination, from: project.sourcePath)
                }
                let place = Self.bodyPlace(project, code, fallbacks: codes)
                report(rendered.issues, path: project.sourcePath, firstLine: place.line, diagnostics: diagnostics, exactLine: !place.linesFollow)
                let named = TaskListLabels.named(rendered.html, language: code)
                let html = rawBase.map { RawHTMLRootLinks.withBasePath(named, basePath: $0) } ?? named
                bodies[code] = ProjectBody(html: html, plainText: rendered.plainText)
            }
            return bodies
        }
        return Dictionary(uniqueKeysWithValues: zip(projects.map(\.id), results))
    }

    /// Where the body that a language shows is written: its own, the one for every language, or the
    /// first fallback's (as `Localized.value(_:fallbacks:)` picks it); else the project's line.
    private static func bodyPlace(_ project: Project, _ code: String, fallbacks: [String]) -> TextPlace {
        let unknown = TextPlace(line: project.line, linesFollow: false)
        guard let body = project.body else { return unknown }
        let key: String?
        if body.byLanguage[code] != nil {
            key = code
        } else if body.everywhere != nil {
            key = ""
        } else {
            key = fallbacks.first { body.byLanguage[$0] != nil }
        }
        return key.flatMap { project.bodyPlaces[$0] } ?? unknown
    }

    /// `firstLine` is the file line of the Markdown's first line; with `exactLine`, the line of the
    /// whole text (a project body whose lines are not the file's: a folded YAML value, a CSV cell).
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

/// Root-absolute `href` and `src` attributes in raw HTML (`<img src="/images/map.png">`), which
/// Markdown passes through as written, with the base URL's path put before them
/// (`/zt/szsy/images/map.png`), as Markdown's own links have it. One that already starts with the
/// path is taken as written, as in Markdown; so are `//host` links and every other attribute.
enum RawHTMLRootLinks {
    static func withBasePath(_ html: String, basePath: String) -> String {
        let bytes = Array(html.utf8)
        let base = Array(basePath.utf8)
        let inserted = base.dropLast()
        var out: [UInt8] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            guard let value = valueStart(bytes, at: index) else {
                index += 1
                continue
            }
            index = value
            guard value < bytes.count, bytes[value] == 0x2F, value + 1 >= bytes.count || bytes[value + 1] != 0x2F,
                  !bytes[value...].starts(with: base) else { continue }
            out.append(contentsOf: bytes[start..<value])
            out.append(contentsOf: inserted)
            start = value
        }
        guard start > 0 else { return html }
        out.append(contentsOf: bytes[start...])
        return String(decoding: out, as: UTF8.self)
    }

    /// Where the value of an `href=` or `src=` attribute (any case, quoted or not) that starts at
    /// `index`, after white space, begins.
    private static func valueStart(_ bytes: [UInt8], at index: Int) -> Int? {
        guard index > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index - 1]) else { return nil }
        for name in ["href=", "src="] {
            let word = Array(name.utf8)
            guard index + word.count < bytes.count,
                  zip(bytes[index..<(index + word.count)], word).allSatisfy({ $0 | 0x20 == $1 }) else { continue }
            let value = index + word.count
            return bytes[value] == 0x22 || bytes[value] == 0x27 ? value + 1 : value
        }
        return nil
    }
}

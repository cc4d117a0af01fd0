import Foundation

/// An `http(s)` link found in the content, for `dead-link`.
struct ExternalLink: Hashable {
    var url: String
    var path: String
    var line: Int?
    var context: String?
    var page: String?
}

/// Walks every published article, page and project: `broken-link` and `missing-alt` from the
/// Markdown stage, the wording rules on titles, summaries and bodies, and the external links.
struct ContentRules {
    let site: Site
    let plan: SitePlan
    let root: URL
    let wording: WordingRules

    func run() -> (findings: [AuditFinding], links: [ExternalLink]) {
        let renderer = MarkdownRenderer(options: MarkdownOptions(unsafe: site.config.markdownUnsafe))
        let resolver = LinkResolver(plan: plan)
        let entries = plan.entries
        let projects = site.projects
        let listFiles = Dictionary(uniqueKeysWithValues: Set(projects.map(\.sourcePath)).map { ($0, SourceFile(root: root, path: $0)) })
        let projectFiles = zip(projects, Self.ends(of: projects)).map { listFiles[$0.sourcePath]!.searched(above: $1) }
        // Files are independent: read them on every core (the Markdown parse itself takes turns behind its lock).
        let results = Parallel.map(entries.count + projects.count) { index in
            index < entries.count
                ? entryFindings(entries[index], renderer: renderer, resolver: resolver)
                : projectFindings(projects[index - entries.count], file: projectFiles[index - entries.count], renderer: renderer, resolver: resolver)
        }
        return (results.flatMap(\.findings), results.flatMap(\.links) + identityLinks())
    }

    /// Where each project's own lines end: at the next line of its file where another project starts
    /// (none for the last). A value not written as it reads (folded, or with escapes) is looked for in
    /// those lines only, not in the rest of a list of thousands for every project.
    static func ends(of projects: [Project]) -> [Int?] {
        let starts = Dictionary(grouping: projects, by: \.sourcePath).mapValues { Set($0.map(\.line)).sorted() }
        return projects.map { project in
            let lines = starts[project.sourcePath] ?? []
            let next = lines.partitionPoint { $0 > project.line }
            return next < lines.count ? lines[next] : nil
        }
    }

    private func entryFindings(_ entry: Entry, renderer: MarkdownRenderer, resolver: LinkResolver) -> (findings: [AuditFinding], links: [ExternalLink]) {
        var findings: [AuditFinding] = []
        let document = entry.document
        let page = plan.urls.absolute(entry.link)
        let file = SourceFile(root: root, path: document.sourcePath)
        var texts: [ProseText] = []
        for (key, value) in [("title", document.title), ("summary", document.summary)] {
            guard let value, let from = document.keyLines[key] else { continue }
            // A block scalar (`summary: |`) is read line by line, each at the file line that holds it.
            let pieces = value.split(separator: "\n").map { Array($0.unicodeScalars) }
            for (scalars, place) in zip(pieces, file.places(of: pieces, from: from)) {
                texts.append(prose(scalars, masked: MarkdownMask.inline(scalars, isMarkdown: false), path: document.sourcePath, place: place,
                                   language: document.language, page: page, file: file))
            }
        }
        let body = MarkdownMask.lines(document.body).enumerated().map { offset, line in
            (markdown: line.original, text: ProseText(path: document.sourcePath, line: document.bodyLine + offset, original: line.original,
                                                      masked: line.prose, language: document.language, url: page))
        }
        texts += ProseText.paragraphs(body)
        findings += texts.flatMap(wording.findings)
        var external: [String] = []
        let rendered = renderer.render(document.body) { destination, _ in
            if Self.isExternal(destination) { external.append(destination) }
            return resolver.resolve(destination, from: document.sourcePath)
        }
        findings += markdownFindings(rendered.issues, file: file, firstLine: document.bodyLine, page: page)
        let raw = rawHTMLFindings(document.body, file: file, resolver: resolver, page: page) { tags in tags.map { document.bodyLine + $0.line - 1 } }
        findings += raw.findings + markdownFindings(raw.issues, file: file, firstLine: 1, page: page)
        if let cover = document.cover {
            let line = document.keyLines["cover"]
            var finding = AuditFinding(rule: .brokenLink, severity: .error, path: document.sourcePath, line: line,
                                       message: .coverMissing(cover), context: line.map(file.text), url: page)
            switch resolver.resolve(cover, from: document.sourcePath) {
            case .broken: findings.append(finding)
            case .rewriteToCheck:
                finding.message = Self.rootLinkMessage(cover)
                finding.unconfirmed = true
                findings.append(finding)
            default: break
            }
        }
        let rawLinks = raw.external.map { ExternalLink(url: $0.0, path: file.path, line: $0.1, context: file.text($0.1), page: page) }
        return (findings, externalLinks(external, file: file, from: document.bodyLine, page: page) + rawLinks)
    }

    private func projectFindings(_ project: Project, file: SourceFile, renderer: MarkdownRenderer,
                                 resolver: LinkResolver) -> (findings: [AuditFinding], links: [ExternalLink]) {
        var findings: [AuditFinding] = []
        var links: [ExternalLink] = []
        var bodies = Set<String>()
        for language in site.config.languages {
            let code = language.code
            let page = plan.urls.absolute(.project(code, id: project.id))
            for (value, markdown) in [(project.title.value(code), false), (project.summary.value(code), false), (project.body?.value(code), true)] {
                guard let value else { continue }
                let lines = markdown ? MarkdownMask.lines(value) : value.split(separator: "\n", omittingEmptySubsequences: false).map {
                    let scalars = Array($0.unicodeScalars)
                    return (original: scalars, prose: MarkdownMask.inline(scalars, isMarkdown: false))
                }
                let pieces = zip(lines, file.places(of: lines.map(\.original), from: project.line)).map { piece, place in
                    (markdown: piece.original, text: prose(piece.original, masked: piece.prose, path: project.sourcePath, place: place,
                                                           language: code, page: page, file: file))
                }
                findings += (markdown ? ProseText.paragraphs(pieces) : pieces.map(\.text)).flatMap(wording.findings)
                guard markdown, bodies.insert(value).inserted else { continue }
                var external: [String] = []
                let rendered = renderer.render(value) { destination, _ in
                    if Self.isExternal(destination) { external.append(destination) }
                    return resolver.resolve(destination, from: project.sourcePath)
                }
                let issues = rendered.issues.compactMap { issue -> (kind: MarkdownIssue.Kind, destination: String)? in
                    switch issue.kind {
                    case .brokenLink(let d), .imageWithoutAlt(let d), .siteLink(let d, _): (issue.kind, d)
                    case .linkWarning: nil
                    }
                }
                for (issue, line) in zip(issues, file.lines(containing: issues.map(\.destination), from: project.line)) {
                    findings += markdownFindings([MarkdownIssue(kind: issue.kind, line: 1)], file: file, firstLine: line ?? project.line, page: page)
                }
                links += externalLinks(external, file: file, from: project.line, page: page)
                let raw = rawHTMLFindings(value, file: file, resolver: resolver, page: page) { tags in
                    file.lines(containing: tags.map(\.destination), from: project.line).map { $0 ?? project.line }
                }
                findings += raw.findings + markdownFindings(raw.issues, file: file, firstLine: 1, page: page)
                links += raw.external.map { ExternalLink(url: $0.0, path: file.path, line: $0.1, context: file.text($0.1), page: page) }
            }
        }
        if let link = project.link, Self.isExternal(link) {
            let line = file.line(containing: link, from: project.line) ?? project.line
            links.append(ExternalLink(url: link, path: project.sourcePath, line: line, context: file.text(line),
                                      page: plan.urls.absolute(.project(site.config.defaultLanguage.code, id: project.id))))
        }
        return (findings, links)
    }

    /// One line of a value (`scalars`, masked as `masked`) read at its place in `file`. Where it stands
    /// there as written (at a column), the finding quotes the file's line around it.
    private func prose(_ scalars: [Unicode.Scalar], masked: [Unicode.Scalar], path: String, place: (line: Int, column: Int?),
                       language: String, page: String, file: SourceFile) -> ProseText {
        guard let column = place.column else {
            return ProseText(path: path, line: place.line, original: scalars, masked: masked, language: language, url: page)
        }
        return ProseText(path: path, line: place.line, original: file.scalars(line: place.line), masked: masked, column: column,
                         language: language, url: page)
    }

    /// The findings `check` reports for these issues, with the same messages. A root-absolute link to a
    /// page of the built site (`/zh/about/`) is only a candidate: `Audit` confirms it against `check`.
    private func markdownFindings(_ issues: [MarkdownIssue], file: SourceFile, firstLine: Int, page: String) -> [AuditFinding] {
        issues.compactMap { issue in
            let line = firstLine + issue.line - 1
            func finding(_ rule: AuditRule, _ severity: Diagnostic.Severity, _ message: Message) -> AuditFinding {
                AuditFinding(rule: rule, severity: severity, path: file.path, line: line, message: message, context: file.text(line), url: page)
            }
            switch issue.kind {
            case .brokenLink(let destination):
                let written = String(destination.prefix { $0 != "#" && $0 != "?" })
                guard !LinkResolver.isRootAbsolute(destination),
                      let target = LinkResolver.join(folderOf: file.path, written.removingPercentEncoding ?? written) else {
                    return finding(.brokenLink, .error, .linkOutsideSite(destination))
                }
                return finding(.brokenLink, .error, .brokenLink(destination, target: target))
            case .siteLink(let destination, _):
                var candidate = finding(.brokenLink, .error, Self.rootLinkMessage(destination))
                candidate.unconfirmed = true
                return candidate
            case .imageWithoutAlt(let destination):
                return finding(.missingAlt, .warning, .imageWithoutAlt(destination))
            case .linkWarning:
                return nil
            }
        }
    }

    /// What `check` says of a root-absolute link that names no page or file of the built site.
    static func rootLinkMessage(_ destination: String) -> Message {
        .brokenRootLink(destination, target: destination.split(separator: "#", maxSplits: 1).first.map(String.init) ?? destination)
    }

    /// The `http(s)` destinations of links and images (autolinks included), in the order written, at
    /// the file line that holds them: a URL written again is looked for below the last place found.
    private func externalLinks(_ urls: [String], file: SourceFile, from firstLine: Int, page: String) -> [ExternalLink] {
        let bares = urls.map { $0.split(separator: "/", maxSplits: 2).dropFirst().joined(separator: "/") }
        var search = LineSearch(file, strings: (urls + bares).map(SourceFile.needle), from: firstLine)
        var below: [String: Int] = [:]
        return zip(urls, bares).map { url, bare in
            func find(from start: Int) -> Int? {
                search.line(containing: SourceFile.needle(url), from: start) ?? search.line(containing: SourceFile.needle(bare), from: start)
            }
            let line = below[url].flatMap { find(from: $0) } ?? find(from: firstLine)
            if let line { below[url] = line + 1 }
            return ExternalLink(url: url, path: file.path, line: line, context: line.map(file.text), page: page)
        }
    }

    private func identityLinks() -> [ExternalLink] {
        guard let identity = site.config.identity else { return [] }
        let file = SourceFile(root: root, path: SiteConfigLoader.path)
        let home = plan.urls.absolute(.home(site.config.defaultLanguage.code))
        return [identity.badgeURL, identity.reportURL].compactMap { $0 }.filter(Self.isExternal).map { url in
            let line = file.line(containing: url, from: 1)
            return ExternalLink(url: url, path: SiteConfigLoader.path, line: line, context: line.map(file.text), page: home)
        }
    }

    static func isExternal(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}

import Foundation

/// What `placard audit` needs to know from outside the site folder.
public struct AuditOptions: Sendable {
    /// The site folder (holds `site.yml`).
    public var source: URL
    /// The audit's "now": which articles are published, how old the newest ones are.
    public var now: Date
    /// Check `http(s)` links over the network; without it no request is ever made.
    public var externalLinks: Bool

    public init(source: URL, now: Date = Date(), externalLinks: Bool = false) {
        self.source = source
        self.now = now
        self.externalLinks = externalLinks
    }
}

/// `placard audit`: reads the site as `build` does, writes nothing, and
/// reports what a government-website inspection would find (SPEC §7.4).
public enum Audit {
    /// The report. What `check` reports (bad YAML, an unused group, a link to a heading that is not
    /// there) is in it as findings of the `check` rule; when reading the site gives an error, no other rule runs. `diagnostics` is for what
    /// concerns the run itself rather than the site (nothing does at present).
    public static func run(_ options: AuditOptions, diagnostics: Diagnostics) -> AuditReport {
        // Audit has no --timings flag yet: its stage times stay behind PLACARD_TIMINGS.
        let timer = StageTimer(enabled: StageTimer.requested)
        defer { timer.report() }
        let reading = Diagnostics()
        let loaded = SiteLoader.load(root: options.source, diagnostics: reading)
        let terms = TermList.load(root: options.source, diagnostics: reading)
        let read = Self.checkFindings(reading.all, root: options.source)
        guard let site = loaded, !reading.hasErrors else {
            return AuditReport(siteTitle: loaded.map(title) ?? "", now: Day(options.now), findings: read.sorted(by: AuditFinding.ordered), siteRead: false)
        }
        timer.lap("load")
        let urls = URLs(baseURL: site.config.baseURL)
        let plan = SitePlan(site: site, urls: urls, options: BuildOptions(source: options.source, now: options.now))
        let now = Day(options.now)
        var findings = read + DateRules(site: site, plan: plan, now: now).findings()
        let content = ContentRules(site: site, plan: plan, root: options.source,
                                   wording: WordingRules(terms: terms, languages: site.config.languages)).run()
        findings += content.findings.filter { !$0.unconfirmed }
        // `check` as far as it goes once the pages are planned: it confirms root-absolute links, and
        // its warnings from then on (a link to a heading that is not there, a language without UI
        // strings) join the report, but for those the audit's own rules report (`missing-alt`).
        let check = Diagnostics()
        _ = Build.run(BuildOptions(source: options.source, now: options.now), diagnostics: check, write: false)
        let readFirst = Set(reading.all)
        let altText = Message.imageWithoutAlt("\u{0}").en.components(separatedBy: "\u{0}")[0]
        findings += Self.checkFindings(check.all.filter { $0.severity == .warning && !readFirst.contains($0) && !$0.message.hasPrefix(altText) },
                                       root: options.source)
        findings += confirmed(content.findings.filter(\.unconfirmed), check: check)
        timer.lap("dates, content")
        var checked: Int?
        if options.externalLinks {
            let dead = DeadLinkRule(checker: LinkChecker(timeout: site.config.audit.linkTimeout)).findings(content.links)
            findings += dead.findings
            checked = dead.checked
        }
        timer.lap("external links")
        // A text written once for every language lands on several pages: one finding is enough.
        var seen = Set<Distinct>()
        findings = findings.sorted(by: AuditFinding.ordered).filter {
            var key = $0
            key.url = nil
            return seen.insert(Distinct(finding: key)).inserted
        }
        timer.lap("sort")
        return AuditReport(siteTitle: title(site), now: now, findings: findings, externalLinksChecked: checked)
    }

    /// What `check` reports, as findings quoting their lines: each file read once, however many it has.
    private static func checkFindings(_ diagnostics: [Diagnostic], root: URL) -> [AuditFinding] {
        var files: [String: SourceFile] = [:]
        return diagnostics.map { diagnostic in
            let file = files[diagnostic.path] ?? SourceFile(root: root, path: diagnostic.path)
            files[diagnostic.path] = file
            return AuditFinding(diagnostic, file: file)
        }
    }

    /// A finding, told apart from others by all it holds. Its context may be a whole long line, the
    /// same for thousands of findings: it is hashed by its length and ends, and compared only when
    /// those are the same.
    private struct Distinct: Hashable {
        var finding: AuditFinding

        func hash(into hasher: inout Hasher) {
            var rest = finding
            rest.context = nil
            hasher.combine(rest)
            guard let context = finding.context?.utf8 else { return }
            hasher.combine(context.count)
            context.prefix(32).forEach { hasher.combine($0) }
            context.suffix(32).forEach { hasher.combine($0) }
        }
    }

    private static func title(_ site: Site) -> String {
        site.config.title.value(site.config.defaultLanguage.code, fallbacks: site.config.languages.map(\.code)) ?? ""
    }

    /// Root-absolute links to pages of the built site (`/zh/about/`): which pages exist is known once
    /// every page is planned, so these are the ones `check` reports. `check` gets that far only when the
    /// site has no other link errors; until then these links wait for the next run.
    private static func confirmed(_ candidates: [AuditFinding], check: Diagnostics) -> [AuditFinding] {
        guard !candidates.isEmpty else { return [] }
        let reported = Set(check.errors.map { "\($0.path):\($0.line ?? 0):\($0.message)" })
        return candidates.filter { reported.contains("\($0.path):\($0.line ?? 0):\($0.message.en)") }.map {
            var finding = $0
            finding.unconfirmed = false
            return finding
        }
    }
}

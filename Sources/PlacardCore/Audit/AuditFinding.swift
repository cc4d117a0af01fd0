/// The rules of `placard audit` (SPEC §7.4); the raw values are what every output format prints.
public enum AuditRule: String, CaseIterable, Sendable, Comparable {
    /// What `check` reports while reading the site (bad YAML, a missing title, an unused group).
    case check
    case staleHome = "stale-home"
    case staleSeries = "stale-series"
    case blankSeries = "blank-series"
    case brokenLink = "broken-link"
    case deadLink = "dead-link"
    case term
    case traditional
    case punctuation
    case missingAlt = "missing-alt"

    public static func < (a: AuditRule, b: AuditRule) -> Bool { a.rank < b.rank }

    /// `check` first, then the order of SPEC §7.4's table.
    private var rank: Int { Self.ranks[self]! }
    private static let ranks = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}

/// One thing an inspection would find, where it is, and where it lands on the published site.
public struct AuditFinding: Hashable, Sendable {
    public var rule: AuditRule
    public var severity: Diagnostic.Severity
    /// Relative to the site folder.
    public var path: String
    public var line: Int?
    public var message: Message
    /// The words around what was found, as written in the file.
    public var context: String?
    /// The absolute URL of the page it lands on.
    public var url: String?
    /// A root-absolute link to a page of the built site: a finding only once `check` confirms it.
    var unconfirmed = false

    public init(rule: AuditRule, severity: Diagnostic.Severity, path: String, line: Int? = nil, message: Message,
                context: String? = nil, url: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.path = path
        self.line = line
        self.message = message
        self.context = context
        self.url = url
    }

    /// A problem `check` reports, as a finding of the `check` rule, quoting its line.
    init(_ diagnostic: Diagnostic, file: SourceFile) {
        self.init(rule: .check, severity: diagnostic.severity, path: diagnostic.path, line: diagnostic.line,
                  message: diagnostic.text, context: diagnostic.line.map(file.text))
    }

    /// Sorted by file, line, rule, then message, so every output is deterministic.
    static func ordered(_ a: AuditFinding, _ b: AuditFinding) -> Bool {
        (a.path, a.line ?? 0, a.rule, a.message.en) < (b.path, b.line ?? 0, b.rule, b.message.en)
    }
}

/// What `placard audit` found.
public struct AuditReport: Sendable {
    public var siteTitle: String
    public var now: Day
    public var findings: [AuditFinding]
    /// How many external links were checked (nil without `--external-links`).
    public var externalLinksChecked: Int?
    /// Whether the site could be read: when not, no rule ran and the findings are what `check` reports.
    public var siteRead = true

    public var errors: Int { findings.filter { $0.severity == .error }.count }
    public var warnings: Int { findings.filter { $0.severity == .warning }.count }
    /// An error is what fails an inspection (a single-veto item or a broken link).
    public var passes: Bool { errors == 0 }
}

/// One thing the search index holds, in one language: built by the pipeline from an
/// article, a page or a project, with every text already plain (no Markdown, no HTML).
public struct SearchDocument: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case article, project, page
    }

    /// Root-relative URL of the page, starting with the base URL's path (`/zh/elderly/phone-class/`).
    public var url: String
    public var title: String
    public var kind: Kind
    /// Series key (articles and projects).
    public var series: String?
    /// Group keys.
    public var groups: [String]
    /// Group names in this language (searchable text).
    public var groupNames: [String]
    public var tags: [String]
    public var summary: String
    /// The body as plain text.
    public var body: String
    /// Organizer (projects) or source (articles), in this language.
    public var organizer: String
    public var region: String
    /// `YYYY-MM-DD`, for display; empty when the document has none.
    public var date: String

    public init(url: String, title: String, kind: Kind, series: String? = nil, groups: [String] = [],
                groupNames: [String] = [], tags: [String] = [], summary: String = "", body: String = "",
                organizer: String = "", region: String = "", date: String = "") {
        self.url = url
        self.title = title
        self.kind = kind
        self.series = series
        self.groups = groups
        self.groupNames = groupNames
        self.tags = tags
        self.summary = summary
        self.body = body
        self.organizer = organizer
        self.region = region
        self.date = date
    }
}

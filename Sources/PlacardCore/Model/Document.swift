/// What a Markdown file is: an article of a series, or a standalone page.
public enum DocumentKind: Hashable, Sendable {
    case article(series: String)
    case page

    public var seriesKey: String? {
        if case .article(let key) = self { return key }
        return nil
    }
}

/// One Markdown file (one language of an article or page), as loaded: front matter parsed,
/// body still Markdown.
public struct Document: Sendable {
    public var kind: DocumentKind
    /// The URL slug: front matter `slug`, else the file name without `.<lang>.md`.
    public var slug: String
    /// The file name's slug, which pairs translations.
    public var fileSlug: String
    public var language: String
    public var title: String
    public var date: ContentDate?
    public var summary: String?
    public var groups: [String]
    public var tags: [String]
    public var region: String?
    public var source: String?
    public var draft: Bool
    /// As written in front matter, relative to the file.
    public var cover: String?
    public var body: String
    /// Path relative to the site folder, e.g. `content/elderly/phone-class.zh.md`.
    public var sourcePath: String
    /// The line of the file on which `body` starts (1-based).
    public var bodyLine: Int
    /// The line of each front matter key, for diagnostics found after loading.
    public var keyLines: [String: Int]

    public init(kind: DocumentKind, slug: String, fileSlug: String? = nil, language: String, title: String,
                date: ContentDate? = nil, summary: String? = nil, groups: [String] = [], tags: [String] = [],
                region: String? = nil, source: String? = nil, draft: Bool = false, cover: String? = nil,
                body: String = "", sourcePath: String, bodyLine: Int = 1, keyLines: [String: Int] = [:]) {
        self.kind = kind
        self.slug = slug
        self.fileSlug = fileSlug ?? slug
        self.language = language
        self.title = title
        self.date = date
        self.summary = summary
        self.groups = groups
        self.tags = tags
        self.region = region
        self.source = source
        self.draft = draft
        self.cover = cover
        self.body = body
        self.sourcePath = sourcePath
        self.bodyLine = bodyLine
        self.keyLines = keyLines
    }

    /// Translations share this key.
    public var translationKey: String {
        switch kind {
        case .article(let series): return "\(series)/\(fileSlug)"
        case .page: return "pages/\(fileSlug)"
        }
    }
}

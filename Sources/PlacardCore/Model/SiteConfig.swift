/// A language the site is written in; the first in `site.yml` is the default.
public struct Language: Hashable, Sendable {
    /// URL segment and file suffix, e.g. `zh`.
    public var code: String
    /// BCP 47 locale for `<html lang>`, hreflang and date formats, e.g. `zh-CN`.
    public var locale: String
    /// The language's own name, shown in the language switcher.
    public var name: String

    public init(code: String, locale: String, name: String) {
        self.code = code
        self.locale = locale
        self.name = name
    }
}

/// A themed series (industry, education, ...), in menu order.
public struct Series: Hashable, Sendable {
    public var key: String
    public var title: LocalizedText
    public var description: LocalizedText
    /// `updateDays:`: the audit's longest gap, in days, between two articles of this series.
    public var updateDays: Int?
    /// The line of site.yml that defines it, for findings about the series.
    public var line: Int?

    public init(key: String, title: LocalizedText, description: LocalizedText = .init(), updateDays: Int? = nil, line: Int? = nil) {
        self.key = key
        self.title = title
        self.description = description
        self.updateDays = updateDays
        self.line = line
    }
}

/// A target group (older people, women, ...) from the site's vocabulary.
public struct Group: Hashable, Sendable {
    public var key: String
    public var title: LocalizedText
    /// The line of site.yml that defines it, for warnings.
    public var line: Int?

    public init(key: String, title: LocalizedText, line: Int? = nil) {
        self.key = key
        self.title = title
        self.line = line
    }
}

/// What a Chinese government site shows in its footer; every field optional.
public struct Identity: Hashable, Sendable {
    public var organizer: LocalizedText?   // 主办单位
    public var operator_: LocalizedText?   // 承办单位
    public var contact: LocalizedText?     // 联系方式
    public var siteCode: String?           // 网站标识码
    public var icp: String?                // ICP备案号
    public var police: String?             // 公安机关备案号
    public var badgeURL: String?           // 党政机关网站标识
    public var reportURL: String?          // 我为政府网站找错

    public init() {}
}

/// Everything `site.yml` says.
public struct SiteConfig: Sendable {
    public var title: LocalizedText
    public var description: LocalizedText
    /// Absolute, ending in `/`.
    public var baseURL: String
    public var languages: [Language]
    public var theme: String
    /// The line of site.yml's `theme:`, for the error when there is no such theme.
    public var themeLine: Int?
    public var paginate: Int
    public var feedItems: Int
    public var series: [Series]
    /// Series that site.yml names but could not take (a bad, reserved or repeated key; `*` when
    /// `series` is not a list): already reported there, so their articles and projects are not
    /// reported again as belonging to no series.
    public var seriesWithErrors: Set<String> = []
    public var groups: [Group]
    public var identity: Identity?
    public var markdownUnsafe: Bool
    /// `search.synonyms`: groups of words that find each other (SPEC §7.5).
    public var searchSynonyms: [[String]] = []
    /// Whether `key` is a series site.yml names with an error of its own (`seriesWithErrors`).
    public func seriesHasErrors(_ key: String) -> Bool {
        seriesWithErrors.contains(key) || seriesWithErrors.contains("*")
    }
    /// Thresholds of `placard audit` (site.yml `audit:`).
    public var audit = AuditSettings()

    public init(title: LocalizedText, description: LocalizedText = .init(), baseURL: String,
                languages: [Language], theme: String = "default", paginate: Int = 12, feedItems: Int = 20,
                series: [Series] = [], groups: [Group] = [], identity: Identity? = nil, markdownUnsafe: Bool = false) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.languages = languages
        self.theme = theme
        self.paginate = paginate
        self.feedItems = feedItems
        self.series = series
        self.groups = groups
        self.identity = identity
        self.markdownUnsafe = markdownUnsafe
    }

    public var defaultLanguage: Language { languages[0] }

    public func series(_ key: String) -> Series? { series.first { $0.key == key } }
    public func group(_ key: String) -> Group? { groups.first { $0.key == key } }
}

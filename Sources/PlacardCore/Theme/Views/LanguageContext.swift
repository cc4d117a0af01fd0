import Foundation

/// What every page of one language shares (site title, strings, menu, footer), and the
/// assembly of a whole page's model from it.
///
/// A class: every page job holds its language's context, and a copy of it in each (some 670
/// bytes, and a reference count for each of its parts) added up to some 15 MB at 10,000
/// articles. `@unchecked Sendable`: its two `var`s are set while it is made, never after.
final class LanguageContext: @unchecked Sendable {
    let language: Language
    let config: SiteConfig
    let urls: URLs
    let strings: [String: String]
    let format: LocaleFormat
    let assets: [String: String]
    let shared: SharedKeys
    /// `og:locale` (`zh_CN`) and the site's host name for `SiteDomain`, made once instead of on every page.
    private let ogLocale: String
    private let siteDomain: String
    /// The QR codes' `aria-label`, escaped.
    private let qrLabel: String
    /// The footnotes' way back, labelled in the page's language (`FootnoteBackLinks`), escaped; nil when the theme has no such string.
    private let footnoteBackLabel: String?
    /// Series key ("" for none) → the language fragments of a page in that series.
    private var fragments: [String: [String: String]] = [:]
    /// The menu's series, in order, as every page of the language shows them (which one is
    /// current differs by page).
    private var menuEntries: [(key: String, title: String, url: String, accent: Int)] = []
    /// Series key ("" for none) → the feeds a page's head links (the language's, and its series').
    private var feedsBySeries: [String: [[String: String]]] = [:]
    /// The government site's meta tags that every page carries (`SiteName`, `SiteDomain`, `SiteIDCode`).
    private var siteMeta: [[String: String]] = []
    private let theme: Theme

    init(language: Language, config: SiteConfig, urls: URLs, theme: Theme, footerPages: [(title: String, link: String)]) {
        self.language = language
        self.config = config
        self.urls = urls
        self.theme = theme
        let strings = theme.strings[language.code] ?? [:]
        self.strings = strings
        qrLabel = HTMLEscape.attribute(strings["qr_label"] ?? "qr_label")
        footnoteBackLabel = strings["footnote_back"].map(HTMLEscape.attribute)
        format = LocaleFormat(locale: language.locale)
        ogLocale = language.locale.replacingOccurrences(of: "-", with: "_")
        siteDomain = URL(string: config.baseURL)?.host ?? ""
        let assets = theme.assets.mapValues { urls.link(.file($0)) }
        self.assets = assets
        let code = language.code
        var links = [
            "home": urls.link(.home(code)), "projects": urls.link(.projects(code, series: nil)), "search": urls.link(.search(code)),
            "feed": urls.link(.feed(code, series: nil)), "searchIndex": urls.link(.searchIndex(code)),
        ]
        if let about = footerPages.first(where: { $0.link.hasSuffix("/about/") }) { links["about"] = about.link }
        shared = SharedKeys(
            site: ["title": config.title.value(code) ?? "", "description": config.description.value(code) ?? "",
                   "basePath": urls.basePath, "origin": urls.origin],
            lang: ["code": code, "locale": language.locale, "name": language.name],
            t: strings,
            assets: assets,
            footerPages: footerPages.map { ["title": $0.title, "url": $0.link] },
            urls: links,
            identity: config.identity.map { Self.identity($0, code: code) },
            otherLanguages: config.languages.filter { $0.code != code }.map { other in
                OtherLanguage(code: other.code, locale: other.locale, name: other.name, url: urls.link(.home(other.code)),
                              t: theme.strings[other.code] ?? [:])
            })
        menuEntries = config.series.map { series in
            (series.key, seriesTitle(series.key), urls.link(.series(code, series.key, page: 1)), seriesAccent(series.key))
        }
        let siteTitle = config.title.value(code) ?? ""
        siteMeta = [["name": "SiteName", "content": siteTitle], ["name": "SiteDomain", "content": siteDomain]]
        if let siteCode = config.identity?.siteCode { siteMeta.append(["name": "SiteIDCode", "content": siteCode]) }
        for series in [nil] + config.series.map(\.key) {
            feedsBySeries[series ?? ""] = feeds(series: series)
            fragments[series ?? ""] = renderFragments(series: series)
        }
    }

    /// The feeds the head of a page in `series` links: the language's, and the series' own.
    private func feeds(series: String?) -> [[String: String]] {
        let siteTitle = config.title.value(language.code) ?? ""
        var feeds: [[String: String]] = [["title": "\(siteTitle) – \(t("feed"))", "href": urls.link(.feed(language.code, series: nil))]]
        if let series {
            feeds.append(["title": "\(seriesTitle(series)) – \(t("feed"))", "href": urls.link(.feed(language.code, series: series))])
        }
        return feeds
    }

    /// The theme's language fragments, rendered for a page of the given series (their feed links differ).
    private func renderFragments(series: String?) -> [String: String] {
        let info = PageInfo(kind: "fragment", title: "", link: urls.link(.home(language.code)), seriesKey: series)
        let model = page(info, NoKeys(), fragments: [:])
        var result: [String: String] = [:]
        for name in theme.fragments { result[LanguageFragments.key(name)] = try? theme.render(name, model) }
        return result
    }

    /// The model of a snippet (a card, a project row): its own keys plus `t`, `lang`, `site`, `urls` and `assets`.
    func snippet(_ own: any TemplateModel) -> SnippetModel {
        SnippetModel(own: own, shared: shared)
    }

    func t(_ key: String) -> String { strings[key] ?? key }

    /// A rendered Markdown body as this language's page shows it: its footnotes' links back are labelled in the language.
    func bodyHTML(_ html: String) -> String {
        guard let footnoteBackLabel else { return html }
        return FootnoteBackLinks.labelled(html, escapedLabel: footnoteBackLabel)
    }

    /// The QR code of a page's canonical URL as inline SVG; "" when the URL is too long for a code.
    func qrCode(_ link: String) -> String { QRCode(urls.absolute(link))?.svg(escapedLabel: qrLabel) ?? "" }

    func seriesTitle(_ key: String) -> String { config.series(key)?.title.value(language.code, fallbacks: config.languages.map(\.code)) ?? key }
    func groupTitle(_ key: String) -> String { config.group(key)?.title.value(language.code, fallbacks: config.languages.map(\.code)) ?? key }
    func text(_ value: LocalizedText?) -> String { textAndLocale(value).text }

    /// The text in this language, else in the first other language that has it (empty text counts
    /// as missing), with that language's locale (`zh-CN`) so templates can mark it with `lang`.
    func textAndLocale(_ value: LocalizedText?) -> (text: String, locale: String?) {
        guard let value else { return ("", nil) }
        if let own = value.value(language.code), !own.trimmed.isEmpty { return (own, nil) }
        for other in config.languages where other.code != language.code {
            if let text = value.byLanguage[other.code], !text.trimmed.isEmpty { return (text, other.locale) }
        }
        return ("", nil)
    }

    /// The accent colour of a series (1...6, by menu order): themes style `.accent-N`, so any series key gets a colour.
    func seriesAccent(_ key: String) -> Int { (config.series.firstIndex { $0.key == key } ?? 0) % 6 + 1 }

    /// Everything a page template gets: the shared keys, `page`, `head`, `menu`, `languages` and the page's own keys.
    func page(_ info: PageInfo, _ own: any TemplateModel) -> PageModel {
        page(info, own, fragments: fragments[info.seriesKey ?? ""] ?? renderFragments(series: info.seriesKey))
    }

    private func page(_ info: PageInfo, _ own: any TemplateModel, fragments: [String: String]) -> PageModel {
        let siteTitle = config.title.value(language.code) ?? ""
        let isProjects = info.kind == "projects" || info.kind == "project"
        let page = PageMeta(
            title: info.title,
            fullTitle: info.title.isEmpty || info.title == siteTitle ? siteTitle : "\(info.title) - \(siteTitle)",
            // Share cards and search engines want a description on every page: the page's own, else the site's.
            description: info.description?.nonEmpty ?? config.description.value(language.code)?.nonEmpty ?? siteTitle,
            canonical: urls.absolute(info.link),
            ogType: info.kind == "article" ? "article" : "website",
            ogLocale: ogLocale,
            url: info.link, kind: info.kind, isHome: info.kind == "home", isProjects: isProjects,
            projectsCurrent: isProjects ? (info.kind == "projects" ? "page" : "true") : nil,
            image: info.image)
        let feeds = feedsBySeries[info.seriesKey ?? ""] ?? feeds(series: info.seriesKey)
        var meta = siteMeta
        meta += info.meta.map { ["name": $0.name, "content": $0.content] }
        let head = PageHead(alternates: info.alternates.map { ["hreflang": $0.hreflang, "href": $0.href] }, feeds: feeds, meta: meta)
        let menu = menuEntries.map { series in
            MenuItem(key: series.key, title: series.title, url: series.url, accent: series.accent,
                     current: series.key == info.seriesKey && info.kind != "home",
                     here: series.url == info.link, section: series.key == info.seriesKey && (info.kind == "series" || info.kind == "article"))
        }
        let languages = config.languages.map { other in
            LanguageChoice(code: other.code, name: other.name, locale: other.locale,
                           url: info.switcher[other.code] ?? urls.link(.home(other.code)), current: other.code == language.code)
        }
        return PageModel(shared: shared, page: page, head: head, menu: menu, languages: languages, own: own, fragments: fragments)
    }

    private static func identity(_ identity: Identity, code: String) -> [String: String] {
        var result: [String: String] = [:]
        result["organizer"] = identity.organizer?.value(code)
        result["operator"] = identity.operator_?.value(code)
        result["contact"] = identity.contact?.value(code)
        result["siteCode"] = identity.siteCode
        result["icp"] = identity.icp
        if let police = identity.police {
            result["police"] = police
            let digits = police.filter { $0.isASCII && $0.isNumber }
            result["policeURL"] = "https://beian.mps.gov.cn/#/query/webSearch?code=\(digits)"
        }
        result["badgeURL"] = identity.badgeURL.flatMap(SafeLink.href)
        result["reportURL"] = identity.reportURL.flatMap(SafeLink.href)
        return result
    }
}

/// What the head and the language switcher of one page need.
struct PageInfo {
    var kind: String
    var title: String
    var link: String
    var description: String?
    /// Absolute URL of the picture a share card shows (an article's cover).
    var image: String?
    var seriesKey: String?
    /// hreflang alternates, absolute (SPEC §6: every existing translation, itself included, and x-default).
    var alternates: [(hreflang: String, href: String)] = []
    /// Language code → root-relative link the switcher leads to.
    var switcher: [String: String] = [:]
    var meta: [(name: String, content: String)] = []
}

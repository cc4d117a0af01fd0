import Foundation

/// The default theme's most numerous pages, articles, series pages, group and tag pages and project pages, written straight
/// into bytes: the same bytes swift-mustache makes of their templates and partials (as
/// `TemplateWhitespace` compacts them), without its look-ups (each `{{name}}` costs swift-mustache
/// about ten dynamic casts, and a tag page lists thousands of articles). A page is written so only
/// when every template it reads is, to the byte, the text this code was written from (`fingerprints`),
/// so a theme that changes any of them, the default theme included, renders through its templates.
/// `DefaultThemePagesTests` holds the two paths to the same bytes.
enum DefaultThemePages {
    /// The templates every page reads; `footer` must also be one of the language fragments.
    static let chrome = ["base", "share-meta", "header", "reader-switches", "footer", "head-extra"]
    /// Page template → the templates of its own that it reads.
    static let pages = ["article": ["article", "read-aloud", "qr-code"], "term": ["term"], "series": ["series", "pagination"],
                        "project": ["project", "read-aloud", "qr-code"]]
    /// FNV-1a of each template's text as `themes/default` has it. After a change to one of these
    /// templates, the pages that read it render through swift-mustache (a test notices) until this
    /// file writes what the new text makes and its fingerprint is updated here.
    static let fingerprints: [String: UInt64] = [
        "base": 0xc34a_e5d4_901c_cb08, "share-meta": 0xf1f1_80e6_c36c_0ddc, "header": 0x4aab_77b9_0830_7c50,
        "footer": 0x0929_8534_1f36_b75b, "head-extra": 0xcbf2_9ce4_8422_2325, "article": 0x8b47_21c4_90f3_dbaa,
        "read-aloud": 0x473c_9dd3_abc5_c003, "qr-code": 0x4f7b_276a_a1b2_4f42, "term": 0xb016_173f_0f44_1f9a,
        "series": 0x7a71_1f94_0d0d_8d15, "pagination": 0x7da2_fb74_d1e2_7f99, "card": 0x4ed8_3288_a848_f67b,
        "project": 0x824b_1249_bf26_4236, "reader-switches": 0x9f7b_b610_1efb_f5f2,
    ]

    /// The page templates written directly, for a theme whose templates (name → text as written) are `texts`.
    static func direct(texts: [String: String], fragments: [String]) -> Set<String> {
        guard fragments.contains("footer"), chrome.allSatisfy({ isDefault($0, texts) }) else { return [] }
        return Set(pages.filter { $0.value.allSatisfy { isDefault($0, texts) } }.keys)
    }

    /// Whether template `name` of `texts` is, to the byte, the text this code was written from.
    static func isDefault(_ name: String, _ texts: [String: String]) -> Bool {
        guard let text = texts[name], let fingerprint = fingerprints[name] else { return false }
        return fnv1a(text) == fingerprint
    }

    /// An entry's card as the `card` partial renders it (`{{#summary}}` shows even an empty summary: a string is never false).
    static func card(_ card: CardModel) -> String {
        var out = HTMLBytes(capacity: 512 + card.summary.utf8.count)
        out.raw("<li class=\"card\">\n")
        if let cover = card.cover { out.pair("<img class=\"card-cover\" src=\"", cover, "\" alt=\"\" loading=\"lazy\">", nil, "") }
        out.pair("\n<h3 class=\"card-title\"><a href=\"", card.url, "\">", card.title, "</a></h3>\n<p class=\"card-meta\">")
        if let series = card.series { out.pair("<a href=\"", series["url"], "\" class=\"card-series\">", series["title"], "</a> ") }
        if let date = card.date { out.pair("<time datetime=\"", card.dateISO, "\">", date, "</time>") }
        out.pair("</p>\n<p class=\"card-summary\">", card.summary, "</p>\n</li>\n", nil, "")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The 64-bit FNV-1a hash of a text's UTF-8 bytes: the same in every run, unlike `Hasher`.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// The page's bytes; nil when `template` is not one written here or the model is not its own.
    static func render(_ template: String, _ model: PageModel) -> [UInt8]? {
        switch (template, model.own) {
        case ("article", let own as ArticlePage):
            return page(model, scripts: readAloudScript(model), end: "\n", capacity: own.article.html.utf8.count + own.qr.utf8.count) {
                article(model, own, &$0)
            }
        case ("project", let own as ProjectPage):
            let capacity = (own.project.html?.utf8.count ?? 0) + own.qr.utf8.count + own.related.count * 512
            return page(model, scripts: readAloudScript(model), end: "\n", capacity: capacity) { project(model, own, &$0) }
        case ("term", let own as TermPage):
            return page(model, scripts: "", end: "", capacity: own.items.count * 512 + own.earlier.count * 160) { term(model, own, &$0) }
        case ("series", let own as SeriesPage):
            return page(model, scripts: "", end: "", capacity: (own.items.count + own.projects.count) * 512) { series(model, own, &$0) }
        default:
            return nil
        }
    }

    /// The `scripts` block of `article` and `project`.
    private static func readAloudScript(_ model: PageModel) -> String {
        "<script src=\"" + HTMLBytes.escaped(model.shared.assets["read_aloud_js"]) + "\" defer></script>\n"
    }

    /// `base` around a page's `scripts` and `main` blocks, then what follows `{{/base}}` (`article`'s
    /// `{{$scripts}}` line holds text, so its block tags are not standalone and keep their line breaks; `term`'s are).
    static func page(_ model: PageModel, scripts: String, end: String, capacity: Int, main: (inout HTMLBytes) -> Void) -> [UInt8] {
        var out = HTMLBytes(capacity: capacity + 16_384)
        head(model, &out)
        out.raw(scripts)
        out.raw("\n</head>\n<body class=\"kind-")
        out.text(model.page.kind)
        out.raw("\">\n<a class=\"skip-link\" href=\"#main\">")
        out.t(model, "skip_to_content")
        out.raw("</a>\n")
        header(model, &out)
        out.raw("<main id=\"main\" tabindex=\"-1\">\n")
        main(&out)
        out.raw("\n</main>\n")
        out.raw(model.fragments[LanguageFragments.key("footer")] ?? "")
        out.raw("</body>\n</html>\n" + end)
        return out.bytes
    }

    /// `base` up to its `scripts` block, with `share-meta`.
    private static func head(_ model: PageModel, _ out: inout HTMLBytes) {
        let page = model.page
        out.raw("<!doctype html>\n<html lang=\"")
        out.text(model.shared.lang["locale"])
        out.raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self'\">\n")
        out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        out.text(page.fullTitle)
        out.raw("</title>\n")
        let shareMeta = [("name=\"description", page.description), ("property=\"og:site_name", model.shared.site["title"]),
                         ("property=\"og:title", page.title), ("property=\"og:description", page.description),
                         ("property=\"og:url", page.canonical), ("property=\"og:type", page.ogType), ("property=\"og:locale", page.ogLocale)]
        for (attribute, content) in shareMeta { out.pair("<meta ", nil, attribute + "\" content=\"", content, "\">\n") }
        if let image = page.image {
            out.raw("<meta property=\"og:image\" content=\"")
            out.text(image)
            out.raw("\">\n<meta name=\"twitter:card\" content=\"summary_large_image\">\n")
        } else {
            out.raw("<meta name=\"twitter:card\" content=\"summary\">\n")
        }
        out.raw("<link rel=\"canonical\" href=\"")
        out.text(page.canonical)
        out.raw("\">\n")
        for item in model.head.alternates {
            out.pair("<link rel=\"alternate\" hreflang=\"", item["hreflang"], "\" href=\"", item["href"], "\">\n")
        }
        for item in model.head.feeds {
            out.pair("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"", item["title"], "\" href=\"", item["href"], "\">\n")
        }
        for item in model.head.meta {
            out.pair("<meta name=\"", item["name"], "\" content=\"", item["content"], "\">\n")
        }
        out.raw("<meta name=\"theme-color\" content=\"#9e1b1b\">\n<link rel=\"stylesheet\" href=\"")
        out.text(model.shared.assets["style_css"])
        out.raw("\">\n<script src=\"")
        out.text(model.shared.assets["textsize_js"])
        out.raw("\"></script>\n")
    }

    /// The `header` partial.
    private static func header(_ model: PageModel, _ out: inout HTMLBytes) {
        let urls = model.shared.urls
        out.raw("<header class=\"site-header\">\n<div class=\"utility\">\n<div class=\"wrap utility-inner\">\n<div class=\"reader-switches\" role=\"group\" aria-label=\"")
        out.t(model, "reader_settings")
        out.raw("\">\n<button type=\"button\" class=\"reader-switch text-size-toggle\" aria-pressed=\"false\" hidden>")
        out.t(model, "larger_text")
        out.raw("</button>\n<button type=\"button\" class=\"reader-switch contrast-toggle\" aria-pressed=\"false\" hidden>")
        out.t(model, "high_contrast")
        out.raw("</button>\n<button type=\"button\" class=\"reader-switch pointer-toggle\" aria-pressed=\"false\" hidden>")
        out.t(model, "large_pointer")
        out.raw("</button>\n</div>\n<nav class=\"language-switcher\" aria-label=\"")
        out.t(model, "languages")
        out.raw("\">\n<ul>\n")
        for language in model.languages {
            if language.current {
                out.pair("<li><span aria-current=\"true\" lang=\"", language.locale, "\">", language.name, "</span></li>\n")
            } else {
                out.pair("<li><a href=\"", language.url, "\" hreflang=\"", language.locale, "\" lang=\"")
                out.pair("", language.locale, "\">", language.name, "</a></li>\n")
            }
        }
        out.raw("</ul>\n</nav>\n</div>\n</div>\n<div class=\"wrap masthead\">\n<a class=\"site-title\" href=\"")
        out.text(urls["home"])
        out.raw("\">")
        out.text(model.shared.site["title"])
        out.raw("</a>\n<form class=\"header-search\" role=\"search\" action=\"")
        out.text(urls["search"])
        out.raw("\" method=\"get\">\n<label for=\"header-q\" class=\"visually-hidden\">")
        out.t(model, "search_label")
        out.raw("</label>\n<input id=\"header-q\" type=\"search\" name=\"q\" placeholder=\"")
        out.t(model, "search_placeholder")
        out.raw("\">\n<button type=\"submit\">")
        out.t(model, "search_button")
        out.raw("</button>\n</form>\n</div>\n<div class=\"navbar\">\n<nav class=\"wrap series-menu\" aria-label=\"")
        out.t(model, "site_menu")
        out.raw("\">\n<ul>\n<li><a href=\"")
        out.text(urls["home"])
        out.raw(model.page.isHome ? "\" aria-current=\"page\">" : "\">")
        out.t(model, "home")
        out.raw("</a></li>\n")
        for item in model.menu {
            out.raw("<li><a href=\"")
            out.text(item.url)
            out.raw(item.here ? "\" aria-current=\"page\">" : item.section ? "\" aria-current=\"true\">" : "\">")
            out.text(item.title)
            out.raw("</a></li>\n")
        }
        out.raw("<li><a href=\"")
        out.text(urls["projects"])
        out.raw("\"")
        if let current = model.page.projectsCurrent {
            out.raw(" aria-current=\"")
            out.text(current)
            out.raw("\"")
        }
        out.raw(">")
        out.t(model, "projects")
        out.raw("</a></li>\n</ul>\n</nav>\n</div>\n</header>\n")
    }

    /// The `main` block of `article`, with `read-aloud` and `qr-code`.
    private static func article(_ model: PageModel, _ own: ArticlePage, _ out: inout HTMLBytes) {
        let article = own.article
        out.raw("\n<article class=\"article accent-")
        out.raw(String(article.series.accent))
        out.raw("\">\n<header class=\"article-header\">\n<div class=\"wrap\">\n")
        breadcrumbHome(model, &out)
        out.raw("<li><a href=\"")
        out.text(article.series.url)
        out.raw("\">")
        out.text(article.series.title)
        out.raw("</a></li></ol></nav>\n<h1 data-read-aloud-text>")
        out.text(article.title)
        out.raw("</h1>\n<p class=\"article-meta\">\n")
        if let date = article.date {
            out.raw("<span>")
            out.t(model, "published")
            out.t(model, "colon")
            out.raw("<time datetime=\"")
            out.text(article.dateISO)
            out.raw("\">")
            out.text(date)
            out.raw("</time></span>")
        }
        out.raw("\n")
        for (key, value, open) in [("source", article.source, "<span class=\"article-source\">"), ("region", article.region, "<span>")] {
            if let value {
                out.raw(open)
                out.t(model, key)
                out.t(model, "colon")
                out.text(value)
                out.raw("</span>")
            }
            out.raw("\n")
        }
        out.raw("<span>")
        out.text(article.readingTime)
        out.raw("</span>\n</p>\n")
        readAloud(model, &out)
        out.raw("</div>\n</header>\n<div class=\"wrap article-body\">\n")
        if let cover = article.cover {
            out.raw("<img class=\"cover\" src=\"")
            out.text(cover)
            out.raw("\" alt=\"\">")
        }
        out.raw("\n<div class=\"prose\" data-read-aloud-text>\n")
        out.raw(article.html)
        out.raw("\n</div>\n")
        if !article.groups.isEmpty || !article.tags.isEmpty {
            out.raw("<footer class=\"taxonomy\">\n")
            chips(model, "groups", article.groups, label: "title", &out)
            chips(model, "tags", article.tags, label: "name", &out)
            out.raw("</footer>\n")
        }
        qrCode(model, own.qr, &out)
        guard !own.more.isEmpty else { return }
        more(model, heading: "more-heading", title: "more_in_series", &out)
        datedList(own.more, &out)
        out.raw("\n<p><a class=\"button button-secondary\" href=\"")
        out.text(article.series.url)
        out.raw("\">")
        out.text(article.series.title)
        out.raw(" · ")
        out.t(model, "all_articles")
        out.raw("</a></p>\n</div>\n</aside>\n")
    }

    /// The `qr-code` partial (a string section shows even when empty), then the end of the page's article.
    static func qrCode(_ model: PageModel, _ qr: String, _ out: inout HTMLBytes) {
        out.raw("<figure class=\"qr-code\" data-qr>")
        out.raw(qr)
        out.raw("<figcaption>")
        out.t(model, "qr_caption")
        out.raw("</figcaption></figure>\n</div>\n</article>\n")
    }

    /// The start of an article's or project's `more` aside, to its heading.
    static func more(_ model: PageModel, heading: String, title: String, _ out: inout HTMLBytes) {
        out.raw("<aside class=\"more\" aria-labelledby=\"" + heading + "\">\n<div class=\"wrap\">\n<h2 id=\"" + heading + "\" class=\"section-title\">")
        out.t(model, title)
        out.raw("</h2>\n")
    }

    /// A breadcrumb opened with its first step, home.
    static func breadcrumbHome(_ model: PageModel, _ out: inout HTMLBytes) {
        out.raw("<nav class=\"breadcrumb\" aria-label=\"")
        out.t(model, "breadcrumb")
        out.raw("\"><ol><li><a href=\"")
        out.text(model.shared.urls["home"])
        out.raw("\">")
        out.t(model, "home")
        out.raw("</a></li>")
    }

    /// Titles and dates (an article's `more`, a term's `earlier`).
    static func datedList(_ items: [[String: String]], _ out: inout HTMLBytes) {
        out.raw("<ul class=\"dated-list\">")
        for item in items {
            out.pair("<li><a href=\"", item["url"], "\">", item["title"], "</a>")
            if let date = item["date"] { out.pair(" <time datetime=\"", item["dateISO"], "\">", date, "</time>") }
            out.raw("</li>")
        }
        out.raw("</ul>")
    }

    /// One line of the article's taxonomy footer: its groups or its tags as chips.
    private static func chips(_ model: PageModel, _ key: String, _ items: [[String: String]], label: String, _ out: inout HTMLBytes) {
        if !items.isEmpty {
            out.raw("<p><span class=\"taxonomy-label\">")
            out.t(model, key)
            out.t(model, "colon")
            out.raw("</span>")
            for item in items { out.pair("<a href=\"", item["url"], "\" class=\"chip\">", item[label], "</a> ") }
            out.raw("</p>")
        }
        out.raw("\n")
    }

    /// The `read-aloud` partial; its opening comment spans two lines, so it is not standalone and leaves its line break.
    static func readAloud(_ model: PageModel, _ out: inout HTMLBytes) {
        out.raw("\n<div class=\"read-aloud\" data-read-aloud tabindex=\"-1\" hidden data-t-start=\"")
        out.t(model, "read_aloud")
        out.raw("\" data-t-pause=\"")
        out.t(model, "read_aloud_pause")
        out.raw("\"\ndata-t-resume=\"")
        out.t(model, "read_aloud_resume")
        out.raw("\" data-t-reading=\"")
        out.t(model, "read_aloud_reading")
        out.raw("\" data-t-paused=\"")
        out.t(model, "read_aloud_paused")
        out.raw("\"\ndata-t-stopped=\"")
        out.t(model, "read_aloud_stopped")
        out.raw("\">\n<button type=\"button\" class=\"read-aloud-toggle\">")
        out.t(model, "read_aloud")
        out.raw("</button>\n<button type=\"button\" class=\"read-aloud-stop button-secondary\" hidden>")
        out.t(model, "read_aloud_stop")
        out.raw("</button>\n<span class=\"read-aloud-status\" role=\"status\" aria-live=\"polite\"></span>\n</div>\n")
    }
}

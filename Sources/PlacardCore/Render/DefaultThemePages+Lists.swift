import Foundation

/// The `main` blocks of the default theme's list pages, written straight into bytes: group and tag
/// pages (`term`) and series pages with their pagination (see `DefaultThemePages`).
extension DefaultThemePages {
    /// The `main` block of `term`.
    static func term(_ model: PageModel, _ own: TermPage, _ out: inout HTMLBytes) {
        out.raw("<header class=\"band\">\n<div class=\"wrap\">\n")
        breadcrumbHome(model, &out)
        out.raw("</ol></nav>\n<h1>")
        out.text(own.term["heading"])
        out.raw("</h1>\n</div>\n</header>\n<div class=\"wrap\">\n")
        if !own.items.isEmpty {
            out.raw("<section class=\"list-section\" aria-labelledby=\"term-articles\"><h2 id=\"term-articles\" class=\"section-title\">")
            out.t(model, "articles")
            out.raw("</h2><ul class=\"cards\">")
            for item in own.items { out.raw(item["html"] ?? "") }
            out.raw("</ul>\n")
            if !own.earlier.isEmpty {
                out.raw("<h3 class=\"dated-list-title\">")
                out.t(model, "earlier_articles")
                out.raw("</h3>")
                datedList(own.earlier, &out)
            }
            out.raw("</section>")
        }
        out.raw("\n")
        if !own.projects.isEmpty {
            out.raw("<section class=\"list-section\" aria-labelledby=\"term-projects\"><h2 id=\"term-projects\" class=\"section-title\">")
            out.t(model, "projects")
            out.raw("</h2><ul class=\"projects\">")
            for item in own.projects { out.raw(item["html"] ?? "") }
            out.raw("</ul></section>")
        }
        out.raw("\n")
        if own.items.isEmpty && own.projects.isEmpty {
            out.raw("<p class=\"empty\">")
            out.t(model, "no_articles")
            out.raw("</p>")
        }
        out.raw("\n</div>\n")
    }

    /// The `main` block of `series`, with `pagination`.
    static func series(_ model: PageModel, _ own: SeriesPage, _ out: inout HTMLBytes) {
        let series = own.series
        out.raw("<header class=\"band accent-")
        out.raw(String(series.accent))
        out.raw("\">\n<div class=\"wrap\">\n")
        breadcrumbHome(model, &out)
        out.pair("<li><a href=\"", series.url, "\">", series.title, "</a></li></ol></nav>\n<h1>")
        out.text(series.title)
        out.raw("</h1>\n")
        if let description = series.description { out.pair("<p class=\"lead\">", description, "</p>", nil, "") }
        out.raw("\n<p><a href=\"")
        out.text(series.feed)
        out.raw("\" class=\"feed-link\">")
        out.t(model, "feed")
        out.raw("</a></p>\n</div>\n</header>\n<div class=\"wrap\">\n<section class=\"list-section\" aria-labelledby=\"articles-heading\">\n")
        out.raw("<h2 id=\"articles-heading\" class=\"section-title\">")
        out.t(model, "all_articles")
        out.raw("</h2>\n")
        if own.items.isEmpty {
            out.raw("\n<p class=\"empty\">")
            out.t(model, "no_articles")
            out.raw("</p>\n")
        } else {
            out.raw("<ul class=\"cards\">")
            for item in own.items { out.raw(item["html"] ?? "") }
            out.raw("</ul>\n\n")
        }
        pagination(model, own.pagination, &out)
        out.raw("</section>\n")
        if own.hasProjects {
            out.raw("<section class=\"list-section\" aria-labelledby=\"series-projects\">\n<h2 id=\"series-projects\" class=\"section-title\">")
            out.t(model, "projects")
            out.raw("</h2>\n<ul class=\"projects\">")
            for item in own.projects { out.raw(item["html"] ?? "") }
            out.raw("</ul>\n")
            if let more = own.moreProjects { out.pair("<p class=\"more-link\"><a href=\"", more["url"], "\">", more["text"], "</a></p>") }
            out.raw("\n</section>\n")
        }
        out.raw("</div>\n")
    }

    /// The `pagination` partial, used standalone: nothing when it is not shown, and otherwise swift-mustache
    /// keeps the line break after its opening `{{#pagination.show}}`.
    static func pagination(_ model: PageModel, _ pagination: PaginationModel, _ out: inout HTMLBytes) {
        guard pagination.show else { return }
        out.raw("\n<nav class=\"pagination\" aria-label=\"")
        out.t(model, "pagination")
        out.raw("\">\n<p class=\"pagination-label\">")
        out.text(pagination.label)
        out.raw("</p>\n<ul>\n")
        if let newer = pagination.newer { out.pair("<li><a href=\"", newer, "\" rel=\"prev\">", model.shared.t["newer"], "</a></li>") }
        out.raw("\n")
        for page in pagination.pages {
            guard let number = page.number else {
                out.raw("<li><span class=\"pagination-gap\">…</span></li>")
                continue
            }
            if page.current {
                out.raw("<li><span aria-current=\"page\">" + String(number) + "</span></li>")
            } else {
                out.pair("<li><a href=\"", page.url, "\">", String(number), "</a></li>")
            }
        }
        out.raw("\n")
        if let older = pagination.older { out.pair("<li><a href=\"", older, "\" rel=\"next\">", model.shared.t["older"], "</a></li>") }
        out.raw("\n</ul>\n</nav>\n")
    }
}

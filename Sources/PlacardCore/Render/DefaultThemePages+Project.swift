import Foundation

/// The `main` block of the default theme's project page, written straight into bytes (see `DefaultThemePages`).
extension DefaultThemePages {
    /// The `main` block of `project`, with `read-aloud` and `qr-code`. A section over a string shows
    /// even when the string is empty (`summary`, `region`); over an optional one, only when it is there.
    static func project(_ model: PageModel, _ own: ProjectPage, _ out: inout HTMLBytes) {
        let project = own.project
        out.raw("\n<article class=\"article project-page")
        for item in model.menu where item.current { out.raw(" accent-" + String(item.accent)) }
        out.raw("\">\n<header class=\"article-header\">\n<div class=\"wrap\">\n")
        breadcrumbHome(model, &out)
        out.pair("<li><a href=\"", model.shared.urls["projects"], "\">", model.shared.t["projects_directory"], "</a></li>")
        out.pair("<li><a href=\"", project.series["url"], "\">", project.series["title"], "</a></li></ol></nav>\n<h1 data-read-aloud-text")
        lang(project, "title", &out)
        out.pair(">", project.title, "</h1>\n", nil, "")
        readAloud(model, &out)
        out.raw("</div>\n</header>\n<div class=\"wrap article-body\">\n<p class=\"lead\" data-read-aloud-text")
        lang(project, "summary", &out)
        out.pair(">", project.summary, "</p>\n<dl class=\"facts\">\n<div><dt>", model.shared.t["status"], "</dt><dd><span class=\"status status-")
        out.pair("", project.status, "\">", project.statusLabel, "</span></dd></div>\n<div><dt>")
        out.t(model, "organizer")
        out.raw("</dt><dd")
        lang(project, "organizer", &out)
        out.pair(">", project.organizer, "</dd></div>\n<div><dt>", model.shared.t["organizer_type"], "</dt><dd>")
        out.pair("", project.organizerTypeLabel, "</dd></div>\n<div><dt>", model.shared.t["region"], "</dt><dd")
        lang(project, "region", &out)
        out.pair(">", project.region, "</dd></div>\n<div><dt>", model.shared.t["dates"], "</dt><dd><time datetime=\"")
        out.pair("", project.startISO, "\">", project.start, "</time>")
        if let end = project.end { out.pair(" – <time datetime=\"", project.endISO, "\">", end, "</time>") }
        out.raw("</dd></div>\n")
        if let reach = project.reachText { out.pair("<div><dt>", model.shared.t["reach"], "</dt><dd>", reach, "</dd></div>") }
        out.raw("\n")
        if project.hasGroups {
            out.raw("<div><dt>")
            out.t(model, "groups")
            out.raw("</dt><dd>")
            for group in project.groups { out.pair("<a href=\"", group["url"], "\" class=\"chip\">", group["title"], "</a> ") }
            out.raw("</dd></div>")
        }
        out.pair("\n<div><dt>", model.shared.t["project_list"], "</dt><dd>", project.list, "</dd></div>\n")
        if let link = project.link {
            out.pair("<div><dt>", model.shared.t["project_link"], "</dt><dd><a href=\"", link, "\" rel=\"noopener\" class=\"url\">")
            out.pair("", link, "</a></dd></div>", nil, "")
        }
        out.raw("\n</dl>\n")
        if let html = project.html {
            out.raw("<div class=\"prose\" data-read-aloud-text>\n")
            out.raw(html)
            out.raw("\n</div>")
        }
        out.raw("\n")
        qrCode(model, own.qr, &out)
        guard !own.related.isEmpty else { return }
        more(model, heading: "related-heading", title: "related_articles", &out)
        out.raw("<ul class=\"cards\">")
        for item in own.related { out.raw(item["html"] ?? "") }
        out.raw("</ul>\n</div>\n</aside>\n")
    }

    /// ` lang="…"` when the project's `field` is shown in another language (`{{#project.titleLang}}`).
    private static func lang(_ project: ProjectRowModel, _ field: String, _ out: inout HTMLBytes) {
        if let locale = project.languages[field] { out.pair(" lang=\"", locale, "\"", nil, "") }
    }
}

import Foundation

/// Page numbers of a paginated list; an empty list still has one page.
enum Pagination {
    static func pages(count: Int, perPage: Int) -> Int {
        max(1, (count + perPage - 1) / perPage)
    }

    static func context(current: Int, total: Int, context: LanguageContext, link: (Int) -> String) -> [String: Any] {
        var result: [String: Any] = [
            "current": current, "total": total, "show": total > 1,
            "label": Placeholder.fill(context.t("page_n_of_m"), ["page": String(current), "total": String(total)]),
            "pages": (1...total).map { ["number": $0, "url": link($0), "current": $0 == current] as [String: Any] },
        ]
        if current > 1 { result["newer"] = link(current - 1) }
        if current < total { result["older"] = link(current + 1) }
        return result
    }
}

/// A small page that sends the reader on (used for `/page/1/`).
enum Redirect {
    static func html(to link: String, absolute: String, locale: String) -> String {
        let href = HTMLEscape.attribute(link)
        return """
        <!doctype html>
        <html lang="\(HTMLEscape.attribute(locale))"><head><meta charset="utf-8">\(ContentSecurityPolicy.metaTag)<title>\(href)</title>
        <link rel="canonical" href="\(HTMLEscape.attribute(absolute))"><meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=\(href)"></head>
        <body><p><a href="\(href)">\(href)</a></p></body></html>

        """
    }
}

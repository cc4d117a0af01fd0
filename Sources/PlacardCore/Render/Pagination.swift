import Foundation

/// Page numbers of a paginated list; an empty list still has one page.
enum Pagination {
    static func pages(count: Int, perPage: Int) -> Int {
        count <= 0 ? 1 : (count - 1) / perPage + 1
    }

    static func model(current: Int, total: Int, context: LanguageContext, link: (Int) -> String) -> PaginationModel {
        PaginationModel(
            current: current, total: total, show: total > 1,
            label: Placeholder.fill(context.t("page_n_of_m"), ["page": String(current), "total": String(total)]),
            pages: shown(current: current, total: total).map { number in
                PageLink(number: number, url: number.map(link) ?? "", current: number == current)
            },
            newer: current > 1 ? link(current - 1) : nil,
            older: current < total ? link(current + 1) : nil)
    }
}

extension Pagination {
    /// Pages either side of the current one that the page list links.
    static let window = 2

    /// The page numbers a list links, nil for a gap: the first and last pages and those within
    /// `window` of the current one (`1 … 48 49 50 51 52 … 161`), so a page's size does not grow
    /// with the number of pages. A gap of one page shows that page instead.
    static func shown(current: Int, total: Int) -> [Int?] {
        let wanted = Set([1, total] + Array(max(1, current - window)...min(total, current + window)))
        var result: [Int?] = []
        var previous = 0
        for number in wanted.sorted() {
            if number - previous == 2 {
                result.append(number - 1)
            } else if number - previous > 2 {
                result.append(nil)
            }
            result.append(number)
            previous = number
        }
        return result
    }
}

/// A small page that sends the reader on (used for `/page/1/`), with the head of the page it
/// leads to: every HTML page carries the canonical, translation and feed links and the checkers' meta tags.
enum Redirect {
    static func html(to link: String, model: PageModel) -> String {
        let href = HTMLEscape.attribute(link)
        var head = "<meta name=\"description\" content=\"\(HTMLEscape.attribute(model.page.description))\">\n"
        head += "<link rel=\"canonical\" href=\"\(HTMLEscape.attribute(model.page.canonical))\"><meta name=\"robots\" content=\"noindex\">\n"
        for item in model.head.alternates {
            head += "<link rel=\"alternate\" hreflang=\"\(HTMLEscape.attribute(item["hreflang"] ?? ""))\" href=\"\(HTMLEscape.attribute(item["href"] ?? ""))\">\n"
        }
        for item in model.head.feeds {
            head += "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"\(HTMLEscape.attribute(item["title"] ?? ""))\" href=\"\(HTMLEscape.attribute(item["href"] ?? ""))\">\n"
        }
        for item in model.head.meta {
            head += "<meta name=\"\(HTMLEscape.attribute(item["name"] ?? ""))\" content=\"\(HTMLEscape.attribute(item["content"] ?? ""))\">\n"
        }
        return """
        <!doctype html>
        <html lang="\(HTMLEscape.attribute(model.shared.lang["locale"] ?? ""))"><head><meta charset="utf-8">\(ContentSecurityPolicy.metaTag)<title>\(HTMLEscape.text(model.page.fullTitle))</title>
        \(head)<meta http-equiv="refresh" content="0; url=\(href)"></head>
        <body><p><a href="\(href)">\(href)</a></p></body></html>

        """
    }
}

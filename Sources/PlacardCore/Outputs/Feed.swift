/// RSS 2.0 feeds, with the full article in `content:encoded`.
struct Feed {
    let title: String
    let description: String
    /// Absolute link of the page the feed is about.
    let link: String
    /// Absolute URL of the feed itself.
    let selfLink: String
    let language: String
    let items: [Item]

    struct Item {
        let title: String
        /// Absolute.
        let link: String
        let date: ContentDate?
        let summary: String
        /// HTML with absolute links.
        let html: String
        let categories: [String]
    }

    var xml: String {
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
        <title>\(XMLEscape.text(title))</title>
        <link>\(XMLEscape.text(link))</link>
        <description>\(XMLEscape.text(description))</description>
        <language>\(XMLEscape.text(language))</language>
        <generator>Placard</generator>
        <atom:link href="\(XMLEscape.text(selfLink))" rel="self" type="application/rss+xml"/>

        """
        if let newest = items.compactMap(\.date).max() {
            out += "<lastBuildDate>\(newest.rfc822)</lastBuildDate>\n"
        }
        for item in items {
            out += "<item>\n<title>\(XMLEscape.text(item.title))</title>\n"
            out += "<link>\(XMLEscape.text(item.link))</link>\n"
            out += "<guid isPermaLink=\"true\">\(XMLEscape.text(item.link))</guid>\n"
            if let date = item.date { out += "<pubDate>\(date.rfc822)</pubDate>\n" }
            for category in item.categories { out += "<category>\(XMLEscape.text(category))</category>\n" }
            out += "<description>\(XMLEscape.text(item.summary))</description>\n"
            out += "<content:encoded>\(XMLEscape.text(item.html))</content:encoded>\n</item>\n"
        }
        out += "</channel>\n</rss>\n"
        return out
    }

    /// Makes root-relative `href` and `src` attributes absolute, for feed readers.
    static func absoluteLinks(_ html: String, urls: URLs) -> String {
        html.replacingOccurrences(of: "href=\"/", with: "href=\"\(urls.origin)/")
            .replacingOccurrences(of: "src=\"/", with: "src=\"\(urls.origin)/")
    }
}

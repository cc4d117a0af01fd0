/// `sitemap.xml` with `xhtml:link` hreflang alternates, and `robots.txt`.
enum Sitemap {
    static func xml(_ entries: [SitemapEntry]) -> String {
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        for entry in entries.sorted(by: { $0.location < $1.location }) {
            out += "<url>\n<loc>\(XMLEscape.text(entry.location))</loc>\n"
            if let lastModified = entry.lastModified { out += "<lastmod>\(lastModified)</lastmod>\n" }
            for alternate in entry.alternates {
                out += "<xhtml:link rel=\"alternate\" hreflang=\"\(XMLEscape.text(alternate.hreflang))\" href=\"\(XMLEscape.text(alternate.href))\"/>\n"
            }
            out += "</url>\n"
        }
        out += "</urlset>\n"
        return out
    }

    static func robots(sitemap: String) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(sitemap)\n"
    }
}

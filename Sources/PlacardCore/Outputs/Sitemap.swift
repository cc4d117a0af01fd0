/// `sitemap.xml` with `xhtml:link` hreflang alternates, and `robots.txt`.
///
/// The sitemaps protocol allows 50,000 URLs and 50 MB in one file. A site within that gets one
/// `sitemap.xml`; a bigger one gets `sitemap-1.xml`, `sitemap-2.xml`, … and a `sitemap.xml` that
/// is a sitemap index listing them, so robots.txt and search consoles keep one address.
enum Sitemap {
    static let maxURLs = 50_000
    static let maxBytes = 50 * 1024 * 1024

    private static let urlsetOpen = """
    <?xml version="1.0" encoding="utf-8"?>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

    """
    private static let urlsetClose = "</urlset>\n"

    /// The sitemap files as (path in the output folder, text); `partURL(n)` is the absolute URL
    /// of `sitemap-n.xml`.
    static func files(_ entries: [SitemapEntry], maxURLs: Int = maxURLs, maxBytes: Int = maxBytes,
                      partURL: (Int) -> String) -> [(path: String, text: String)] {
        let records = entries.sorted(by: { $0.location < $1.location }).map(record)
        var parts: [String] = [], part = urlsetOpen, count = 0
        let frame = urlsetOpen.utf8.count + urlsetClose.utf8.count
        for record in records {
            if count > 0, count == maxURLs || part.utf8.count + record.utf8.count + frame > maxBytes {
                parts.append(part + urlsetClose)
                part = urlsetOpen
                count = 0
            }
            part += record
            count += 1
        }
        parts.append(part + urlsetClose)
        guard parts.count > 1 else { return [(Route.sitemap.path, parts[0])] }
        var index = """
        <?xml version="1.0" encoding="utf-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

        """
        for number in parts.indices.map({ $0 + 1 }) {
            index += "<sitemap>\n<loc>\(XMLEscape.text(partURL(number)))</loc>\n</sitemap>\n"
        }
        index += "</sitemapindex>\n"
        return [(Route.sitemap.path, index)] + parts.enumerated().map { (partPath($0.offset + 1), $0.element) }
    }

    /// The output path of part `number` of a split sitemap.
    static func partPath(_ number: Int) -> String { "sitemap-\(number).xml" }

    private static func record(_ entry: SitemapEntry) -> String {
        var out = "<url>\n<loc>\(XMLEscape.text(entry.location))</loc>\n"
        if let lastModified = entry.lastModified { out += "<lastmod>\(lastModified)</lastmod>\n" }
        for alternate in entry.alternates {
            out += "<xhtml:link rel=\"alternate\" hreflang=\"\(XMLEscape.text(alternate.hreflang))\" href=\"\(XMLEscape.text(alternate.href))\"/>\n"
        }
        return out + "</url>\n"
    }

    static func robots(sitemap: String) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(sitemap)\n"
    }
}

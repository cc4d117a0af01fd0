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
        /// The HTML with absolute links, escaped for XML (`Feed.content(_:urls:page:)`): an article is
        /// in more than one feed, and this is made once.
        let content: [UInt8]
        let categories: [String]
    }

    /// The feed's UTF-8 text.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(items.reduce(4096) { $0 + $1.content.count + 1024 })
        func put(_ text: StaticString) {
            out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        func put(escaped text: String) { XMLEscape.append(text, to: &out) }
        put("""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
        <title>
        """)
        put(escaped: title)
        put("</title>\n<link>")
        put(escaped: link)
        put("</link>\n<description>")
        put(escaped: description)
        put("</description>\n<language>")
        put(escaped: language)
        put("</language>\n<generator>Placard</generator>\n<atom:link href=\"")
        put(escaped: selfLink)
        put("\" rel=\"self\" type=\"application/rss+xml\"/>\n")
        if let newest = items.compactMap(\.date).max() {
            put("<lastBuildDate>")
            out.append(contentsOf: newest.rfc822.utf8)
            put("</lastBuildDate>\n")
        }
        for item in items {
            put("<item>\n<title>")
            put(escaped: item.title)
            put("</title>\n<link>")
            put(escaped: item.link)
            put("</link>\n<guid isPermaLink=\"true\">")
            put(escaped: item.link)
            put("</guid>\n")
            if let date = item.date {
                put("<pubDate>")
                out.append(contentsOf: date.rfc822.utf8)
                put("</pubDate>\n")
            }
            for category in item.categories {
                put("<category>")
                put(escaped: category)
                put("</category>\n")
            }
            put("<description>")
            put(escaped: item.summary)
            put("</description>\n<content:encoded>")
            out.append(contentsOf: item.content)
            put("</content:encoded>\n</item>\n")
        }
        put("</channel>\n</rss>\n")
        return out
    }

    /// An item's `content:encoded` text: `html` with absolute links (`absoluteLinks`), escaped for XML.
    static func content(_ html: String, urls: URLs, page: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(html.utf8.count + html.utf8.count / 8)
        XMLEscape.append(absoluteLinks(html, urls: urls, page: page), to: &out)
        return out
    }

    /// Makes the `href` and `src` attributes absolute, for feed readers, in one pass over the bytes.
    /// Before a root-relative one (`/zt/szsy/zh/about/`) goes the origin; one that lacks the base
    /// URL's path (`/images/map.png` in raw HTML, which Markdown links never are) gets the base URL
    /// instead; before `//` (a link to another host without its scheme) goes only the origin's
    /// scheme; before a relative one (raw HTML's `map.png`), a query (`?page=2`), an empty one and
    /// an `href="#…"` within the article (its footnotes) goes the article's own address, `page`, as
    /// its page's browser reads them.
    static func absoluteLinks(_ html: String, urls: URLs, page: String = "") -> String {
        var html = html
        let origin = Array(urls.origin.utf8)
        let basePath = Array(urls.basePath.utf8)
        let base = origin + basePath.dropLast()
        let pageBytes = Array(page.utf8)
        let scheme = Array(origin.prefix { $0 != 0x3A }) + [0x3A]
        let rewritten: [UInt8]? = html.withUTF8 { bytes in
            var out: [UInt8] = []
            var start = 0
            var index = 0
            func matches(_ word: StaticString, at position: Int) -> Bool {
                let count = word.utf8CodeUnitCount
                guard position + count < bytes.count else { return false }
                for offset in 0..<count where bytes[position + offset] | 0x20 != word.utf8Start[offset] { return false }
                return true
            }
            while index + 5 < bytes.count {
                // Only an `s` or an `h` (or raw HTML's `S`, `H`) can start one.
                let first = bytes[index] | 0x20
                guard first == 0x73 || first == 0x68 else {
                    index += 1
                    continue
                }
                // `src=` or `href=`, in any case, then a quote: `value` is where the address starts.
                let isHref = first == 0x68
                guard matches(isHref ? "href=" : "src=", at: index) else {
                    index += 1
                    continue
                }
                let quoteAt = index + (isHref ? 5 : 4)
                let quote = bytes[quoteAt]
                let value = quoteAt + 1
                guard quote == 0x22 || quote == 0x27, value < bytes.count else {
                    index += 1
                    continue
                }
                let prefix: [UInt8]?
                switch bytes[value] {
                case 0x23: prefix = isHref && !pageBytes.isEmpty ? pageBytes : nil
                case 0x3F: prefix = pageBytes.isEmpty ? nil : pageBytes
                case 0x2F:
                    if value + 1 < bytes.count && bytes[value + 1] == 0x2F {
                        prefix = scheme
                    } else {
                        let hasBase = basePath.count == 1 || bytes[value...].starts(with: basePath)
                        prefix = hasBase ? origin : base
                    }
                default:
                    let end = bytes[value...].firstIndex(of: quote) ?? bytes.count
                    let address = String(decoding: UnsafeBufferPointer(rebasing: bytes[value..<end]), as: UTF8.self)
                    prefix = !pageBytes.isEmpty && (address.isEmpty || LinkResolver.isRelative(address)) ? pageBytes : nil
                }
                if let prefix {
                    if out.isEmpty { out.reserveCapacity(bytes.count + 256) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<value]))
                    out.append(contentsOf: prefix)
                    start = value
                }
                index = value
            }
            guard start > 0 else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            return out
        }
        return rewritten.map { String(decoding: $0, as: UTF8.self) } ?? html
    }
}

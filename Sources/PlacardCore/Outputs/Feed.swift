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
        /// The HTML with absolute links, escaped for XML (`Feed.content(_:urls:)`): an article is
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
    static func content(_ html: String, urls: URLs) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(html.utf8.count + html.utf8.count / 8)
        XMLEscape.append(absoluteLinks(html, urls: urls), to: &out)
        return out
    }

    /// Makes root-relative `href` and `src` attributes absolute, for feed readers: the origin goes
    /// after every `href="` and `src="` that is followed by `/`, in one pass over the bytes.
    static func absoluteLinks(_ html: String, urls: URLs) -> String {
        let origin = Array(urls.origin.utf8)
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        var start = 0
        var index = 0
        while index + 5 < bytes.count {
            // `src="/` (the origin goes before its slash), then `href="/`.
            if bytes[index] == 0x73, bytes[index + 1] == 0x72, bytes[index + 2] == 0x63, bytes[index + 3] == 0x3D,
               bytes[index + 4] == 0x22, bytes[index + 5] == 0x2F {
                out.append(contentsOf: bytes[start..<(index + 5)])
                out.append(contentsOf: origin)
                start = index + 5
                index += 6
            } else if bytes[index] == 0x68, index + 6 < bytes.count, bytes[index + 1] == 0x72, bytes[index + 2] == 0x65,
                      bytes[index + 3] == 0x66, bytes[index + 4] == 0x3D, bytes[index + 5] == 0x22, bytes[index + 6] == 0x2F {
                out.append(contentsOf: bytes[start..<(index + 6)])
                out.append(contentsOf: origin)
                start = index + 6
                index += 7
            } else {
                index += 1
            }
        }
        guard start > 0 else { return html }
        out.append(contentsOf: bytes[start...])
        return String(decoding: out, as: UTF8.self)
    }
}

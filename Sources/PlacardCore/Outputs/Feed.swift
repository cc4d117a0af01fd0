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

    /// Makes root-relative `href` and `src` attributes absolute, for feed readers: the origin goes
    /// after every `href="` and `src="` that is followed by `/`, in one pass over the bytes; before
    /// `//` (a link to another host without its scheme) only the origin's scheme goes, and before an
    /// `href="#…"` within the article (its footnotes) the article's own address, `page`.
    static func absoluteLinks(_ html: String, urls: URLs, page: String = "") -> String {
        var html = html
        let origin = Array(urls.origin.utf8)
        let pageBytes = Array(page.utf8)
        let scheme = Array(origin.prefix { $0 != 0x3A }) + [0x3A]
        let rewritten: [UInt8]? = html.withUTF8 { bytes in
            var out: [UInt8] = []
            var start = 0
            var index = 0
            while index + 5 < bytes.count {
                // Only an `s` or an `h` can start one.
                guard bytes[index] == 0x73 || bytes[index] == 0x68 else {
                    index += 1
                    continue
                }
                // `src="/` (the origin goes before its slash), then `href="/`.
                let length: Int
                if bytes[index] == 0x73, bytes[index + 1] == 0x72, bytes[index + 2] == 0x63, bytes[index + 3] == 0x3D,
                   bytes[index + 4] == 0x22, bytes[index + 5] == 0x2F {
                    length = 5
                } else if bytes[index] == 0x68, index + 6 < bytes.count, bytes[index + 1] == 0x72, bytes[index + 2] == 0x65,
                          bytes[index + 3] == 0x66, bytes[index + 4] == 0x3D, bytes[index + 5] == 0x22,
                          bytes[index + 6] == 0x2F || bytes[index + 6] == 0x23 {
                    length = 6
                } else {
                    index += 1
                    continue
                }
                if out.isEmpty { out.reserveCapacity(bytes.count + 256) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<(index + length)]))
                if bytes[index + length] == 0x23 {
                    out.append(contentsOf: pageBytes)
                } else {
                    let otherHost = index + length + 1 < bytes.count && bytes[index + length + 1] == 0x2F
                    out.append(contentsOf: otherHost ? scheme : origin)
                }
                start = index + length
                index += length + 1
            }
            guard start > 0 else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            return out
        }
        return rewritten.map { String(decoding: $0, as: UTF8.self) } ?? html
    }
}

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

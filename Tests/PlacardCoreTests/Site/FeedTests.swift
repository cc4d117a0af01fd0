import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PlacardCore

/// Reads RSS back: channel fields and items.
final class FeedReader: NSObject, XMLParserDelegate {
    struct Item { var fields: [String: String] = [:] }
    var channel: [String: String] = [:]
    var items: [Item] = []
    var namespaces: [String: String] = [:]
    private var text = ""
    private var inItem = false

    init?(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        parser.shouldReportNamespacePrefixes = true
        guard parser.parse() else { return nil }
    }

    func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
        namespaces[prefix] = namespaceURI
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "item" { inItem = true; items.append(Item()) }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "item" { inItem = false; return }
        let key = qualifiedName ?? name
        if inItem { items[items.count - 1].fields[key] = text } else { channel[key] = text }
    }
}

@Suite struct FeedTests {
    @Test func feedsParseBackWithEveryItemField() throws {
        var files = [
            "content/elderly/hostile.zh.md": article("<script>alert(1)</script> & “课堂”", date: "2025-03-01T09:30:00+08:00",
                                                     body: "正文有[链接](other.zh.md)和**重点**。"),
            "content/elderly/other.zh.md": article("另一篇", date: "2025-02-01"),
            "content/education/coding.zh.md": article("编程课", date: "2025-01-01"),
        ]
        for i in 0..<25 { files["content/education/n\(i).en.md"] = article("News \(i)", date: "2024-01-\(String(format: "%02d", i + 1))") }
        let site = try TestSite(files)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")

        let zh = try #require(FeedReader(site.read("zh/feed.xml") ?? ""))
        #expect(zh.namespaces["content"] == "http://purl.org/rss/1.0/modules/content/")
        #expect(zh.channel["title"] == "数字素养")
        #expect(zh.channel["link"] == "https://digital.example.gov.cn/zh/")
        #expect(zh.items.map { $0.fields["title"] } == ["<script>alert(1)</script> & “课堂”", "另一篇", "编程课"])
        let first = zh.items[0].fields
        #expect(first["link"] == "https://digital.example.gov.cn/zh/elderly/hostile/")
        #expect(first["guid"] == first["link"])
        #expect(first["pubDate"] == "Sat, 01 Mar 2025 09:30:00 +0800")
        #expect(first["content:encoded"]?.contains("<a href=\"https://digital.example.gov.cn/zh/elderly/other/\">链接</a>") == true)
        #expect(first["content:encoded"]?.contains("<strong>重点</strong>") == true)

        let series = try #require(FeedReader(site.read("zh/elderly/feed.xml") ?? ""))
        #expect(series.items.count == 2)
        let en = try #require(FeedReader(site.read("en/feed.xml") ?? ""))
        #expect(en.items.count == 20, "feeds.items limits the newest items")
        #expect(en.items.first?.fields["title"] == "News 24")
        #expect(en.items.allSatisfy { $0.fields["pubDate"] != nil && $0.fields["guid"] != nil && $0.fields["link"]?.hasPrefix("https://") == true })
    }

    /// A build hands each body's HTML to its page (`BodyHTMLHandOver`), after the feeds quoted it:
    /// every body is still on its page and in both feeds that list it, footnotes included.
    @Test func everyBodyIsOnItsPageAndInItsFeeds() throws {
        var files = ["content/pages/about.zh.md": article("关于", body: "本页正文独有的句子[^a]。\n\n[^a]: 页面脚注。")]
        for i in 0..<6 {
            files["content/elderly/a\(i).zh.md"] = article("文章\(i)", date: "2025-03-0\(i + 1)", body: "第一段。\n\n第\(i)篇独有的第二段。")
        }
        let site = try TestSite(files)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        let about = site.read("zh/about/index.html") ?? ""
        #expect(about.contains("<p>本页正文独有的句子") && about.contains("页面脚注"))
        let feeds = [site.read("zh/feed.xml") ?? "", site.read("zh/elderly/feed.xml") ?? ""]
        for i in 0..<6 {
            // The second paragraph is in no summary: only the body holds it.
            #expect(site.read("zh/elderly/a\(i)/index.html")?.contains("<p>第\(i)篇独有的第二段。</p>") == true)
            for feed in feeds { #expect(feed.contains("&lt;p&gt;第\(i)篇独有的第二段。&lt;/p&gt;"), "article \(i)") }
        }
    }

    @Test func rfc822DatesUseEnglishNames() {
        #expect(ContentDate.parse("2024-05-20")!.rfc822 == "Mon, 20 May 2024 00:00:00 +0000")
        #expect(ContentDate.parse("2024-12-31T23:59:00-05:00")!.rfc822 == "Tue, 31 Dec 2024 23:59:00 -0500")
    }

    /// Root-relative `href` and `src` get the origin, up to the text's last byte (those without the
    /// base URL's path, raw HTML's, get the base URL); others stay.
    @Test func rootRelativeLinksBecomeAbsolute() {
        let urls = URLs(baseURL: "https://example.org/zt/")
        let o = urls.origin, b = urls.origin + "/zt"
        for (html, expected) in [
            ("<a href=\"/zt/a/\">链接</a><img src=\"/zt/b.png\" alt=\"\">", "<a href=\"\(o)/zt/a/\">链接</a><img src=\"\(o)/zt/b.png\" alt=\"\">"),
            ("<a href=\"/a/\">链接</a><img src=\"/b.png\" alt=\"\">", "<a href=\"\(b)/a/\">链接</a><img src=\"\(b)/b.png\" alt=\"\">"),
            ("<a href=\"https://x.org/\">x</a> src=\"b\" hhref=\"/c\"", "<a href=\"https://x.org/\">x</a> src=\"b\" hhref=\"\(b)/c\""),
            ("no links, only shh and sss", "no links, only shh and sss"),
            ("href=\"/", "href=\"\(b)/"), ("x src=\"/", "x src=\"\(b)/"), ("href=\"", "href=\""), ("src=\"", "src=\""), ("", ""),
            // Another host without its scheme gets the site's scheme only.
            ("<a href=\"//cdn.example.com/x.png\">x</a>", "<a href=\"https://cdn.example.com/x.png\">x</a>"),
            ("src=\"//a\" href=\"/zt/b\"", "src=\"https://a\" href=\"\(o)/zt/b\""), ("href=\"//", "href=\"https://"),
        ] {
            #expect(Feed.absoluteLinks(html, urls: urls) == expected, "\(html)")
        }
    }
}

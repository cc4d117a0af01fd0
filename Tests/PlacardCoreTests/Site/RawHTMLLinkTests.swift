import Foundation
import Testing
@testable import PlacardCore

/// With `markdown: {unsafe: true}`, raw HTML's root-absolute `href` and `src` get the base URL's
/// path on pages as Markdown's links do, and feeds make raw HTML's addresses absolute: the
/// root-absolute ones against the base URL, with its path; the relative ones against the article's address.
@Suite struct RawHTMLLinkTests {
    static let config = """
    title: T
    baseURL: https://x.gov.cn/zt/szsy/
    languages:
      - {code: zh, locale: zh-CN, name: 中文}
    series:
      - key: elderly
        title: 助老
    markdown: {unsafe: true}
    """

    @Test func rawHTMLLinksOnPagesAndInFeeds() throws {
        let body = """
        <p><img src="/images/m.png" alt="地图"> <a href='/zh/elderly/'>系列</a> <A HREF="/zt/szsy/zh/">首页</A> <img src="m2.png" alt="x"> <a href="//cdn.example.com/a">外</a></p>

        [文](/images/m.png)
        """
        let site = try TestSite(["content/elderly/a.zh.md": article("原始", body: body), "content/images/m.png": "png"], config: Self.config)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        let html = try #require(site.read("zh/elderly/a/index.html"))
        for text in ["src=\"/zt/szsy/images/m.png\" alt=\"地图\"", "href='/zt/szsy/zh/elderly/'", "HREF=\"/zt/szsy/zh/\"",
                     "src=\"m2.png\"", "href=\"//cdn.example.com/a\"", "<a href=\"/zt/szsy/images/m.png\">文</a>"] {
            #expect(html.contains(text), "\(text)")
        }
        let feed = try #require(site.read("zh/feed.xml"))
        for text in ["src=&quot;https://x.gov.cn/zt/szsy/images/m.png&quot;", "href=&apos;https://x.gov.cn/zt/szsy/zh/elderly/&apos;",
                     "HREF=&quot;https://x.gov.cn/zt/szsy/zh/&quot;",
                     "src=&quot;https://x.gov.cn/zt/szsy/zh/elderly/a/m2.png&quot;", "href=&quot;https://cdn.example.com/a&quot;"] {
            #expect(feed.contains(text), "\(text)")
        }
    }

    @Test func feedsGiveTheBasePathToARootLinkThatLacksIt() {
        let urls = URLs(baseURL: "https://x.gov.cn/zt/szsy/")
        let html = ##"<img src="/images/m.png"><a href="/zt/szsy/zh/">a</a><a href="b.html">b</a><a href="mailto:a@b.cn">c</a><a href="#fn1">d</a>"##
        #expect(Feed.absoluteLinks(html, urls: urls, page: "https://x.gov.cn/zt/szsy/zh/elderly/a/") ==
                ##"<img src="https://x.gov.cn/zt/szsy/images/m.png"><a href="https://x.gov.cn/zt/szsy/zh/">a</a><a href="https://x.gov.cn/zt/szsy/zh/elderly/a/b.html">b</a><a href="mailto:a@b.cn">c</a><a href="https://x.gov.cn/zt/szsy/zh/elderly/a/#fn1">d</a>"##)
    }

    @Test func feedsResolveAQueryAndAnEmptyLinkAgainstTheArticle() {
        let urls = URLs(baseURL: "https://x.gov.cn/")
        let html = ##"<a href="?page=2">a</a><a href="">b</a><img src="?v=1">"##
        #expect(Feed.absoluteLinks(html, urls: urls, page: "https://x.gov.cn/zh/elderly/a/") ==
                ##"<a href="https://x.gov.cn/zh/elderly/a/?page=2">a</a><a href="https://x.gov.cn/zh/elderly/a/">b</a><img src="https://x.gov.cn/zh/elderly/a/?v=1">"##)
    }
}

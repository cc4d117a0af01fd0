import Foundation
import Testing
@testable import PlacardCore

/// Root-absolute links and images mean the site's root, under the base URL's path (SPEC §7.7).
@Suite struct RootLinkTests {
    static let files = [
        "content/elderly/class.zh.md": article("课堂", extra: "cover: /images/cover.svg\n", body: """
        ![地图](/images/map.png)，[关于](/zh/about/)，[同系列](/elderly/other.zh.md)，[首页](/)，[样式](/search.js#x)。
        """),
        "content/elderly/other.zh.md": article("另一篇"),
        "content/pages/about.zh.md": article("关于"),
        "content/images/map.png": "png",
        "content/images/cover.svg": "<svg/>",
    ]

    @Test func writtenWithTheBasePathInPagesAndAbsoluteInFeeds() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let (summary, diagnostics) = site.build(baseURL: "https://x.gov.cn/zt/szsy/")
        #expect(summary != nil, "\(diagnostics)")
        let html = try #require(site.read("zh/elderly/class/index.html"))
        for link in ["src=\"/zt/szsy/images/map.png\"", "href=\"/zt/szsy/zh/about/\"", "href=\"/zt/szsy/zh/elderly/other/\"", "href=\"/zt/szsy/\""] {
            #expect(html.contains(link), "\(link)")
        }
        #expect(!html.contains("src=\"/images/"))
        #expect(html.range(of: #"href="/zt/szsy/search\.[0-9a-f]{10}\.js#x""#, options: .regularExpression) != nil, "a theme file, by its fingerprinted name")
        let feed = try #require(site.read("zh/feed.xml"))
        #expect(feed.contains("src=&quot;https://x.gov.cn/zt/szsy/images/map.png&quot;"))
        #expect(feed.contains("href=&quot;https://x.gov.cn/zt/szsy/zh/about/&quot;"))
        #expect(!feed.contains("&quot;/images/"))
        let series = try #require(site.read("zh/elderly/index.html"))
        #expect(series.contains("/zt/szsy/images/cover.svg"), "the cover too")
    }

    @Test func aRootLinkToADraftIsAWarningAsARelativeOneIs() throws {
        var files = Self.files
        files["content/elderly/next.zh.md"] = article("下周", extra: "draft: true\n")
        files["content/elderly/links.zh.md"] = article("链接", body: "[相对](next.zh.md)\n\n[根](/zh/elderly/next/)\n\n[无斜杠](/zh/elderly/next)\n")
        let site = try TestSite(files)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        let warnings = diagnostics.filter { $0.path == "content/elderly/links.zh.md" }
        #expect(warnings.count == 3 && warnings.allSatisfy { $0.severity == .warning && $0.text.en.contains("content/elderly/next.zh.md") }, "\(warnings)")
    }

    @Test func pointingAtNothingIsAnErrorOnItsLine() throws {
        var files = Self.files
        files["content/elderly/broken.zh.md"] = article("坏", body: "第一段。\n\n![图](/images/nothing.png) 和 [页](/zh/nowhere/)\n")
        let site = try TestSite(files)
        defer { site.remove() }
        let errors = site.build(baseURL: "https://x.gov.cn/zt/szsy/").diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.path):\($0.line ?? 0)" } == ["content/elderly/broken.zh.md:8", "content/elderly/broken.zh.md:8"])
        #expect(errors.contains { $0.message.hasPrefix("the link `/images/nothing.png` points at nothing: a link starting with `/` means the site's root, and there is no file content/images/nothing.png") })
        #expect(!site.exists("index.html"))
    }
}

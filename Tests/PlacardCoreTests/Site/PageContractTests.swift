import Foundation
import Testing
@testable import PlacardCore

/// What every HTML page carries and what the feeds, tags and addresses must be (SPEC §3, §6).
@Suite struct PageContractTests {
    @Test func theFirstPageRedirectCarriesWhatEveryPageCarries() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲"), "content/elderly/a.en.md": article("A")])
        defer { site.remove() }
        #expect(site.build().summary != nil)
        let stub = try #require(site.read("zh/elderly/page/1/index.html"))
        for tag in ["<meta http-equiv=\"refresh\" content=\"0; url=/zh/elderly/\">",
                    "<link rel=\"canonical\" href=\"https://digital.example.gov.cn/zh/elderly/\">",
                    "<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://digital.example.gov.cn/zh/elderly/\">",
                    "<link rel=\"alternate\" hreflang=\"en-US\" href=\"https://digital.example.gov.cn/en/elderly/\">",
                    "type=\"application/rss+xml\"", "href=\"/zh/elderly/feed.xml\"", "<meta name=\"SiteName\" content=\"数字素养\">",
                    "<meta name=\"SiteDomain\" content=\"digital.example.gov.cn\">", "<meta name=\"SiteIDCode\" content=\"5100000001\">",
                    "<meta name=\"description\"", "<html lang=\"zh-CN\">"] {
            #expect(stub.contains(tag), "\(tag)")
        }
        let notFound = try #require(site.read("404.html"))
        #expect(notFound.contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://digital.example.gov.cn/404.html\">"))
    }

    @Test func baseURLFromTheCommandLineStandsInForAMissingOne() throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "baseURL: https://digital.example.gov.cn/\n", with: "")
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")], config: config)
        defer { site.remove() }
        #expect(site.build().summary == nil, "without either, it is an error")
        let (summary, diagnostics) = site.build(baseURL: "https://x.org/zt/")
        #expect(summary != nil, "\(diagnostics)")
        #expect(site.read("zh/elderly/a/index.html")?.contains("<link rel=\"canonical\" href=\"https://x.org/zt/zh/elderly/a/\">") == true)
    }

    @Test func aBaseURLIsPercentEncodedAndHasNoQuery() throws {
        for bad in ["https://x.org/sub?x=1", "https://x.org/#top", "https://x.org/a b/", "https://x.org/\"/", "x.org/zt/",
                    "https://x.org/a%zz/", "https://x.org/a[b]/", "https://x.org/a{b}/", "https://x.org/a|b/", "https://x.org/%"] {
            #expect(BaseURL.problem(bad) != nil, "\(bad)")
        }
        #expect(BaseURL.problem("https://x.org/专题/") == nil)
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        #expect(site.build(baseURL: "https://x.org/专题").summary != nil)
        let page = try #require(site.read("zh/elderly/a/index.html"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://x.org/%E4%B8%93%E9%A2%98/zh/elderly/a/\">"))
        #expect(page.contains("href=\"/%E4%B8%93%E9%A2%98/zh/elderly/\""))
        #expect(site.read("sitemap.xml")?.contains("<loc>https://x.org/%E4%B8%93%E9%A2%98/zh/elderly/a/</loc>") == true)
    }

    @Test func eachSpaceAndSlashOfATagIsADashAndOneTagIsOneChip() throws {
        #expect(TagSegment.of("AI / 教育") == "ai---教育")
        #expect(TagSegment.of("a  b") == "a--b")
        let site = try TestSite(["content/elderly/a.zh.md": article("甲", extra: "tags: [\"a/b c\", \"A/B-C\", 手机]\n")])
        defer { site.remove() }
        #expect(site.build().summary != nil)
        let page = try #require(site.read("zh/elderly/a/index.html"))
        #expect(page.count(of: "href=\"/zh/tags/a-b-c/\"") == 1)
        #expect(site.exists("zh/tags/a-b-c/index.html"))
    }

    @Test func anArticleMayNotTakeTheSlugOfItsSeriesPagesOrFeed() throws {
        let site = try TestSite([
            "content/elderly/page.zh.md": article("甲"),
            "content/elderly/b.zh.md": article("乙", extra: "slug: feed.xml\n"),
            "content/elderly/c.zh.md": article("丙", extra: "slug: index.html\n"),
            "content/pages/d.zh.md": article("丁", extra: "slug: index.html\n"),
        ])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.path):\($0.line ?? 0)" }.sorted()
                == ["content/elderly/b.zh.md:4", "content/elderly/c.zh.md:4", "content/elderly/page.zh.md:0", "content/pages/d.zh.md:4"])
    }

    @Test func feedsHaveADescriptionAndAbsoluteLinksWithinTheArticle() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲", body: "见注释[^1]和[下文](#x)。\n\n[^1]: 注释内容\n")])
        defer { site.remove() }
        #expect(site.build().summary != nil)
        let feed = try #require(site.read("zh/education/feed.xml"))
        #expect(feed.contains("<description>教育篇 - 数字素养</description>"), "a series without a description gives its title")
        let all = try #require(site.read("zh/feed.xml"))
        #expect(all.contains("href=&quot;https://digital.example.gov.cn/zh/elderly/a/#x&quot;"))
        #expect(all.contains("href=&quot;https://digital.example.gov.cn/zh/elderly/a/#fn-1&quot;"))
        #expect(!all.contains("href=&quot;#"))
    }

    @Test func diagnosticsReadPathColonLine() {
        let diagnostic = Diagnostic.error("content/a.zh.md", line: 3, column: 5, Message(en: "bad", zh: "坏"))
        #expect(diagnostic.description(in: .en) == "content/a.zh.md:3: error: bad")
        let named = Diagnostic.error("content/b\n::error file=x::y.zh.md", line: 1, Message(en: "bad", zh: "坏"))
        #expect(named.description(in: .en) == "content/b\\n::error file=x::y.zh.md:1: error: bad")
        let quoted = Diagnostic.error("content/c.zh.md", line: 1, Message(en: "the name `x\nforged.md: error: y\u{1B}[2J` is bad; like\n  ok", zh: "坏"))
        #expect(quoted.description(in: .en) == "content/c.zh.md:1: error: the name `x\\nforged.md: error: y\\u{1B}[2J` is bad; like\n  ok")
    }
}

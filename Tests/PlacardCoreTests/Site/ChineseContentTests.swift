import Foundation
import Testing
@testable import PlacardCore

/// Chinese-first Markdown on whole sites: soft breaks, summaries, reading time, Chinese slugs.
@Suite struct ChineseContentTests {
    @Test func softBreaksBetweenChineseVanishInPagesAndFeeds() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("换行", body: "持续开展**“5G+XR”职业技能培训**，努力\n提升技能。Latin words\nstay apart.")])
        defer { site.remove() }
        site.build()
        let html = try #require(site.read("zh/elderly/a/index.html"))
        #expect(html.contains("<strong>“5G+XR”职业技能培训</strong>，努力提升技能。Latin words\nstay apart."))
        let feed = try #require(site.read("zh/feed.xml"))
        #expect(feed.contains("努力提升技能"))
        #expect(feed.contains("&lt;strong&gt;“5G+XR”职业技能培训&lt;/strong&gt;"))
    }

    /// `3~5天` is a range; only `~~` on each side strikes. A footnote's way back is labelled in the page's language.
    @Test func singleTildesAreRangesAndFootnotesGoBackInThePageLanguage() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("范围", body: "每期10~20人，为期3~5天，~~旧说法~~。见注[^1]。\n\n[^1]: 注释。\n"),
            "content/elderly/a.en.md": article("Range", body: "From 10~20 people, ~~old~~. See[^1].\n\n[^1]: A note.\n"),
            "content/pages/about.zh.md": article("关于", body: "注[^n]。\n\n[^n]: 页面注释。\n"),
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        let zh = try #require(site.read("zh/elderly/a/index.html"))
        #expect(zh.contains("每期10~20人，为期3~5天，<del>旧说法</del>。"))
        #expect(zh.contains("data-footnote-backref aria-label=\"返回正文\">"))
        #expect(!zh.contains("Back to content"))
        let en = try #require(site.read("en/elderly/a/index.html"))
        #expect(en.contains("From 10~20 people, <del>old</del>."))
        #expect(en.contains("data-footnote-backref aria-label=\"Back to the text\">"))
        #expect(try #require(site.read("zh/about/index.html")).contains("aria-label=\"返回正文\">"))
        #expect(try #require(site.read("zh/feed.xml")).contains("10~20人"))
    }

    /// A link to another page's heading that it does not have is a warning naming that page's ids;
    /// one that it has, `#top`, a footnote and a file's fragment (`guide.pdf#page=2`) are not.
    @Test func aLinkToAHeadingOfAnotherPageIsChecked() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲", body: "## 第二节：培训安排\n\n正文。\n"),
            "content/elderly/b.zh.md": article("乙", body: "见[甲](a.zh.md#第二节)、[甲对](a.zh.md#第二节培训安排)、[顶](a.zh.md#top)、[注](a.zh.md#fn-1)。\n"),
        ])
        defer { site.remove() }
        let (ok, diagnostics) = site.check()
        #expect(ok)
        #expect(diagnostics.filter { $0.path.hasPrefix("content/") } == [.warning("content/elderly/b.zh.md", line: 6, .fragmentWithoutHeadingThere(
            "a.zh.md#第二节", page: "content/elderly/a.zh.md", ids: ["第二节培训安排"]))])
        #expect(site.build().summary != nil)
        #expect(site.read("zh/elderly/a/index.html")?.contains("<h2 id=\"第二节培训安排\">第二节：培训安排</h2>") == true)
    }

    @Test func generatedSummaryEndsAtASentenceAndFrontMatterWins() throws {
        let long = String(repeating: "全民数字素养与技能提升行动持续推进。", count: 12)
        let site = try TestSite([
            "content/elderly/long.zh.md": article("长文", body: long + "\n\n第二段不进摘要。"),
            "content/elderly/own.zh.md": article("自带摘要", extra: "summary: 这是作者写的摘要。\n"),
            "content/elderly/mixed.en.md": article("Mixed", body: String(repeating: "Digital skills for everyone in every town and village. ", count: 6)),
        ])
        defer { site.remove() }
        site.build()
        let series = try #require(site.read("zh/elderly/index.html"))
        let sentence = "全民数字素养与技能提升行动持续推进。"
        let expected = String(repeating: sentence, count: 120 / sentence.count)
        #expect(series.contains("<p class=\"card-summary\">\(expected)</p>"))
        #expect(series.contains("这是作者写的摘要。"))
        #expect(!series.contains("第二段不进摘要"))
        let en = try #require(site.read("en/elderly/mixed/index.html"))
        #expect(en.contains("<meta name=\"description\" content=\"Digital skills for everyone"))
        let description = en.components(separatedBy: "<meta name=\"description\" content=\"")[1].components(separatedBy: "\"")[0]
        #expect(description.count <= 121)
        #expect(description.hasSuffix(".") || description.hasSuffix("…"))
    }

    @Test func readingTimeCountsChineseCharactersAndWordsTogether() throws {
        let chinese = String(repeating: "数字素养", count: 200)  // 800 characters: 2 minutes
        let words = String(repeating: "skill ", count: 200)     // 200 words: 1 minute
        let site = try TestSite([
            "content/elderly/zh.zh.md": article("中文", body: chinese),
            "content/elderly/mixed.zh.md": article("混合", body: chinese + "\n\n" + words),
        ])
        defer { site.remove() }
        site.build()
        #expect(site.read("zh/elderly/zh/index.html")?.contains("阅读约 2 分钟") == true)
        #expect(site.read("zh/elderly/mixed/index.html")?.contains("阅读约 3 分钟") == true)
    }

    @Test func chineseSlugsWorkEverywhere() throws {
        let site = try TestSite(["content/elderly/手机课堂.zh.md": article("手机课堂")])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        #expect(site.exists("zh/elderly/手机课堂/index.html"))
        let encoded = "%E6%89%8B%E6%9C%BA%E8%AF%BE%E5%A0%82"
        #expect(site.read("zh/elderly/index.html")?.contains("href=\"/zh/elderly/\(encoded)/\"") == true)
        #expect(site.read("sitemap.xml")?.contains("<loc>https://digital.example.gov.cn/zh/elderly/\(encoded)/</loc>") == true)
        #expect(site.read("zh/feed.xml")?.contains("<link>https://digital.example.gov.cn/zh/elderly/\(encoded)/</link>") == true)
        #expect(site.read("zh/elderly/手机课堂/index.html")?.contains("<link rel=\"canonical\" href=\"https://digital.example.gov.cn/zh/elderly/\(encoded)/\">") == true)
    }

    @Test func twoFilesWithOneURLAreAnErrorNamingBoth() throws {
        let site = try TestSite([
            "content/elderly/手机课堂.zh.md": article("甲"),
            "content/elderly/class.zh.md": article("乙", extra: "slug: 手机课堂\n"),
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect([error.path, error.message].joined().contains("content/elderly/class.zh.md"))
        #expect([error.path, error.message].joined().contains("content/elderly/手机课堂.zh.md"))
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// The keys the default theme added to the page contexts, seen through the pages it renders.
@Suite struct ThemeContextTests {
    static let files: [String: String] = [
        "content/elderly/a.zh.md": article("甲", date: "2025-01-10"),
        "content/elderly/b.zh.md": article("乙", date: "2025-01-11"),
        "content/elderly/c.zh.md": article("丙", date: "2025-01-12"),
        "content/education/d.zh.md": article("丁"),
        "content/education/d.en.md": article("Four"),
    ]

    @Test func seriesGetAccentColoursByMenuPosition() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        site.build()
        let home = try #require(site.read("zh/index.html"))
        #expect(home.contains("<li class=\"series-card accent-1\">"))
        #expect(home.contains("<li class=\"series-card accent-2\">"))
        #expect(try #require(site.read("zh/education/index.html")).contains("class=\"band accent-2\""))
        #expect(try #require(site.read("zh/elderly/a/index.html")).contains("class=\"article accent-1\""))
    }

    @Test func homeSeriesCardsListDatedArticlesAndCountThem() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        site.build()
        let home = try #require(site.read("zh/index.html"))
        #expect(home.contains("<time datetime=\"2025-01-12\">2025年1月12日</time>"))
        #expect(home.contains(">查看全部 3 篇</a>"))
        let en = try #require(site.read("en/index.html"))
        #expect(en.contains(">The 1 article in Education</a>"), "the singular string for one article")
    }

    @Test func menuMarksThePageItselfAndThePagesInsideASeries() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        site.build()
        let series = try #require(site.read("zh/elderly/index.html"))
        #expect(series.contains("<a href=\"/zh/elderly/\" aria-current=\"page\">助老助残篇</a>"))
        let pageTwo = try #require(site.read("zh/elderly/page/2/index.html"))
        #expect(pageTwo.contains("<a href=\"/zh/elderly/\" aria-current=\"true\">助老助残篇</a>"))
        let article = try #require(site.read("zh/elderly/a/index.html"))
        #expect(article.contains("<a href=\"/zh/elderly/\" aria-current=\"true\">助老助残篇</a>"))
        #expect(!article.contains("aria-current=\"page\""))
    }

    @Test func notFoundPageSpeaksEveryLanguage() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        site.build()
        let page = try #require(site.read("404.html"))
        #expect(page.contains("<html lang=\"zh-CN\">"))
        #expect(page.contains("页面未找到"))
        #expect(page.contains("<section class=\"not-found-other\" lang=\"en-US\""))
        #expect(page.contains("Page not found"))
        #expect(page.contains("<a href=\"/en/\" hreflang=\"en-US\">"))
    }

    @Test func footerAndMetaLinesUseTheLanguagesColon() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        site.build()
        #expect(try #require(site.read("zh/index.html")).contains("<dt>主办单位：</dt>"))
        #expect(try #require(site.read("en/index.html")).contains("<dt>Organizer: </dt>"))
        #expect(try #require(site.read("zh/elderly/a/index.html")).contains("发布时间：<time"))
    }
}

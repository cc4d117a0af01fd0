import Foundation
import Testing
@testable import PlacardCore

@Suite struct OutputPathsTests {
    static let files = [
        "content/elderly/phone-class.zh.md": article("手机课堂", extra: "groups: [elderly]\ntags: [智能手机, Digital Skills]\nsource: 成都市老年大学\n"),
        "content/elderly/phone-class.en.md": article("Phone class", extra: "groups: [elderly]\ntags: [Digital Skills]\n", body: "First paragraph."),
        "content/education/coding.zh.md": article("编程课", date: "2025-02-01", extra: "tags: [digital skills]\n"),
        "content/pages/about.zh.md": article("关于本站"),
        "content/pages/about.en.md": article("About"),
        "content/projects/list.yml": """
        title: {zh: 项目清单, en: Project list}
        projects:
          - id: sc24-edu
            title: {zh: 学生信息素养, en: Student literacy}
            organizer: {zh: 教育厅, en: Department of Education}
            organizerType: department
            series: education
            groups: [students]
            region: {zh: 四川省, en: Sichuan}
            start: 2024-05-20
            end: 2025-12-31
            reach: 2000
        """,
        "content/images/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>logo</title></svg>",
    ]

    @Test func writesEveryPathOfTheSpec() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        for path in [
            "index.html", "404.html", "sitemap.xml", "robots.txt",
            "zh/index.html", "en/index.html",
            "zh/elderly/index.html", "zh/education/index.html", "en/elderly/index.html",
            "zh/elderly/phone-class/index.html", "en/elderly/phone-class/index.html", "zh/education/coding/index.html",
            "zh/about/index.html", "en/about/index.html",
            "zh/projects/index.html", "zh/projects/sc24-edu/index.html", "en/projects/sc24-edu/index.html",
            "zh/groups/elderly/index.html", "en/groups/students/index.html",
            "zh/tags/智能手机/index.html", "zh/tags/digital-skills/index.html", "en/tags/digital-skills/index.html",
            "zh/search/index.html", "en/search/index.html",
            "zh/feed.xml", "en/feed.xml", "zh/elderly/feed.xml", "en/education/feed.xml",
            "zh/search-index.json", "en/search-index.json",
            "images/logo.svg",
        ] {
            #expect(site.exists(path), "missing \(path)")
        }
        #expect(!site.exists("en/education/coding/index.html"), "a missing translation is not invented")
    }

    @Test func everyPageCarriesTheContract() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        site.build()
        let pages = site.outputFiles().filter { $0.hasSuffix(".html") && !$0.contains("/page/1/") }
        #expect(pages.count > 20)
        for path in pages {
            let html = try #require(site.read(path))
            let locale = path.hasPrefix("en/") ? "en-US" : "zh-CN"
            #expect(html.contains("<html lang=\"\(locale)\">"), "\(path)")
            #expect(html.contains("<link rel=\"canonical\" href=\"https://digital.example.gov.cn/"), "\(path)")
            #expect(html.contains("type=\"application/rss+xml\""), "\(path)")
            #expect(html.contains("<meta name=\"SiteName\""), "\(path)")
            #expect(html.contains("<meta name=\"SiteDomain\" content=\"digital.example.gov.cn\">"), "\(path)")
            #expect(html.contains("<meta name=\"SiteIDCode\" content=\"5100000001\">"), "\(path)")
            #expect(!html.contains("src=\"http"), "\(path) loads something from another host")
            #expect(!html.contains("<link rel=\"stylesheet\" href=\"http"), "\(path)")
        }
    }

    @Test func articlesCarryGovernmentMetaTags() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        site.build()
        let zh = try #require(site.read("zh/elderly/phone-class/index.html"))
        #expect(zh.contains("<meta name=\"ColumnName\" content=\"助老助残篇\">"))
        #expect(zh.contains("<meta name=\"ArticleTitle\" content=\"手机课堂\">"))
        #expect(zh.contains("<meta name=\"PubDate\" content=\"2025-01-10 00:00\">"))
        #expect(zh.contains("<meta name=\"ContentSource\" content=\"成都市老年大学\">"))
        let en = try #require(site.read("en/elderly/phone-class/index.html"))
        #expect(en.contains("<meta name=\"ContentSource\" content=\"Cyberspace Affairs Office of Sichuan\">"), "falls back to the organizer")
        let series = try #require(site.read("zh/elderly/index.html"))
        #expect(series.contains("<meta name=\"ColumnName\" content=\"助老助残篇\">"))
        #expect(series.contains("href=\"/zh/elderly/feed.xml\""))
        let home = try #require(site.read("zh/index.html"))
        #expect(!home.contains("ColumnName"))
    }

    @Test func footerShowsIdentityWithLinks() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        site.build()
        let html = try #require(site.read("zh/index.html"))
        #expect(html.contains("四川省委网信办"))
        #expect(html.contains("<a href=\"https://beian.miit.gov.cn/\" rel=\"noopener\">蜀ICP备00000000号</a>"))
        #expect(html.contains("beian.mps.gov.cn/#/query/webSearch?code=51010402000001"))
        #expect(html.contains("https://example.gov.cn/report"))
        #expect(html.contains("5100000001"))
    }

    @Test func aFooterLinkThatIsNotAWebAddressIsAnErrorOnItsLine() throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "reportURL: https://example.gov.cn/report",
                                                                 with: "reportURL: www.example.gov.cn/jiucuo\n  badgeURL: \"javascript:alert(1)\"")
        let site = try TestSite(Self.files, config: config)
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.path) == ["site.yml", "site.yml"], "\(errors)")
        #expect(errors.map(\.line) == [23, 24])
        #expect(errors[0].message.contains("`reportURL` should be a full web address") && errors[0].message.contains("`https://www.example.gov.cn/jiucuo`"))
        #expect(errors[1].message.contains("`badgeURL` should be a full web address"))
    }

    @Test func linksStartWithTheBasePath() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let (summary, diagnostics) = site.build(baseURL: "https://www.example.gov.cn/zt/szsy/")
        #expect(summary != nil, "\(diagnostics)")
        let html = try #require(site.read("zh/elderly/phone-class/index.html"))
        #expect(html.contains("href=\"/zt/szsy/zh/elderly/\""))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://www.example.gov.cn/zt/szsy/zh/elderly/phone-class/\">"))
        #expect(html.contains("href=\"/zt/szsy/style."))
        #expect(!html.contains("href=\"/zh/"))
        let sitemap = try #require(site.read("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://www.example.gov.cn/zt/szsy/zh/</loc>"))
        let robots = try #require(site.read("robots.txt"))
        #expect(robots.contains("Sitemap: https://www.example.gov.cn/zt/szsy/sitemap.xml"))
    }

    @Test func rootIndexLinksEveryLanguageAndRedirects() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        site.build()
        let html = try #require(site.read("index.html"))
        #expect(html.contains("href=\"/zh/\""))
        #expect(html.contains("href=\"/en/\""))
        #expect(html.contains("http-equiv=\"refresh\" content=\"0; url=/zh/\""))
    }

    @Test func tagsThatMapToOneSegmentAreOneTag() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        site.build()
        let tag = try #require(site.read("zh/tags/digital-skills/index.html"))
        #expect(tag.contains("手机课堂") && tag.contains("编程课"))
        let article = try #require(site.read("zh/elderly/phone-class/index.html"))
        #expect(article.contains("href=\"/zh/tags/%E6%99%BA%E8%83%BD%E6%89%8B%E6%9C%BA/\""), "non-ASCII tags are percent-encoded in links")
    }

    @Test func sitemapListsAlternatesWithXDefault() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        site.build()
        let sitemap = try #require(site.read("sitemap.xml"))
        #expect(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        #expect(sitemap.contains("<loc>https://digital.example.gov.cn/en/elderly/phone-class/</loc>"))
        #expect(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://digital.example.gov.cn/zh/elderly/phone-class/\"/>"))
        #expect(!sitemap.contains("404.html"))
        #expect(sitemap.contains("<loc>https://digital.example.gov.cn/zh/education/coding/</loc>"))
    }
}

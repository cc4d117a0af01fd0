import Foundation
import Testing
@testable import PlacardCore

/// A content file where Placard writes its own sitemap or robots.txt is refused, as one where a
/// page goes is; one at a theme's static file's path replaces that file, as a Hugo site's own
/// `static/` files replace its theme's. No file is dropped without a word.
@Suite struct GeneratedFileOverlapTests {
    @Test func robotsAndSitemapInContentAreRefused() throws {
        let site = try TestSite(["content/robots.txt": "User-agent: *\n", "content/sitemap.xml": "<urlset/>",
                                 "content/sitemap-2.xml": "<urlset/>", "content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.path) == ["content/robots.txt", "content/sitemap-2.xml", "content/sitemap.xml"], "\(errors)")
        #expect(errors.allSatisfy { $0.message.contains("would be written over") })
        #expect(site.check().diagnostics.filter { $0.severity == .error }.count == 3, "check reports them too")
    }

    @Test func aContentFileReplacesTheThemeFileOfItsPath() throws {
        let badge = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>official badge</title></svg>"
        let config = TestSite.defaultConfig + "\n  badgeURL: https://bszs.conac.cn/sitename?method=show&id=1"
        let site = try TestSite(["content/gov-badge.svg": badge, "content/elderly/a.zh.md": article("甲")], config: config)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        let built = try #require(summary, "\(diagnostics)")
        #expect(site.read("gov-badge.svg") == badge)
        #expect(built.files == site.outputFiles().count, "the summary counts what is on disk")
        #expect(site.read("zh/index.html")?.contains("src=\"/gov-badge.svg\"") == true, "the footer shows the site's badge")
    }

    @Test func aFileWhereAFolderGoesOrInsideAMadeFileIsRefusedWithTheOtherErrors() throws {
        let site = try TestSite(["content/en": "x", "content/zh/elderly": "x", "content/zh/feed.xml/old.xml": "<rss/>",
                                 "content/elderly/a.zh.md": article("甲"), "content/elderly/b.zh.md": "---\ndate: 2025-01-10\n---\n正文。\n"])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.path) == ["content/elderly/b.zh.md", "content/en", "content/zh/elderly", "content/zh/feed.xml/old.xml"], "\(errors)")
        #expect(errors[1].message.contains("a file where Placard needs the folder `/en/`"), "\(errors[1])")
        #expect(errors[2].message.contains("the folder `/zh/elderly/`"), "\(errors[2])")
        #expect(errors[3].message.contains("would need `/zh/feed.xml` to be a folder"), "\(errors[3])")
        #expect(site.check().diagnostics.filter { $0.severity == .error }.count == 4, "check reports them too")
        #expect(!errors.contains { $0.message.contains("staging") })
    }

    @Test func aThemeStaticFileWhereAPageGoesIsRefused() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲"), "themes/blue/theme.yml": "extends: default\n",
                                 "themes/blue/static/zh/index.html": "THEME", "themes/blue/static/robots.txt": "User-agent: *\n",
                                 "themes/blue/static/zh/search-index.json": "{}", "themes/blue/static/extra.txt": "fine"],
                                config: TestSite.defaultConfig + "\ntheme: blue\n")
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.path).sorted() == ["themes/blue/static/robots.txt", "themes/blue/static/zh/index.html",
                                                "themes/blue/static/zh/search-index.json"], "\(errors)")
        #expect(errors.allSatisfy { $0.message.contains("would be written over") })
    }
}

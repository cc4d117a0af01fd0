import Foundation
import Testing
@testable import PlacardCore

/// Files of `content/` and images that would run a script or load from another host (SPEC §3, §7.6).
@Suite struct ContentFileSafetyTests {
    @Test func htmlFilesAndSVGsWithScriptsAreRefusedOnTheirPaths() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "content/elderly/notice.html": "<script>alert(1)</script>",
            "content/elderly/old.HTM": "<p>x</p>",
            "content/elderly/bad.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "content/elderly/handler.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\"\n onload = \"alert(1)\"/></svg>",
            "content/elderly/fine.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>on = one</text><rect width=\"1\" opacity=\"1\"/></svg>",
            "content/elderly/page.xml": "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        let errors = diagnostics.filter { $0.severity == .error }.map(\.path).sorted()
        #expect(errors == ["content/elderly/bad.svg", "content/elderly/handler.svg", "content/elderly/notice.html", "content/elderly/old.HTM",
                           "content/elderly/page.xml"])
    }

    @Test func scriptsInSVGAndXMLAreFoundHoweverTheyAreWritten() {
        for markup in ["<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:script>alert(1)</s:script></s:svg>",
                       "<svg><h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></svg>",
                       "<svg><a href=\"&#106;avascript:alert(1)\">x</a></svg>", "<svg><a href=\"java\tscript:x\">x</a></svg>",
                       "<svg><rect ONLOAD='x'/></svg>", "<svg><iframe src=\"x\"/></svg>"] {
            #expect(ContentAsset.holdsScript(markup: Data(markup.utf8)), "\(markup)")
        }
        var utf16 = Data([0xFF, 0xFE])
        for unit in "<svg><script>alert(1)</script></svg>".utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(ContentAsset.holdsScript(markup: utf16))
        for markup in ["<svg><!-- options: onlySelection=false --><rect/></svg>", "<svg><title>javascript: a talk</title></svg>",
                       "<svg><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">标签</div></foreignObject></svg>",
                       "<svg><style>.on-x{fill:red}</style><text>onboarding = fun</text><a xlink:href=\"#a\">a</a></svg>"] {
            #expect(!ContentAsset.holdsScript(markup: Data(markup.utf8)), "\(markup)")
        }
    }

    @Test func aFileWhereAPageGoesIsAnError() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "content/zh/feed.xml": "<rss/>",
            "content/zh/search-index.json": "{}",
            "content/zh/elderly/a/note.txt": "a file beside a page is fine",
        ])
        defer { site.remove() }
        let errors = site.build().diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.path).sorted() == ["content/zh/feed.xml", "content/zh/search-index.json"])
        #expect(errors.first?.text.en.contains("/zh/feed.xml") == true)
    }

    @Test func aCoverFromAnotherHostIsAnErrorOnItsLine() throws {
        for cover in ["https://img.example.com/c.png", "//img.example.com/c.png", "javascript:alert(1)"] {
            let site = try TestSite(["content/elderly/a.zh.md": article("甲", extra: "cover: '\(cover)'\n")])
            defer { site.remove() }
            let errors = site.build().diagnostics.filter { $0.severity == .error }
            #expect(errors.map { "\($0.path):\($0.line ?? 0)" } == ["content/elderly/a.zh.md:4"], "\(cover)")
        }
    }

    @Test func anImageFromAnotherHostBecomesALinkWithAWarning() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲", body: "第一段。\n\n![课堂照片](https://img.example.com/class.jpg \"照片\") 和 ![](//img.example.com/b.png)\n\n"
                                               + "[![徽章](https://img.example.com/badge.svg)](https://example.com/)\n\n"
                                               + "![图 [内链](https://inner.example/)](https://img.example.com/n.png)\n"),
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        let warnings = diagnostics.filter { $0.severity == .warning && $0.path == "content/elderly/a.zh.md" }
        #expect(warnings.filter { $0.text.en.contains("another host") }.map(\.line) == [8, 8, 10, 12])
        let html = try #require(site.read("zh/elderly/a/index.html"))
        #expect(html.contains("<a href=\"https://img.example.com/class.jpg\" title=\"照片\">课堂照片</a>"))
        #expect(html.contains("<a href=\"//img.example.com/b.png\">//img.example.com/b.png</a>"))
        #expect(!html.contains("<img src=\"https://") && !html.contains("<img src=\"//"))
        #expect(html.contains("<a href=\"https://example.com/\">徽章</a>"), "inside a link, the alt text alone")
        #expect(html.contains("<a href=\"https://img.example.com/n.png\">图 内链</a>"), "a link in the alt text is its text")
    }

    @Test func aTagOrSlugTooLongForAFolderNameIsAnErrorOnItsLine() throws {
        let long = String(repeating: "数字素养", count: 22)
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲", extra: "tags: [\(long)]\n"),
            "content/elderly/b.zh.md": article("乙", extra: "slug: \(long)\n"),
            "content/elderly/ok.zh.md": article("好", extra: "tags: [\(long.dropLast(4))]\n"),
        ])
        defer { site.remove() }
        let errors = site.build().diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.path):\($0.line ?? 0)" } == ["content/elderly/a.zh.md:4", "content/elderly/b.zh.md:4"], "\(errors)")
    }

    @Test func aClashMadeByASlugIsReportedOnTheSlugsLine() throws {
        let site = try TestSite([
            "content/elderly/ok.zh.md": article("好"),
            "content/elderly/copy.zh.md": article("抄", extra: "slug: ok\n"),
        ])
        defer { site.remove() }
        let errors = site.build().diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.path):\($0.line ?? 0)" } == ["content/elderly/copy.zh.md:4"])
    }
}

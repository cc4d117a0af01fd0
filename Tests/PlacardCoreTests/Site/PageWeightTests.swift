import Foundation
import Testing
@testable import PlacardCore

/// What keeps pages light: templates without their indentation, page lists that do not grow with
/// the number of pages, one link per footer page.
@Suite struct PageWeightTests {
    @Test func templateIndentationIsTakenOutButLineBreaksStay() {
        let template = """
        <ul>
          {{#items}}
            <li><a href="{{url}}">{{title}}</a>   <time>{{date}}</time></li>
          {{/items}}
        </ul>\t
        <p>one
           two</p>
        """
        #expect(TemplateWhitespace.compact(template) == """
        <ul>
        {{#items}}
        <li><a href="{{url}}">{{title}}</a>   <time>{{date}}</time></li>
        {{/items}}
        </ul>
        <p>one
        two</p>
        """, "spaces inside a line stay; a line break stays a line break, so two words keep their space")
    }

    @Test func preformattedContentTagsAndOtherDelimitersAreLeftAsWritten() {
        let raw = "<div>\n  <pre class=\"x\">  a\n    b</pre>\n  <textarea>\n  c</textarea>\n  <PRE>\n d</PRE>\n</div>"
        #expect(TemplateWhitespace.compact(raw) == "<div>\n<pre class=\"x\">  a\n    b</pre>\n<textarea>\n  c</textarea>\n<PRE>\n d</PRE>\n</div>")
        #expect(TemplateWhitespace.compact("<presentation>\n  x</presentation>") == "<presentation>\nx</presentation>", "only the element pre")
        #expect(TemplateWhitespace.compact("{{! a comment\n    over lines }}\n  <p>") == "{{! a comment\n    over lines }}\n<p>")
        #expect(TemplateWhitespace.compact("{{{ html\n   }}}\n  x") == "{{{ html\n   }}}\nx")
        let changed = "{{=<% %>=}}\n  <p><%x%></p>"
        #expect(TemplateWhitespace.compact(changed) == changed)
    }

    @Test func aTemplateErrorIsReportedWhereTheAuthorWroteIt() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "themes/t/theme.yml": "extends: default\n",
            "themes/t/templates/card.mustache": "<li>\n      <p>{{/title}}</p>\n</li>\n",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build(theme: "t")
        #expect(summary == nil)
        let error = try #require(diagnostics.first { $0.path == "themes/t/templates/card.mustache" })
        #expect(error.line == 2 && (error.column ?? 0) > 6, "the column counts the indentation as written: \(error)")
    }

    @Test func pagesCarryNoIndentation() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲", body: "第一段。\n\n    缩进的代码\n      第二行\n")])
        defer { site.remove() }
        site.build()
        let html = try #require(site.read("zh/elderly/a/index.html"))
        #expect(!html.contains("\n  <"), "no indented tag")
        #expect(html.contains("<pre><code>缩进的代码\n  第二行\n</code></pre>"), "code blocks keep their spaces")
    }

    @Test func pageListsLinkTheEndsAndTheNeighbourhood() {
        #expect(Pagination.shown(current: 1, total: 1) == [1])
        #expect(Pagination.shown(current: 3, total: 7) == [1, 2, 3, 4, 5, 6, 7])
        #expect(Pagination.shown(current: 1, total: 9) == [1, 2, 3, nil, 9])
        #expect(Pagination.shown(current: 5, total: 9) == [1, 2, 3, 4, 5, 6, 7, 8, 9], "a gap of one page shows the page")
        #expect(Pagination.shown(current: 50, total: 161) == [1, nil, 48, 49, 50, 51, 52, nil, 161])
        #expect(Pagination.shown(current: 161, total: 161) == [1, nil, 159, 160, 161])
    }

    @Test func aLongSeriesPageLinksAFewPages() throws {
        var files: [String: String] = [:]
        for i in 0..<30 {
            files["content/elderly/a\(i).zh.md"] = article("文章\(i)", date: "2025-01-\(String(format: "%02d", i + 1))")
        }
        let site = try TestSite(files)
        defer { site.remove() }
        site.build()
        let page = try #require(site.read("zh/elderly/page/8/index.html"))
        let links = page.components(separatedBy: "<nav class=\"pagination\"")[1].components(separatedBy: "</nav>")[0]
        for shown in [6, 7, 9, 10, 15] { #expect(links.contains("href=\"/zh/elderly/page/\(shown)/\">\(shown)</a>"), "\(shown)") }
        #expect(links.contains("href=\"/zh/elderly/\">1</a>"))
        #expect(links.contains("<span aria-current=\"page\">8</span>"))
        #expect(!links.contains("/page/4/\"") && !links.contains("/page/12/\""))
        #expect(links.components(separatedBy: "class=\"pagination-gap\"").count == 3, "one gap either side")
        #expect(links.contains("href=\"/zh/elderly/page/7/\" rel=\"prev\"") && links.contains("href=\"/zh/elderly/page/9/\" rel=\"next\""))
    }

    /// paginate is 2 in the test site.
    @Test func groupAndTagPagesListEverythingPastTheNewestCardsAsTitlesAndDates() throws {
        var files: [String: String] = [:]
        for i in 1...5 {
            files["content/elderly/a\(i).zh.md"] = article("文章\(i)", date: "2025-01-0\(i)", extra: "groups: [elderly]\ntags: [手机]\n")
        }
        let site = try TestSite(files)
        defer { site.remove() }
        site.build()
        for path in ["zh/groups/elderly/index.html", "zh/tags/手机/index.html"] {
            let html = try #require(site.read(path))
            #expect(html.count(of: "class=\"card\"") == 2, "\(path)")
            #expect(html.contains("文章5") && html.contains("文章4"))
            let earlier = try #require(html.components(separatedBy: "<ul class=\"dated-list\">").dropFirst().first, "\(path)")
            #expect(html.contains("<h3 class=\"dated-list-title\">更早的文章</h3>"))
            #expect(earlier.hasPrefix("<li><a href=\"/zh/elderly/a3/\">文章3</a> <time datetime=\"2025-01-03\">2025年1月3日</time></li>"))
            #expect(earlier.contains("文章2") && earlier.contains("文章1") && !earlier.contains("文章4"))
        }
        let short = try TestSite(["content/elderly/a.zh.md": article("甲", extra: "groups: [elderly]\n")])
        defer { short.remove() }
        short.build()
        #expect(short.read("zh/groups/elderly/index.html")?.contains("dated-list") == false, "a short list is all cards")
    }

    @Test func anArticleListsTheSeriesNewestOthersAsTitlesAndDates() throws {
        var files: [String: String] = [:]
        for i in 1...7 { files["content/elderly/a\(i).zh.md"] = article("文章\(i)", date: "2025-01-0\(i)") }
        let site = try TestSite(files)
        defer { site.remove() }
        site.build()
        let html = try #require(site.read("zh/elderly/a7/index.html"))
        let aside = try #require(html.components(separatedBy: "<aside class=\"more\"").dropFirst().first?.components(separatedBy: "</aside>").first)
        #expect(!aside.contains("class=\"card\""), "no cards beside an article")
        #expect(aside.contains("<li><a href=\"/zh/elderly/a6/\">文章6</a> <time datetime=\"2025-01-06\">2025年1月6日</time></li>"))
        #expect(aside.count(of: "<li>") == 5 && !aside.contains("文章7<") && !aside.contains("文章1<"), "the five newest others")
    }

    @Test func theFooterLinksEachPageOnce() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "content/pages/about.zh.md": article("关于本站"),
            "content/pages/contact.zh.md": article("联系我们"),
        ])
        defer { site.remove() }
        site.build()
        let html = try #require(site.read("zh/elderly/a/index.html"))
        let footer = html.components(separatedBy: "<footer class=\"site-footer\">")[1]
        #expect(footer.components(separatedBy: "href=\"/zh/about/\"").count == 2)
        #expect(footer.components(separatedBy: "href=\"/zh/contact/\"").count == 2)
    }
}

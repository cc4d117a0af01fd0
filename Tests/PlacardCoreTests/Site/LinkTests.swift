import Foundation
import Testing
@testable import PlacardCore

@Suite struct LinkTests {
    @Test func relativeLinksAndImagesPointAtOutputURLs() throws {
        let site = try TestSite([
            "content/elderly/class.zh.md": article("课堂", extra: "cover: cover.svg\n", body: """
            见[编程课](../education/coding.zh.md#part)和[同系列](other.zh.md)，![课堂照片](photo.png)，[外部](https://example.org/a.md)，[锚点](#top)，[下载](../files/plan.pdf)。
            """),
            "content/elderly/other.zh.md": article("另一篇"),
            "content/elderly/photo.png": "png",
            "content/elderly/cover.svg": "<svg/>",
            "content/education/coding.zh.md": article("编程课"),
            "content/files/plan.pdf": "pdf",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build(baseURL: "https://x.gov.cn/zt/")
        #expect(summary != nil, "\(diagnostics)")
        let html = try #require(site.read("zh/elderly/class/index.html"))
        #expect(html.contains("href=\"/zt/zh/education/coding/#part\""))
        #expect(html.contains("href=\"/zt/zh/elderly/other/\""))
        #expect(html.contains("src=\"/zt/elderly/photo.png\""))
        #expect(html.contains("href=\"https://example.org/a.md\""))
        #expect(html.contains("href=\"#top\""))
        #expect(html.contains("href=\"/zt/files/plan.pdf\""))
        #expect(html.contains("src=\"/zt/elderly/cover.svg\""))
        #expect(site.exists("elderly/photo.png") && site.exists("files/plan.pdf"))
    }

    /// A series' folder is its page, a project list's file the project directory, in the language
    /// of the file that links.
    @Test func linksToASeriesFolderOrAProjectListLeadToTheirPages() throws {
        let site = try TestSite([
            "content/elderly/class.en.md": article("Class", body: "[Series](../education/), [list](../projects/list.yml), [none](../projects/none.csv)."),
            "content/education/coding.en.md": article("Coding"),
            "content/projects/list.yml": "title: List\nprojects:\n  - {id: p1, title: P, organizer: O, organizerType: city, series: elderly, start: 2025-01-01}\n",
        ])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1 && errors.first?.message.contains("../projects/none.csv") == true, "\(errors)")
        try site.write(Data(article("Class", body: "[Series](../education/), [list](../projects/list.yml).").utf8), to: "content/elderly/class.en.md")
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        let html = try #require(site.read("en/elderly/class/index.html"))
        #expect(html.contains("href=\"/en/education/\"") && html.contains("href=\"/en/projects/\""))
    }

    @Test func brokenLinkIsAnErrorWithItsLine() throws {
        let site = try TestSite([
            "content/elderly/class.zh.md": "---\ntitle: 课堂\ndate: 2025-01-01\n---\n\n第一段。\n\n见[不存在](../education/missing.zh.md)。\n",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        #expect(diagnostics.filter { $0.severity == .error } == [
            .error("content/elderly/class.zh.md", line: 8, "the link `../education/missing.zh.md` points at nothing: there is no file content/education/missing.zh.md (a link without a leading `/` is relative to this file's folder)"),
        ])
    }

    @Test func linkToADraftIsAWarningWithItsLine() throws {
        let site = try TestSite([
            "content/elderly/class.zh.md": "---\ntitle: 课堂\ndate: 2025-01-01\n---\n\n见[草稿](draft.zh.md)。\n",
            "content/elderly/draft.zh.md": article("草稿", extra: "draft: true\n"),
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil)
        #expect(diagnostics.contains { $0.severity == .warning && $0.path == "content/elderly/class.zh.md" && $0.line == 6 && $0.message.contains("draft") })
        #expect(site.read("zh/elderly/class/index.html")?.contains("href=\"/zh/elderly/draft/\"") == true)
    }
}

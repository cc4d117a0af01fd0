import Testing
@testable import PlacardCore

/// The summary made from an article's text when its front matter has none (SPEC §2, §6).
@Suite struct ArticleSummaryTests {
    /// A news item that opens with a photo: the summary is the first paragraph with text, never the photo's alt text.
    @Test func aParagraphHoldingOnlyPicturesIsSkipped() throws {
        let text = "四川省举办老年人智能手机培训班，帮助老人跨越数字鸿沟。"
        let site = try TestSite([
            "content/elderly/photo.png": "png",
            "content/elderly/a.zh.md": article("图在前", body: "![培训现场](photo.png)\n\n\(text)\n\n第二段。"),
            "content/elderly/b.zh.md": article("两张图", date: "2025-01-09", body: "![](photo.png) ![](photo.png)\n\n> ![引用图](photo.png)\n\n第二篇的文字。"),
        ])
        defer { site.remove() }
        #expect(site.build().summary != nil)
        let page = try #require(site.read("zh/elderly/a/index.html"))
        #expect(page.contains("<meta name=\"description\" content=\"\(text)\">"))
        let list = try #require(site.read("zh/elderly/index.html"))
        #expect(list.contains("<p class=\"card-summary\">\(text)</p>"))
        #expect(list.contains("<p class=\"card-summary\">第二篇的文字。</p>"))
        #expect(!list.contains("培训现场</p>") && !list.contains("引用图</p>"))
        #expect(site.read("zh/elderly/feed.xml")?.contains("<description>\(text)</description>") == true)
    }

    @Test func altTextInsideAParagraphWithTextIsLeftOut() {
        let out = MarkdownRenderer().render("![现场照片](a.png)培训班开班。")
        #expect(out.summary == "培训班开班。")
        #expect(out.plainText.contains("现场照片"), "the alt text stays in the search text")
    }
}

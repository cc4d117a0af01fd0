import Testing
@testable import PlacardCore

@Suite struct MarkdownRendererTests {
    @Test func rendersGFMExtensions() {
        let out = MarkdownRenderer().render("~~old~~ https://example.org\n\n| a |\n|---|\n| b |\n")
        #expect(out.html.contains("<del>old</del>"))
        #expect(out.html.contains("<a href=\"https://example.org\">"))
        #expect(out.html.contains("<table>"))
    }

    @Test func stripsRawHTMLInSafeMode() {
        let out = MarkdownRenderer().render("<script>alert(1)</script>\n\nhi <b>x</b>")
        #expect(!out.html.contains("<script>"))
        #expect(!out.html.contains("<b>"))
    }

    /// cmark-gfm's extensions share a global table of special bytes: parses that added and removed
    /// theirs side by side silently dropped strikethrough and autolinks (and CJK emphasis).
    @Test func rendersFromManyTasksAtOnce() async {
        await Self.renderFromManyTasks("~~gone~~ and www.example.org") {
            $0.contains("<del>gone</del>") && $0.contains("href=\"http://www.example.org\"")
        }
    }

    @Test func rendersChineseEmphasisFromManyTasksAtOnce() async {
        await Self.renderFromManyTasks("**真，**她说~~“删除”~~，\n详见 www.example.org") {
            $0 == "<p><strong>真，</strong>她说<del>“删除”</del>，详见 <a href=\"http://www.example.org\">www.example.org</a></p>\n"
        }
    }

    private static func renderFromManyTasks(_ markdown: String, isRight: @escaping @Sendable (String) -> Bool) async {
        let renderer = MarkdownRenderer()
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<200 {
                group.addTask { isRight(renderer.render(markdown).html) }
            }
            for await ok in group { #expect(ok) }
        }
    }

    @Test func reportsLinkLinesInChineseText() {
        let out = MarkdownRenderer().render("第一段**粗体：**说明\n第二行\n\n见[坏链接](missing.md)。", resolveLink: { _, _ in .broken })
        #expect(out.issues == [MarkdownIssue(kind: .brokenLink(destination: "missing.md"), line: 4)])
    }

    @Test func variationSelectorsAfterHanCharacters() {
        let out = MarkdownRenderer().render("葛\u{E0100}**“姓”**氏")
        #expect(out.html == "<p>葛\u{E0100}<strong>“姓”</strong>氏</p>\n")
    }

    /// Code blocks, fenced or indented, are body text (search finds what they hold); the summary
    /// still comes from the first paragraph.
    @Test func codeBlocksAreInThePlainText() {
        let out = MarkdownRenderer().render("安装步骤如下：\n\n```\npip install zebracorn\n```\n\n    indented quokka\n\n然后运行 `wombat`。\n")
        #expect(out.plainText == "安装步骤如下：\npip install zebracorn\nindented quokka\n然后运行 wombat。")
        #expect(out.firstParagraph == "安装步骤如下：")
    }

    @Test func joinsSoftBreaksBetweenChineseCharacters() {
        let out = MarkdownRenderer().render("第一行\n第二行 and\nEnglish")
        #expect(out.plainText == "第一行第二行 and English")
    }
}

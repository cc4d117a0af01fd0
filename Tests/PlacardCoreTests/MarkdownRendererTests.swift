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

    @Test func rendersFromManyTasksAtOnce() async {
        let renderer = MarkdownRenderer()
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<200 {
                group.addTask {
                    let html = renderer.render("~~gone~~ and www.example.org").html
                    return html.contains("<del>gone</del>") && html.contains("href=\"http://www.example.org\"")
                }
            }
            for await ok in group { #expect(ok) }
        }
    }

    @Test func joinsSoftBreaksBetweenChineseCharacters() {
        let out = MarkdownRenderer().render("第一行\n第二行 and\nEnglish")
        #expect(out.plainText == "第一行第二行 and English")
    }
}

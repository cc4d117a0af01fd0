import Testing
@testable import PlacardCore

/// A bare web address in Chinese text ends where the Chinese text begins (`AutolinkEnds`):
/// GFM ends it only at whitespace, so `详见https://a.cn，或致电` linked the rest of the sentence.
@Suite struct MarkdownAutolinkTests {
    @Test(arguments: cases)
    func endsWhereTheChineseTextBegins(_ example: MarkdownCase) {
        #expect(MarkdownRenderer().render(example.markdown).html == example.html)
    }

    static let cases: [MarkdownCase] = table.map { MarkdownCase(name: $0.0, markdown: $0.1, html: "<p>\($0.2)</p>\n") }

    /// (name, Markdown, HTML inside `<p>`).
    private static let table: [(String, String, String)] = [
        ("full-width comma after the address", "详见https://www.example.gov.cn/a/b.html，或致电。",
         "详见<a href=\"https://www.example.gov.cn/a/b.html\">https://www.example.gov.cn/a/b.html</a>，或致电。"),
        ("full stop after the address", "网址：https://a.cn/x。",
         "网址：<a href=\"https://a.cn/x\">https://a.cn/x</a>。"),
        ("Han character right after the address", "请访问https://a.cn/了解详情",
         "请访问<a href=\"https://a.cn/\">https://a.cn/</a>了解详情"),
        ("full-width parentheses", "（见https://example.org/x）",
         "（见<a href=\"https://example.org/x\">https://example.org/x</a>）"),
        ("ASCII punctuation before the Chinese text", "见 https://a.cn/b.html?x=1.或致电",
         "见 <a href=\"https://a.cn/b.html?x=1\">https://a.cn/b.html?x=1</a>.或致电"),
        ("www address", "网址 www.example.gov.cn。谢谢",
         "网址 <a href=\"http://www.example.gov.cn\">www.example.gov.cn</a>。谢谢"),
        ("angle brackets", "<https://a.cn/b，c>",
         "<a href=\"https://a.cn/b\">https://a.cn/b</a>，c"),
        ("ideographic space", "https://a.cn/b\u{3000}下一句",
         "<a href=\"https://a.cn/b\">https://a.cn/b</a>\u{3000}下一句"),
        ("curly quotes", "“https://a.cn/b”",
         "“<a href=\"https://a.cn/b\">https://a.cn/b</a>”"),
        ("an e-mail address after the cut", "网址https://a.cn，邮箱abc@example.gov.cn，谢谢",
         "网址<a href=\"https://a.cn\">https://a.cn</a>，邮箱<a href=\"mailto:abc@example.gov.cn\">abc@example.gov.cn</a>，谢谢"),
        ("a second address after the cut", "https://a.cn，https://b.cn/x。完",
         "<a href=\"https://a.cn\">https://a.cn</a>，<a href=\"https://b.cn/x\">https://b.cn/x</a>。完"),
        ("emphasis after the cut", "https://a.cn，**重要**通知",
         "<a href=\"https://a.cn\">https://a.cn</a>，<strong>重要</strong>通知"),
        ("emphasis closing the paragraph after the cut", "（网址：https://a.cn/x）**重要**",
         "（网址：<a href=\"https://a.cn/x\">https://a.cn/x</a>）<strong>重要</strong>"),
        ("strikethrough closing the paragraph after the cut", "见https://a.cn/x，~~旧~~",
         "见<a href=\"https://a.cn/x\">https://a.cn/x</a>，<del>旧</del>"),
        ("a closing parenthesis no opening one matches", "(详见https://a.cn/x)。",
         "(详见<a href=\"https://a.cn/x\">https://a.cn/x</a>)。"),
        ("parentheses inside the address", "见https://a.cn/(x)）",
         "见<a href=\"https://a.cn/(x)\">https://a.cn/(x)</a>）"),
        ("www address straight after Chinese", "网址：www.example.gov.cn。访问www.a.cn/x_y了解",
         "网址：<a href=\"http://www.example.gov.cn\">www.example.gov.cn</a>。访问<a href=\"http://www.a.cn/x_y\">www.a.cn/x_y</a>了解"),
        ("www address after Chinese at the end of the paragraph", "（见www.a.cn/b）",
         "（见<a href=\"http://www.a.cn/b\">www.a.cn/b</a>）"),
        ("no www address without a domain of two parts", "见www.a了解",
         "见www.a了解"),
        ("no www address without a domain", "见www.。见www",
         "见www.。见www"),
        ("www after Latin text stays as GFM leaves it", "see“www.a.cn” andwww.b.cn",
         "see“www.a.cn” andwww.b.cn"),
        ("a www address that markup may continue is left alone", "网址：www.a.cn/**强调**",
         "网址：www.a.cn/<strong>强调</strong>"),
        ("an entity-like ending", "见https://a.cn/x&amp;。",
         "见<a href=\"https://a.cn/x\">https://a.cn/x</a>&amp;。"),
        ("a range after the cut", "https://a.cn，每期10~20人",
         "<a href=\"https://a.cn\">https://a.cn</a>，每期10~20人"),
        // What stays as GFM has it.
        ("Latin text after a space", "https://example.org/ok and more",
         "<a href=\"https://example.org/ok\">https://example.org/ok</a> and more"),
        ("a Chinese host name", "访问http://中国.政务，好",
         "访问<a href=\"http://%E4%B8%AD%E5%9B%BD.%E6%94%BF%E5%8A%A1%EF%BC%8C%E5%A5%BD\">http://中国.政务，好</a>"),
        ("a link whose text differs", "[网站](https://a.cn/数字)",
         "<a href=\"https://a.cn/%E6%95%B0%E5%AD%97\">网站</a>"),
        ("an e-mail address", "邮箱：abc@example.gov.cn，谢谢",
         "邮箱：<a href=\"mailto:abc@example.gov.cn\">abc@example.gov.cn</a>，谢谢"),
    ]

    @Test func plainCmarkGFMRunsOn() {
        let html = MarkdownRenderer(options: .init(), chineseFirst: false).render("详见https://a.cn，或致电").html
        #expect(html == "<p>详见<a href=\"https://a.cn%EF%BC%8C%E6%88%96%E8%87%B4%E7%94%B5\">https://a.cn，或致电</a></p>\n")
    }

    /// A link in the text after the cut is resolved and reported on its own line.
    @Test func aLinkAfterTheCutIsCheckedOnItsLine() {
        let markdown = "第一段\n\n第二段\n网址https://a.cn，见[下文](missing.md)。\n"
        let out = MarkdownRenderer().render(markdown) { destination, _ in destination == "missing.md" ? .broken : .keep }
        #expect(out.issues == [MarkdownIssue(kind: .brokenLink(destination: "missing.md"), line: 4)])
        #expect(out.plainText.contains("第二段网址https://a.cn，见下文。"))
    }
}

import Testing
@testable import PlacardCore

/// A line break inside a paragraph: gone between CJK characters, in the HTML (and so in
/// feeds) and in the plain text (search); a space everywhere else.
@Suite struct MarkdownSoftBreakTests {
    @Test(arguments: cases)
    func joinsOrKeepsTheBreak(_ example: MarkdownCase) {
        let out = MarkdownRenderer().render(example.markdown)
        #expect(out.html == "<p>\(example.html)</p>\n")
        #expect(out.plainText == example.plainText)
    }

    static let cases: [MarkdownCase] = [
        MarkdownCase(name: "two Han characters", markdown: "第一行\n第二行",
             html: "第一行第二行", plainText: "第一行第二行"),
        MarkdownCase(name: "full-width comma", markdown: "数字素养，\n技能提升",
             html: "数字素养，技能提升", plainText: "数字素养，技能提升"),
        MarkdownCase(name: "closing curly quote", markdown: "他说“你好”\n然后走了",
             html: "他说“你好”然后走了", plainText: "他说“你好”然后走了"),
        MarkdownCase(name: "Japanese", markdown: "日本語の\n文章です",
             html: "日本語の文章です", plainText: "日本語の文章です"),
        MarkdownCase(name: "out of strong emphasis", markdown: "**强调**\n继续",
             html: "<strong>强调</strong>继续", plainText: "强调继续"),
        MarkdownCase(name: "into strong emphasis", markdown: "继续\n**强调**",
             html: "继续<strong>强调</strong>", plainText: "继续强调"),
        MarkdownCase(name: "out of a link", markdown: "[链接](/a)\n继续",
             html: "<a href=\"/a\">链接</a>继续", plainText: "链接继续"),
        MarkdownCase(name: "out of a code span", markdown: "`代码`\n继续",
             html: "<code>代码</code>继续", plainText: "代码继续"),
        MarkdownCase(name: "Latin words", markdown: "digital\nliteracy",
             html: "digital\nliteracy", plainText: "digital literacy"),
        MarkdownCase(name: "Han then Latin", markdown: "中文\nEnglish",
             html: "中文\nEnglish", plainText: "中文 English"),
        MarkdownCase(name: "Latin then Han", markdown: "English\n中文",
             html: "English\n中文", plainText: "English 中文"),
        MarkdownCase(name: "English curly quotes", markdown: "He said “hi”\n“bye”",
             html: "He said “hi”\n“bye”", plainText: "He said “hi” “bye”"),
        MarkdownCase(name: "Korean keeps its word space", markdown: "한국어\n문장",
             html: "한국어\n문장", plainText: "한국어 문장"),
        MarkdownCase(name: "after an image", markdown: "![图](/a.png)\n继续",
             html: "<img src=\"/a.png\" alt=\"图\" />\n继续", plainText: "图 继续"),
        MarkdownCase(name: "hard break stays", markdown: "第一行  \n第二行",
             html: "第一行<br />\n第二行", plainText: "第一行\n第二行"),
    ]

    @Test func firstParagraphIsJoinedToo() {
        let out = MarkdownRenderer().render("全民数字\n素养。\n\n第二段")
        #expect(out.firstParagraph == "全民数字素养。")
    }

    @Test func joinerRule() {
        #expect(SoftBreak.joiner(before: "中", after: "文") == "")
        #expect(SoftBreak.joiner(before: "。", after: "文") == "")
        #expect(SoftBreak.joiner(before: "a", after: "文") == " ")
        #expect(SoftBreak.joiner(before: "”", after: "“") == " ")
        #expect(SoftBreak.joiner(before: nil, after: "文") == " ")
    }
}

import Testing
@testable import PlacardCore

/// Random documents built from the characters that matter to emphasis, run through the
/// renderer with and without the CJK layer. Seeded, so a failure repeats.
@Suite struct MarkdownCJKFuzzTests {
    static let latin = ["*", "**", "***", "_", "__", "~", "~~", "a", "foo", " ", " ", "\n", ".", ",", "(", ")",
                        "\"", "[", "](/u)", "`", "\\", "&#42;", "é", "“", "”", "—", "5", "<b>", "\n\n", "> ", "- "]
    static let cjk = ["中", "文字", "，", "。", "：", "！", "（", "）", "《", "》", "「", "」", "、", "한", "の", "𠀀"]

    static func document(_ pieces: [String], length: Int, using generator: inout TestRandom) -> String {
        (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test func latinTextIsUnchanged() {
        var generator = TestRandom(seed: 8)
        let friendly = MarkdownRenderer(), plain = MarkdownRenderer(options: .init(), chineseFirst: false)
        for _ in 0..<400 {
            let markdown = Self.document(Self.latin, length: 30, using: &generator)
            #expect(Self.withoutHeadingIDs(friendly.render(markdown).html) == plain.render(markdown).html, "\(markdown)")
        }
    }

    /// The HTML without the `id`s Placard gives headings (`HeadingIDs`), which plain cmark-gfm does not.
    static func withoutHeadingIDs(_ html: String) -> String {
        html.replacing(#/<h([1-6]) id="[^"]*">/#) { "<h\($0.output.1)>" }
    }

    /// The layer only turns delimiter characters (`*`, `~`, and `_` whose pairing moves when a
    /// `*` pair now encloses it) into markup and drops line breaks between CJK characters:
    /// every other character of the text survives, in order.
    @Test func chineseTextKeepsEveryOtherCharacter() {
        var generator = TestRandom(seed: 42)
        let friendly = MarkdownRenderer(), plain = MarkdownRenderer(options: .init(), chineseFirst: false)
        func letters(_ text: String) -> String {
            String(text.unicodeScalars.filter { !"*~_ \n".unicodeScalars.contains($0) }.map(Character.init))
        }
        for _ in 0..<400 {
            let markdown = Self.document(Self.latin + Self.cjk + Self.cjk, length: 40, using: &generator)
            let out = friendly.render(markdown)
            #expect(letters(out.plainText) == letters(plain.render(markdown).plainText), "\(markdown)")
            #expect(!out.html.isEmpty || markdown.allSatisfy(\.isWhitespace))
        }
    }
}

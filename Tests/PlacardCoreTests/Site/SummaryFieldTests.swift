import Testing
@testable import PlacardCore

/// SPEC §6, Summary: `summary` in front matter is plain text; without one (or with a blank one)
/// the first paragraph's text, Markdown removed, cut after a sentence end near 120 characters or
/// at a word boundary with `…`.
@Suite struct SummaryFieldTests {
    @Test func frontMatterSummaryIsPlainTextAndABlankOneIsNone() throws {
        let site = try TestSite([
            "content/elderly/a.en.md": article("A", extra: "summary: \"**Not bold** <b>x</b> & more\"\n", body: "Body."),
            "content/elderly/b.en.md": article("B", extra: "summary: \"  \"\n", body: "Read **the guide** at [our site](https://example.org) and `code` here."),
        ])
        defer { site.remove() }
        #expect(site.build().summary != nil)
        let list = try #require(site.read("en/elderly/index.html"))
        #expect(list.contains("<p class=\"card-summary\">**Not bold** &lt;b&gt;x&lt;/b&gt; &amp; more</p>"))
        #expect(list.contains("<p class=\"card-summary\">Read the guide at our site and code here.</p>"))
        #expect(site.read("en/elderly/b/index.html")?.contains("<meta name=\"description\" content=\"Read the guide at our site and code here.\">") == true)
    }

    @Test func theGeneratedSummaryEndsAfterASentenceOrAtAWord() throws {
        let chinese = String(repeating: "社区志愿者每周二下午教老人用手机。", count: 5) + String(repeating: "扫码乘车网上挂号", count: 10) + "。"
        let words = String(repeating: "volunteers teach older residents ", count: 8)
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲", body: chinese),
            "content/elderly/a.en.md": article("A", body: words),
        ])
        defer { site.remove() }
        #expect(site.build().summary != nil)
        let zh = try #require(site.read("zh/elderly/a/index.html"))
        #expect(zh.contains("<meta name=\"description\" content=\"\(String(repeating: "社区志愿者每周二下午教老人用手机。", count: 5))\">"))
        let en = try #require(site.read("en/elderly/a/index.html"))
        let cut = String(words.prefix(120).split(separator: " ").dropLast().joined(separator: " ")) + "…"
        #expect(en.contains("<meta name=\"description\" content=\"\(cut)\">"), "\(cut)")
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// The wording rules read what the page shows: a paragraph across its source lines, without
/// emphasis markers, link syntax or HTML tags, with footnotes, and without URLs cmark-gfm links.
@Suite struct AuditProseTests {
    /// The wording findings of an article whose body is `body` (its first line is line 6), as `line rule`.
    func wording(_ body: String) throws -> [String] {
        let site = try TestSite(everySeries("2025-05-30").merging(["content/elderly/a.zh.md": article("甲", date: "2025-05-01", body: body)]) { $1 },
                                config: auditConfig())
        defer { site.remove() }
        return site.audit().report.findings.filter { [.term, .traditional, .punctuation].contains($0.rule) }.map { "\($0.line ?? 0) \($0.rule.rawValue)" }
    }

    @Test func footnotesAreReadLikeTheBody() throws {
        #expect(try wording("正文[^1]。\n\n[^1]: 脚注,内容 截止目前 國") == ["8 term", "8 traditional", "8 punctuation"])
        #expect(try wording("[说明]: https://example.com/数,据 \"截止目前\"").isEmpty, "a link reference definition is not read")
    }

    @Test func urlsAreMaskedAsFarAsCmarkLinksThem() throws {
        #expect(try wording("见 http://x.cn/中文,中文 x\n\n见 www.中文,中文.cn 后\n\n见http://x.cn/a,b。后面,文字 完").isEmpty)
        // `www.` after a Chinese character is no link: the page shows the comma between 中 and 文.
        #expect(try wording("见www.中,文.cn") == ["6 punctuation"])
        func masked(_ line: String) -> String {
            String(String.UnicodeScalarView(MarkdownMask.lines(line)[0].prose))
        }
        #expect(masked("见 http://x.cn/a). 后") == "见 " + String(repeating: " ", count: 13) + "). 后")
        #expect(masked("(www.x.cn/中(文)),后") == "(" + String(repeating: " ", count: 16))
        #expect(masked("http://x.cn/a&amp; 后") == String(repeating: " ", count: 13) + "&amp; 后")
        #expect(masked("http:// 后") == "http:// 后")
    }

    @Test func htmlTagsAreNotReadButTheTextBetweenThemIs() throws {
        #expect(try wording("<span title=\"中,文\">x</span>,中 <a href=\"a>b\" title='数,据'>链接</a>。").isEmpty)
        #expect(try wording("<b>中文</b>,中文") == ["6 punctuation"])
        #expect(try wording("见<https://example.com/数,据>和<office@example.cn>。").isEmpty)
    }

    @Test func emphasisAndLinkSyntaxAreNotRead() throws {
        #expect(try wording("**中文**,中文") == ["6 punctuation"])
        #expect(try wording("*截止*目前") == ["6 term"])
        #expect(try wording("~~截止~~目前") == ["6 term"])
        #expect(try wording("[中文](https://example.com/a,b),中文") == ["6 punctuation"])
        // An image's `!` is its syntax, not an exclamation mark; what follows an image is still read.
        #expect(try wording("见![示意图](../../gov-badge.svg)。见![](../../gov-badge.svg)。").isEmpty)
        #expect(try wording("见![示意图](../../gov-badge.svg),中文") == ["6 punctuation"])
        // What the page shows between them keeps them apart: brackets that are no link, code, an escape.
        #expect(try wording("中[注],文，`代码`,中文，中\\*,文").isEmpty)
        #expect(try wording("中\\,文") == ["6 punctuation"])
    }

    @Test func aParagraphIsReadAcrossItsLines() throws {
        #expect(try wording("数据截止\n目前已发布") == ["6 term"])
        #expect(try wording("> 数据截止\n> 目前已发布") == ["6 term"])
        #expect(try wording("- 数据截止\n  目前已发布") == ["6 term"])
        // Blocks, blank lines and hard breaks part lines; a break between Latin and Chinese is a space.
        for body in ["截止\n\n目前", "- 截止\n- 目前", "# 截止\n目前", "截止  \n目前", "截止\\\n目前", "截止\n> 目前", "| 截止 |\n| 目前 |",
                     "截止\n```\n代码\n```\n目前", "截止\n[^1]: 目前", "截止 x\n目前", "中文,\n中文", "中文\n,中文"] {
            #expect(try wording(body).isEmpty, "\(body)")
        }
    }

    @Test func aFindingAcrossLinesQuotesItsFirstLine() throws {
        let site = try TestSite(everySeries("2025-05-30").merging([
            "content/elderly/a.zh.md": article("甲", date: "2025-05-01", body: "第一行\n数据**截止**\n目前已发布"),
        ]) { $1 }, config: auditConfig())
        defer { site.remove() }
        let finding = try #require(site.audit().report.findings.first { $0.rule == .term })
        #expect(finding.line == 7)
        #expect(finding.context == "数据**截止**")
    }

    @Test func projectBodiesAreReadByParagraph() throws {
        let site = try TestSite(everySeries("2025-05-30").merging(["content/projects/list.yml": oneProjectList("""
            body:
              zh: |
                数据截止
                目前已有**三十人**,参加。
            """)]) { $1 }, config: auditConfig())
        defer { site.remove() }
        let lines = site.audit().report.findings.map { "\($0.line ?? 0) \($0.rule.rawValue)" }
        #expect(lines == ["11 term", "12 punctuation"])
    }

    @Test func maskingKeepsColumns() {
        let lines = MarkdownMask.lines("a `b,c` d\n```\ne,f\n```\n[x](http://h/数,据) <b>数,据</b>\n> **引用**")
        let prose = lines.map { String(String.UnicodeScalarView($0.prose.map { $0 == MarkdownMask.hidden ? "·" : $0 })) }
        #expect(prose == ["a       d", "   ", "   ", "   ", "·x" + String(repeating: "·", count: 15) + " ···数,据····", "· ··引用··"])
        #expect(lines.allSatisfy { $0.original.count == $0.prose.count })
    }
}

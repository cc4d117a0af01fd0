import Foundation
import Testing
@testable import PlacardCore

/// `broken-link`, `missing-alt`, `term`, `traditional` and `punctuation`, with their file lines (SPEC §7.4).
@Suite struct AuditContentRuleTests {
    /// A site whose dates are in order, so that only the rule under test finds anything.
    func site(_ files: [String: String]) throws -> TestSite {
        try TestSite(everySeries("2025-05-30").merging(files) { $1 }, config: auditConfig())
    }

    @Test func brokenLinksAndImagesWithoutAltText() throws {
        let site = try site([
            "content/elderly/a.zh.md": article("甲", date: "2025-05-01", extra: "cover: nowhere.png\n",
                                               body: "见[说明](b.zh.md)和[不存在](nothing.zh.md)。\n\n![](photo.png)\n\n![课堂](photo.png)"),
            "content/elderly/b.zh.md": article("乙", date: "2025-05-01"),
            "content/elderly/photo.png": "png",
        ])
        defer { site.remove() }
        // The same errors and warnings, with the same messages, as `check`.
        let check = site.check().diagnostics.map { "\($0.path):\($0.line.map(String.init) ?? "-"): \($0.severity.rawValue): \($0.message)" }
        #expect(site.findings(.brokenLink) == [
            "content/elderly/a.zh.md:4: error: \(Message.coverMissing("nowhere.png").en)",
            "content/elderly/a.zh.md:7: error: \(Message.brokenLink("nothing.zh.md", target: "content/elderly/nothing.zh.md").en)",
        ])
        #expect(site.findings(.brokenLink) == check.filter { $0.contains(": error: ") })
        #expect(site.findings(.missingAlt) == ["content/elderly/a.zh.md:9: warning: \(Message.imageWithoutAlt("photo.png").en)"])
        #expect(site.findings(.missingAlt) == check.filter { $0.contains(": warning: ") })
        let finding = try #require(site.audit().report.findings.first { $0.rule == .missingAlt })
        #expect(finding.context == "![](photo.png)")
        #expect(finding.url == "https://digital.example.gov.cn/zh/elderly/a/")
    }

    /// A warning `check` gives once the pages are planned is in the report too, as a finding of
    /// the `check` rule; one the audit's own rules give (no alt text) is not there twice.
    @Test func checksWarningsFromPlanningArePartOfTheReport() throws {
        let site = try site([
            "content/elderly/a.zh.md": article("甲", date: "2025-05-01", body: "见[说明](#nohead)。\n\n![](photo.png)"),
            "content/elderly/photo.png": "png",
        ])
        defer { site.remove() }
        let warnings = site.check().diagnostics.filter { $0.severity == .warning }
        #expect(warnings.count == 2, "\(warnings)")
        let fragment = try #require(warnings.first { $0.message.contains("leads to no heading") })
        #expect(site.findings(.check) == ["content/elderly/a.zh.md:\(fragment.line ?? 0): warning: \(fragment.message)"])
        #expect(site.findings(.missingAlt).count == 1)
    }

    @Test func rootAbsoluteLinksToPagesOfTheBuiltSite() throws {
        let site = try site([
            "content/elderly/a.zh.md": article("甲", date: "2025-05-01", body: "[系列](/zh/elderly/)、[项目](/zh/projects/)、[样式](/style.css)\n\n[没有](/zh/nowhere/)"),
        ])
        defer { site.remove() }
        #expect(site.findings(.brokenLink) == ["content/elderly/a.zh.md:8: error: \(Message.brokenRootLink("/zh/nowhere/", target: "/zh/nowhere/").en)"])
        #expect(site.check().diagnostics.map(\.message) == [Message.brokenRootLink("/zh/nowhere/", target: "/zh/nowhere/").en])
    }

    @Test func termsFromTheSiteListAndTheStarterList() throws {
        let site = try site([
            "audit/terms.yml": """
            # the site's own list
            - {wrong: 数字素质, right: 数字素养, source: 行动纲要}
            - {wrong: 想像, ignore: true}
            """,
            "content/elderly/a.zh.md": article("截止目前的数字素质", date: "2025-05-01", extra: "summary: 按步就班地推进\n",
                                               body: "第一段。\n\n想像一下，截止目前已经发布署名文章。"),
        ])
        defer { site.remove() }
        #expect(site.findings(.term) == [
            "content/elderly/a.zh.md:2: warning: 「截止目前」 should be written 「截至目前」 (《现代汉语词典》（第7版）「截至」：截止到（某个时候）)",
            "content/elderly/a.zh.md:2: warning: 「数字素质」 should be written 「数字素养」 (行动纲要)",
            "content/elderly/a.zh.md:4: warning: 「按步就班」 should be written 「按部就班」 (《现代汉语词典》（第7版）「按部就班」)",
            "content/elderly/a.zh.md:9: warning: 「截止目前」 should be written 「截至目前」 (《现代汉语词典》（第7版）「截至」：截止到（某个时候）)",
        ])
        let report = site.audit().report
        let title = try #require(report.findings.first { $0.message.en.contains("数字素质") })
        #expect(title.context == "title: \"截止目前的数字素质\"")
        #expect(title.message.zh == "「数字素质」应写作「数字素养」（行动纲要）")
    }

    @Test func aBadTermsFileIsAnError() throws {
        let site = try site(["audit/terms.yml": "- {wrong: 甲}\n- right: 乙\n"])
        defer { site.remove() }
        let report = site.audit().report
        #expect(!report.siteRead)
        #expect(report.findings.map { "[\($0.rule.rawValue)] \($0.path):\($0.line ?? 0): \($0.message.en)" } == [
            "[check] audit/terms.yml:1: each entry of audit/terms.yml needs `wrong:` and `right:`, like `- {wrong: 截止目前, right: 截至目前}`",
            "[check] audit/terms.yml:2: each entry of audit/terms.yml needs `wrong:` and `right:`, like `- {wrong: 截止目前, right: 截至目前}`",
        ])
    }

    @Test func traditionalCharactersInSimplifiedTextOnly() throws {
        let site = try site([
            "content/elderly/a.zh.md": article("数字素养", date: "2025-05-01", body: "提升全民數字素養，數字鴻溝。\n\n`數據` 在代码里不算。"),
            "content/elderly/a.en.md": article("Digital", date: "2025-05-01", body: "Written 數字 in English text."),
        ])
        defer { site.remove() }
        #expect(site.findings(.traditional) == [
            "content/elderly/a.zh.md:6: warning: 「數」 is a Traditional character in Simplified Chinese text; write 「数」",
            "content/elderly/a.zh.md:6: warning: 「素」 is a Traditional character in Simplified Chinese text; write 「素」",
        ].filter { !$0.contains("「素」") } + [
            "content/elderly/a.zh.md:6: warning: 「養」 is a Traditional character in Simplified Chinese text; write 「养」",
            "content/elderly/a.zh.md:6: warning: 「鴻」 is a Traditional character in Simplified Chinese text; write 「鸿」",
            "content/elderly/a.zh.md:6: warning: 「溝」 is a Traditional character in Simplified Chinese text; write 「沟」",
        ].sorted())
        #expect(WordingRules.isSimplified(locale: "zh-CN", code: "zh"))
        #expect(WordingRules.isSimplified(locale: "zh-Hans", code: "zh-hans"))
        #expect(!WordingRules.isSimplified(locale: "zh-TW", code: "tw"))
        #expect(!WordingRules.isSimplified(locale: "zh-Hant-HK", code: "hk"))
        #expect(!WordingRules.isSimplified(locale: "en-US", code: "en"))
    }

    @Test func asciiPunctuationBetweenChineseCharacters() throws {
        let site = try site([
            "content/elderly/a.zh.md": article("培训,开班", date: "2025-05-01", body: """
            今天开班,共有三十人参加;课程包括:支付、挂号?还有(防诈骗)!
            数字, 素养。版本2.0,时间10:30。
            链接[说明](https://example.com/a,b)和<https://example.com/数,据>和 https://example.com/x,y 以及 `代码,代码`。

            ```
            代码块,不算
            ```
            """),
        ])
        defer { site.remove() }
        let found = site.findings(.punctuation)
        #expect(found == [
            "content/elderly/a.zh.md:2: warning: the ASCII `,` between Chinese characters should be the full-width 「，」",
            "content/elderly/a.zh.md:6: warning: the ASCII `(` between Chinese characters should be the full-width 「（」",
            "content/elderly/a.zh.md:6: warning: the ASCII `,` between Chinese characters should be the full-width 「，」",
            "content/elderly/a.zh.md:6: warning: the ASCII `:` between Chinese characters should be the full-width 「：」",
            "content/elderly/a.zh.md:6: warning: the ASCII `;` between Chinese characters should be the full-width 「；」",
            "content/elderly/a.zh.md:6: warning: the ASCII `?` between Chinese characters should be the full-width 「？」",
        ])
        let first = try #require(site.audit().report.findings.first { $0.rule == .punctuation && $0.line == 6 })
        #expect(first.context?.hasSuffix("课程包括:支付、挂号?还有(防诈骗)!") == true)
    }

    @Test func projectListsAreCheckedWithTheirFieldLines() throws {
        let site = try site(["content/projects/list.yml": oneProjectList("""
            summary:
              zh: 截止目前,已开班
              en: So far, classes began
            body:
              zh: |
                第一行。

                第二行有繁體字。![](nothing.png)
            """)])
        defer { site.remove() }
        let report = site.audit().report
        let lines = report.findings.filter { $0.path == "content/projects/list.yml" }.map { "\($0.line ?? 0) \($0.rule.rawValue)" }
        #expect(lines == ["10 term", "10 punctuation", "16 broken-link", "16 traditional", "16 missing-alt"])
        #expect(report.findings.first { $0.rule == .traditional }?.url == "https://digital.example.gov.cn/zh/projects/p1/")
    }
}

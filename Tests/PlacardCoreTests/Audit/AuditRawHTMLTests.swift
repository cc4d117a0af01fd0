import Foundation
import Testing
@testable import PlacardCore

/// With `markdown: {unsafe: true}`, `<img>` and `<a>` written as HTML are read by `missing-alt` and
/// `broken-link` as Markdown's own are; and a multi-line summary is read at the lines that hold it (SPEC §7.4).
@Suite struct AuditRawHTMLTests {
    @Test func imagesAndLinksWrittenAsHTMLAreChecked() throws {
        let site = try TestSite(everySeries("2025-05-30").merging([
            "content/elderly/a.zh.md": article("甲", date: "2025-05-01", body: """
                <img src="missing.png">

                <a href="../education/nothing.zh.md">x</a> <a href="b.zh.md">乙</a> <a href="/zh/elderly/">系列</a> <img src='photo.png' alt="课堂">

                `<img src="code.png">` <a href="https://example.com/">外</a>
                """),
            "content/elderly/b.zh.md": article("乙", date: "2025-05-01"),
            "content/elderly/photo.png": "png",
        ]) { $1 }, config: auditConfig(extra: "markdown: {unsafe: true}\n"))
        defer { site.remove() }
        #expect(site.findings(.missingAlt) == ["content/elderly/a.zh.md:6: warning: \(Message.auditHTMLImageWithoutAlt("missing.png").en)"])
        let broken = site.findings(.brokenLink)
        #expect(broken.count == 4, "\(broken)")
        #expect(broken.contains("content/elderly/a.zh.md:6: error: \(Message.brokenLink("missing.png", target: "content/elderly/missing.png").en)"))
        #expect(broken.contains("content/elderly/a.zh.md:8: error: "
                                + Message.brokenLink("../education/nothing.zh.md", target: "content/education/nothing.zh.md").en))
        #expect(broken.contains { $0.hasPrefix("content/elderly/a.zh.md:8: error: `b.zh.md` in HTML is published as written") && $0.contains("/elderly/b/") })
        #expect(broken.contains { $0.hasPrefix("content/elderly/a.zh.md:8: error: `photo.png` in HTML is published as written") })
    }

    @Test func withoutUnsafeHTMLTheTagsAreNotOnThePageAndNotChecked() throws {
        let site = try TestSite(everySeries("2025-05-30").merging([
            "content/elderly/a.zh.md": article("甲", date: "2025-05-01", body: "<img src=\"missing.png\">"),
        ]) { $1 }, config: auditConfig())
        defer { site.remove() }
        #expect(site.findings(.missingAlt).isEmpty)
        #expect(site.findings(.brokenLink).isEmpty)
    }

    @Test func aMultiLineSummaryIsReadAtItsOwnLines() throws {
        let site = try TestSite(everySeries("2025-05-30").merging([
            "content/elderly/a.zh.md": article("甲", date: "2025-05-01", extra: "summary: |\n  第一行\n  第二行截止目前,汉字\n"),
        ]) { $1 }, config: auditConfig())
        defer { site.remove() }
        let terms = site.findings(.term)
        #expect(terms.count == 1 && terms[0].hasPrefix("content/elderly/a.zh.md:6: warning: 「截止目前」"), "\(terms)")
        #expect(site.findings(.punctuation).map { $0.split(separator: " ").first } == ["content/elderly/a.zh.md:6:"])
    }
}

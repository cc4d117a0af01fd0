import Foundation
import Testing
@testable import PlacardCore

/// `placard audit`: output formats, streams and exit statuses (SPEC §7.4), and the demo site audits clean.
@Suite struct AuditCommandTests {
    let cli = CommandLineTests()
    static let brokenLink = Message.brokenLink("nothing.zh.md", target: "content/elderly/nothing.zh.md").en

    func site() throws -> TestSite {
        var files = everySeries("2025-05-30")
        files["content/elderly/a.zh.md"] = article("培训,开班", date: "2025-05-01", body: "见[说明](nothing.zh.md)。")
        return try TestSite(files, config: auditConfig())
    }

    @Test func textGoesToStderrAndAnErrorExitsOne() throws {
        let site = try site()
        defer { site.remove() }
        let result = try cli.run(["audit", "--source", site.root.path, "--now", "2025-06-01"])
        #expect(result.status == 1)
        #expect(result.err == """
            content/elderly/a.zh.md:2: warning: [punctuation] the ASCII `,` between Chinese characters should be the full-width 「，」
            content/elderly/a.zh.md:6: error: [broken-link] \(Self.brokenLink)

            """)
        #expect(result.out == "No: 1 error would fail it (and 1 warning).\n")
    }

    @Test func warningsAloneExitZero() throws {
        let site = try TestSite(everySeries("2025-05-30").merging(["content/elderly/a.zh.md": article("培训,开班", date: "2025-05-01")]) { $1 },
                                config: auditConfig())
        defer { site.remove() }
        let result = try cli.run(["audit", "--source", site.root.path, "--now", "2025-06-01", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        #expect(result.out == """
            [
              {"rule": "punctuation", "severity": "warning", "path": "content/elderly/a.zh.md", "line": 2, "message": "the ASCII `,` between Chinese characters should be the full-width 「，」"}
            ]

            """)
    }

    @Test func jsonGithubAndHTMLGoToStdoutOnly() throws {
        let site = try site()
        defer { site.remove() }
        let json = try cli.run(["audit", "--source", site.root.path, "--now", "2025-06-20", "--format", "json"])
        #expect(json.status == 1 && json.err.isEmpty)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(items.map { $0["rule"] as? String } == ["punctuation", "broken-link", "stale-home"])
        #expect(items.last?["line"] is NSNull)
        #expect(Set(items[0].keys) == ["rule", "severity", "path", "line", "message"])

        let github = try cli.run(["audit", "--source", site.root.path, "--now", "2025-06-01", "--format", "github"])
        #expect(github.status == 1 && github.err.isEmpty)
        #expect(github.out.split(separator: "\n") == [
            "::warning file=content/elderly/a.zh.md,line=2::[punctuation] the ASCII `,` between Chinese characters should be the full-width 「，」",
            "::error file=content/elderly/a.zh.md,line=6::[broken-link] \(Self.brokenLink)",
        ])

        let html = try cli.run(["audit", "--source", site.root.path, "--now", "2025-06-01", "--format", "html"])
        #expect(html.status == 1 && html.err.isEmpty)
        #expect(html.out.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(!html.out.contains("<script"))
        #expect(html.out.contains("<code>content/elderly/a.zh.md:6</code>"))
        #expect(html.out.contains("https://digital.example.gov.cn/zh/elderly/a/"))
    }

    @Test func usageAndUnreadableSites() throws {
        #expect(try cli.run(["audit", "--format", "xml"]).status == 2)
        #expect(try cli.run(["audit", "--now", "soon"]).status == 2)
        let site = try TestSite(["content/elderly/a.zh.md": "---\ntitle: 甲\ndate: 2024-13-01\n---\n"], config: auditConfig())
        defer { site.remove() }
        let broken = try cli.run(["audit", "--source", site.root.path])
        #expect(broken.status == 1)
        #expect(broken.err == "content/elderly/a.zh.md:3: error: [check] date `2024-13-01` is not a real date; write YYYY-MM-DD, like 2024-05-20\n")
        #expect(broken.out == "No: 1 error would fail it (and 0 warnings).\n")
    }

    /// A site that cannot be read: its errors are findings of the `check` rule, in the format asked for.
    @Test func siteErrorsComeOutInEveryFormat() throws {
        let site = try TestSite(everySeries("2025-05-30").merging(["content/elderly/a.zh.md": "---\ntitle: [bad\ndate: 2025-05-01\n---\n"]) { $1 },
                                config: auditConfig())
        defer { site.remove() }
        func audit(_ format: String) throws -> (status: Int32, out: String, err: String) {
            try cli.run(["audit", "--source", site.root.path, "--now", "2025-06-01", "--format", format])
        }
        let json = try audit("json")
        #expect(json.status == 1 && json.err.isEmpty)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["rule"] as? String == "check")
        #expect(items.first?["severity"] as? String == "error")
        #expect(items.first?["path"] as? String == "content/elderly/a.zh.md")
        #expect(items.first?["line"] as? Int == 3, "where the YAML parser stopped, as `check` says")

        let github = try audit("github")
        #expect(github.status == 1 && github.err.isEmpty)
        #expect(github.out.hasPrefix("::error file=content/elderly/a.zh.md,line=3::[check] Placard cannot read this line"))

        let html = try audit("html")
        #expect(html.status == 1 && html.err.isEmpty)
        #expect(html.out.contains("<code>content/elderly/a.zh.md:3</code>"))
        #expect(html.out.contains("<code>check</code>"))
        #expect(!html.out.contains("<code>stale-home</code>"), "no other rule ran")
    }

    /// A warning from reading the site (an unused group) is a finding too, and alone exits 0.
    @Test func siteWarningsAreFindings() throws {
        let site = try TestSite(everySeries("2025-05-30"), config: auditConfig(extra: "groups:\n  elderly: {zh: 老年人, en: Older people}\n"))
        defer { site.remove() }
        let json = try cli.run(["audit", "--source", site.root.path, "--now", "2025-06-01", "--format", "json"])
        #expect(json.status == 0 && json.err.isEmpty)
        #expect(json.out == """
            [
              {"rule": "check", "severity": "warning", "path": "site.yml", "line": 12, "message": "the group `elderly` is not used by any article or project"}
            ]

            """)
        let text = try cli.run(["audit", "--source", site.root.path, "--now", "2025-06-01"])
        #expect(text.err == "site.yml:12: warning: [check] the group `elderly` is not used by any article or project\n")
        #expect(text.out == "Yes: no errors; 1 warning to look at.\n")
        let html = AuditFormat.html.render(site.audit().report, language: .en)
        #expect(html.contains("<code>check</code>") && html.contains("<code>stale-home</code>"))
    }

    @Test func messagesFollowTheEnvironmentsLanguage() throws {
        let site = try site()
        defer { site.remove() }
        let report = site.audit().report
        let zh = AuditFormat.text.render(report, language: .zh)
        #expect(zh.contains("content/elderly/a.zh.md:2: warning: [punctuation] 中文之间的半角「,」应改为全角「，」"))
        #expect(AuditFormat.html.render(report, language: .zh).contains("<html lang=\"zh-CN\">"))
    }

    @Test func htmlEscapesWhatContentSays() throws {
        let site = try TestSite(everySeries("2025-05-30").merging([
            "content/elderly/a.zh.md": article("甲", date: "2025-05-01", body: "培训,开班<b onclick=\"x()\">&amp;</b>"),
        ]) { $1 }, config: auditConfig())
        defer { site.remove() }
        let html = AuditFormat.html.render(site.audit().report, language: .en)
        #expect(html.contains("培训,开班&lt;b onclick=\"x("))
        #expect(!html.contains("<b onclick"))
    }

    @Test func theDemoSiteAuditsClean() throws {
        let diagnostics = Diagnostics()
        let options = AuditOptions(source: DemoSiteTests.root, now: BuildOptions.parseNow("2026-11-28")!)
        let report = Audit.run(options, diagnostics: diagnostics)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
        #expect(report.findings.isEmpty, "\(report.findings.map { AuditFormat.textLine($0, .en) })")
    }
}

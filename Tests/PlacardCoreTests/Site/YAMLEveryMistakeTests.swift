import Foundation
import Testing
@testable import PlacardCore

/// Every tab and full-width colon in a YAML file is reported on its line in one run, not only the
/// first one the parser stops at (SPEC §5, §7.2).
@Suite struct YAMLEveryMistakeTests {
    private func errorLines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.filter { $0.severity == .error }.map { "\($0.path):\($0.line ?? 0)" }
    }

    @Test func frontMatterAndProjectListReportEveryLine() throws {
        let site = try TestSite([
            "content/elderly/b.zh.md": "---\ntitle: t\ndate: 2025-01-10\ntags:\n\t- a\n\t- b\nregion：四川\n---\nx\n",
            "content/projects/m.yml": "title: L\nprojects:\n  - id： p2\n    title： P\n  - id: p3\n\ttitle: x\n",
        ])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errorLines(errors) == ["content/elderly/b.zh.md:5", "content/elderly/b.zh.md:6", "content/elderly/b.zh.md:7",
                                       "content/projects/m.yml:3", "content/projects/m.yml:4", "content/projects/m.yml:6"])
        #expect(errors.filter { $0.message == Message.yamlTab().en }.map { $0.line ?? 0 } == [5, 6, 6])
        #expect(errors.contains(.error("content/elderly/b.zh.md", line: 7, .yamlFullWidthColon(key: "region", fixed: "`region: 四川`"))))
    }

    @Test func siteYAMLReportsEveryLine() throws {
        let config = TestSite.defaultConfig
            .replacingOccurrences(of: "baseURL: https://", with: "baseURL：https://")
            .replacingOccurrences(of: "\n  students:", with: "\n\tstudents:")
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")], config: config)
        defer { site.remove() }
        let lines = config.split(separator: "\n", omittingEmptySubsequences: false)
        let colon = lines.firstIndex { $0.hasPrefix("baseURL") }! + 1
        let tab = lines.firstIndex { $0.hasPrefix("\t") }! + 1
        #expect(errorLines(site.check().diagnostics) == ["site.yml:\(colon)", "site.yml:\(tab)"])
    }

    /// A problem the usual mistakes do not explain keeps the parser's words, and a tab further down is named too.
    @Test func theParsersErrorStaysWhenNoMistakeExplainsIt() throws {
        let site = try TestSite(["content/elderly/a.zh.md": "---\ntitle: 甲\n  date: 2025-01-10\nregion: 四川\ntags:\n\t- a\n---\n"])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 2)
        #expect(errors.first?.message.hasPrefix("Placard cannot read this line") == true)
        #expect(errors.last == .error("content/elderly/a.zh.md", line: 6, .yamlTab()))
    }
}

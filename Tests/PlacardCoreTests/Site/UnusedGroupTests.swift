import Foundation
import Testing
@testable import PlacardCore

/// "A group key no content uses" (SPEC §6), and one mistake giving one message (SPEC §7.7): a project or
/// article left out for an error does not make its group look unused.
@Suite struct UnusedGroupTests {
    static let config = """
    title: T
    baseURL: https://example.org/
    languages:
      - {code: zh, locale: zh-CN, name: 中文}
    series:
      - key: edu
        title: 教育
    groups:
      elderly: 老年人
    """

    static func project(start: String) -> String {
        """
        title: P
        projects:
          - id: p1
            title: 项目
            organizer: 某局
            organizerType: department
            series: edu
            groups: [elderly]
            region: 四川
            start: \(start)
            summary: s
        """
    }

    @Test func aProjectWithAnErrorGivesOnlyThatError() throws {
        let site = try TestSite(["content/projects/p.yml": Self.project(start: "2024-13-01")], config: Self.config)
        defer { site.remove() }
        let (ok, diagnostics) = site.check()
        #expect(!ok)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        #expect(diagnostics.first?.path == "content/projects/p.yml" && diagnostics.first?.severity == .error)
    }

    @Test func anArticleWithAnErrorGivesOnlyThatError() throws {
        let site = try TestSite(["content/edu/a.zh.md": "---\ntitle: 甲\ndate: 2024-13-01\ngroups: [elderly]\n---\n\n正文。\n"], config: Self.config)
        defer { site.remove() }
        let (ok, diagnostics) = site.check()
        #expect(!ok)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        #expect(diagnostics.first?.path == "content/edu/a.zh.md")
    }

    @Test func aGroupNothingUsesIsStillReported() throws {
        let site = try TestSite(["content/edu/a.zh.md": article("甲")], config: Self.config)
        defer { site.remove() }
        let (ok, diagnostics) = site.check()
        #expect(ok)
        #expect(diagnostics == [.warning("site.yml", line: 9, "the group `elderly` is not used by any article or project")])
        let used = try TestSite(["content/projects/p.yml": Self.project(start: "2024-03-01")], config: Self.config)
        defer { used.remove() }
        #expect(used.check().diagnostics.isEmpty, "\(used.check().diagnostics)")
    }
}

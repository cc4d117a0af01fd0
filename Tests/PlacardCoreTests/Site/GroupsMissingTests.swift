import Testing
@testable import PlacardCore

/// A group named by an article or a project of a site whose site.yml has no `groups` at all: the
/// error says so and how to add one, instead of listing no keys (SPEC §5: an unknown group).
@Suite struct GroupsMissingTests {
    @Test func anUnknownGroupWithoutAnyGroupsSaysWhereToAddThem() throws {
        let config = TestSite.defaultConfig.components(separatedBy: "\ngroups:")[0] + "\n"
        let list = """
        title: 清单
        projects:
          - {id: p1, title: 项目, organizer: 教育厅, organizerType: department, series: elderly, groups: [women], region: 四川, start: 2025-01-01, summary: 摘要}
        """
        let site = try TestSite(["content/elderly/a.zh.md": article("甲", extra: "groups: [elderly]\n"), "content/projects/l.yml": list], config: config)
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.contains(.error("content/elderly/a.zh.md", line: 4,
            "unknown group `elderly`: site.yml has no `groups` yet; add it there with its name in each language, like `groups: {elderly: {zh: 中文名称, en: English name}}`")), "\(errors)")
        #expect(errors.contains { $0.path == "content/projects/l.yml" && $0.message.hasPrefix("unknown group `women`: site.yml has no `groups` yet") }, "\(errors)")
    }
}

import Foundation
import Testing
@testable import PlacardCore

@Suite struct BadInputTests {
    static let projectList = """
    title: {zh: 清单, en: List}
    projects:
      - id: dup-id
        title: 项目
        organizer: 教育厅
        organizerType: department
        series: education
        start: 2024-05-20
    """

    /// Every class of SPEC §5 at once: all reported in one run, each with its file and line.
    @Test func reportsEveryProblemInOneRunAndKeepsTheOldOutput() throws {
        let site = try TestSite(["content/elderly/good.zh.md": article("好文章")])
        defer { site.remove() }
        #expect(site.build().summary != nil)
        let before = site.outputFiles().map { ($0, site.read($0) ?? "binary") }

        let broken: [String: String] = [
            "content/elderly/bad-yaml.zh.md": "---\ntitle: [unclosed\ndate: 2025-01-01\n---\n",
            "content/elderly/no-title.zh.md": "---\ndate: 2025-01-01\n---\nbody\n",
            "content/elderly/no-date.zh.md": "---\ntitle: 无日期\n---\nbody\n",
            "content/elderly/bad-date.zh.md": "---\ntitle: 坏日期\ndate: 2024-13-01\n---\n",
            "content/unknown/x.zh.md": article("未知系列"),
            "content/elderly/group.zh.md": "---\ntitle: 人群\ndate: 2025-01-01\ngroups: [aliens]\n---\n",
            "content/elderly/one.zh.md": "---\ntitle: 一\ndate: 2025-01-01\nslug: same\n---\n",
            "content/elderly/two.zh.md": "---\ntitle: 二\ndate: 2025-01-01\nslug: same\n---\n",
            "content/elderly/link.zh.md": "---\ntitle: 链接\ndate: 2025-01-01\n---\n\n[坏链接](nowhere.zh.md)\n",
            "content/projects/a.yml": Self.projectList,
            "content/projects/b.yml": Self.projectList,
            "themes/broken/theme.yml": "extends: default\n",
            "themes/broken/templates/article.mustache": "{{<base}}{{$main}}\n{{#article}}\n{{/main}}{{/base}}\n",
        ]
        for (path, text) in broken { try site.write(Data(text.utf8), to: path) }
        try site.write(Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]), to: "content/elderly/latin1.zh.md")

        let (summary, diagnostics) = site.build(theme: "broken")
        #expect(summary == nil)
        let errors = diagnostics.filter { $0.severity == .error }
        let located = errors.map { "\($0.path):\($0.line.map(String.init) ?? "-")" }
        for expected in [
            "content/elderly/bad-yaml.zh.md:3", "content/elderly/no-title.zh.md:1", "content/elderly/no-date.zh.md:1",
            "content/elderly/bad-date.zh.md:3", "content/unknown/x.zh.md:-", "content/elderly/group.zh.md:4",
            "content/elderly/two.zh.md:4", "content/projects/b.yml:3", "content/elderly/latin1.zh.md:2",
            "content/elderly/link.zh.md:6",
        ] {
            #expect(located.contains(expected), "expected \(expected) in \(located)")
        }
        #expect(errors.contains { $0.path == "themes/broken/templates/article.mustache" && $0.line != nil })
        #expect(errors.contains(.error("content/elderly/bad-date.zh.md", line: 3, "date `2024-13-01` is not a real date; write YYYY-MM-DD, like 2024-05-20")))
        #expect(errors.contains { $0.path == "content/elderly/two.zh.md" && $0.message.contains("content/elderly/one.zh.md") })
        #expect(errors.contains { $0.path == "content/projects/b.yml" && $0.message.contains("content/projects/a.yml:3") })
        #expect(site.outputFiles().map { ($0, site.read($0) ?? "binary") }.elementsEqual(before, by: ==), "the old output is untouched")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func brokenLinkAndTemplateAreReportedWithLines() throws {
        let site = try TestSite([
            "content/elderly/link.zh.md": "---\ntitle: 链接\ndate: 2025-01-01\n---\n\n[坏链接](nowhere.zh.md)\n",
            "themes/broken/theme.yml": "extends: default\n",
            "themes/broken/templates/article.mustache": "{{<base}}{{$main}}\n{{#article}}\n{{/main}}{{/base}}\n",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build(theme: "broken")
        #expect(summary == nil)
        #expect(diagnostics.contains { $0.path == "themes/broken/templates/article.mustache" && $0.line != nil && $0.message.contains("does not parse") })
        let fixed = try TestSite(["content/elderly/link.zh.md": "---\ntitle: 链接\ndate: 2025-01-01\n---\n\n[坏链接](nowhere.zh.md)\n"])
        defer { fixed.remove() }
        #expect(fixed.build().diagnostics.contains { $0.path == "content/elderly/link.zh.md" && $0.line == 6 })
    }

    @Test func badSiteYAMLNamesItsLine() throws {
        let site = try TestSite([:], config: "title: {zh: 站点\nbaseURL: https://x.cn/\n")
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.path == "site.yml")
        #expect(diagnostics.first?.line != nil)
    }

    /// An article's date written as a project list may write it (`2024/5/20`, `2024年5月20日`): the
    /// error gives the line to write instead; a date that is no real day gets the general message.
    @Test func aDateInAnotherFormGetsTheLineToWrite() throws {
        let dates = ["a": "2024/5/20", "b": "2024年5月20日", "c": "2024-5-20", "d": "２０２４年５月２０日", "e": "2024年13月1日"]
        let site = try TestSite(Dictionary(uniqueKeysWithValues: dates.map { ("content/elderly/\($0.key).zh.md", "---\ntitle: 日期\ndate: \($0.value)\n---\n") }))
        defer { site.remove() }
        let (ok, diagnostics) = site.check()
        #expect(!ok)
        #expect(Set(diagnostics) == Set(dates.map { name, date in
            Diagnostic.error("content/elderly/\(name).zh.md", line: 3, name == "e" ? .badDate(date) : .dateToRewrite(date, as: "2024-05-20"))
        }))
        #expect(diagnostics.first { $0.path.hasSuffix("b.zh.md") }?.message.contains("`date: 2024-05-20`") == true)
    }

    @Test func missingSiteYAMLIsClear() throws {
        let site = try TestSite([:], config: nil)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        #expect(diagnostics.first?.message.contains("there is no site.yml") == true)
    }

    @Test func pageSlugMayNotEqualASeriesKey() throws {
        let site = try TestSite(["content/pages/elderly.zh.md": article("页面")])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        #expect(diagnostics.contains { $0.path == "content/pages/elderly.zh.md" && $0.message.contains("series key") })
    }

    @Test func projectListProblemsCarryTheirLines() throws {
        let site = try TestSite([
            "content/projects/p.yml": """
            title: 清单
            projects:
              - id: ok-one
                title: 项目
                organizer: 厅
                organizerType: ministry
                series: nowhere
                groups: [aliens]
                start: 2024-02-30
                end: 2024-01-01
                reach: -5
            """,
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        let lines = Set(diagnostics.filter { $0.severity == .error }.compactMap(\.line))
        #expect(lines == [6, 7, 8, 9, 11], "\(diagnostics)")
    }
}

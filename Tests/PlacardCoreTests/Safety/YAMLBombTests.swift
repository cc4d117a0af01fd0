import Foundation
import Testing
@testable import PlacardCore

/// SPEC §7.6: YAML whose aliases expand without bound ("billion laughs") is an error within a second,
/// in bounded memory: in site.yml, in front matter and in YAML project lists.
@Suite struct YAMLBombTests {
    /// Nine levels of ten aliases each: 10⁹ values once expanded.
    static let laughs: String = {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(previous)]")
        }
        return lines.joined(separator: "\n")
    }()

    @Test func aBillionLaughsIsRefusedQuickly() {
        let diagnostics = Diagnostics()
        let start = Date()
        let node = YAMLReader.parse(Self.laughs, path: "x.yml", diagnostics: diagnostics)
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(node == nil)
        #expect(diagnostics.all.first?.message.contains("aliases") == true)
    }

    @Test func aLargeFileDoesNotRaiseTheLimitPastWhatASecondCounts() {
        #expect(YAMLLimits.maxValues("a: 1") == 100_080)
        #expect(YAMLLimits.maxValues(String(repeating: "#", count: 10_000_000)) == 20_000_000)
        // `laughs` after ten megabytes of comments: refused at the cap, not walked to the end.
        let padded = String(repeating: "# padding\n", count: 1_000_000) + Self.laughs
        let diagnostics = Diagnostics()
        #expect(YAMLReader.parse(padded, path: "x.yml", diagnostics: diagnostics) == nil)
        #expect(diagnostics.all.first?.message.contains("aliases") == true)
    }

    @Test func inEveryKindOfYAMLFile() throws {
        let bomb = Self.laughs
        let site = try TestSite([
            "content/elderly/a.zh.md": "---\ntitle: 甲\ndate: 2025-01-01\n\(bomb)\ntags: *a9\n---\n正文\n",
            "content/projects/list.yml": "title: {zh: 清单, en: List}\n\(bomb)\nprojects: *a9\n",
        ])
        defer { site.remove() }
        let start = Date()
        let (summary, diagnostics) = site.build()
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(summary == nil)
        let paths = Set(diagnostics.filter { $0.message.contains("aliases") }.map(\.path))
        #expect(paths == ["content/elderly/a.zh.md", "content/projects/list.yml"])

        let config = TestSite.defaultConfig + "\n" + bomb + "\nextra: *a9\n"
        let broken = try TestSite(["content/elderly/a.zh.md": article("甲")], config: config)
        defer { broken.remove() }
        let result = broken.build()
        #expect(result.summary == nil)
        #expect(result.diagnostics.contains { $0.path == "site.yml" && $0.message.contains("aliases") })
    }

    @Test func sharedDefaultsThroughAliasesStillWork() throws {
        let projects = (1...200).map { "  - {id: p\($0), title: 项目\($0), organizer: *org, organizerType: department, series: education, groups: *groups, start: 2024-05-20}" }
            .joined(separator: "\n")
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "content/projects/list.yml": "title: {zh: 清单, en: List}\nshared: {organizer: &org 教育厅, groups: &groups [elderly, students]}\nprojects:\n\(projects)\n",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary?.projects == 200, "\(diagnostics.prefix(3))")
    }

    @Test func deepNestingIsRefusedBeforeParsing() {
        for text in [String(repeating: "[", count: 100_000), String(repeating: "- ", count: 50_000) + "x",
                     "a: " + String(repeating: "{b: ", count: 20_000) + "c" + String(repeating: "}", count: 20_000)] {
            let diagnostics = Diagnostics()
            #expect(YAMLReader.parse(text, path: "x.yml", diagnostics: diagnostics) == nil)
            #expect(diagnostics.all.first?.message.contains("levels deep") == true)
        }
        let fine = Diagnostics()
        #expect(YAMLReader.parse("title: \"[[[[ it's ]]]]\"\nlist: [[a, b], {c: [d]}]\n", path: "x.yml", diagnostics: fine) != nil)
        #expect(fine.all.isEmpty)
    }
}

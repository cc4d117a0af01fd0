import Foundation
import Testing
import Yams
@testable import PlacardCore

/// YAML's merge key (`<<: *defaults`) in site.yml, project lists and front matter: a mapping takes
/// the keys of the mappings it merges that it does not have itself, as Hugo's YAML reads it.
@Suite struct YAMLMergeTests {
    static func parse(_ text: String) throws -> Node {
        let diagnostics = Diagnostics()
        let node = try #require(YAMLReader.parse(text, path: "x.yml", diagnostics: diagnostics))
        #expect(diagnostics.all.isEmpty)
        return node
    }

    @Test func ownKeysWinAndTheFirstMergedMappingWins() throws {
        let node = try Self.parse("""
        a: &a {x: 1, y: 1, z: 1}
        b: &b {y: 2, w: 2}
        c: {<<: [*b, *a], x: 3}
        d: {"<<": text, x: 4}
        """)
        let c = try #require(node[key: "c"])
        #expect(c.mappingPairs.map { "\($0.key)=\($0.value.text ?? "")" } == ["x=3", "y=2", "w=2", "z=1"])
        // A quoted `<<` is text, not a merge.
        let d = try #require(node[key: "d"])
        #expect(d.mappingPairs.map(\.key) == ["<<", "x"])
        #expect(d[key: "<<"]?.text == "text")
    }

    @Test func aMergeInsideAMergedMappingIsApplied() throws {
        let node = try Self.parse("""
        base: &base {organizerType: city}
        defaults: &d {<<: *base, series: elderly}
        projects:
          - {<<: *d, id: p1}
        """)
        let project = try #require(node[key: "projects"].flatMap { if case .sequence(let items) = $0 { items.first } else { nil } })
        #expect(project[key: "organizerType"]?.text == "city" && project[key: "series"]?.text == "elderly" && project[key: "id"]?.text == "p1")
    }

    /// One anchor merged into 5,000 projects is merged once.
    @Test func aMappingSharedByManyIsMergedOnce() throws {
        let text = "defaults: &d {organizerType: city, series: elderly}\nprojects:\n"
            + (0..<5_000).map { "  - {<<: *d, id: p\($0)}" }.joined(separator: "\n")
        let node = try Self.parse(text)
        guard case .sequence(let items) = try #require(node[key: "projects"]) else { Issue.record("not a list"); return }
        #expect(items.count == 5_000 && items.allSatisfy { $0[key: "series"]?.text == "elderly" })
    }

    @Test func aProjectListAndSiteYAMLTakeMergedValues() throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "series:\n", with: "x-series: &series {description: {zh: 共同的说明, en: Shared description}}\nseries:\n")
            .replacingOccurrences(of: "  - key: elderly\n", with: "  - <<: *series\n    key: elderly\n")
            .replacingOccurrences(of: "    description: {zh: 帮助老年人, en: Helping older people}\n", with: "")
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "content/projects/l.yml": """
            title: {zh: 清单, en: List}
            defaults: &d
              organizer: {zh: 教育厅, en: Department of Education}
              organizerType: department
              series: elderly
            projects:
              - <<: *d
                id: p1
                title: {zh: 项目一, en: Project one}
                start: 2024-05-20
              - <<: *d
                id: p2
                title: {zh: 项目二, en: Project two}
                organizer: {zh: 妇联, en: Women's Federation}
                start: 2024-06-01
            """,
        ], config: config)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil)
        // The keys that only hold shared values (`defaults`, `x-series`) are not unknown settings.
        #expect(diagnostics.filter { $0.message.contains("not a setting Placard knows") || $0.message.contains("`<<`") }.isEmpty, "\(diagnostics)")
        #expect(site.read("zh/projects/p1/index.html")?.contains("教育厅") == true)
        #expect(site.read("zh/projects/p2/index.html")?.contains("妇联") == true)
        #expect(site.read("zh/projects/p2/index.html")?.contains("教育厅") == false)
        #expect(site.read("zh/elderly/index.html")?.contains("共同的说明") == true)
    }
}

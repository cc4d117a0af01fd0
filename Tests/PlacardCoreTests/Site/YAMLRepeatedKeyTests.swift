import Foundation
import Testing
import Yams
@testable import PlacardCore

/// A key given twice in one YAML mapping is an error on the second key's line: YAML allows a key
/// once, and one of the two values would be silently lost (SPEC §5, bad YAML).
@Suite struct YAMLRepeatedKeyTests {
    @Test func aKeyTwiceInFrontMatterOrAProjectListIsAnError() throws {
        let site = try TestSite([
            "content/elderly/n.zh.md": "---\ntitle: 第一\ndate: 2025-01-03\ntitle: 第二\n---\nx\n",
            "content/projects/l.yml": "title: L\nprojects:\n  - id: p1\n    title: {zh: 甲, zh: 乙}\n",
        ])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.contains(.error("content/elderly/n.zh.md", line: 4, .yamlKeyTwice(key: "title", firstLine: 2))))
        #expect(errors.contains(.error("content/projects/l.yml", line: 4, .yamlKeyTwice(key: "zh", firstLine: 4))))
        #expect(errors.filter { $0.message.contains("twice") }.count == 2)
    }

    @Test func theSameKeyInDifferentMappingsAndThroughAnAliasIsFine() throws {
        let list = """
        title: L
        defaults: &defaults {organizer: O, organizerType: department, series: education}
        projects:
          - {id: p1, title: P1, start: 2026-01-01, <<: *defaults}
          - {id: p2, title: P2, start: 2026-01-01, <<: *defaults}
        """
        #expect(YAMLReader.repeatedKeys(in: try #require(try Yams.compose(yaml: list))).isEmpty)
        // site.yml has `title` at the top and in each series.
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        #expect(site.check().diagnostics.filter { $0.severity == .error }.isEmpty)
    }
}

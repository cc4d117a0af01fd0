import Foundation
import Testing
@testable import PlacardCore

/// `groups` and `tags` hold names: an item that is itself a list or a map is an error on its line,
/// not dropped unseen (SPEC §5: an unknown group is an error).
@Suite struct FrontMatterListTests {
    @Test func anUnknownGroupIsReportedOnTheLineOfItsItem() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲", extra: "groups:\n  - elderly\n  - aliens\n"),
            "content/elderly/b.zh.md": article("乙", extra: "groups: [elderly,\n  martians]\n"),
            "content/elderly/c.zh.md": article("丙", extra: "groups: venusians\n"),
        ])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.path):\($0.line ?? 0)" }.sorted() == ["content/elderly/a.zh.md:6", "content/elderly/b.zh.md:5",
                                                               "content/elderly/c.zh.md:4"], "\(errors)")
    }

    @Test func aNestedListOrMapInGroupsOrTagsIsAnErrorOnItsLine() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲", extra: "groups: [[nope]]\n"),
            "content/elderly/b.zh.md": article("乙", extra: "tags:\n  - 好\n  - [a, b]\n  - {k: v}\n"),
            "content/elderly/c.zh.md": article("丙", extra: "x: &nested [[elderly]]\ngroups: *nested\n"),
            "content/elderly/ok.zh.md": article("好", extra: "groups: [elderly]\ntags: [数字, 手机]\n"),
        ])
        defer { site.remove() }
        let (ok, diagnostics) = site.check()
        #expect(!ok)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.path):\($0.line ?? 0)" }.sorted() == ["content/elderly/a.zh.md:4", "content/elderly/b.zh.md:6", "content/elderly/b.zh.md:7",
                                                               "content/elderly/c.zh.md:4"], "\(errors)")
        #expect(errors.first?.text.en.contains("is itself a list or a map") == true)
    }
}

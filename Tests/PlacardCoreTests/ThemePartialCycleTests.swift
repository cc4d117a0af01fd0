import Testing
@testable import PlacardCore

/// A partial that includes itself would recurse until the stack runs out: the theme is refused
/// with an error on the include's line instead of a crash.
@Suite struct ThemePartialCycleTests {
    @Test func aPartialIncludingItselfIsAnErrorNotACrash() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "themes/default/templates/footer.mustache": "<footer>\n{{> footer}}</footer>\n",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        #expect(diagnostics.contains(.error("themes/default/templates/footer.mustache", line: 2,
                                            "the partial `footer` includes itself (`footer` → `footer`): a page using it would never finish; remove one of these includes")))
        #expect(diagnostics.filter { $0.severity == .error }.count == 1)
    }

    @Test func twoPartialsIncludingEachOtherGiveOneError() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "themes/t/theme.yml": "extends: default\n",
            "themes/t/templates/footer.mustache": "<footer>{{> share}}</footer>\n",
            "themes/t/templates/share.mustache": "<p>\n\n{{#site}}{{> footer}}{{/site}}</p>\n",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build(theme: "t")
        #expect(summary == nil)
        let cycles = diagnostics.filter { $0.severity == .error }.filter { $0.message.contains("includes itself") }
        #expect(cycles.count == 1)
        #expect(cycles.first?.path == "themes/t/templates/share.mustache" && cycles.first?.line == 3)
        #expect(cycles.first?.message.contains("`footer` → `share` → `footer`") == true)
    }

    @Test func cyclesAreFoundOnceEachAndSharedPartialsAreNotCycles() {
        let texts = ["base": "{{>header}}{{>footer}}", "header": "{{>logo}}", "footer": "{{>logo}}", "logo": "x",
                     "a": "{{>b}}", "b": "{{>c}}", "c": "{{>a}}{{>b}}"]
        let found = PartialReferences.cycles(in: texts).map(\.chain)
        #expect(found == [["a", "b", "c", "a"], ["b", "c", "b"]])
    }
}

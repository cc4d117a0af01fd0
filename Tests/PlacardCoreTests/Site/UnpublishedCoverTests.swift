import Testing
@testable import PlacardCore

/// A file left out for a mistake in its front matter still has its cover checked: one run
/// reports the date and the missing image together.
@Suite struct UnpublishedCoverTests {
    @Test func coverOfAFileWithErrorsIsChecked() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": "---\ntitle: 甲\ndate: 2025-13-45\ncover: /images/nope.png\n---\n正文。\n",
            "content/elderly/b.zh.md": "---\ntitle: 乙\ndate: 2025-13-45\ncover: images/gone.png\n---\n正文。\n",
            "content/elderly/c.zh.md": "---\ntitle: 丙\ndate: 2025-13-45\ncover: /images/here.png\n---\n正文。\n",
            "content/images/here.png": "png",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.contains { $0.path == "content/elderly/a.zh.md" && $0.line == 4 && $0.message.contains("/images/nope.png") })
        #expect(errors.contains { $0.path == "content/elderly/b.zh.md" && $0.line == 4 && $0.message.contains("images/gone.png") })
        #expect(!errors.contains { $0.path == "content/elderly/c.zh.md" && $0.line == 4 }, "a cover that is there")
        #expect(errors.filter { $0.line == 3 }.count == 3, "and every date")
    }
}

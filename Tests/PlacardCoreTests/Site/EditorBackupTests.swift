import Foundation
import Testing
@testable import PlacardCore

/// Editors leave copies beside the file being written (`x.md~`, emacs's `#x.md#`): they hold drafts' text, and
/// are neither read nor published; other names with `~` or `#` are ordinary files.
@Suite struct EditorBackupTests {
    @Test func backupsAndAutosavesAreNotPublished() throws {
        let draft = article("草稿", extra: "draft: true\n", body: "还没定稿的内容。")
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "content/elderly/plan.zh.md": draft,
            "content/elderly/plan.zh.md~": draft,
            "content/elderly/#plan.zh.md#": draft,
            "content/images/a#1.png": "png",
            "content/images/~b.png": "png",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        #expect(diagnostics.filter { $0.path.contains("plan") }.isEmpty)
        let files = site.outputFiles()
        #expect(!files.contains { $0.contains("plan") })
        #expect(files.contains("images/a#1.png") && files.contains("images/~b.png"))
    }

    @Test func theLeftOutNames() {
        #expect(ContentFiles.isLeftOut(".x.md.swp") && ContentFiles.isLeftOut("x.md~") && ContentFiles.isLeftOut("#x.md#"))
        #expect(!ContentFiles.isLeftOut("#") && !ContentFiles.isLeftOut("a#1.png") && !ContentFiles.isLeftOut("~b.png"))
    }
}

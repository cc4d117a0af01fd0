import Foundation
import Testing
@testable import PlacardCore

/// On ext4 without a journal the output's folders are marked as tops of hierarchies, so that
/// ext4 spreads them over block groups with room (`FileSystem+SpreadFolders`); elsewhere they
/// are made as before.
@Suite struct SpreadFoldersTests {
    private func scratchFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("placard-spread-\(UUID().uuidString)").path
        try FileSystem.makeFolders(path)
        return path
    }

    @Test func everyLevelIsMadeAndMarkedOnlyWhereThatHelps() throws {
        let root = try scratchFolder()
        defer { FileSystem.removeTree(root) }
        let spread = FileSystem.skipsRecentlyFreedInodes(root)
        try FileSystem.makeFolders(root + "/zh/industry/a-page", spread: true)
        try FileSystem.makeFolders(root + "/zh/industry/b-page", spread: spread)
        for folder in ["/zh", "/zh/industry", "/zh/industry/a-page", "/zh/industry/b-page"] {
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: root + folder, isDirectory: &isFolder) && isFolder.boolValue)
        }
        if spread {
            #expect(FileSystem.isTopFolder(root + "/zh/industry/b-page"))
        } else {
            #expect(!FileSystem.isTopFolder(root + "/zh/industry/b-page"))
        }
        #expect(!FileSystem.isTopFolder(root), "a folder that was already there is left as it was")
    }

    @Test func aFileSystemThatIsNotExt4IsLeftAlone() {
        #expect(!FileSystem.skipsRecentlyFreedInodes("/proc"))
        #expect(!FileSystem.skipsRecentlyFreedInodes("/no/such/folder"))
    }

    @Test func aSiteBuiltIntoSpreadFoldersIsComplete() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": "---\ntitle: 甲\ndate: 2025-01-02\n---\n正文。\n",
            "content/elderly/b.zh.md": "---\ntitle: 乙\ndate: 2025-01-03\n---\n正文。\n",
        ])
        defer { site.remove() }
        #expect(site.build().summary != nil)
        for page in ["zh/elderly/a/index.html", "zh/elderly/b/index.html", "zh/elderly/index.html", "zh/search-index.json"] {
            #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(page).path), "\(page)")
        }
        // A folder is marked once a subfolder is made in it: a page's own folder, which holds its one
        // file, is not (the output is the staging folder renamed; ext4 keeps the flags).
        let spread = FileSystem.skipsRecentlyFreedInodes(site.output.path)
        for folder in ["zh", "zh/elderly"] {
            #expect(FileSystem.isTopFolder(site.output.appendingPathComponent(folder).path) == spread, "\(folder)")
        }
        #expect(!FileSystem.isTopFolder(site.output.appendingPathComponent("zh/elderly/a").path))
    }
}

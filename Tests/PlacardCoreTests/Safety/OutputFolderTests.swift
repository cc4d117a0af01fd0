import Foundation
import Testing
@testable import PlacardCore

/// The output folder as a boundary: inside content/ it is not copied into itself, a symbolic link there does not
/// send writes elsewhere, and a folder whose replacement would delete the site is refused.
@Suite struct OutputFolderTests {
    @Test func anOutputFolderInsideContentIsNotCopiedIntoItself() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲"), "content/images/x.svg": "<svg/>"])
        defer { site.remove() }
        let output = site.root.appendingPathComponent("content/public")
        for _ in 0..<3 {
            let (summary, diagnostics) = site.build(output: output)
            #expect(summary != nil, "\(diagnostics)")
        }
        let files = site.outputFiles(in: output)
        #expect(files.contains("images/x.svg"))
        #expect(!files.contains { $0.hasPrefix("public/") })
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("content").path)
        #expect(beside.sorted() == ["elderly", "images", "public"])
        // Nor is it read by later runs that write elsewhere, or only check.
        #expect(site.check().diagnostics.filter { $0.severity == .error }.isEmpty)
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        #expect(!site.outputFiles().contains { $0.hasPrefix("public/") })
    }

    @Test func aSymlinkedOutputFolderIsRefusedAndItsTargetUntouched() throws {
        let elsewhere = try OutsideSecret()
        defer { elsewhere.remove() }
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        try site.link("public", to: elsewhere.folder.path)
        let before = site.outputFiles(in: elsewhere.folder)

        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        #expect(diagnostics.map(\.message).contains { $0.contains("symbolic link") && $0.contains("--output") })
        #expect(site.outputFiles(in: elsewhere.folder) == before)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: site.output.path) == elsewhere.folder.path)
        #expect(site.besideOutput().isEmpty)
    }

    /// Only folders inside the test's own site are built into: the check for folders above the site is
    /// asserted on the function alone, so that a mistake in it can never replace a shared folder.
    @Test func anOutputFolderThatWouldReplaceTheSiteIsRefused() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        for output in [site.root, site.root.appendingPathComponent("content"), site.root.appendingPathComponent("themes"),
                       site.root.appendingPathComponent("content/..")] {
            let (summary, diagnostics) = site.build(output: output)
            #expect(summary == nil, "\(output.path)")
            #expect(diagnostics.contains { $0.message.contains("would delete your files") }, "\(output.path)")
        }
        #expect(site.read("content/elderly/a.zh.md", in: site.root) == article("甲"))
        #expect(site.read("site.yml", in: site.root) != nil)

        let nested = site.root.appendingPathComponent("nested/site")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        for above in [site.root.appendingPathComponent("nested"), site.root, URL(fileURLWithPath: "/"), URL(fileURLWithPath: "/tmp/..")] {
            #expect(OutputWriter.problem(output: above, site: nested) == .outputHoldsSite(above.standardizedFileURL.path), "\(above.path)")
        }
        #expect(OutputWriter.problem(output: nested.appendingPathComponent("public"), site: nested) == nil)
    }

    @Test func aFolderThatIsNotASiteIsNotReplaced() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲"), "public/notes.txt": "mine"])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        #expect(diagnostics.contains { $0.message.contains("no `index.html`") })
        #expect(site.read("notes.txt") == "mine")
        try FileManager.default.removeItem(at: site.output.appendingPathComponent("notes.txt"))
        #expect(site.build().summary != nil)
        #expect(site.build().summary != nil)
    }

    @Test func staleStagingFoldersAreRemovedByTheNextBuild() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        let parent = site.output.deletingLastPathComponent()
        // A pid that is not running: the largest possible one.
        for name in [".public.placard-staging-4194304", ".public.placard-staging-old-4194304"] {
            try FileManager.default.createDirectory(at: parent.appendingPathComponent(name + "/zh"), withIntermediateDirectories: true)
        }
        // A running build's folder (this process) is kept until that build ends; a user's folder is never touched.
        try FileManager.default.createDirectory(at: parent.appendingPathComponent(".public-notes"), withIntermediateDirectories: true)
        #expect(site.build().summary != nil)
        #expect(site.besideOutput() == [".public-notes"])
    }
}

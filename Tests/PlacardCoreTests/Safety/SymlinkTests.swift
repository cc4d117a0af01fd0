import Foundation
import Testing
@testable import PlacardCore

/// SPEC §7.6: symbolic links under content/ and themes/ that resolve outside the site folder are neither read
/// nor copied, and are named in a warning; links inside the site folder keep working.
@Suite struct SymlinkTests {
    @Test func aLinkedFileOutsideTheSiteIsNotPublished() throws {
        let secret = try OutsideSecret()
        defer { secret.remove() }
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        try site.link("content/pages/passwd.txt", to: secret.file.path)
        try site.link("content/images/relative.txt", to: "../../../" + secret.folder.lastPathComponent + "/secret.txt")

        let (summary, diagnostics) = site.build()
        #expect(summary != nil)
        #expect(!site.exists("pages/passwd.txt"))
        #expect(!site.exists("images/relative.txt"))
        #expect(!site.anyOutput(contains: secret.marker))
        let warned = diagnostics.filter { $0.severity == .warning && $0.message.contains("symbolic link") }.map(\.path)
        #expect(warned == ["content/images/relative.txt", "content/pages/passwd.txt"])
    }

    @Test func aLinkedFolderOutsideTheSiteIsNotWalked() throws {
        let secret = try OutsideSecret()
        defer { secret.remove() }
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        try site.link("content/etc", to: secret.folder.path)
        try site.link("content/dangling.txt", to: "/nonexistent-\(UUID().uuidString)")

        let (summary, diagnostics) = site.build()
        #expect(summary != nil)
        #expect(!site.exists("etc/secret.txt"))
        #expect(!site.anyOutput(contains: secret.marker))
        #expect(diagnostics.contains { $0.path == "content/etc" && $0.severity == .warning })
        #expect(diagnostics.contains { $0.path == "content/dangling.txt" && $0.severity == .warning })
        #expect(site.check().diagnostics.contains { $0.path == "content/etc" && $0.severity == .warning })
    }

    @Test func aMarkdownFileLinkedFromOutsideIsNotRead() throws {
        let secret = try OutsideSecret()
        defer { secret.remove() }
        try Data("---\ntitle: \(secret.marker)\ndate: 2025-01-01\n---\n\(secret.marker)\n".utf8)
            .write(to: secret.folder.appendingPathComponent("leak.zh.md"))
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        try site.link("content/elderly/leak.zh.md", to: secret.folder.appendingPathComponent("leak.zh.md").path)

        let (summary, _) = site.build()
        #expect(summary != nil)
        #expect(!site.anyOutput(contains: secret.marker))
    }

    @Test func themeLinksOutsideTheSiteAreNotRead() throws {
        let secret = try OutsideSecret()
        defer { secret.remove() }
        let site = try TestSite(["content/elderly/a.zh.md": article("甲"), "themes/blue/theme.yml": "extends: default\n"])
        defer { site.remove() }
        try site.link("themes/blue/static/leak.css", to: secret.file.path)
        try site.link("themes/blue/templates/footer.mustache", to: secret.folder.appendingPathComponent("nested/footer.mustache").path)
        try site.link("themes/green", to: secret.folder.path)

        let (summary, diagnostics) = site.build(theme: "blue")
        #expect(summary != nil)
        #expect(!site.anyOutput(contains: secret.marker))
        #expect(!site.outputFiles().contains { $0.hasPrefix("leak") })
        #expect(diagnostics.contains { $0.path == "themes/blue/static/leak.css" && $0.severity == .warning })
        #expect(diagnostics.contains { $0.path == "themes/blue/templates/footer.mustache" && $0.severity == .warning })
        #expect(diagnostics.contains { $0.path == "themes/green" && $0.severity == .warning }, "a theme the site does not use is named too")
        #expect(diagnostics.filter { $0.path == "themes/blue/static/leak.css" }.count == 1)

        let green = site.build(theme: "green")
        #expect(!site.anyOutput(contains: secret.marker))
        #expect(green.diagnostics.filter { $0.message.contains("symbolic link") && $0.path.hasPrefix("themes/green") }.map(\.path) == ["themes/green"], "one link, one warning")
    }

    @Test func linksInsideTheSiteKeepWorking() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲", body: "![图](shared/logo.svg)"),
            "content/elderly/cover.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
            "assets/logo.svg": "<svg xmlns='http://www.w3.org/2000/svg'><title>logo</title></svg>",
        ])
        defer { site.remove() }
        try site.link("content/images/cover-copy.svg", to: "../elderly/cover.svg")
        try site.link("content/elderly/shared", to: "../../assets")
        try site.link("content/elderly/loop", to: "..")
        try site.link("content/elderly/shared/back", to: "../content")

        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        #expect(site.read("images/cover-copy.svg") == "<svg xmlns='http://www.w3.org/2000/svg'/>")
        #expect(site.read("elderly/shared/logo.svg")?.contains("logo") == true)
        #expect(!diagnostics.contains { $0.severity == .warning && $0.message.contains("symbolic link") })
        #expect(!site.outputFiles().contains { $0.contains("loop/") })
    }

    /// The check is made on the file that was opened, so a link swapped in after the walk is not read either.
    @Test func readingChecksTheOpenedFile() throws {
        let secret = try OutsideSecret()
        defer { secret.remove() }
        let site = try TestSite(["content/a.txt": "inside"])
        defer { site.remove() }
        let boundary = SiteFolder(site.root)
        #expect(boundary.read(site.root.appendingPathComponent("content/a.txt").path) == Data("inside".utf8))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/a.txt"))
        try site.link("content/a.txt", to: secret.file.path)
        #expect(boundary.read(site.root.appendingPathComponent("content/a.txt").path) == nil)
        #expect(mkfifo(site.root.appendingPathComponent("content/fifo").path, 0o644) == 0)
        #expect(boundary.read(site.root.appendingPathComponent("content/fifo").path) == nil)
    }
}

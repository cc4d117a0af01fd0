import Foundation
import Testing

/// The `placard` executable: exit statuses and output streams (SPEC §4, §6).
@Suite struct CommandLineTests {
    static var binary: URL {
        // Tests run from the build folder that also holds the `placard` executable.
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("placard")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/placard")
    }

    func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let result = try PlacardProcess.run(arguments)
        return (result.status, result.out, result.err)
    }

    @Test func buildPrintsOneSummaryLineAndExitsZero() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲", extra: "groups: [elderly, students]\n")])
        defer { site.remove() }
        let result = try run(["build", "--source", site.root.path, "--now", "2025-06-01"])
        #expect(result.status == 0, "\(result.err)")
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Built 2 languages, 1 article, 0 projects") == true)
        #expect(result.err.isEmpty)
        let quiet = try run(["build", "--source", site.root.path, "--quiet"])
        #expect(quiet.status == 0 && quiet.out.isEmpty && quiet.err.isEmpty)
    }

    @Test func contentErrorsExitOneOnStderr() throws {
        let site = try TestSite(["content/elderly/a.zh.md": "---\ntitle: 甲\ndate: 2024-13-01\n---\n"])
        defer { site.remove() }
        let result = try run(["build", "--source", site.root.path])
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("content/elderly/a.zh.md:3: error: date `2024-13-01` is not a real date"))
        let check = try run(["check", "--source", site.root.path])
        #expect(check.status == 1)
    }

    @Test func wrongUsageExitsTwo() throws {
        #expect(try run(["build", "--no-such-flag"]).status == 2)
        #expect(try run(["build", "--now", "yesterday"]).status == 2)
        #expect(try run(["build", "--base-url", "not a url"]).status == 2)
        #expect(try run(["frobnicate"]).status == 2)
        #expect(try run(["--help"]).status == 0)
    }

    @Test func checkWritesNothing() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲", extra: "groups: [elderly, students]\n")])
        defer { site.remove() }
        let result = try run(["check", "--source", site.root.path])
        #expect(result.status == 0, "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func newWritesADraftArticle() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        let result = try run(["new", "elderly", "phone-class", "--lang", "en", "--source", site.root.path])
        #expect(result.status == 0, "\(result.err)")
        let text = try String(contentsOf: site.root.appendingPathComponent("content/elderly/phone-class.en.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle:"))
        #expect(try run(["new", "nowhere", "x", "--source", site.root.path]).status == 2)
    }
}

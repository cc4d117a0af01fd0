import Foundation
import Testing
@testable import PlacardCore

/// `theme: NAME` is a folder in the site's `themes/` (SPEC §6); a name that is not there is an
/// error on the line that gives it (SPEC §5), and one that is no folder name is refused.
@Suite struct ThemeNameTests {
    func site(theme: String) throws -> (TestSite, line: Int) {
        let config = TestSite.defaultConfig + "\ntheme: \(theme)\n"
        let line = config.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("theme:") }! + 1
        return (try TestSite(["content/elderly/a.zh.md": article("甲"), "themes/blue/templates/base.mustache": "x"], config: config), line)
    }

    @Test func aMissingThemeIsAnErrorOnItsLine() throws {
        let (site, line) = try site(theme: "nope")
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        let error = try #require(diagnostics.first { $0.message.contains("there is no theme `nope`") })
        #expect(error.path == "site.yml" && error.line == line && error.severity == .error)
    }

    @Test func aThemeNameThatLeavesThemesIsRefused() throws {
        for name in ["../blue", "themes/blue", "..", "\"\""] {
            let (site, line) = try site(theme: name)
            defer { site.remove() }
            let (summary, diagnostics) = site.build()
            #expect(summary == nil)
            let shown = name == "\"\"" ? "" : name
            #expect(diagnostics.contains(.error("site.yml", line: line,
                "the theme `\(shown)` should be the name of a folder in themes/, without `/` or `..`, like `theme: default`")), "\(name): \(diagnostics)")
        }
    }

    @Test func theThemeOptionIsCheckedOnTheCommandLine() throws {
        let (site, _) = try site(theme: "default")
        defer { site.remove() }
        let environment = ProcessInfo.processInfo.environment.merging(["LANG": "C", "LC_ALL": "", "LC_MESSAGES": ""]) { $1 }
        let outside = try PlacardProcess.run(["build", "--source", site.root.path, "--theme", "../blue"], environment: environment)
        #expect(outside.status == 2 && outside.out.isEmpty)
        #expect(outside.err.contains("--theme: the theme `../blue` should be the name of a folder in themes/"))
        let missing = try PlacardProcess.run(["build", "--source", site.root.path, "--theme", "nope"], environment: environment)
        #expect(missing.status == 1 && missing.out.isEmpty)
        #expect(missing.err.contains("--theme: error: there is no theme `nope`"), "\(missing.err)")
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// A theme that does not exist is reported where it is named: on the `theme:` line of site.yml.
@Suite struct ThemeMissingTests {
    @Test func aMissingThemeIsReportedOnItsLineOfSiteYAML() throws {
        let config = TestSite.defaultConfig + "\ntheme: blue\n"
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")], config: config)
        defer { site.remove() }
        let line = config.components(separatedBy: "\n").firstIndex(of: "theme: blue")! + 1
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        let folder = site.root.appendingPathComponent("themes").path
        #expect(diagnostics.filter { $0.severity == .error } == [.error("site.yml", line: line, .themeMissing("blue", folder: folder))])
    }

    /// `--theme` names it on the command line: site.yml has no line for it.
    @Test func aMissingThemeChosenOnTheCommandLineHasNoLine() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        let (summary, diagnostics) = site.build(theme: "nowhere")
        #expect(summary == nil)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1 && errors.allSatisfy { $0.path == "site.yml" && $0.line == nil })
    }
}

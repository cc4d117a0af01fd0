import Testing
@testable import PlacardCore

/// A theme that is not there is reported where its name was given: the line of site.yml,
/// `--theme`, or the `extends:` line of the theme that names it as its parent.
@Suite struct ThemeMissingTests {
    @Test func siteYAMLsThemeLineIsNamed() throws {
        let config = TestSite.defaultConfig + "\ntheme: nowhere\n"
        let line = config.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("theme:") }! + 1
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")], config: config)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        let missing = try #require(diagnostics.first { $0.message.contains("there is no theme `nowhere`") })
        #expect(missing.path == "site.yml" && missing.line == line)
    }

    @Test func themeFlagIsNamed() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        let (summary, diagnostics) = site.build(theme: "nowhere")
        #expect(summary == nil)
        let missing = try #require(diagnostics.first { $0.message.contains("there is no theme `nowhere`") })
        #expect(missing.path == "--theme" && missing.line == nil)
    }

    /// Builds a site whose theme `blue` has `themeYML` as its theme.yml.
    private func buildBlue(_ themeYML: String) throws -> (summary: BuildSummary?, diagnostics: [Diagnostic]) {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "themes/blue/theme.yml": themeYML,
        ], config: TestSite.defaultConfig + "\ntheme: blue\n")
        defer { site.remove() }
        return site.build()
    }

    @Test func missingParentIsReportedAtExtends() throws {
        let (summary, diagnostics) = try buildBlue("# a blue theme\nextends: nowhere\n")
        #expect(summary == nil)
        let missing = try #require(diagnostics.first { $0.message.contains("there is no theme `nowhere`") })
        #expect(missing.path == "themes/blue/theme.yml" && missing.line == 2)
    }

    @Test func extendsNamesAFolderOfThemesNeverAPathOutOfIt() throws {
        for parent in ["../outside", "/tmp"] {
            let site = try TestSite([
                "content/elderly/a.zh.md": article("甲"),
                "themes/blue/theme.yml": "# a blue theme\nextends: \(parent)\n",
                "outside/theme.yml": "# not a theme of this site\n",
            ], config: TestSite.defaultConfig + "\ntheme: blue\n")
            defer { site.remove() }
            let (summary, diagnostics) = site.build()
            #expect(summary == nil)
            let errors = diagnostics.filter { $0.severity == .error }
            #expect(errors.map { "\($0.path):\($0.line ?? 0)" } == ["themes/blue/theme.yml:2"], "\(parent): \(errors)")
            #expect(errors.first?.message.contains("should be the name of a folder in themes/") == true)
        }
    }

    /// A misspelt `extends` leaves the theme without its parent's templates: besides each missing
    /// template, the misspelling is named on its line.
    @Test func aMisspeltExtendsIsNamed() throws {
        let (summary, diagnostics) = try buildBlue("# a blue theme\nextend: default\n")
        #expect(summary == nil)
        #expect(diagnostics.contains(.warning("themes/blue/theme.yml", line: 2, .themeConfigUnknownKey("extend"))))
        #expect(diagnostics.contains { $0.message.contains("the theme has no `base` template") })
    }

    @Test func aThemeThatExtendsRightlyHasNoWarning() throws {
        let (summary, diagnostics) = try buildBlue("# a blue theme\nextends: default\n")
        #expect(summary != nil)
        #expect(!diagnostics.contains { $0.path.hasSuffix("theme.yml") })
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// A theme of the site's own that does not extend the default theme and has no `i18n/en.yml`
/// (SPEC §6: a language without UI strings uses the theme's English ones, and `check` warns).
@Suite struct ThemeEnglishFallbackTests {
    /// The default theme's templates and static files under `themes/solo/`, with only Chinese UI strings.
    func soloTheme() -> [String: String] {
        var files: [String: String] = ["content/elderly/a.zh.md": article("甲"), "content/elderly/a.en.md": article("A")]
        for (path, data) in DefaultTheme.files where !path.hasPrefix("i18n/") {
            files["themes/solo/\(path)"] = String(decoding: data, as: UTF8.self)
        }
        files["themes/solo/i18n/zh.yml"] = String(decoding: DefaultTheme.files["i18n/zh.yml"]!, as: UTF8.self)
        return files
    }

    @Test func englishPagesGetPlacardsEnglishStringsAndCheckWarns() throws {
        let site = try TestSite(soloTheme(), config: TestSite.defaultConfig + "\ntheme: solo\n")
        defer { site.remove() }
        let (ok, diagnostics) = site.check()
        #expect(ok)
        #expect(diagnostics.filter { $0.message.contains("UI strings") } == [
            .warning("themes/solo/i18n/en.yml", "the theme has no UI strings for `en` (English); the English ones built into Placard are used"),
        ])
        #expect(site.build().summary != nil)
        let en = try #require(site.read("en/elderly/a/index.html"))
        #expect(en.contains("Skip to main content"))
        #expect(!en.contains("placeholder=\"\""), "no label is left empty")
        #expect(site.read("zh/elderly/a/index.html")?.contains("跳到正文") == true)
    }

    @Test func aThirdLanguageFallsBackToTheSameEnglish() throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "  - {code: en, locale: en-US, name: English}",
                                                                 with: "  - {code: en, locale: en-US, name: English}\n  - {code: fr, locale: fr-FR, name: Français}")
        var files = soloTheme()
        files["content/elderly/a.fr.md"] = article("Cours")
        let site = try TestSite(files, config: config + "\ntheme: solo\n")
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        #expect(diagnostics.contains(.warning("themes/solo/i18n/fr.yml", "the theme has no UI strings for `fr` (Français); English ones are used")))
        // Keys are checked against the theme's own English, which it has none of: no warning per key.
        #expect(!diagnostics.contains { $0.message.contains("is missing for") })
        #expect(site.read("fr/elderly/a/index.html")?.contains("Skip to main content") == true)
    }

    /// A key that no file of the theme has (its templates copied from the default theme) takes the
    /// built-in English text, not an empty label.
    @Test func aKeyNoFileOfTheThemeHasTakesTheBuiltInEnglish() throws {
        var files = soloTheme()
        for code in ["zh", "en"] {
            let text = String(decoding: DefaultTheme.files["i18n/\(code).yml"]!, as: UTF8.self)
            files["themes/solo/i18n/\(code).yml"] = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("larger_text:") }.joined(separator: "\n")
        }
        let site = try TestSite(files, config: TestSite.defaultConfig + "\ntheme: solo\n")
        defer { site.remove() }
        #expect(site.build().summary != nil)
        for page in ["zh/elderly/a/index.html", "en/elderly/a/index.html"] {
            #expect(site.read(page)?.contains("text-size-toggle\" aria-pressed=\"false\" hidden>Larger text</button>") == true, "\(page)")
        }
    }

    /// A template naming a UI string that no i18n file has, or a static file the theme lacks (a typo),
    /// is warned of on its line.
    @Test func aStringNoFileHasIsWarnedOfWhereTheTemplateNamesIt() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲"), "themes/t/theme.yml": "extends: default\n",
                                 "themes/t/templates/footer.mustache": "<footer class=\"site-footer\">\n<p>{{t.serach}} {{t.search}}</p>\n<img src=\"{{assets.gov_badge_sv}}\" alt=\"\"><img src=\"{{assets.gov_badge_svg}}\" alt=\"\"></footer>\n"],
                                config: TestSite.defaultConfig + "\ntheme: t\n")
        defer { site.remove() }
        let warnings = site.check().diagnostics.filter { $0.message.contains("UI string `t.") }
        #expect(warnings == [.warning("themes/t/templates/footer.mustache", line: 2, .uiStringUnknown(key: "serach"))])
        #expect(site.check().diagnostics.filter { $0.message.contains("assets.") }
                == [.warning("themes/t/templates/footer.mustache", line: 3, .assetUnknown(key: "gov_badge_sv"))])
    }
}

import Foundation
import Testing
@testable import PlacardCore

@Suite struct TranslationTests {
    let files = [
        "content/elderly/both.zh.md": article("两种语言"),
        "content/elderly/both.en.md": article("Both languages"),
        "content/elderly/only-zh.zh.md": article("只有中文"),
        "content/pages/help.en.md": article("Help"),
    ]

    @Test func pairedArticlesListEachOtherWithXDefault() throws {
        let site = try TestSite(files)
        defer { site.remove() }
        site.build()
        let en = try #require(site.read("en/elderly/both/index.html"))
        #expect(en.contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://digital.example.gov.cn/zh/elderly/both/\">"))
        #expect(en.contains("<link rel=\"alternate\" hreflang=\"en-US\" href=\"https://digital.example.gov.cn/en/elderly/both/\">"))
        #expect(en.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://digital.example.gov.cn/zh/elderly/both/\">"))
        #expect(en.contains("<a href=\"/zh/elderly/both/\" hreflang=\"zh-CN\" lang=\"zh-CN\">中文</a>"), "switcher leads to the translation")
    }

    @Test func missingTranslationLeadsToTheOtherLanguagesSeriesPage() throws {
        let site = try TestSite(files)
        defer { site.remove() }
        site.build()
        let zh = try #require(site.read("zh/elderly/only-zh/index.html"))
        #expect(zh.contains("hreflang=\"zh-CN\" href=\"https://digital.example.gov.cn/zh/elderly/only-zh/\""))
        #expect(!zh.contains("hreflang=\"en-US\" href=\"https://digital.example.gov.cn/en/elderly/only-zh/\""))
        #expect(zh.contains("<a href=\"/en/elderly/\" hreflang=\"en-US\" lang=\"en-US\">English</a>"))
        #expect(!site.exists("en/elderly/only-zh/index.html"))
        let enSeries = try #require(site.read("en/elderly/index.html"))
        #expect(!enSeries.contains("只有中文"), "a language's pages use only that language's text")
    }

    @Test func pageInOneLanguageHasNoXDefaultOfAnother() throws {
        let site = try TestSite(files)
        defer { site.remove() }
        site.build()
        let help = try #require(site.read("en/help/index.html"))
        #expect(help.contains("hreflang=\"en-US\" href=\"https://digital.example.gov.cn/en/help/\""))
        #expect(!help.contains("hreflang=\"x-default\""), "no default-language version exists")
        #expect(help.contains("<a href=\"/zh/\" hreflang=\"zh-CN\""))
    }

    @Test func frontMatterSlugKeepsThePairing() throws {
        let site = try TestSite([
            "content/elderly/class.zh.md": article("课堂", extra: "slug: 手机课堂\n"),
            "content/elderly/class.en.md": article("Class", extra: "slug: phone-class\n"),
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        let en = try #require(site.read("en/elderly/phone-class/index.html"))
        #expect(en.contains("href=\"https://digital.example.gov.cn/zh/elderly/%E6%89%8B%E6%9C%BA%E8%AF%BE%E5%A0%82/\""))
        #expect(site.exists("zh/elderly/手机课堂/index.html"))
    }

    @Test func languageWithoutThemeStringsUsesEnglishAndCheckWarns() throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "  - {code: en, locale: en-US, name: English}",
                                                                 with: "  - {code: en, locale: en-US, name: English}\n  - {code: vi, locale: vi-VN, name: Tiếng Việt}")
        let site = try TestSite(["content/elderly/hoc.vi.md": article("Bình dân học vụ số")], config: config)
        defer { site.remove() }
        let (ok, diagnostics) = site.check()
        #expect(ok)
        // The built-in theme's files are nowhere in the site: the warning points at the language in site.yml.
        #expect(diagnostics.contains(.warning("site.yml", line: 7, "the theme has no UI strings for `vi` (Tiếng Việt); English ones are used")))
        #expect(diagnostics.contains(.warning("site.yml", line: 18, "the group `students` is not used by any article or project")))
        let (summary, _) = site.build()
        #expect(summary != nil)
        let vi = try #require(site.read("vi/elderly/hoc/index.html"))
        #expect(vi.contains("<html lang=\"vi-VN\">"))
        #expect(vi.contains("Skip to main content"))
    }

    /// With a theme of the site's own, the warnings name the file to write in it.
    @Test func missingUIStringsPointAtTheSitesTheme() throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "  - {code: en, locale: en-US, name: English}",
                                                                 with: "  - {code: en, locale: en-US, name: English}\n  - {code: fr, locale: fr-FR, name: Français}")
        let child = try TestSite(["themes/blue/theme.yml": "extends: default\n", "themes/blue/i18n/en.yml": "hello: Hello\n"],
                                 config: config + "\ntheme: blue\n")
        defer { child.remove() }
        #expect(child.check().diagnostics.filter { $0.message.contains("UI string") } == [
            .warning("themes/blue/i18n/fr.yml", "the theme has no UI strings for `fr` (Français); English ones are used"),
            .warning("themes/blue/i18n/zh.yml", "the UI string `hello` is missing for `zh`; the English text is used"),
        ])
        // A copy of the default theme without its i18n/ folder has the built-in theme's strings.
        var files: [String: String] = ["content/elderly/a.zh.md": article("甲")]
        for (path, data) in DefaultTheme.files where !path.hasPrefix("i18n/") { files["themes/default/\(path)"] = String(decoding: data, as: UTF8.self) }
        let copy = try TestSite(files)
        defer { copy.remove() }
        #expect(!copy.check().diagnostics.contains { $0.message.contains("UI string") })
        #expect(copy.build().summary != nil)
        #expect(copy.read("zh/elderly/a/index.html")?.contains("跳到正文") == true)
    }

    /// The site's `themes/default/` overrides the built-in default theme file by file.
    @Test func aSitesDefaultThemeNeedsOnlyTheFilesItChanges() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "themes/default/templates/footer.mustache": "<footer class=\"site-footer\"><p>本站由示范单位主办</p></footer>\n",
            "themes/default/i18n/zh.yml": "skip_to_content: 直接看正文\n",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        let page = try #require(site.read("zh/elderly/a/index.html"))
        #expect(page.contains("本站由示范单位主办") && page.contains("site-header"), "the footer is the site's, the rest the built-in theme's")
        #expect(page.contains("直接看正文") && page.contains("站内搜索"), "its one string, and the built-in theme's others")
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// The default theme's article, group and tag pages are written directly (`DefaultThemePages`); a
/// theme whose templates differ from the default's in any byte renders them through swift-mustache.
/// Both must give the same bytes.
@Suite struct DefaultThemePagesTests {
    static let files: [String: String] = [
        "content/elderly/a.zh.md": article("甲 & <乙> \"丙\" '丁'", date: "2025-01-10",
                                           extra: "groups: [elderly, students]\ntags: [智能手机, \"A&B\"]\nsource: 成都市<老年>大学\nregion: 四川省\ncover: a.png\n"),
        "content/elderly/a.png": "not really a picture",
        "content/elderly/a.en.md": article("One", extra: "tags: [Phones]\n"),
        "content/elderly/b.zh.md": article("乙", date: "2025-01-11", extra: "groups: [elderly]\n"),
        "content/elderly/c.zh.md": article("丙", date: "2025-01-12", extra: "groups: [elderly]\n", body: "正文 <b>粗</b> & 第二段。\n\n第三段。"),
        "content/education/d.zh.md": article("丁", extra: "groups: [elderly]\ntags: [教育]\n"),
        "content/education/e.zh.md": article("戊 <空>", date: "2025-01-13", body: ""),
        "content/pages/about.zh.md": article("关于", body: "关于本站。"),
    ]

    /// The same templates with a comment added to `qr-code`, `term`, `series` and `card` (it renders nothing): no longer the default's text.
    static let sameTheme: [String: String] = [
        "themes/same/theme.yml": "extends: default\n",
        "themes/same/templates/qr-code.mustache": "{{! the default's, as a theme of its own }}"
            + (DefaultTheme.textFiles["templates/qr-code.mustache"] ?? ""),
        "themes/same/templates/term.mustache": "{{! the default's, as a theme of its own }}"
            + (DefaultTheme.textFiles["templates/term.mustache"] ?? ""),
        "themes/same/templates/series.mustache": "{{! the default's, as a theme of its own }}"
            + (DefaultTheme.textFiles["templates/series.mustache"] ?? ""),
        "themes/same/templates/card.mustache": "{{! the default's, as a theme of its own }}"
            + (DefaultTheme.textFiles["templates/card.mustache"] ?? ""),
    ]

    @Test func theDefaultThemesPagesAreWrittenDirectlyAndOverridesAreNot() throws {
        let site = try TestSite(Self.files.merging(Self.sameTheme) { $1 })
        defer { site.remove() }
        let diagnostics = Diagnostics()
        for (name, direct) in [("default", ["article", "term", "series"]), ("same", [])] as [(String, Set<String>)] {
            let theme = try #require(ThemeLoader.load(name: name, siteRoot: site.root, languages: [Language(code: "zh", locale: "zh-CN", name: "中文")],
                                                      diagnostics: diagnostics))
            // The default theme failing here: one of its templates changed. Make `DefaultThemePages` write
            // what the new text makes, then update its fingerprint (`DefaultThemePages.fnv1a`).
            #expect(theme.directPages == direct, "\(name)")
            #expect(theme.directCard == (name == "default"), "\(name)")
        }
    }

    @Test func directPagesAreTheTemplatesBytes() throws {
        let site = try TestSite(Self.files.merging(Self.sameTheme) { $1 })
        defer { site.remove() }
        let templated = site.root.appendingPathComponent("templated")
        let direct = site.build(), viaTemplates = site.build(theme: "same", output: templated)
        #expect(direct.summary != nil, "\(direct.diagnostics)")
        #expect(viaTemplates.summary != nil, "\(viaTemplates.diagnostics)")
        let pages = site.outputFiles().filter { $0.hasSuffix("index.html") }
        #expect(pages.count > 10)
        for page in pages {
            #expect(site.read(page) == site.read(page, in: templated), "\(page)")
        }
        #expect(site.read("zh/elderly/a/index.html")?.contains("cover") == true)
        #expect(site.read("zh/groups/elderly/index.html")?.contains("class=\"dated-list\"") == true, "a group page with earlier articles")
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// What site.yml gets wrong is reported on its line, and the rest of the site is still read (SPEC §2, §5).
@Suite struct SiteConfigReportingTests {
    /// A title written for one language only: a warning, and the other language's pages show the default language's title.
    @Test func aTitleMissingForALanguageFallsBackToTheDefaultLanguage() throws {
        let config = TestSite.defaultConfig
            .replacingOccurrences(of: "title: {zh: 数字素养, en: Digital Literacy}", with: "title: {zh: 数字素养}")
            .replacingOccurrences(of: "title: {zh: 教育篇, en: Education}", with: "title: {zh: 教育篇, en: \"\"}")
        let site = try TestSite(["content/education/a.zh.md": article("甲"), "content/education/a.en.md": article("A")], config: config)
        defer { site.remove() }
        let lines = config.split(separator: "\n", omittingEmptySubsequences: false)
        let seriesLine = lines.firstIndex { $0.contains("教育篇") }! + 1
        let (summary, diagnostics) = site.build()
        #expect(summary != nil)
        #expect(diagnostics.filter { $0.path == "site.yml" && $0.message.contains("`title`") } == [
            .warning("site.yml", line: 1, .siteConfigTitleUntranslated(language: "en", shown: "zh")),
            .warning("site.yml", line: seriesLine, .siteConfigSeriesTitleUntranslated(key: "education", language: "en", shown: "zh")),
        ])
        let home = try #require(site.read("en/index.html"))
        #expect(home.contains("<meta name=\"SiteName\" content=\"数字素养\">"))
        #expect(!home.contains("<title></title>"))
        let page = try #require(site.read("en/education/a/index.html"))
        #expect(page.contains("<meta property=\"og:site_name\" content=\"数字素养\">"))
        #expect(site.read("en/education/index.html")?.contains("<h1>教育篇</h1>") == true)
    }

    /// A setting site.yml does not have (a misspelt `paginate`) is warned of on its line, naming the
    /// settings there are, and the site builds as if it were not there; every setting of SPEC §2 is known.
    @Test func anUnknownSettingIsWarnedOfOnItsLine() throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "paginate: 2", with: "pagenate: 2")
            + "\nmarkdown: {unsafe: false}\ntheme: default\nsearch: {synonyms: [[长者, 老年人]]}\naudit: {homeUpdateDays: 14}\n"
        let line = config.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("pagenate:") }! + 1
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")], config: config)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil)
        let unknown = diagnostics.filter { $0.message.contains("is not a setting Placard knows") }
        #expect(unknown == [.warning("site.yml", line: line, .siteConfigUnknownKey("pagenate", known: SiteConfigLoader.knownKeys.sorted()))])
        #expect(unknown.first?.message.contains("paginate") == true)
    }

    /// So is one inside `identity`, `feeds`, `markdown`, a language or a series, named with its parent.
    @Test func anUnknownInnerSettingIsWarnedOfOnItsLine() throws {
        let config = TestSite.defaultConfig
            .replacingOccurrences(of: "feeds: {items: 20}", with: "feeds: {item: 20}")
            .replacingOccurrences(of: "{code: en, locale: en-US, name: English}", with: "{code: en, locale: en-US, nmae: English}")
            + "\nmarkdown: {unsafe: false, safe: true}\n"
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")], config: config)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil)
        let lines = config.split(separator: "\n", omittingEmptySubsequences: false)
        func line(_ text: String) -> Int { lines.firstIndex { $0.contains(text) }! + 1 }
        #expect(diagnostics.filter { $0.message.contains("is not a setting Placard knows") }.map { "\($0.line!) \($0.message.prefix { $0 != " " })" } == [
            "\(line("nmae")) `languages.nmae`", "\(line("feeds:")) `feeds.item`", "\(line("markdown:")) `markdown.safe`",
        ])
    }

    /// A group name missing in a language: a warning on its line, and that language's pages show
    /// the name written, as for a series title.
    @Test func aGroupNameMissingForALanguageIsAWarning() throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "students: {zh: 学生, en: Students}", with: "students: {zh: 学生}")
        let site = try TestSite(["content/elderly/a.zh.md": article("甲", extra: "groups: [students]\n"),
                                 "content/elderly/a.en.md": article("A", extra: "groups: [students]\n")], config: config)
        defer { site.remove() }
        let lines = config.split(separator: "\n", omittingEmptySubsequences: false)
        let line = lines.firstIndex { $0.contains("students:") }! + 1
        let (summary, diagnostics) = site.build()
        #expect(summary != nil)
        #expect(diagnostics.filter { $0.path == "site.yml" && $0.message.contains("has no name") } == [
            .warning("site.yml", line: line, .siteConfigGroupTitleUntranslated(key: "students", language: "en", shown: "zh"))])
        #expect(site.read("en/groups/students/index.html")?.contains("学生") == true)
    }

    /// A series site.yml names with an error is one error there, not one more for each of its
    /// articles and projects; a folder site.yml does not name at all is still reported.
    @Test func aSeriesWrittenWrongIsOneError() throws {
        let project = "title: 清单\nprojects:\n  - {id: p1, title: 课, organizer: 局, organizerType: city, series: 教育, start: 2025-01-01, summary: s}\n"
        for (written, folder) in [("key: 教育", "教育"), ("key: projects", "projects-news")] {
            let config = TestSite.defaultConfig.replacingOccurrences(of: "key: education", with: written)
            let site = try TestSite(["content/\(folder)/a.zh.md": article("甲"), "content/\(folder)/b.zh.md": article("乙"),
                                     "content/elderly/c.zh.md": article("丙"), "content/other/d.zh.md": article("丁"),
                                     "content/projects/list.yml": project], config: config)
            defer { site.remove() }
            let errors = site.check().diagnostics.filter { $0.severity == .error }
            let expected = folder == "教育" ? ["content/other/d.zh.md", "site.yml"]
                : ["content/other/d.zh.md", "content/projects-news/a.zh.md", "content/projects-news/b.zh.md", "content/projects/list.yml", "site.yml"]
            #expect(errors.map(\.path).sorted() == expected, "\(written): \(errors)")
        }
        let config = TestSite.defaultConfig.replacingOccurrences(of: "series:\n", with: "series: education\nx:\n")
        let site = try TestSite(["content/education/a.zh.md": article("甲"), "content/projects/list.yml": project], config: config)
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.path) == ["site.yml"], "\(errors)")
    }

    /// A site.yml without a title is an error, and the rest of site.yml and the content are still checked.
    @Test func aMissingTitleDoesNotHideTheOtherProblems() throws {
        let config = TestSite.defaultConfig
            .replacingOccurrences(of: "title: {zh: 数字素养, en: Digital Literacy}\n", with: "")
            .replacingOccurrences(of: "paginate: 2", with: "paginate: 0")
        let site = try TestSite(["content/elderly/bad.zh.md": "---\ntitle: x\ndate: 2026-13-01\n---\n"], config: config)
        defer { site.remove() }
        let paginateLine = config.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("paginate") }! + 1
        let (ok, diagnostics) = site.check()
        #expect(!ok)
        #expect(diagnostics.filter { $0.severity == .error } == [
            .error("content/elderly/bad.zh.md", line: 3, .badDate("2026-13-01")),
            .error("site.yml", line: 1, .siteConfigNoTitle()),
            .error("site.yml", line: paginateLine, .siteConfigAtLeastOne(key: "paginate")),
        ])
    }
}

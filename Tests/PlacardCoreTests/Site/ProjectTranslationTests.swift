import Foundation
import Testing
@testable import PlacardCore

/// A project field without a translation shows the other language's text, marked with its `lang`,
/// and `check` names the file, line and field.
@Suite struct ProjectTranslationTests {
    static let files = [
        "content/projects/hlj.csv": "id,title.zh,title.en,organizer.zh,organizer.en,organizerType,series,start,summary.zh,summary.en\n"
            + "hlj-001,牡丹江手机课堂,,牡丹江市,Mudanjiang,city,elderly,2025-01-01,教老年人用手机,Phones for older people\n",
        "content/projects/hlj.yml": "title: {zh: 黑龙江清单, en: Heilongjiang list}\n",
        "content/projects/more.yml": """
        title: {zh: 更多, en: More}
        projects:
          - id: hlj-002
            title: {zh: 哈尔滨数字课堂, en: Harbin digital class}
            organizer: {zh: 哈尔滨市}
            organizerType: city
            series: elderly
            start: 2025-02-01
        """,
    ]

    @Test func englishPagesShowTheChineseTextMarkedAndCheckWarns() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        let warnings = diagnostics.filter { $0.severity == .warning && $0.path.hasPrefix("content/projects") }
        #expect(warnings == [
            .warning("content/projects/hlj.csv", line: 2, "the project `hlj-001` has no `title` in `en`; its `zh` text is shown on the `en` pages until you add one"),
            .warning("content/projects/more.yml", line: 3, "the project `hlj-002` has no `organizer` in `en`; its `zh` text is shown on the `en` pages until you add one"),
        ])
        let page = try #require(site.read("en/projects/hlj-001/index.html"))
        #expect(page.contains("<h1 data-read-aloud-text lang=\"zh-CN\">牡丹江手机课堂</h1>"))
        #expect(page.contains("<p class=\"lead\" data-read-aloud-text>Phones for older people</p>"))
        let directory = try #require(site.read("en/projects/index.html"))
        #expect(directory.contains("lang=\"zh-CN\">牡丹江手机课堂</a>"))
        #expect(directory.contains("<span lang=\"zh-CN\">哈尔滨市</span>"))
        let chinese = try #require(site.read("zh/projects/hlj-001/index.html"))
        #expect(chinese.contains("<h1 data-read-aloud-text>牡丹江手机课堂</h1>"))
    }
}

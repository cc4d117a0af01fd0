import Foundation
import Testing
@testable import PlacardCore

/// A file or project with errors still exists for the links of other files (SPEC §7.7): one
/// mistake gives one error, also for root-absolute links to the address its `slug:` gives, to a
/// project with errors and to a series' further pages.
@Suite struct OneMistakeOneErrorTests {
    static let config = """
    title: T
    baseURL: https://x.gov.cn/zt/szsy/
    languages:
      - {code: zh, locale: zh-CN, name: 中文}
    paginate: 1
    series:
      - key: elderly
        title: 助老
    groups:
      elderly: 老年人
    """

    static let files = [
        "content/elderly/a1.zh.md": article("一"),
        "content/elderly/file-name.zh.md": "---\ntitle: 缺日期\nslug: custom\ngroups: [elderly]\n---\nx\n",
        "content/projects/list.yml": """
        title: 清单
        projects:
          - id: bad-one
            title: 坏
            organizer: 某
            organizerType: city
            series: elderly
            start: 2026-13-01
            summary: s
        """,
        "content/pages/about.zh.md": article("关于", body: "[a](/zh/elderly/custom/) [b](/zh/projects/bad-one/) [c](/zh/elderly/page/2/)"),
    ]

    @Test func linksToWhatAMistakeLeftOutAreNotReportedAgain() throws {
        let site = try TestSite(Self.files, config: Self.config)
        defer { site.remove() }
        let (ok, diagnostics) = site.check()
        #expect(!ok)
        #expect(diagnostics.map { "\($0.path):\($0.line ?? 0)" }.sorted() == ["content/elderly/file-name.zh.md:1", "content/projects/list.yml:8"],
                "\(diagnostics)")
    }

    @Test func aPaginateWithAnErrorGivesNoErrorForEachFurtherPage() throws {
        let config = Self.config.replacingOccurrences(of: "paginate: 1", with: "paginate: 0")
        let site = try TestSite(["content/elderly/a1.zh.md": article("一"),
                                 "content/pages/about.zh.md": article("关于", body: "[c](/zh/elderly/page/2/)")], config: config)
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.path) == ["site.yml"], "\(errors)")
    }

    @Test func withoutOtherErrorsAMissingPageIsStillAnError() throws {
        let site = try TestSite(["content/elderly/a1.zh.md": article("一"),
                                 "content/pages/about.zh.md": article("关于", body: "[c](/zh/elderly/page/9/) [d](/zh/projects/none/)")],
                                config: Self.config)
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 2 && errors.allSatisfy { $0.message.contains("points at nothing") }, "\(errors)")
    }

    @Test func aCoverThatIsAFileWithErrorsGivesNoSecondError() throws {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
        let site = try TestSite(["content/elderly/a1.zh.md": article("一", extra: "cover: evil.svg\n", body: "见![图](evil.svg)。"),
                                 "content/elderly/evil.svg": svg], config: Self.config)
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.path) == ["content/elderly/evil.svg"], "\(errors)")
    }
}

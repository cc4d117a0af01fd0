import Foundation
import Testing
@testable import PlacardCore

/// A built site's search beyond titles and text: pinyin with ü typed as ü, u or v.
@Suite struct SearchPageFieldsTests {
    static let files: [String: String] = [
        "content/projects/p.yml": """
        title: {zh: 项目, en: Projects}
        projects:
          - id: p-one
            title: {zh: 长者智能手机培训, en: Phone class}
            organizer: {zh: 民政厅, en: Civil Affairs}
            organizerType: department
            series: elderly
            groups: [elderly]
            region: {zh: 四川省, en: Sichuan}
            start: 2024-01-01
            summary: {zh: 手机课堂, en: A class}
        """,
        "content/elderly/women.zh.md": article("女性创业", date: "2024-03-01", extra: "tags: [巾帼]\n"),
        "content/elderly/travel.zh.md": article("乡村旅游与法律服务", date: "2024-03-02"),
        "content/elderly/road.zh.md": article("道路建设", date: "2024-03-03"),
    ]

    static func engine(_ site: TestSite) throws -> SearchEngine {
        SearchEngine(reader: try SearchIndexReader(directory: site.output.appendingPathComponent("zh")))
    }

    /// 女性 is nüxing: typed with ü, u or v, after n and l, it reads as ü; `lu` still reads lu.
    @Test func uAfterNAndLReadsAsUmlautInPinyin() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        #expect(site.build().summary != nil)
        let engine = try Self.engine(site)
        for query in ["nvxing", "nüxing", "nuxing", "NÜXING", "nu xing"] {
            #expect(try SearchTestSupport.urls(engine, query) == ["/zh/elderly/women/"], "\(query)")
        }
        for query in ["lvyou", "lüyou", "luyou", "falv", "falü", "falu"] {
            #expect(try SearchTestSupport.urls(engine, query) == ["/zh/elderly/travel/"], "\(query)")
        }
        #expect(try SearchTestSupport.urls(engine, "daolu") == ["/zh/elderly/road/"])
        let syllables = Set(Pinyin.syllables)
        #expect(SearchPinyinQuery(folded: "nuxing", syllables: syllables).full == [["nu", "xing"], ["nv", "xing"]])
        #expect(SearchPinyinQuery(folded: "lueduo", syllables: syllables).full == [["lve", "duo"]])
        #expect(SearchPinyinQuery(folded: "nvxing", syllables: syllables).full == [["nv", "xing"]])
    }
}

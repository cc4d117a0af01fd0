import Foundation
import Testing
@testable import PlacardCore

/// A built site's search beyond titles and text: the fields a hit's snippet comes from when its
/// title, summary and body do not show the match (organizer, region, groups, tags, with the
/// theme's labels), pinyin with ü typed as ü, u or v, and filter values that no document has.
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

    @Test func theSearchPageCarriesTheFieldsAndTheirLabels() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        #expect(site.build().summary != nil)
        let zh = try #require(site.read("zh/search/index.html"))
        #expect(zh.contains("data-t-organizer=\"主办单位\" data-t-source=\"来源\" data-t-region=\"地区\" data-t-groups=\"面向人群\" data-t-tags=\"标签\" data-t-colon=\"：\""))
        let en = try #require(site.read("en/search/index.html"))
        #expect(en.contains("data-t-organizer=\"Organizer\" data-t-source=\"Source\" data-t-region=\"Region\" data-t-groups=\"Target groups\" data-t-tags=\"Tags\" data-t-colon=\": \""))
        // The meta shard holds the text the snippet marks.
        let shard = try #require(SearchGzip.decompress(try Data(contentsOf: site.output.appendingPathComponent("zh/search-index/m/0.json.gz"))))
        let docs = try #require(try JSONSerialization.jsonObject(with: shard) as? [[String: Any]])
        let project = try #require(docs.first { $0["url"] as? String == "/zh/projects/p-one/" })
        #expect(project["organizer"] as? String == "民政厅" && project["region"] as? String == "四川省")
        #expect(project["groupNames"] as? [String] == ["老年人"])
        #expect(docs.first { $0["url"] as? String == "/zh/elderly/women/" }?["tags"] as? [String] == ["巾帼"])
        // Found through those fields alone.
        for query in ["民政厅", "四川省", "巾帼"] { #expect(try SearchTestSupport.urls(try Self.engine(site), query).count == 1, "\(query)") }
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

    /// A filter value that no document has narrows to nothing, beside another value to that one's
    /// hits: what the search page does with a value in its URL that no checkbox has.
    @Test func aFilterValueNoDocumentHasNarrowsToNothing() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        #expect(site.build().summary != nil)
        let engine = try Self.engine(site)
        #expect(try SearchTestSupport.urls(engine, "民政厅", filters: SearchFilters(series: "nosuch")).isEmpty)
        #expect(try SearchTestSupport.urls(engine, "民政厅", filters: SearchFilters(group: "nosuch")).isEmpty)
        #expect(try SearchTestSupport.urls(engine, "民政厅", filters: SearchFilters(series: ["nosuch", "elderly"])) == ["/zh/projects/p-one/"])
    }
}

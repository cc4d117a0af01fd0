import Foundation
import Testing
@testable import PlacardCore

/// Ranking and filters on small indexes built from documents written inline.
@Suite struct SearchRankingTests {
    static let padding = String(repeating: "项目活动开展情况良好。", count: 20)

    @Test func titleAboveSummaryAboveBody() throws {
        let docs = [
            SearchDocument(url: "/zh/a/body/", title: "工作动态", kind: .article, body: "养老服务中心" + Self.padding, date: "2024-05-03"),
            SearchDocument(url: "/zh/a/title/", title: "养老服务进社区", kind: .article, body: Self.padding, date: "2024-05-01"),
            SearchDocument(url: "/zh/a/summary/", title: "工作简报", kind: .article, summary: "社区养老服务", body: Self.padding, date: "2024-05-02"),
        ]
        let engine = try SearchTestSupport.engine(docs)
        #expect(try SearchTestSupport.urls(engine, "养老服务") == ["/zh/a/title/", "/zh/a/summary/", "/zh/a/body/"])
        #expect(try SearchTestSupport.urls(engine, "养老") == ["/zh/a/title/", "/zh/a/summary/", "/zh/a/body/"])
    }

    @Test func aTitleHitBeatsManyBodyHits() throws {
        let docs = [
            SearchDocument(url: "/en/many/", title: "Weekly news", kind: .article, body: String(repeating: "phone class ", count: 40), date: "2024-01-02"),
            SearchDocument(url: "/en/title/", title: "Phone class for older people", kind: .article, body: "A long day.", date: "2024-01-01"),
        ]
        #expect(try SearchTestSupport.urls(try SearchTestSupport.engine(docs, language: "en"), "phone") == ["/en/title/", "/en/many/"])
    }

    @Test func exactPhraseGetsABonus() throws {
        let docs = [
            SearchDocument(url: "/en/apart/", title: "Skills", kind: .page, body: "digital tools and literacy for all", date: "2024-01-02"),
            SearchDocument(url: "/en/phrase/", title: "Skills", kind: .page, body: "literacy and digital literacy for all", date: "2024-01-01"),
        ]
        let engine = try SearchTestSupport.engine(docs, language: "en")
        #expect(try SearchTestSupport.urls(engine, "digital literacy") == ["/en/phrase/", "/en/apart/"])
        #expect(try SearchTestSupport.urls(engine, "digital literacy ") == ["/en/phrase/", "/en/apart/"])
    }

    /// A chunk of two units that starts with a word (`2024年`, `5G+`, `e-`) is a pair, which has no
    /// positions: beside a chunk that has start offsets it still matches (and gives no phrase bonus).
    @Test func aTwoUnitChunkStartingWithAWordMatchesBesideOneWithStartOffsets() throws {
        let docs = [
            SearchDocument(url: "/zh/a/", title: "2024年老年人手机课堂", kind: .article, body: "5G+职业技能培训", date: "2024-01-02"),
            SearchDocument(url: "/zh/b/", title: "老年人手机课堂", kind: .article, body: "职业技能", date: "2024-01-01"),
        ]
        let engine = try SearchTestSupport.engine(docs)
        for query in ["2024年 老年人", "老年人 2024年", "5G+ 职业技", "2024年 fraud", "2024年 手机课堂"] {
            let expected = query.contains("fraud") ? [] : ["/zh/a/"]
            #expect(try SearchTestSupport.urls(engine, query) == expected, "\(query)")
        }
        let english = try SearchTestSupport.engine([
            SearchDocument(url: "/en/a/", title: "E-commerce against fraud", kind: .article, date: "2024-01-01")], language: "en")
        #expect(try SearchTestSupport.urls(english, "e- fraud") == ["/en/a/"])
        #expect(try SearchTestSupport.urls(english, "fraud e-") == ["/en/a/"])
    }

    @Test func tiesGoToNewerDocuments() throws {
        let docs = (1...5).map { SearchDocument(url: "/zh/n\($0)/", title: "数字生活", kind: .article, date: "2024-0\($0)-01") }
        #expect(try SearchTestSupport.urls(try SearchTestSupport.engine(docs), "数字") == (1...5).reversed().map { "/zh/n\($0)/" })
    }

    @Test func filtersByKindSeriesAndGroup() throws {
        let docs = [
            SearchDocument(url: "/zh/elderly/a/", title: "智能手机培训", kind: .article, series: "elderly", groups: ["elderly"], groupNames: ["老年人"], date: "2024-01-01"),
            SearchDocument(url: "/zh/projects/p/", title: "智能手机课堂", kind: .project, series: "elderly", groups: ["elderly", "women"], date: "2024-01-02"),
            SearchDocument(url: "/zh/women/b/", title: "手机直播培训", kind: .article, series: "women", groups: ["women"], date: "2024-01-03"),
            SearchDocument(url: "/zh/about/", title: "关于手机", kind: .page, date: "2024-01-04"),
        ]
        let engine = try SearchTestSupport.engine(docs)
        #expect(Set(try SearchTestSupport.urls(engine, "手机")) == Set(docs.map(\.url)))
        #expect(Set(try SearchTestSupport.urls(engine, "手机", filters: SearchFilters(kind: "article"))) == ["/zh/elderly/a/", "/zh/women/b/"])
        #expect(Set(try SearchTestSupport.urls(engine, "手机", filters: SearchFilters(series: "elderly"))) == ["/zh/elderly/a/", "/zh/projects/p/"])
        #expect(Set(try SearchTestSupport.urls(engine, "手机", filters: SearchFilters(group: "women"))) == ["/zh/projects/p/", "/zh/women/b/"])
        #expect(try SearchTestSupport.urls(engine, "手机", filters: SearchFilters(kind: "project", group: "women")) == ["/zh/projects/p/"])
        #expect(try SearchTestSupport.urls(engine, "手机", filters: SearchFilters(series: "nonesuch")).isEmpty)
        // Several values: OR within a filter, AND across filters (SPEC §7.5).
        #expect(Set(try SearchTestSupport.urls(engine, "手机", filters: SearchFilters(kind: ["article", "page"]))) == ["/zh/elderly/a/", "/zh/women/b/", "/zh/about/"])
        #expect(Set(try SearchTestSupport.urls(engine, "手机", filters: SearchFilters(series: ["elderly", "women"]))) == ["/zh/elderly/a/", "/zh/projects/p/", "/zh/women/b/"])
        #expect(Set(try SearchTestSupport.urls(engine, "手机", filters: SearchFilters(kind: ["article", "project"], group: ["women"]))) == ["/zh/projects/p/", "/zh/women/b/"])
        #expect(Set(try SearchTestSupport.urls(engine, "手机", filters: SearchFilters(kind: ["article"], series: ["elderly", "nonesuch"], group: ["elderly", "women"]))) == ["/zh/elderly/a/"])
        #expect(SearchFilters.list(" industry, education,,") == ["industry", "education"])
        // Group names are searchable text.
        #expect(try SearchTestSupport.urls(engine, "老年人") == ["/zh/elderly/a/"])
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// The whole-site cases, on documents built inline (the build pipeline will feed the
/// same writer; see `Tests/browser/` for the tests against a built site).
@Suite struct SearchWholeSiteTests {
    static let docs: [SearchDocument] = [
        SearchDocument(url: "/zh/elderly/phone/", title: "老年人智能手机培训", kind: .article, series: "elderly", groups: ["elderly"],
                       groupNames: ["老年人"], tags: ["智慧助老"], summary: "帮助老年人跨越数字鸿沟。",
                       body: "社区开展智能手机使用培训，讲解移动支付和防范电信诈骗。", organizer: "省委网信办", region: "四川省", date: "2024-05-20"),
        SearchDocument(url: "/zh/education/ai/", title: "人工智能进校园", kind: .article, series: "education", groups: ["students"],
                       groupNames: ["学生"], body: "学生体验人工智能、数字素养课程和5G网络应用。", date: "2024-06-01"),
        SearchDocument(url: "/zh/projects/sc-eld/", title: "智慧养老服务项目", kind: .project, series: "elderly", groups: ["elderly"],
                       groupNames: ["老年人"], summary: "面向老年人开展智慧养老服务。", organizer: "省卫生健康委", region: "成都市", date: "2024-03-01"),
        SearchDocument(url: "/zh/intro/", title: "关于本站", kind: .page, body: "本站介绍全民数字素养与技能提升行动。", date: "2022-01-01"),
        SearchDocument(url: "/zh/x/hostile/", title: "<img src=x onerror=alert(1)>\"引号\"&amp;", kind: .article, body: "</script><script>alert(1)</script>", date: "2024-01-01"),
    ]
    static let vietnamese: [SearchDocument] = [
        SearchDocument(url: "/vi/a/", title: "Học vụ và đào tạo", kind: .article, body: "Đắk Lắk triển khai học vụ số.", date: "2024-01-01"),
        SearchDocument(url: "/vi/b/", title: "Hội nghị", kind: .article, body: "Hoc tap va lam viec.", date: "2024-01-02"),
        SearchDocument(url: "/vi/c/", title: "Đường sắt", kind: .page, date: "2024-01-03"),
    ]

    @Test(arguments: ["老", "手机", "数字鸿沟", "智能手机使用", "数字素养", "养老服务", "5G网络", "四川省", "电信诈骗", "诈骗和", "网络应", "智慧"])
    func chineseQueriesFindExactlyTheDocumentsHoldingThem(query: String) throws {
        let engine = try SearchTestSupport.engine(Self.docs)
        #expect(Set(try SearchTestSupport.urls(engine, query)) == SearchOracle.expected(query, Self.docs))
    }

    @Test func chineseQueriesOfOneTwoFourAndSixCharacters() throws {
        let engine = try SearchTestSupport.engine(Self.docs)
        #expect(Set(try SearchTestSupport.urls(engine, "老")) == ["/zh/elderly/phone/", "/zh/projects/sc-eld/"])
        #expect(Set(try SearchTestSupport.urls(engine, "养老")) == ["/zh/projects/sc-eld/"])
        #expect(Set(try SearchTestSupport.urls(engine, "数字素养")) == ["/zh/education/ai/", "/zh/intro/"])
        #expect(Set(try SearchTestSupport.urls(engine, "跨越数字鸿沟")) == ["/zh/elderly/phone/"])
        // Every character occurs, but not in this order: nothing.
        #expect(try SearchTestSupport.urls(engine, "手机智能").isEmpty)
        #expect(try SearchTestSupport.urls(engine, "素养数字").isEmpty)
    }

    @Test func vietnameseFoldsCaseDiacriticsAndD() throws {
        let engine = try SearchTestSupport.engine(Self.vietnamese, language: "vi")
        #expect(try SearchTestSupport.urls(engine, "hoc vu") == ["/vi/a/"])
        #expect(try SearchTestSupport.urls(engine, "HỌC VỤ") == ["/vi/a/"])
        #expect(Set(try SearchTestSupport.urls(engine, "dak lak")) == ["/vi/a/"])
        #expect(Set(try SearchTestSupport.urls(engine, "duong")) == ["/vi/c/"])
        #expect(Set(try SearchTestSupport.urls(engine, "Đường")) == ["/vi/c/"])
        #expect(Set(try SearchTestSupport.urls(engine, "hoc")) == ["/vi/a/", "/vi/b/"])
    }

    @Test func englishPrefixOnTheLastWordOnly() throws {
        let docs = [
            SearchDocument(url: "/en/a/", title: "Digital literacy week", kind: .article, date: "2024-01-01"),
            SearchDocument(url: "/en/b/", title: "Digitalisation of literature", kind: .article, date: "2024-01-02"),
        ]
        let engine = try SearchTestSupport.engine(docs, language: "en")
        #expect(Set(try SearchTestSupport.urls(engine, "digital lit")) == ["/en/a/"])
        #expect(Set(try SearchTestSupport.urls(engine, "digital")) == ["/en/a/", "/en/b/"])
        #expect(Set(try SearchTestSupport.urls(engine, "digital ")) == ["/en/a/"])
        #expect(Set(try SearchTestSupport.urls(engine, "LIT")) == ["/en/a/", "/en/b/"])
    }

    @Test func hostileTitlesStayText() throws {
        let engine = try SearchTestSupport.engine(Self.docs)
        let hits = try engine.search("img")
        #expect(hits.count == 1)
        let meta = try engine.reader.meta(hits[0].doc)
        #expect(meta.title == "<img src=x onerror=alert(1)>\"引号\"&amp;")
        let line = SearchSite.jsonLine(url: meta.url, title: meta.title, kind: meta.kind)
        let decoded = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String]
        #expect(decoded?["title"] == meta.title)
        #expect(try SearchTestSupport.urls(engine, "<script>") == ["/zh/x/hostile/"])
    }

    @Test func emptyAndPunctuationOnlyQueries() throws {
        let engine = try SearchTestSupport.engine(Self.docs)
        #expect(try engine.search("").isEmpty)
        #expect(try engine.search("   ").isEmpty)
        #expect(Set(try SearchTestSupport.urls(engine, "。")) == SearchOracle.expected("。", Self.docs))
        #expect(SearchOracle.expected("。", Self.docs).count == 4)
        #expect(Set(try SearchTestSupport.urls(engine, "，")) == SearchOracle.expected("，", Self.docs))
    }
}

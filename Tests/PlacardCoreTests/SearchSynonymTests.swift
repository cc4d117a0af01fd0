import Foundation
import Testing
@testable import PlacardCore

/// `search: {synonyms: [...]}` in site.yml (SPEC §7.5): a query for one word of a group also
/// finds the documents holding the others, ranked after those holding the word as typed.
@Suite struct SearchSynonymTests {
    static let docs: [SearchDocument] = [
        SearchDocument(url: "/zh/a/elders/", title: "老年人手机课堂", kind: .article, body: "教老年人用好智能手机。", date: "2024-05-01"),
        SearchDocument(url: "/zh/a/seniors/", title: "长者学电脑", kind: .article, body: "社区为长者开设电脑班。", date: "2024-05-02"),
        SearchDocument(url: "/zh/a/fraud/", title: "防诈骗讲座", kind: .article, body: "识别冒充客服的诈骗电话。", date: "2024-05-03"),
        SearchDocument(url: "/zh/a/other/", title: "数字素养周", kind: .article, body: "学生编程课。", date: "2024-05-04"),
    ]
    static let synonyms = [["长者", "老年人"], ["反诈", "防诈骗"]]

    static func engine() throws -> SearchEngine {
        try SearchTestSupport.engine(docs, synonyms: synonyms)
    }

    @Test func eachWordFindsTheOthersAfterItsOwnHits() throws {
        let engine = try Self.engine()
        #expect(try SearchTestSupport.urls(engine, "长者") == ["/zh/a/seniors/", "/zh/a/elders/"])
        #expect(try SearchTestSupport.urls(engine, "老年人") == ["/zh/a/elders/", "/zh/a/seniors/"])
        #expect(try SearchTestSupport.urls(engine, "反诈") == ["/zh/a/fraud/"])
        #expect(try engine.search("反诈").map(\.tier) == [1])
        // Traditional script folds first: 長者 is 长者.
        #expect(try SearchTestSupport.urls(engine, "長者") == ["/zh/a/seniors/", "/zh/a/elders/"])
    }

    @Test func onlyAWholeChunkIsExpandedAndEveryChunkStillMustMatch() throws {
        let engine = try Self.engine()
        // Each chunk is widened on its own; all chunks must match.
        #expect(try SearchTestSupport.urls(engine, "长者 手机") == ["/zh/a/elders/"])
        #expect(try SearchTestSupport.urls(engine, "长者 电脑") == ["/zh/a/seniors/"])
        // A chunk that only contains a synonym is searched as typed.
        #expect(try SearchTestSupport.urls(engine, "长者学").isEmpty == false)
        #expect(try SearchTestSupport.urls(engine, "长者手机").isEmpty)
        // Without synonyms in the index, nothing is widened.
        let plain = try SearchTestSupport.engine(Self.docs)
        #expect(try SearchTestSupport.urls(plain, "长者") == ["/zh/a/seniors/"])
    }

    @Test func theEntryFileCarriesTheFoldedGroups() throws {
        #expect(SearchIndexWriter.foldedSynonyms([["長者", "老年人", "长者"], ["Seniors", "ELDERLY"], ["一个"]]) ==
                [["长者", "老年人"], ["seniors", "elderly"]])
    }

    @Test func siteYmlSynonymsReachTheIndex() throws {
        let config = TestSite.defaultConfig + "\nsearch:\n  synonyms:\n    - [长者, 老年人]\n"
        let site = try TestSite(["content/elderly/a.zh.md": article("老年人用手机"),
                                 "content/elderly/b.zh.md": article("长者学电脑", date: "2025-01-09")], config: config)
        defer { site.remove() }
        #expect(site.build().diagnostics.filter { $0.severity == .error }.isEmpty)
        let engine = SearchEngine(reader: try SearchIndexReader(directory: site.output.appendingPathComponent("zh")))
        let urls = try SearchTestSupport.urls(engine, "长者")
        #expect(urls.count == 2 && urls[0].hasSuffix("/b/"))
    }

    @Test func badShapesAreErrorsWithTheirLines() throws {
        let cases: [(String, Int, String)] = [
            ("search: [长者]\n", 1, Message.searchNotAMap().en),
            ("search:\n  synonym: []\n", 2, Message.searchUnknownKey("synonym").en),
            ("search:\n  synonyms: 长者\n", 2, Message.synonymsNotAList().en),
            ("search:\n  synonyms:\n    - [长者]\n", 3, Message.synonymGroupTooSmall().en),
            ("search:\n  synonyms:\n    - 长者\n", 3, Message.synonymGroupTooSmall().en),
            ("search:\n  synonyms:\n    - [长者, [老年人]]\n", 3, Message.synonymNotAWord().en),
            ("search:\n  synonyms:\n    - [长者, older people]\n", 3, Message.synonymHasSpace("older people").en),
        ]
        let base = TestSite.defaultConfig.split(separator: "\n").count
        for (yaml, line, message) in cases {
            let site = try TestSite(["content/elderly/a.zh.md": article("文章")], config: TestSite.defaultConfig + "\n" + yaml)
            defer { site.remove() }
            let errors = site.check().diagnostics.filter { $0.severity == .error }
            #expect(errors.map(\.message) == [message], "\(yaml)")
            #expect(errors.first?.line == base + line, "\(yaml)")
            #expect(errors.first?.path == "site.yml")
        }
    }
}

import Foundation
import Testing
@testable import PlacardCore
#if os(Linux)
import Glibc
#endif

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

    /// A group of 16,000 words: a query for one of them finds what the words of the group that
    /// occur find, ranked as with a group of those alone. The engine keeps where each word
    /// stands, not a list of the others for each, which took memory quadratic in the group's
    /// size (4 GB and more).
    @Test func aLargeGroupFindsWhatItsWordsInTheIndexFind() throws {
        let docs = ["w1", "w7", "w9999", "x5"].enumerated().map { i, word in
            SearchDocument(url: "/zh/a/\(word)/", title: "\(word) 课程", kind: .article, body: "正文。", date: "2024-05-0\(i + 1)")
        }
        let large = try SearchTestSupport.engine(docs, synonyms: [(0..<16_000).map { "w\($0)" }])
        let small = try SearchTestSupport.engine(docs, synonyms: [["w1", "w7", "w9999"]])
        let before = Self.allocatedByThisThread()
        let hits = try large.search("w7")
        if let before, let after = Self.allocatedByThisThread() { #expect(after - before < 256 << 20, "\(after - before) bytes") }
        #expect(hits == (try small.search("w7")))
        #expect(try SearchTestSupport.urls(large, "w7") == ["/zh/a/w7/", "/zh/a/w9999/", "/zh/a/w1/"])
        #expect(hits.map(\.tier) == [0, 1, 1])
        for query in ["w1", "w9999 课程", "x5"] { #expect(try large.search(query) == (try small.search(query)), "\(query)") }
    }

    /// The bytes this thread has allocated so far, by jemalloc's count (the tests link it on
    /// Linux); nil without it.
    static func allocatedByThisThread() -> UInt64? {
        #if os(Linux)
        typealias Mallctl = @convention(c) (UnsafePointer<CChar>?, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?,
                                            UnsafeMutableRawPointer?, Int) -> Int32
        guard let symbol = dlsym(nil, "mallctl") else { return nil }
        var value: UInt64 = 0
        var size = MemoryLayout<UInt64>.size
        guard unsafeBitCast(symbol, to: Mallctl.self)("thread.allocated", &value, &size, nil, 0) == 0 else { return nil }
        return value
        #else
        return nil
        #endif
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

import Foundation
import Testing
@testable import PlacardCore

/// A small site keeps every run of 4 to 64 Han characters as a long gram
/// (`SearchIndexFormat.everyRunUnits`, `docs/search.md` §4 and §6): a run reads the one term
/// shard where its gram is or would be, and the answers are those of a brute-force scan and of
/// the same index read from its triples.
@Suite(.serialized) struct SearchEveryRunTests {
    struct Fixture {
        let docs: [SearchDocument]
        let files: [String: Data]
        let oracle: SearchOracleCorpus
        /// The same documents indexed as a large site is: runs of rare triples read from their cover.
        let cover: SearchEngine
    }

    /// A run of 80 characters, none repeated in a row of three, and longer than any long gram.
    static let longRun = "春风吹绿了江南岸边的柳树枝头小鸟欢快地唱着歌老人们在公园里学习用手机拍照片孩子们在广场上放风筝" +
        "农民伯伯忙着把新鲜蔬菜通过网店卖到城里去"

    nonisolated(unsafe) static let fixture: Result<Fixture, Error> = Result {
        let site = try SearchCorpus.generate(articles: 30, seed: 11)
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        var docs = try SearchCorpus.documents(site: site, language: "zh")
        docs.append(SearchDocument(url: "/zh/long/", title: "长句子", kind: .article, body: "开头，\(SearchEveryRunTests.longRun)。结尾", date: "2024-05-01"))
        docs.append(SearchDocument(url: "/zh/trad/", title: "繁體", kind: .article, body: "長者學習數字技能，跨越數字鴻溝。", date: "2024-05-02"))
        var files: [String: Data] = [:]
        for f in SearchTestSupport.files(docs) { files[f.path] = f.data }
        return Fixture(docs: docs, files: files, oracle: SearchOracleCorpus(docs),
                       cover: try SearchTestSupport.engine(docs, everyRunUnits: 0))
    }

    /// The hits' URLs and the files read, entry file and meta shards aside, with a fresh reader.
    static func run(_ query: String) throws -> (urls: Set<String>, read: [String]) {
        let f = try Self.fixture.get()
        final class Log: @unchecked Sendable { var read: [String] = [] }
        let log = Log()
        let reader = try SearchIndexReader { path in
            guard let data = f.files[path] else { throw SearchIndexError.missing(path) }
            if path != SearchIndexFormat.entryPath && !path.hasPrefix("search-index/m-") { log.read.append(path) }
            return data
        }
        let engine = SearchEngine(reader: reader)
        let urls = Set(try engine.search(query).map { try reader.meta($0.doc).url })
        return (urls, log.read)
    }

    /// Runs of each length from the documents, each also with its last character changed to its first.
    static func queries() throws -> [String] {
        let f = try Self.fixture.get()
        var random = SearchTestRandom(seed: 23)
        var queries: [String] = []
        for length in [4, 5, 6, 9, 13, 20, 33] {
            for run in SearchExactnessTests.hanQueries(f.docs, length: length, count: 12, random: &random) {
                queries.append(run)
                queries.append(String(run.dropLast()) + String(run.first!))
            }
        }
        return queries
    }

    @Test func aSmallSiteSaysEveryRunIsALongGram() throws {
        let f = try Self.fixture.get()
        let entry = try JSONSerialization.jsonObject(with: try #require(f.files[SearchIndexFormat.entryPath])) as? [String: Any]
        #expect(entry?["everyRun"] as? Bool == true)
        let large = SearchTestSupport.files(f.docs, everyRunUnits: 0).first { $0.path == SearchIndexFormat.entryPath }
        #expect(try #require(large).data.range(of: Data("everyRun".utf8)) == nil, "said only when true")
    }

    @Test func aRunReadsTheOneShardOfItsGram() throws {
        for query in try Self.queries() {
            let (urls, read) = try Self.run(query)
            let kinds = Set(read.map { String($0.dropFirst("search-index/".count).prefix(2)) })
            #expect(kinds.isSubset(of: ["t-"]), "\(query) reads \(read)")
            // A gram that refers to the one a character shorter may find it in the shard before.
            #expect(read.count <= (urls.isEmpty ? 1 : 2), "\(query) reads \(read)")
        }
    }

    @Test func answersEqualTheBruteForceScanAndTheCoverPath() throws {
        let f = try Self.fixture.get()
        let long = Self.longRun
        var queries = try Self.queries()
        queries += [long, String(long.dropLast()), String(long.prefix(64)), String(long.prefix(65)),
                    String(long.dropFirst(5).prefix(70)), "开头，" + String(long.prefix(10)),
                    "长者学习数字", "長者學習數字", "跨越數字鴻溝", "越数字鸿沟", "学习数字技能，跨越"]
        for query in queries {
            let expected = f.oracle.expected(query)
            let (urls, _) = try Self.run(query)
            #expect(urls == expected, "\(query)")
            #expect(Set(try SearchTestSupport.urls(f.cover, query)) == expected, "\(query), read from the cover")
        }
        #expect(try Self.run(long).urls == ["/zh/long/"])
        #expect(try Self.run("長者學習數字").urls == ["/zh/trad/"])
    }
}

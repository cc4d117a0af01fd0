import Foundation
import Testing
@testable import PlacardCore

/// A small site keeps every run of 4 to 12 (`SearchIndexFormat.maxLongGram`) Han characters as a
/// long gram (`SearchIndexFormat.everyRunUnits`, `docs/search.md` §4 and §6): a run reads the one
/// term shard where its gram is or would be (a longer one, those of its windows), and the answers
/// are those of a brute-force scan and of the same index read from its triples.
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
                       cover: try SearchTestSupport.engine(docs, runs: .commonTriples))
    }

    /// The hits' URLs and the files read, entry file and meta shards aside, with a fresh reader.
    static func run(_ query: String) throws -> (urls: Set<String>, read: [String]) {
        let f = try Self.fixture.get()
        final class Log: @unchecked Sendable { var read: [String] = [] }
        let log = Log()
        let reader = try SearchIndexReader { path in
            guard let data = f.files[path] else { throw SearchIndexError.missing(path) }
            if path != SearchIndexFormat.entryPath && !path.hasPrefix("search-index/m/") { log.read.append(path) }
            return data
        }
        let engine = SearchEngine(reader: reader)
        let urls = Set(try engine.search(query).map { try reader.meta($0.doc).url })
        return (urls, log.read)
    }

    /// Runs of each length from the documents, each also with its last character changed to its first.
    static func queries() throws -> [String] {
        let f = try Self.fixture.get()
        var random = TestRandom(seed: 23)
        var queries: [String] = []
        for length in [4, 5, 6, 9, 12, 13, 20, 33] {
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
        let large = SearchTestSupport.files(f.docs, runs: .commonTriples).first { $0.path == SearchIndexFormat.entryPath }
        #expect(try #require(large).data.range(of: Data("everyRun".utf8)) == nil, "said only when true")
    }

    /// Over `everyRunUnits` but under `everyRunTryUnits`: a site that repeats its sentences
    /// keeps every run (few grams more), one whose text does not repeat keeps those with a
    /// common triple, exactly as if it had collected only those.
    @Test func aLargerSiteKeepsEveryRunOnlyWhenThatAddsFewGrams() throws {
        let site = try SearchCorpus.generate(articles: 120, seed: 4)
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let repeating = try SearchCorpus.documents(site: site, language: "zh")
        var random = TestRandom(seed: 8)
        let pool = Array("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞")
        let varied = (0..<160).map { i in
            var body = ""
            for _ in 0..<120 { body += String((0..<8).map { _ in pool[Int(random.next() % UInt64(pool.count))] }) + "，" }
            return SearchDocument(url: "/zh/v/\(i)/", title: "第\(i)篇", kind: .article, body: body, date: "2024-01-01")
        }
        func entry(_ files: [SearchIndexFile]) throws -> [String: Any] {
            let data = try #require(files.first { $0.path == SearchIndexFormat.entryPath }?.data)
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
        #expect(try entry(SearchTestSupport.files(repeating))["everyRun"] as? Bool == true)
        let automatic = SearchTestSupport.files(varied)
        #expect(try entry(automatic)["everyRun"] == nil)
        #expect(automatic == SearchTestSupport.files(varied, runs: .commonTriples), "cut back to the grams with a common triple")
    }

    @Test func aRunReadsTheOneShardOfItsGram() throws {
        for query in try Self.queries() {
            let (urls, read) = try Self.run(query)
            let kinds = Set(read.map { String($0.dropFirst("search-index/".count).prefix(2)) })
            #expect(kinds.isSubset(of: ["t/"]), "\(query) reads \(read)")
            // A gram that refers to the one a character shorter may find it in the shard before;
            // a longer run reads its windows' grams, whose positions are inline on a small site.
            let k = query.unicodeScalars.count
            let grams = k <= SearchIndexFormat.maxLongGram ? 1 : SearchEngine.windows(k).count
            #expect(read.count <= (urls.isEmpty && grams == 1 ? 1 : 2 * grams), "\(query) reads \(read)")
        }
    }

    @Test func answersEqualTheBruteForceScanAndTheCoverPath() throws {
        let f = try Self.fixture.get()
        let long = Self.longRun
        var queries = try Self.queries()
        queries += [long, String(long.dropLast()), String(long.prefix(12)), String(long.prefix(13)), String(long.prefix(64)), String(long.prefix(65)),
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

import Foundation
import Testing
@testable import PlacardCore

/// Corpus-wide exactness: on a `tools/gen-corpus.py` corpus, every sampled query returns exactly
/// the documents whose indexed text holds it, by brute force over the same text.
@Suite(.serialized) struct SearchExactnessTests {
    struct Fixture {
        let oracle: SearchOracleCorpus
        let engine: SearchEngine
    }

    /// Built once: 300 articles (both languages); a failure to generate or index them fails every test.
    /// `nonisolated(unsafe)`: the engine caches lazily and is not Sendable, but the suite is
    /// serialized, so one test at a time uses it.
    nonisolated(unsafe) static let fixtures: Result<[String: Fixture], Error> = Result {
        let site = try SearchCorpus.generate(articles: 300, seed: 7)
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        var result: [String: Fixture] = [:]
        for language in ["zh", "en"] {
            let docs = try SearchCorpus.documents(site: site, language: language)
            result[language] = Fixture(oracle: SearchOracleCorpus(docs), engine: try SearchTestSupport.engine(docs, language: language))
        }
        return result
    }

    static func fixture(_ language: String) throws -> Fixture {
        try #require(try fixtures.get()[language])
    }

    /// Runs of `length` Han characters sampled from the documents' fields.
    static func hanQueries(_ docs: [SearchDocument], length: Int, count: Int, random: inout TestRandom) -> [String] {
        var queries: [String] = []
        var attempts = 0
        while queries.count < count && attempts < count * 200 {
            attempts += 1
            let doc = docs[Int(random.next() % UInt64(docs.count))]
            let fields = SearchOracle.fields(doc).filter { !$0.isEmpty }
            let scalars = Array(fields[Int(random.next() % UInt64(fields.count))].unicodeScalars)
            guard scalars.count >= length else { continue }
            let start = Int(random.next() % UInt64(scalars.count - length + 1))
            let run = scalars[start..<(start + length)]
            guard run.allSatisfy(CJK.isHan) else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: run)
            queries.append(String(view))
        }
        return queries
    }

    /// Any run of 2 to 8 scalars (Latin, digits, punctuation, Han mixed), trimmed of spaces.
    static func anyQueries(_ docs: [SearchDocument], count: Int, random: inout TestRandom) -> [String] {
        var queries: [String] = []
        while queries.count < count {
            let doc = docs[Int(random.next() % UInt64(docs.count))]
            let text = Array((doc.title + "\n" + doc.body).unicodeScalars)
            let length = 2 + Int(random.next() % 7)
            guard text.count > length else { continue }
            let start = Int(random.next() % UInt64(text.count - length))
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text[start..<(start + length)])
            let q = String(view).trimmingCharacters(in: .whitespacesAndNewlines)
            if !q.isEmpty { queries.append(q) }
        }
        return queries
    }

    func check(_ fixture: Fixture, _ queries: [String]) throws {
        for q in queries {
            let got = try SearchTestSupport.urls(fixture.engine, q)
            let expected = fixture.oracle.expected(q)
            #expect(Set(got) == expected, "query \(q): \(got.count) hits, \(expected.count) expected; missing \(expected.subtracting(got).sorted().prefix(3)), extra \(Set(got).subtracting(expected).sorted().prefix(3))")
            #expect(got.count == Set(got).count, "query \(q) returned a document twice")
        }
    }

    /// A run of 4 or more may be a long gram; else the positions of its triples answer it.
    @Test(arguments: [1, 2, 3, 4, 6, 9, 12, 16, 17])
    func chineseRunsFindExactlyTheDocumentsHoldingThem(length: Int) throws {
        let fixture = try Self.fixture("zh")
        var random = TestRandom(seed: UInt64(100 + length))
        let queries = Self.hanQueries(fixture.oracle.docs, length: length, count: 25, random: &random)
        #expect(queries.count == 25)
        try check(fixture, queries)
    }

    @Test
    func chineseRunsThatOccurNowhereFindNothingWrong() throws {
        // Characters that each occur, put together in orders that mostly do not.
        let fixture = try Self.fixture("zh")
        var random = TestRandom(seed: 9)
        let chars = Self.hanQueries(fixture.oracle.docs, length: 1, count: 60, random: &random)
        var queries: [String] = []
        for i in stride(from: 0, to: 56, by: 4) {
            queries.append(chars[i] + chars[i + 1])
            queries.append(chars[i] + chars[i + 1] + chars[i + 2] + chars[i + 3])
        }
        try check(fixture, queries)
    }

    @Test
    func mixedRunsOfAnyCharactersAreExact() throws {
        let fixture = try Self.fixture("zh")
        var random = TestRandom(seed: 11)
        try check(fixture, Self.anyQueries(fixture.oracle.docs, count: 60, random: &random))
    }

    @Test
    func englishQueriesFollowTheWordRules() throws {
        let fixture = try Self.fixture("en")
        var random = TestRandom(seed: 12)
        var queries = Self.anyQueries(fixture.oracle.docs, count: 50, random: &random)
        queries += ["digital", "Digital Literacy", "dig", "older peo", "e-commerce", "DIGITAL  skills ", "skills,", "zzzz"]
        try check(fixture, queries)
    }
}

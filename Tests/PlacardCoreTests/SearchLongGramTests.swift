import Foundation
import Testing
@testable import PlacardCore

/// Long grams (`docs/search.md`, "Terms" and "Answering a query"): a run of 4 to 8 Han
/// characters that starts or ends with a common triple is a term of its own, so a query of
/// that many characters reads one posting list, and the answer stays exact.
@Suite struct SearchLongGramTests {
    /// 400 documents; a phrase on every one, ten times, makes its triples common. Some hold
    /// the phrase's parts apart, some a rare run, some the phrase in Traditional characters.
    static let documents: [SearchDocument] = (0..<400).map { i in
        var body = String(repeating: "全面提升全民数字素养与技能，", count: 10)
        if i % 7 == 0 { body += "数字素养和技能与技能，" }
        if i % 11 == 0 { body += "罕见词汇组合在此，" }
        if i % 13 == 0 { body += "繁體的數字素養與技能，" }
        if i % 17 == 0 { body += "提升素养与技能数字化，" }
        let title = i % 5 == 0 ? "数字素养与技能提升行动" : "工作动态"
        return SearchDocument(url: "/zh/a/\(i)/", title: title, kind: .article, body: body,
                              date: String(format: "2024-%02d-%02d", i % 12 + 1, i % 28 + 1))
    }

    /// Every file read, by path, while answering.
    final class Recorder: @unchecked Sendable {
        var read: [String] = []
    }

    static func engine(recording recorder: Recorder? = nil) throws -> SearchEngine {
        let files = SearchIndexWriter.files(for: documents, language: "zh")
        var byPath: [String: Data] = [:]
        for f in files { byPath[f.path] = f.data }
        let reader = try SearchIndexReader { path in
            guard let data = byPath[path] else { throw SearchIndexError.missing(path) }
            recorder?.read.append(path)
            return data
        }
        return SearchEngine(reader: reader)
    }

    @Test func commonPhrasesBecomeLongGramsWithExactPostings() throws {
        let engine = try Self.engine()
        for key in ["数字素养", "数字素养与技能", "全面提升全民数字", "素养与技能"] {
            let term = try #require(try engine.reader.term(key), "\(key) is a long gram")
            #expect(term.docs.count == 400 && !term.hasPositions && term.scores.allSatisfy { $0 > 0 })
        }
        #expect(try engine.reader.term("数字素")?.isCommon == true)
        #expect(try engine.reader.term("罕见词汇") == nil, "rare runs are not long grams")
        #expect(try engine.reader.term("全面提升全民数字素养") == nil, "runs longer than 8 are not")
    }

    @Test func answersEqualTheBruteForceScan() throws {
        let engine = try Self.engine()
        let folder = SearchFolder()
        let queries = ["数字素养", "数字素养与技能", "数字素养与技", "素养与技能数字", "提升素养与技能数字化", "素养和技能",
                       "数字素养和技能与技能", "罕见词汇", "罕见词汇组合在此", "数字素养与能力", "與技能提升", "數字素養與技能",
                       "全面提升全民数字素养与技能", "养与技能，", "技能提升行动", "全民数字素养与技能提升"]
        for query in queries {
            let expected = Set(Self.documents.filter { SearchOracle.matches(query, $0, folder: folder) }.map(\.url))
            let found = try SearchTestSupport.urls(engine, query)
            #expect(Set(found) == expected && found.count == expected.count, "\(query)")
        }
    }

    @Test func aLongQueryReadsOnePostingList() throws {
        let recorder = Recorder()
        let engine = try Self.engine(recording: recorder)
        recorder.read = []
        let hits = try engine.search("数字素养与技能")
        #expect(hits.count == 400)
        #expect(recorder.read.allSatisfy { $0.hasPrefix("search-index/t-") } && recorder.read.count == 1, "\(recorder.read)")
        // Title hits first: the long gram carries its own scores.
        #expect(try hits.prefix(80).allSatisfy { try engine.reader.meta($0.doc).title.contains("数字素养与技能") })
        // Absent from every document, with a common end triple: no positions are read.
        recorder.read = []
        #expect(try engine.search("数字素养与能力").isEmpty)
        #expect(!recorder.read.contains { $0.hasPrefix("search-index/p-") })
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// Long grams (`docs/search.md`, "Terms" and "Answering a query"): a run of 4 to 12
/// (`SearchIndexFormat.maxLongGram`) Han characters that holds a common triple is a term of its
/// own, so a query of that many characters reads one posting list, and the answer stays exact.
@Suite struct SearchLongGramTests {
    /// 400 documents; a phrase on every one, ten times, makes its triples common. Some hold
    /// the phrase's parts apart, some a rare run, some the phrase in Traditional characters.
    static let documents: [SearchDocument] = (0..<400).map { i in
        var body = String(repeating: "全面提升全民数字素养与技能，", count: 10)
        if i % 7 == 0 { body += "数字素养和技能与技能，" }
        if i % 11 == 0 { body += "罕见词汇组合在此，" }
        if i % 13 == 0 { body += "繁體的數字素養與技能，" }
        if i % 17 == 0 { body += "提升素养与技能数字化，" }
        // Rare ends around common inner triples, and a run longer than any long gram.
        if i % 19 == 0 { body += "奇特数字素养课程，" }
        if i % 23 == 0 { body += "全面提升全民数字素养与技能提升行动方案细则，" + longRun + "，" }
        let title = i % 5 == 0 ? "数字素养与技能提升行动" : "工作动态"
        return SearchDocument(url: "/zh/a/\(i)/", title: title, kind: .article, body: body,
                              date: String(format: "2024-%02d-%02d", i % 12 + 1, i % 28 + 1))
    }

    /// 84 characters, longer than any long gram (a period of 21, so each of its grams of 12 occurs
    /// three or four times).
    static let longRun = String(repeating: "全面提升全民数字素养与技能提升行动方案细则", count: 4)

    /// Every file read, by path, while answering.
    final class Recorder: @unchecked Sendable {
        var read: [String] = []
    }

    static func engine(recording recorder: Recorder? = nil) throws -> SearchEngine {
        // Runs of rare triples read from their cover, as on a large site.
        let files = SearchTestSupport.files(documents, runs: .commonTriples)
        var byPath: [String: Data] = [:]
        for f in files { byPath[f.path] = f.data }
        let reader = try SearchIndexReader { path in
            guard let data = byPath[path] else { throw SearchIndexError.missing(path) }
            recorder?.read.append(path)
            return data
        }
        return SearchEngine(reader: reader)
    }

    /// A run past the capacity of the runs kept is collected afresh wherever it occurs, and its
    /// grams keep postings of their own; the terms are the same as when every run is kept.
    @Test func runsPastTheCapacityGiveTheSameTerms() {
        let score: @Sendable (UInt64, Int) -> UInt8 = { counts, doc in UInt8(truncatingIfNeeded: (counts &+ UInt64(doc)) % 251 + 1) }
        func terms(capacity: Int) -> SearchTermTable.Batch {
            SearchLongGrams.terms(Self.documents, common: SearchTermHashTable(capacity: 16), runs: .everyRun,
                                  runsCapacity: capacity, score: score).terms
        }
        // A batch holds its terms' bytes: each is kept while its terms are read.
        let allBatch = terms(capacity: SearchLongGramRuns.defaultCapacity)
        let all = allBatch.parts.flatMap { $0 }
        #expect(all.contains { $0.alias } && all.contains { !$0.positions.isEmpty }, "aliases and grams of 12 characters")
        for capacity in [0, 50, 400] {
            let batch = terms(capacity: capacity)
            let few = batch.parts.flatMap { $0 }
            #expect(few.count == all.count)
            for (a, b) in zip(all, few) {
                #expect(a.key.elementsEqual(b.key) && a.postings.elementsEqual(b.postings) && a.positions.elementsEqual(b.positions)
                        && a.alias == b.alias && a.df == b.df && a.idf == b.idf,
                        "capacity \(capacity): \(String(decoding: a.key, as: UTF8.self))")
            }
            withExtendedLifetime(batch) {}
        }
        withExtendedLifetime(allBatch) {}
    }

    /// The runs the postings builders note while folding, in parts of documents, are the runs
    /// folded apart, and give the same terms, with runs kept or past the capacity.
    @Test func runsNotedByTheBuildersGiveTheTermsOfRunsFoldedApart() {
        let score: @Sendable (UInt64, Int) -> UInt8 = { counts, doc in UInt8(truncatingIfNeeded: (counts &+ UInt64(doc)) % 251 + 1) }
        // An English field and a document without Han characters between the Chinese ones.
        var documents = Self.documents
        documents[3].summary = "Digital skills 数字技能培训 for all"
        documents[5].body = "No Han characters at all."
        let builders = [0..<150, 150..<151, 151..<400].map { range in
            let builder = SearchPostingsBuilder()
            for d in range { builder.add(segments: SearchIndexWriter.segments(of: documents[d])) }
            return builder
        }
        let noted = builders.map(\.hanRuns)
        let apart = SearchHanRuns.of(documents)
        #expect(noted.map(\.documentCount) == [150, 1, 249])
        #expect(noted.reduce(0) { $0 + $1.occurrences.count } == apart.occurrences.count && apart.occurrences.count > 4_000)
        for capacity in [SearchLongGramRuns.defaultCapacity, 50] {
            let a = SearchLongGrams.terms(documents, hanRuns: noted, common: SearchTermHashTable(capacity: 16), runs: .everyRun,
                                          runsCapacity: capacity, score: score).terms
            let b = SearchLongGrams.terms(documents, common: SearchTermHashTable(capacity: 16), runs: .everyRun,
                                          runsCapacity: capacity, score: score).terms
            let (x, y) = (a.parts.flatMap { $0 }, b.parts.flatMap { $0 })
            #expect(x.count == y.count && x.count > 200)
            for (s, t) in zip(x, y) {
                #expect(s.key.elementsEqual(t.key) && s.postings.elementsEqual(t.postings) && s.positions.elementsEqual(t.positions)
                        && s.alias == t.alias && s.df == t.df, "capacity \(capacity): \(String(decoding: s.key, as: UTF8.self))")
            }
            withExtendedLifetime((a, b)) {}
        }
    }

    @Test func commonPhrasesBecomeLongGramsWithExactPostings() throws {
        let engine = try Self.engine()
        for key in ["数字素养", "数字素养与技能", "全面提升全民数字", "素养与技能"] {
            let term = try #require(try engine.reader.term(key), "\(key) is a long gram")
            #expect(term.docs.count == 400 && !term.hasPositions && term.scores.allSatisfy { $0 > 0 })
        }
        #expect(try engine.reader.term("数字素")?.isCommon == true)
        #expect(try engine.reader.term("罕见词汇") == nil, "rare runs are not long grams")
        #expect(try engine.reader.term("全面提升全民数字素养与技")?.docs.count == 400, "12 characters")
        #expect(try engine.reader.term("奇特数字素养课")?.docs.count == 22, "rare ends, common inner triples")
        #expect(try engine.reader.term("方案细则全面提升全民数字")?.docs.count == 18, "12 characters, rare start")
        #expect(try engine.reader.term("技能提升行动方案细则全面") == nil, "12 rare triples: no gram")
        #expect(try engine.reader.term(String(Self.longRun.unicodeScalars.prefix(12)))?.docs.count == 400, "12 characters")
        #expect(try engine.reader.term("全面提升全民数字素养与技能") == nil, "runs longer than 12 are not")
    }

    @Test func answersEqualTheBruteForceScan() throws {
        let engine = try Self.engine()
        let folder = SearchFolder()
        let queries = ["数字素养", "数字素养与技能", "数字素养与技", "素养与技能数字", "提升素养与技能数字化", "素养和技能",
                       "数字素养和技能与技能", "罕见词汇", "罕见词汇组合在此", "数字素养与能力", "與技能提升", "數字素養與技能",
                       "全面提升全民数字素养与技能", "养与技能，", "技能提升行动", "全民数字素养与技能提升",
                       // 9 to 16 characters, present and absent; rare ends with common inner triples.
                       "全民数字素养与技能提升行动", "提升全民数字素养与技", "面提升全民数字素养与技能", "全民数字素养与技能提升行动方",
                       "全民数字素养与技能全面提升", "奇特数字素养课", "特数字素养课程", "奇特数字素养课程", "怪异数字素养课",
                       "奇特数字素养与技能", "数字素养课程",
                       "全面提升全民数字素养与技能提升行动方案", "全面提升全民数字素养与技能提升行动方案细则", "全面提升全民数字素养与技能提升行动方针",
                       // Longer than any long gram: the windows' positions settle it.
                       Self.longRun, String(Self.longRun.dropLast()) + "全", String(Self.longRun.dropFirst(3)),
                       String(Self.longRun.prefix(40)) + "数字" + String(Self.longRun.suffix(40)), "细则" + Self.longRun]
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
        #expect(recorder.read.allSatisfy { $0.hasPrefix("search-index/t/") } && recorder.read.count == 1, "\(recorder.read)")
        // Title hits first: the long gram carries its own scores.
        #expect(try hits.prefix(80).allSatisfy { try engine.reader.meta($0.doc).title.contains("数字素养与技能") })
        // Absent from every document, with a common triple: no positions are read.
        for query in ["数字素养与能力", "怪异数字素养课"] {
            recorder.read = []
            #expect(try engine.search(query).isEmpty)
            #expect(!recorder.read.contains { $0.hasPrefix("search-index/p/") }, "\(query)")
        }
        // Runs of 10 to 12 with a common triple anywhere, and rare ends around one, are long grams.
        let folder = SearchFolder()
        for query in ["数字素养与技能提升行动", "全民数字素养与技能提升", "全面提升全民数字素养与技", "奇特数字素养课"] {
            recorder.read = []
            let count = Self.documents.filter { SearchOracle.matches(query, $0, folder: folder) }.count
            let found = try engine.search(query).count
            #expect(count > 0 && found == count, "\(query)")
            // The gram's shard, and its neighbour when it refers to the gram one shorter.
            #expect(recorder.read.count <= 2 && recorder.read.allSatisfy { $0.hasPrefix("search-index/t/") }, "\(query): \(recorder.read)")
        }
    }

    /// Long grams of 12 characters carry the start offsets of every occurrence (a reference to
    /// the gram one shorter too), counted as the postings builder counts them: title, summary
    /// and body end to end with `SearchIndexFormat.fieldGap` between them. A window of only rare
    /// triples is no gram: its cover's positions answer it.
    @Test func longestGramsCarryTheirPositions() throws {
        let engine = try Self.engine()
        let run = Array(Self.longRun.unicodeScalars)
        let n = SearchIndexFormat.maxLongGram
        var references = 0
        for start in 0...(run.count - n) {
            let key = String(String.UnicodeScalarView(run[start..<(start + n)]))
            guard let term = try engine.reader.term(key) else {
                let triples = (0...(n - 3)).map { String(String.UnicodeScalarView(run[(start + $0)..<(start + $0 + 3)])) }
                #expect(try triples.allSatisfy { try engine.reader.term($0)?.isCommon != true }, "\(key)")
                continue
            }
            #expect(term.hasPositions, "\(key)")
            if term.isAlias { references += 1 }
            let positions = try engine.reader.positions(of: term)
            var expected: [UInt32: [UInt32]] = [:]
            for (id, doc) in Self.documents.sorted(by: SearchIndexWriter.order).enumerated() {
                let body = Array(doc.body.unicodeScalars), base = doc.title.unicodeScalars.count + 2 * SearchIndexFormat.fieldGap
                let needle = Array(key.unicodeScalars)
                var found: [UInt32] = []
                for i in 0...(body.count - n) where Array(body[i..<(i + n)]) == needle { found.append(UInt32(base + i)) }
                if !found.isEmpty { expected[UInt32(id)] = found }
            }
            #expect(!expected.isEmpty && positions == expected, "\(key)")
        }
        #expect(references > 0, "a reference keeps its own positions")
        #expect(try engine.reader.term(String(Self.longRun.prefix(n - 1)))?.hasPositions == false, "shorter grams keep none")
    }
}

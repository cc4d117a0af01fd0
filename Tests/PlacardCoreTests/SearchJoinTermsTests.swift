import Foundation
import Testing
@testable import PlacardCore

/// Sentences pasted with their punctuation (`SearchJoinTerms`, docs/search.md §6 step 4): a
/// document holds one only where its clauses meet at one place, not where they occur apart.
@Suite struct SearchJoinTermsTests {
    /// Clauses that meet in some documents and stand apart in others.
    static let documents: [SearchDocument] = [
        // 0: the three clauses in a row.
        "甲方今天发布通知，课程分为入门班级，周末开放报名。",
        // 1: the first two in a row, the last two in a row, but at two places.
        "甲方今天发布通知，课程分为入门班级。另一句话，课程分为入门班级，周末开放报名。",
        // 2: the first clause before another, the middle one alone after another.
        "甲方今天发布通知，其他事情说明。乙方今天发布通知，课程分为入门班级！周末开放报名。",
        // 3: the middle clause longer (not whole), then the last.
        "甲方今天发布通知，课程分为入门班级安排，周末开放报名。",
        // 4: the first run ends with the query's, another mark.
        "我们甲方今天发布通知；课程分为入门班级，周末开放报名。",
        // 5: four clauses in a row, and the first three elsewhere apart.
        "一二三四五，课程分为入门班级，周末开放报名，请带身份证件。一二三四五，课程分为入门班级，周末开放报名。丙，请带身份证件。",
    ].enumerated().map { i, body in
        SearchDocument(url: "/zh/a/\(i)/", title: "第\(i)篇", kind: .article, body: body, date: "2024-01-0\(i + 1)")
    }

    @Test(arguments: [
        "甲方今天发布通知，课程分为入门班级",
        "方今天发布通知，课程分为入门",
        "甲方今天发布通知，课程分为入门班级，周末开放报名",
        "今天发布通知，课程分为入门班级，周末开放",
        "乙方今天发布通知，课程分为入门班级！周末开放报名",
        "甲方今天发布通知，课程分为入门班级！周末开放报名",
        "甲方今天发布通知；课程分为入门班级，周末开放报名",
        "一二三四五，课程分为入门班级，周末开放报名，请带身份证件",
        "三四五，课程分为入门班级，周末开放报名，请带身份证件",
        "课程分为入门班级，周末开放报名，请带身份证件",
        "另一句话，课程分为入门班级，周末开放报名",
        "句话，课程分为入门班级，周末开放",
        "其他事情说明。乙方今天发布通知，课程分为入门",
    ])
    func joinedClausesMatchWhereTheyMeet(query: String) throws {
        let engine = try SearchTestSupport.engine(Self.documents)
        let folder = SearchFolder()
        let expected = Set(Self.documents.filter { SearchOracle.matches(query, $0, folder: folder) }.map(\.url))
        #expect(Set(try SearchTestSupport.urls(engine, query)) == expected, "\(query)")
    }

    /// A clause after 100 different ones (a head whose table lists its tails by how many
    /// documents name each, `SearchIndexFormat.largeHeadTable`), some documents holding two
    /// of them, most the first ten.
    static let manyTails: [SearchDocument] = {
        let pool = Array("东南西北春夏秋冬山川河海城乡村镇学校医院工厂农田社区街道")
        var random = TestRandom(seed: 3)
        let openings = (0..<100).map { _ in String((0..<6).map { _ in pool[Int(random.next() % UInt64(pool.count))] }) }
        return (0..<400).map { i in
            let a = openings[i < 300 ? i % 10 : i % 100], b = openings[(i * 7) % 100]
            let body = i % 3 == 0 ? "\(a)，课程分为入门班级。\(b)，课程分为入门班级。" : "\(a)，课程分为入门班级，周末开放报名。"
            return SearchDocument(url: "/zh/m/\(i)/", title: "第\(i)篇", kind: .article, body: body,
                                  date: String(format: "2024-%02d-%02d", i % 12 + 1, i % 28 + 1))
        }
    }()

    @Test func aHeadAfterManyClausesNamesEachExactly() throws {
        let engine = try SearchTestSupport.engine(Self.manyTails)
        let head = try #require(try engine.reader.term("\u{5},课程分为入门班级"))
        #expect(head.headTable.count > SearchIndexFormat.largeHeadTable)
        let folder = SearchFolder()
        var queries: [String] = []
        for doc in Self.manyTails.prefix(40) + Self.manyTails.suffix(40) {
            let opening = String(doc.body.prefix(6))
            queries += ["\(opening)，课程分为入门班级", "\(opening.dropFirst(2))，课程分为入门", "\(opening)，课程分为入门班级，周末开放报名"]
        }
        for query in Set(queries) {
            let expected = Set(Self.manyTails.filter { SearchOracle.matches(query, $0, folder: folder) }.map(\.url))
            #expect(!expected.isEmpty || query.hasSuffix("报名"), "\(query)")
            #expect(Set(try SearchTestSupport.urls(engine, query)) == expected, "\(query)")
        }
    }

    @Test func theQueriesAreJoinedChunksThatSomeDocumentsHold() {
        let folder = SearchFolder()
        for query in ["甲方今天发布通知，课程分为入门班级，周末开放报名", "一二三四五，课程分为入门班级，周末开放报名，请带身份证件"] {
            #expect(SearchEngine.joins(SearchQuery(query, folder: folder).chunks[0]) != nil)
        }
        // Document 1 holds the first two clauses and the last two, but never all three at one place.
        let all = "甲方今天发布通知，课程分为入门班级，周末开放报名"
        #expect(Self.documents.filter { SearchOracle.matches(all, $0, folder: folder) }.map(\.url) == ["/zh/a/0/"])
    }
}

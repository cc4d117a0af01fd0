import Foundation
import Testing
@testable import PlacardCore

/// The download bound of `docs/search.md` §6 on a whole site: a run of 4 to 12 Han characters
/// (a long gram) fetches at most twice what `数字` fetches, even when it ends in a sentence that
/// every page repeats; a longer one, on these pages, twice that for each of its windows (their
/// grams' position blocks). Runs longer than the clauses here are checked for exactness only.
@Suite(.serialized) struct SearchLongRunBoundTests {
    static let fillers = ["数字技能夜校", "网上挂号帮办", "智能手机培训班", "编程启蒙课", "领导干部网络素养专题班",
                          "中小企业数字化转型辅导", "数字技能进村入户巡讲", "女性创业线上课堂"]
    static let places = ["成都市", "宜宾市", "乐山市", "达州市", "齐齐哈尔市", "哈尔滨市", "绵阳市"]
    /// A sentence every page repeats: its 18-character tail is in every document.
    static let tail = "作为提升全民数字素养与技能的重点工作"

    /// 2,000 short pages, each the repeated sentence with two fillers and a place.
    static let documents: [SearchDocument] = (0..<2000).map { i in
        let a = fillers[i % fillers.count], b = fillers[(i / 8) % fillers.count], place = places[i % places.count]
        let body = "今年将把\(a)\(tail)，\(place)把\(b)纳入年度民生实事。" +
            "为让老年人真正跨越数字鸿沟，\(place)还编印了图文并茂的操作手册。" +
            (i % 50 == 0 ? String(repeating: "今年将把\(a)\(tail)", count: 3) + "。" : "")
        return SearchDocument(url: "/zh/a/\(i)/", title: "\(place)\(a)工作动态", kind: .article, body: body,
                              date: String(format: "2024-%02d-%02d", i % 12 + 1, i % 28 + 1))
    }

    static let files: [String: Data] = {
        var files: [String: Data] = [:]
        for f in SearchTestSupport.files(documents, runs: .commonTriples) { files[f.path] = f.data }
        return files
    }()

    /// Hits' URLs and the bytes of the files read besides the entry file and the meta shards.
    static func run(_ query: String) throws -> (urls: Set<String>, bytes: Int) {
        final class Log: @unchecked Sendable { var read: [String: Int] = [:] }
        let log = Log()
        let reader = try SearchIndexReader { path in
            guard let data = files[path] else { throw SearchIndexError.missing(path) }
            if path != SearchIndexFormat.entryPath && !path.hasPrefix("search-index/m/") { log.read[path] = data.count }
            return data
        }
        let engine = SearchEngine(reader: reader)
        let urls = try engine.search(query).map { try engine.reader.meta($0.doc).url }
        return (Set(urls), log.read.values.reduce(0, +))
    }

    static func expected(_ query: String) -> Set<String> {
        let folder = SearchFolder()
        return Set(documents.filter { SearchOracle.matches(query, $0, folder: folder) }.map(\.url))
    }

    @Test func runsReadAtMostTwiceATwoCharacterQueryForEachWindow() throws {
        let base = try Self.run("数字")
        #expect(base.urls.count == Self.documents.count)
        var queries: [String] = []
        for a in Self.fillers.prefix(4) {
            let clause = "今年将把\(a)\(Self.tail)"
            let scalars = Array(clause.unicodeScalars)
            // Every length from 4 to the clause's, ending where the clause ends (in the repeated tail).
            for n in 4...scalars.count { queries.append(String(String.UnicodeScalarView(scalars.suffix(n)))) }
            // Absent: the last character changed, and the clause twice over.
            queries.append(String(clause.dropLast()) + "今")
            queries.append(String("年将把\(a)\(Self.tail)今年将把\(a)\(Self.tail)".prefix(64)))
        }
        var over: [String] = []
        for query in queries {
            let (urls, bytes) = try Self.run(query)
            #expect(urls == Self.expected(query), "\(query)")
            let k = query.unicodeScalars.count
            let windows = k <= SearchIndexFormat.maxLongGram ? 1 : SearchEngine.windows(k).count
            if bytes > 2 * base.bytes * windows { over.append("\(query): \(bytes) bytes, \(windows) windows") }
        }
        #expect(over.isEmpty, "数字 reads \(base.bytes) bytes; over twice that a window: \(over)")
    }

    /// Sentences pasted with their punctuation: runs joined by single marks, read from the
    /// join terms (`SearchJoinTerms`), exact; those of two and three clauses within the bound,
    /// even when a clause that every page repeats ends at a mark the query holds (`…重点工作，`,
    /// `…实事。`). Four clauses or more read their heads' positions (docs/search.md §6).
    @Test func runsJoinedByMarksReadAtMostTwiceATwoCharacterQuery() throws {
        let base = try Self.run("数字")
        var queries: [String] = []
        for (a, place) in zip(Self.fillers.prefix(3), Self.places.prefix(3)) {
            queries += [
                "为让老年人真正跨越数字鸿沟，\(place)还编印了图文并茂的操作手册",
                "跨越数字鸿沟，\(place)还编印",
                "今年将把\(a)\(Self.tail)，\(place)把\(Self.fillers[4])纳入年度民生实事",
                "\(Self.tail)，\(place)把\(a)纳入年度民生实事。为让老年人真正跨越",
                "\(Self.tail)，\(place)把\(a)纳入年度民生实事",
                "\(Self.tail)，\(place)把\(a)纳入年度民生实事。为让老年人真正跨越数字鸿沟，\(place)还编印",
                // Absent: a mark between runs that never meet, a changed mark, a changed end.
                "跨越数字鸿沟，\(place)把\(a)纳入",
                "为让老年人真正跨越数字鸿沟。\(place)还编印了图文并茂的操作手册",
                "为让老年人真正跨越数字鸿沟，\(place)还编印了图文并茂的操作手",
                "年老人真正跨越数字鸿沟，\(place)还编印",
            ]
        }
        var over: [String] = [], present = 0
        for query in queries {
            let marks = SearchEngine.joins(SearchQuery(query, folder: SearchFolder()).chunks[0])
            #expect(marks != nil, "\(query)")
            let (urls, bytes) = try Self.run(query)
            let expected = Self.expected(query)
            #expect(urls == expected, "\(query)")
            if !expected.isEmpty { present += 1 }
            // Two term shards: since long grams end at 12 characters, 数字's shard holds fewer of
            // them and is smaller (7.8 → 6.2 KB gzipped), so the bound is two and a half times it.
            if 2 * bytes > 5 * base.bytes && (marks?.count ?? 0) < 3 { over.append("\(query): \(bytes) bytes") }
        }
        #expect(present >= 12)
        #expect(over.isEmpty, "数字 reads \(base.bytes) bytes; over two and a half times that: \(over)")
        // Ends shorter than four characters are answered by the chunk's pairs and triples.
        #expect(SearchEngine.joins(SearchQuery("鸿沟，成都市还编印", folder: SearchFolder()).chunks[0]) == nil)
        for query in ["鸿沟，成都市还编印", "数字鸿沟，成都", "工作，成都市把编程启蒙课"] {
            #expect(try Self.run(query).urls == Self.expected(query), "\(query)")
        }
    }

    @Test func runsLongerThanALongGramAreExact() throws {
        for a in Self.fillers.prefix(3) {
            let clause = "今年将把\(a)\(Self.tail)"
            let thrice = clause + clause + clause
            for query in [thrice, String(thrice.dropFirst(2)), String(thrice.dropLast()) + "今",
                          clause + clause + "今年将把" + Self.fillers.last! + Self.tail] {
                #expect(query.unicodeScalars.count > SearchIndexFormat.maxLongGram)
                let (urls, _) = try Self.run(query)
                #expect(urls == Self.expected(query), "\(query)")
            }
        }
    }
}

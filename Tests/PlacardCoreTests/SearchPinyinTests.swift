import Foundation
import Testing
@testable import PlacardCore

/// Pinyin (SPEC §7.5): full pinyin without tones (with or without spaces, the last syllable as
/// a prefix) and initials of titles, project names, organizers and regions, ranked after the
/// documents holding the query as typed.
@Suite struct SearchPinyinTests {
    static let docs: [SearchDocument] = [
        SearchDocument(url: "/zh/a/literacy/", title: "数字素养提升行动", kind: .article, body: "正文不参与拼音。", date: "2024-05-01"),
        SearchDocument(url: "/zh/p/qqhr/", title: "黑龙江全民数字技能培训", kind: .project, organizer: "市委网信办", region: "齐齐哈尔市", date: "2024-05-02"),
        SearchDocument(url: "/zh/a/bank/", title: "银行网点适老化", kind: .article, organizer: "许可中心", date: "2024-05-03"),
        SearchDocument(url: "/zh/a/shuzi-app/", title: "Shuzi app for seniors", kind: .article, date: "2024-04-01"),
        SearchDocument(url: "/zh/a/body-only/", title: "课程", kind: .article, body: "数字素养", date: "2024-05-04"),
        SearchDocument(url: "/zh/a/traditional/", title: "數字鴻溝", kind: .article, date: "2024-05-05"),
    ]

    static func urls(_ query: String) throws -> [String] {
        try SearchTestSupport.urls(try SearchTestSupport.engine(Self.docs), query)
    }

    @Test func fullPinyinWithOrWithoutSpacesAndAPrefixAtTheEnd() throws {
        let writtenShuzi: Set = ["/zh/a/literacy/", "/zh/p/qqhr/", "/zh/a/traditional/"]
        // The English title holding the word as typed comes first.
        #expect(try Self.urls("shuzi").first == "/zh/a/shuzi-app/")
        #expect(Set(try Self.urls("shuzi").dropFirst()) == writtenShuzi)
        #expect(Set(try Self.urls("shu zi")) == writtenShuzi)
        #expect(Set(try Self.urls("shuz")).isSuperset(of: writtenShuzi))
        #expect(try Self.urls("shuzisuyang") == ["/zh/a/literacy/"])
        #expect(try Self.urls("shuzi suyang tisheng") == ["/zh/a/literacy/"])
        #expect(try Self.urls("qiqihaer") == ["/zh/p/qqhr/"])
        #expect(try Self.urls("qiqihae") == ["/zh/p/qqhr/"])
        // The body is not read as pinyin: only titles, organizers, regions.
        #expect(!(try Self.urls("shuzisuyang")).contains("/zh/a/body-only/"))
        // Out of order or not adjacent: nothing.
        #expect(try Self.urls("suyangshuzi").isEmpty)
        #expect(try Self.urls("qiqihaerheilong").isEmpty)
    }

    @Test func initials() throws {
        #expect(Set(try Self.urls("sz")).isSuperset(of: ["/zh/a/literacy/", "/zh/p/qqhr/", "/zh/a/traditional/"]))
        #expect(try Self.urls("szsy") == ["/zh/a/literacy/"])
        #expect(try Self.urls("qqhe") == ["/zh/p/qqhr/"])
        #expect(try Self.urls("hljqmszjnpx") == ["/zh/p/qqhr/"])
        #expect(try Self.urls("qqhz").isEmpty)
    }

    @Test func heteronymsOnEveryStandardReadingAndNoRareOnes() throws {
        #expect(try Self.urls("yinhang") == ["/zh/a/bank/"])
        #expect(try Self.urls("yinxing") == ["/zh/a/bank/"])
        #expect(try Self.urls("xuke") == ["/zh/a/bank/"])
        #expect(try Self.urls("huke").isEmpty)
        #expect(Pinyin.readings("行").sorted() == ["hang", "heng", "xing"])
        #expect(Pinyin.readings("许") == ["xu"])
        #expect(Pinyin.readings("绿").contains("lv"))
    }

    @Test func pinyinHitsComeAfterTypedHitsAndFollowFilters() throws {
        let engine = try SearchTestSupport.engine(Self.docs)
        let hits = try engine.search("shuzi")
        #expect(hits.map(\.tier) == [0, 2, 2, 2])
        #expect(try SearchTestSupport.urls(engine, "shuzi", filters: SearchFilters(kind: "project")) == ["/zh/p/qqhr/"])
    }

    @Test func readingAQuery() {
        let syllables = Set(Pinyin.syllables)
        #expect(SearchPinyinQuery(folded: "shuzi", syllables: syllables).full == [["shu", "zi"]])
        #expect(SearchPinyinQuery(folded: "xian", syllables: syllables).full == [["xi", "an"]])
        #expect(SearchPinyinQuery(folded: "xi'an", syllables: syllables).full == [["xi", "an"]])
        #expect(SearchPinyinQuery(folded: "fangan", syllables: syllables).full == [["fan", "gan"], ["fang", "an"]])
        #expect(SearchPinyinQuery(folded: "sz", syllables: syllables).initials == ["s", "z"])
        #expect(SearchPinyinQuery(folded: "sz", syllables: syllables).full == [])
        #expect(SearchPinyinQuery(folded: "shu zi ", syllables: syllables).prefix == false)
        #expect(SearchPinyinQuery(folded: "数字", syllables: syllables) == SearchPinyinQuery(folded: "", syllables: syllables))
        #expect(SearchPinyinQuery(folded: "s", syllables: syllables).initials.isEmpty)
    }

    /// Indexes without Chinese titles (an English site) carry no pinyin at all.
    @Test func noPinyinWithoutChineseTitles() throws {
        let docs = [SearchDocument(url: "/en/a/", title: "Digital skills", kind: .article, date: "2024-01-01")]
        let engine = try SearchTestSupport.engine(docs, language: "en")
        #expect(engine.reader.entry.pinyin == nil)
        #expect(try SearchTestSupport.urls(engine, "sz").isEmpty)
    }
}

/// The pinyin part of the shared vectors, which `search-engine.js` runs too.
@Suite struct SearchPinyinVectorTests {
    struct Case: Decodable { var input: String; var full: [[String]]; var prefix: Bool; var initials: [String] }
    struct Vectors: Decodable { var pinyin: [Case] }

    @Test func readingQueriesMatchesTheVectors() throws {
        let url = SearchTestSupport.repositoryRoot.appendingPathComponent("Tests/vectors/search-tokenizer.json")
        let vectors = try JSONDecoder().decode(Vectors.self, from: Data(contentsOf: url))
        #expect(vectors.pinyin.count >= 10)
        let syllables = Set(Pinyin.syllables)
        for c in vectors.pinyin {
            let got = SearchPinyinQuery(folded: SearchFolder().foldedString(c.input), syllables: syllables)
            #expect(got.full == c.full && got.initials == c.initials, "\(c.input)")
            if !got.full.isEmpty || !got.initials.isEmpty { #expect(got.prefix == c.prefix, "\(c.input)") }
        }
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// Traditional and Simplified Chinese find each other (SPEC §7.5): both the index and the
/// query fold Traditional → Simplified, and the browser folds with the same table.
@Suite struct SearchChineseScriptTests {
    static let docs: [SearchDocument] = [
        SearchDocument(url: "/zh/a/simplified/", title: "跨越数字鸿沟", kind: .article, summary: "帮助长者学习电脑。", date: "2024-05-20"),
        SearchDocument(url: "/zh/a/traditional/", title: "跨越數字鴻溝", kind: .article, body: "幫助長者學習電腦，臺灣經驗。", date: "2024-05-19"),
        SearchDocument(url: "/zh/a/other/", title: "数字素养", kind: .article, body: "发展与后来。", date: "2024-05-18"),
    ]

    @Test(arguments: ["數字鴻溝", "数字鸿沟", "数字鴻沟", "長者學習電腦", "长者学习电脑", "台湾", "臺灣經驗", "發展", "後來"])
    func bothScriptsFindBoth(query: String) throws {
        let engine = try SearchTestSupport.engine(Self.docs)
        let found = Set(try SearchTestSupport.urls(engine, query))
        #expect(found == SearchOracle.expected(query, Self.docs))
        #expect(!found.isEmpty)
    }

    @Test func traditionalFindsSimplifiedAndBack() throws {
        let engine = try SearchTestSupport.engine(Self.docs)
        let both: Set = ["/zh/a/simplified/", "/zh/a/traditional/"]
        #expect(Set(try SearchTestSupport.urls(engine, "數字鴻溝")) == both)
        #expect(Set(try SearchTestSupport.urls(engine, "数字鸿沟")) == both)
        #expect(Set(try SearchTestSupport.urls(engine, "長者學習電腦")) == both)
        #expect(Set(try SearchTestSupport.urls(engine, "长者学习电脑")) == both)
        // Still exact after folding: the characters must be there in this order.
        #expect(try SearchTestSupport.urls(engine, "溝鴻").isEmpty)
    }

    @Test func storedTextStaysAsWritten() throws {
        let engine = try SearchTestSupport.engine(Self.docs)
        let hits = try engine.search("数字鸿沟")
        let titles = Set(try hits.map { try engine.reader.meta($0.doc).title })
        #expect(titles == ["跨越数字鸿沟", "跨越數字鴻溝"])
    }

    @Test func foldingKeepsTheScalarCountAndIsIdempotent() {
        let folder = SearchFolder()
        for (traditional, simplified) in SearchFolder.simplifiedPairs {
            let once = folder.fold(String(Character(traditional)))
            #expect(once == [simplified], "\(traditional)")
            #expect(folder.fold(String(Character(simplified))) == [simplified], "\(simplified) folds again")
        }
    }

    /// `search-script.json` (the browser's table) holds exactly the pairs Swift folds with.
    @Test func browserTableMatchesSwift() throws {
        let url = SearchTestSupport.repositoryRoot.appendingPathComponent("themes/default/static/search-script.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: String]
        let scalars = Array(try #require(object?["pairs"]).unicodeScalars)
        var pairs: [(UInt32, UInt32)] = []
        for i in stride(from: 0, to: scalars.count - 1, by: 2) { pairs.append((scalars[i].value, scalars[i + 1].value)) }
        let swift = SearchFolder.simplifiedPairs.map { ($0.traditional.value, $0.simplified.value) }
        #expect(pairs.count == swift.count)
        #expect(pairs.elementsEqual(swift) { $0 == $1 })
        #expect(pairs.contains { $0.0 > 0xFFFF })
    }
}

import Testing
@testable import PlacardCore

/// The distinct terms of several postings builders (`SearchTermMerge`), told apart by packed keys.
@Suite struct SearchTermMergeTests {
    /// Builders that met the same words, pairs and triples in other orders, and some of their own.
    static func builders() -> [SearchPostingsBuilder] {
        let texts = [
            ["数字素养 digital literacy 2024年", "老年人 手机 课程，digital"],
            ["literacy digital 数字 素养", "2024年 手机课程 new words 老年人"],
            ["素养数字 literacy, digital 课程", "words new"],
        ]
        return texts.map { documents in
            let builder = SearchPostingsBuilder()
            for text in documents { builder.add(segments: [(.body, text)]) }
            return builder
        }
    }

    @Test func eachTextIsOneTermAndEveryBuilderTermFindsIt() {
        let builders = Self.builders()
        let merge = SearchTermMerge(builders)
        let keys = (0..<merge.count).map { String(decoding: merge.key($0), as: UTF8.self) }
        #expect(Set(keys).count == keys.count)
        var expected: Set<String> = []
        for (b, builder) in builders.enumerated() {
            for t in 0..<builder.termCount {
                let text = builder.key(of: t)
                expected.insert(text)
                #expect(keys[Int(merge.merged[b][t])] == text)
                #expect(merge.keepsCounts(Int(merge.merged[b][t])) == builder.keepsCounts[t])
            }
        }
        #expect(Set(keys) == expected)
        // Terms in the order met: the first builder's own, in its order.
        #expect(Array(keys.prefix(builders[0].termCount)) == (0..<builders[0].termCount).map { builders[0].key(of: $0) })
        #expect(keys.contains("2024 年") && keys.contains("数字素") && keys.contains("literacy ,") && keys.contains("手机课"))
    }
}

import Testing
@testable import PlacardCore

/// The sort of a language's dictionary by key (`SearchTermTable.sortedByKey`), eight bytes of the
/// keys at a time.
@Suite struct SearchTermSortTests {
    /// Keys as a site's long grams make them (each start's grams extend one another, far past
    /// eight bytes), beside keys that end in zero bytes, equal keys and empty ones, in an order
    /// drawn from `seed`.
    static func keys(seed: UInt64) -> [[UInt8]] {
        var keys: [[UInt8]] = []
        let runs = ["数字素养与技能提升行动在乡村社区持续开展", "数字素养与技能培训走进社区老年大学课堂", "数字鸿沟", "digital literacy for all, 2024"]
        for run in runs {
            let scalars = Array(run.unicodeScalars)
            for start in 0..<scalars.count {
                for end in (start + 1)...scalars.count {
                    keys.append(Array(String(String.UnicodeScalarView(scalars[start..<end])).utf8))
                }
            }
        }
        keys += [[], [], [0x41], [0x41, 0], [0x41, 0, 0], Array(repeating: 0x41, count: 8) + [0],
                 Array(repeating: 0x41, count: 8), Array(repeating: 0x41, count: 16) + [0, 0], Array(repeating: 0x41, count: 16)]
        keys += keys.prefix(40)
        var random = TestRandom(seed: seed)
        keys.shuffle(using: &random)
        return keys
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func termsComeInKeyOrderAndEqualKeysInTheirOwn(seed: UInt64) {
        let keys = Self.keys(seed: seed)
        let bytes = SearchTermBytes()
        let terms = keys.enumerated().map { n, key in
            SearchTermTable.Term(key: key, postings: [], df: n, scored: false, idf: 0, positions: [], in: bytes)
        }
        let sorted = SearchTermTable.sortedByKey([terms])
        let expected = keys.indices.sorted { a, b in
            SearchTermKey.less(keys[a], keys[b]) || !SearchTermKey.less(keys[b], keys[a]) && a < b
        }
        #expect(sorted.map(\.df) == expected)
        #expect(sorted.map { Array($0.key) } == expected.map { keys[$0] })
        withExtendedLifetime(bytes) {}
    }

    /// A dictionary large enough to be radix-sorted and ordered on every core, given in three parts
    /// (as the text terms, the long grams and the other terms come): one list, sorted stably.
    @Test func partsAreSortedAsOneList() {
        var random = TestRandom(seed: 7)
        let characters = Array("数字素养技能提升行动乡村社区".unicodeScalars)
        var keys: [[UInt8]] = []
        for _ in 0..<20_000 {
            // Few characters, so that keys share their first 8 and 16 bytes and tie often.
            let length = Int(random.next() % 9)
            let text = String(String.UnicodeScalarView((0..<length).map { _ in characters[Int(random.next() % 3)] }))
            keys.append([UInt8(1 + random.next() % 2)] + Array(text.utf8))
        }
        let cuts = [0, 7_000, 7_001, 20_000]
        let bytes = SearchTermBytes()
        let parts = (0..<3).map { p in
            (cuts[p]..<cuts[p + 1]).map {
                SearchTermTable.Term(key: keys[$0], postings: [], df: $0, scored: false, idf: 0, positions: [], in: bytes)
            }
        }
        let sorted = SearchTermTable.sortedByKey(parts)
        let expected = keys.indices.sorted { a, b in
            SearchTermKey.less(keys[a], keys[b]) || !SearchTermKey.less(keys[b], keys[a]) && a < b
        }
        #expect(sorted.map(\.df) == expected)
        #expect(SearchTermTable.sortedByKey([[], []]).isEmpty, "a language without terms")
        withExtendedLifetime(bytes) {}
    }
}

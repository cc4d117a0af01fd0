import Testing
@testable import PlacardCore

/// The long grams' postings while they are collected (`SearchLongGramPostings`) and the tables
/// of consecutive runs of documents read as one (`SearchLongGrams.Parts`).
@Suite struct SearchLongGramPostingsTests {
    /// A score byte from a posting's field counts and its document, different for most postings.
    static func score(_ counts: UInt64, _ doc: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: (counts &* 31) ^ UInt64(doc)) | 1
    }

    /// Occurrences (gram, field) of each document: some grams in every document, some in few,
    /// some repeated within one; the last gram always beside the first, as often.
    static func occurrences(documents: Int, grams: Int) -> [[(gram: Int, field: Int)]] {
        var state: UInt64 = 12_345
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<documents).map { doc in
            var found: [(gram: Int, field: Int)] = [(0, 2), (1, doc % 4), (0, 2), (grams - 1, 2), (grams - 1, 2)]
            for _ in 0..<next(12) { found.append((2 + next(grams - 3), next(4))) }
            return found
        }
    }

    /// Document `d`'s id: spaced out, so that the first delta of a gram takes three bytes.
    static func id(_ d: Int) -> UInt32 { UInt32(d * 997) }

    /// What each gram's postings must be: per document holding it, the score of its field counts.
    static func expected(_ occurrences: [[(gram: Int, field: Int)]], grams: Int) -> [[(doc: UInt32, score: UInt8)]] {
        var postings = [[(doc: UInt32, score: UInt8)]](repeating: [], count: grams)
        for (d, found) in occurrences.enumerated() {
            var counts: [Int: UInt64] = [:]
            for (gram, field) in found { counts[gram, default: 0] += 1 << UInt64(16 * field) }
            for gram in counts.keys.sorted() { postings[gram].append((id(d), score(counts[gram]!, Int(id(d))))) }
        }
        return postings
    }

    static func read(_ cursor: SearchLongGramPostings.Cursor) -> [(doc: UInt32, score: UInt8)] {
        var cursor = cursor
        var postings: [(doc: UInt32, score: UInt8)] = []
        while let posting = cursor.next() { postings.append(posting) }
        return postings
    }

    @Test func postingsReadBackAsRecorded() {
        let grams = 40
        let occurrences = Self.occurrences(documents: 600, grams: grams)
        let postings = SearchLongGramPostings()
        for _ in 0..<(grams + 1) { postings.addGram() }
        for (d, found) in occurrences.enumerated() {
            for (gram, field) in found { postings.record(gram, doc: Self.id(d), field: field) }
            postings.finish(doc: Self.id(d), score: Self.score)
        }
        let expected = Self.expected(occurrences, grams: grams)
        for g in 0..<grams {
            let read = Self.read(postings.cursor(g))
            #expect(read.map(\.doc) == expected[g].map(\.doc) && read.map(\.score) == expected[g].map(\.score), "gram \(g)")
            #expect(postings.count(of: g) == expected[g].count)
        }
        #expect(Self.read(postings.cursor(grams)).isEmpty, "a gram without postings")
    }

    /// Gram `g` of the tests: four Han characters.
    static func gram(_ g: Int) -> [UInt32] { [0x4E00 + UInt32(g), 0x5000, 0x5100 + UInt32(g % 3), 0x5200] }

    static func collect(_ occurrences: ArraySlice<[(gram: Int, field: Int)]>) -> SearchLongGramTable {
        var table = SearchLongGramTable()
        for d in occurrences.indices {
            for (gram, field) in occurrences[d] {
                let scalars = Self.gram(gram)
                let hash = scalars.reduce(0) { SearchLongGramTable.hash($0, $1) }
                let g = scalars.withUnsafeBufferPointer { table.id($0, from: 0, count: scalars.count, hash: hash) }
                table.record(chain: g, doc: Self.id(d), field: field)
            }
            table.finish(doc: Self.id(d), score: Self.score)
        }
        return table
    }

    @Test func tablesOfConsecutiveRunsReadAsOne() throws {
        let grams = 60
        let occurrences = Self.occurrences(documents: 500, grams: grams)
        let whole = Self.collect(occurrences[...])
        // The runs meet grams in another order than the whole does: their ids differ.
        let parts = SearchLongGrams.Parts([Self.collect(occurrences[0..<150]), Self.collect(occurrences[150..<151]),
                                           Self.collect(occurrences[151..<500])])
        #expect(parts.count == whole.count)
        for g in 0..<whole.count {
            let scalars = whole.utf8(g)
            let p = try #require((0..<parts.count).first { parts.grams.utf8($0) == scalars })
            #expect(parts.postingCount(p) == whole.postingCount(g))
            let a = Self.read(whole.cursor(g))
            var cursor = parts.postings(p)
            var b: [(doc: UInt32, score: UInt8)] = []
            while let posting = cursor.next() { b.append(posting) }
            #expect(a.map(\.doc) == b.map(\.doc) && a.map(\.score) == b.map(\.score), "gram \(g)")
        }
        // Ids in the first run: 0, 1 and the last gram are met first, in that order.
        #expect(parts.samePostings(0, 2), "the first and the last gram")
        #expect(!parts.samePostings(0, 1))
    }
}

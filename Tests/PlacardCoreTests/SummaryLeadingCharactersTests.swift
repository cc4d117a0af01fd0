import Testing
@testable import PlacardCore

/// `Summary.make` reads only the start of a long paragraph (`leadingCharacters`): that start must be
/// exactly the start of the whole collapsed text, long enough for every cut the summary can make.
@Suite struct SummaryLeadingCharactersTests {
    /// Pieces a first paragraph is made of: Chinese, Latin words, sentence ends, closers, spaces, line breaks.
    private static let pieces = ["数字素养", "提升行动", "。", "！", "？", "”", "）", "」", " ", "  ", "\n", "\t ",
                                 "Digital", "skills", ".", "!", "?", "\"", ")", "3.5", "e.g.", "，", "、", "—", "x"]

    @Test func theStartIsThatOfTheWholeTextAndReachesPastEveryCut() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0..<160, using: &generator))
                .map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let limit = Int.random(in: 1..<140, using: &generator)
            let whole = Array(Summary.collapsingWhitespace(text))
            guard let start = Summary.leadingCharacters(of: text, limit: limit) else { continue }
            #expect(Array(whole.prefix(start.count)) == start)
            #expect(start.count > limit + limit / 5)
            if let last = start.last {
                #expect(!["。", "！", "？", ".", "!", "?", "”", "’", "」", "』", "）", ")", "》", "〉", "】", "\"", "'"].contains(last))
            }
        }
    }

    @Test func aShortTextIsCollapsedWhole() {
        #expect(Summary.leadingCharacters(of: "数字素养。 Digital skills.", limit: 120) == nil)
        #expect(Summary.make(from: "  数字素养。\n Digital   skills. ") == "数字素养。 Digital skills.")
    }
}

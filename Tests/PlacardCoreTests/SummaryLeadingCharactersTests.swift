import Testing
@testable import PlacardCore

/// `Summary.make` reads only the start of a long paragraph (`leadingCharacters`): that start must be
/// exactly the start of the whole collapsed text, long enough for every cut the summary can make, or all of it.
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
            #expect(start.count > limit + limit / 5 || start == whole)
            if let last = start.last, start != whole {
                #expect(!["。", "！", "？", ".", "!", "?", "”", "’", "」", "』", "）", ")", "》", "〉", "】", "\"", "'"].contains(last))
            }
        }
    }

    @Test func aShortTextIsCollapsedWhole() {
        #expect(Summary.leadingCharacters(of: "数字素养。 Digital skills.", limit: 120) == Array("数字素养。 Digital skills."))
        #expect(Summary.leadingCharacters(of: " \n ", limit: 120) == nil)
        #expect(Summary.make(from: "  数字素养。\n Digital   skills. ") == "数字素养。 Digital skills.")
    }
}

/// `Summary.leadingCharacters` reads simple text scalar by scalar; it must give what reading characters gives.
@Suite struct SummaryLeadingScalarsTests {
    /// Reading characters, as `leadingCharacters` does when a scalar may join its neighbours.
    static func reference(_ text: String, limit: Int) -> [Character]? {
        let needed = limit + limit / 5 + 1
        var head = "", count = 0, space = false
        for character in text {
            if character.isWhitespace {
                space = !head.isEmpty
                continue
            }
            if space {
                head.append(" ")
                count += 1
                space = false
            }
            head.append(character)
            count += 1
            if count >= needed && !"。！？.!?”’」』）)》〉】\"'".contains(character) {
                let characters = Array(head)
                return characters.count == count ? characters : nil
            }
        }
        return head.isEmpty ? nil : Array(head)
    }

    @Test func scalarsGiveWhatCharactersGive() {
        let pieces = ["手机", "课堂", "。", "！", "”", " ", "\n", "\t", "　", "a", "word", ".", "?", "(", ")", "\r\n", "e\u{301}", "\u{301}",
                      "👍🏽", "🇨🇳", "한", "\u{302A}", "…", "—", "·", "，"]
        var state: UInt64 = 7
        for _ in 0..<3000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 58) + 1
            for _ in 0..<length * 3 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            for limit in [4, 10, 30] {
                let got = Summary.leadingCharacters(of: text, limit: limit), expected = Self.reference(text, limit: limit)
                #expect(got == expected, "\(Array(text.unicodeScalars)) \(limit)")
            }
        }
    }
}

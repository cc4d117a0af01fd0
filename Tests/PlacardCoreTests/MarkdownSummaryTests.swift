import Testing
@testable import PlacardCore

@Suite struct MarkdownSummaryTests {
    @Test func shortTextIsWhole() {
        #expect(Summary.make(from: "数字素养与技能提升行动。") == "数字素养与技能提升行动。")
        let exactly = String(repeating: "字", count: 120)
        #expect(Summary.make(from: exactly) == exactly)
    }

    @Test func endsAtTheLastChineseSentenceEndBeforeTheLimit() {
        let first = String(repeating: "甲", count: 49) + "。"
        let second = String(repeating: "乙", count: 39) + "！"
        let rest = String(repeating: "丙", count: 60) + "。"
        #expect(Summary.make(from: first + second + rest) == first + second)
    }

    @Test func keepsClosingQuotesAfterTheSentenceEnd() {
        let text = "他说：“" + String(repeating: "好", count: 80) + "？”" + String(repeating: "后", count: 60)
        #expect(Summary.make(from: text).hasSuffix("？”"))
    }

    @Test func mayEndJustPastTheLimitAtASentenceEnd() {
        let text = String(repeating: "一", count: 22) + "。" + String(repeating: "后", count: 30)
        #expect(Summary.make(from: text, limit: 20) == String(repeating: "一", count: 22) + "。")
    }

    @Test func cutsChineseAnywhereWithEllipsis() {
        let text = String(repeating: "字", count: 150)
        #expect(Summary.make(from: text) == String(repeating: "字", count: 120) + "…")
    }

    @Test func cutsLatinTextBetweenWords() {
        let text = "The quick brown fox jumps over the lazy dog"
        #expect(Summary.make(from: text, limit: 18) == "The quick brown…")
        #expect(Summary.make(from: text, limit: 20) == "The quick brown fox…")
    }

    @Test func cutsMixedTextByCharactersAndWords() {
        let text = "全民数字素养与技能提升 Digital literacy and skills for everyone"
        #expect(Summary.make(from: text, limit: 15) == "全民数字素养与技能提升…")
        #expect(Summary.make(from: text, limit: 22) == "全民数字素养与技能提升 Digital…")
        #expect(Summary.make(from: text, limit: 5) == "全民数字素…")
    }

    @Test func endsAtALatinSentenceEndBeforeASpace() {
        let text = "First sentence here. Second sentence goes on and on and on."
        #expect(Summary.make(from: text, limit: 30) == "First sentence here.")
    }

    @Test func aDecimalPointIsNoSentenceEnd() {
        let text = "Version 3.5 brings many changes to everything"
        #expect(Summary.make(from: text, limit: 12) == "Version 3.5…")
    }

    @Test func dropsATrailingCommaBeforeTheEllipsis() {
        let text = String(repeating: "字", count: 9) + "，" + String(repeating: "字", count: 20)
        #expect(Summary.make(from: text, limit: 10) == String(repeating: "字", count: 9) + "…")
    }

    @Test func aVeryLongWordIsCutThrough() {
        let text = "see " + String(repeating: "a", count: 40)
        #expect(Summary.make(from: text, limit: 30).count == 31)
    }

    @Test func lineBreaksBecomeSpaces() {
        #expect(Summary.make(from: "first line\nsecond  line") == "first line second line")
    }

    @Test func renderedMarkdownOffersTheSummary() {
        let out = MarkdownRenderer().render("**全民**数字\n素养。\n\n第二段")
        #expect(out.summary == "全民数字素养。")
    }
}

@Suite struct MarkdownReadingTimeTests {
    @Test func atLeastOneMinute() {
        #expect(ReadingTime.minutes(for: "") == 1)
        #expect(ReadingTime.minutes(for: "短") == 1)
    }

    @Test func fourHundredChineseCharactersAMinute() {
        #expect(ReadingTime.minutes(for: String(repeating: "字", count: 800)) == 2)
        #expect(ReadingTime.minutes(for: String(repeating: "字", count: 1000)) == 3)
        #expect(ReadingTime.minutes(for: String(repeating: "字，", count: 800)) == 2)
    }

    @Test func twoHundredEnglishWordsAMinute() {
        #expect(ReadingTime.minutes(for: Array(repeating: "word", count: 600).joined(separator: " ")) == 3)
        #expect(ReadingTime.minutes(for: Array(repeating: "word.", count: 399).joined(separator: "\n")) == 2)
    }

    @Test func mixedPagesCountBoth() {
        let text = String(repeating: "字", count: 400) + Array(repeating: "word", count: 200).joined(separator: " ")
        #expect(ReadingTime.minutes(for: text) == 2)
    }

    @Test func countsWordsAndCharacters() {
        #expect(ReadingTime.count("don't e-mail 5G 网络，").words == 3)
        #expect(ReadingTime.count("don't e-mail 5G 网络，").characters == 2)
        #expect(ReadingTime.count("日本語のテキスト 한국어").characters == 11)
        // Around the lead bytes read undecoded: 丂 (E4) and 大 龥 (E5, E9) count, a hexagram (E4) and Yi (EA) do not.
        #expect(ReadingTime.count("䷀丂大龥ꀀ").characters == 3)
        #expect(ReadingTime.count("ab大cd").words == 2)
    }

    /// The ranges read from their UTF-8 bytes without decoding a scalar (U+2000–U+203F, U+3000–U+303F,
    /// U+4000–U+4FFF, U+FF00–U+FF7F) count as the classes say: between two letters, a counted character
    /// (Han, kana) ends the word before it; `’` keeps a word going; anything else ends it.
    @Test func scalarsReadFromTheirBytesCountAsTheirClassesSay() {
        for range in [0x2000...0x203F, 0x3000...0x303F, 0x4000...0x4FFF, 0xFF00...0xFF7F] as [ClosedRange<UInt32>] {
            for value in range {
                let scalar = Unicode.Scalar(value)!
                let count = ReadingTime.count("a" + String(Character(scalar)) + "a")
                let counted = CJK.isCountedCharacter(scalar)
                let word = !CJK.isWide(scalar) && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
                guard count.characters == (counted ? 1 : 0), count.words == (word || value == 0x2019 ? 1 : 2) else {
                    Issue.record("U+\(String(value, radix: 16, uppercase: true)): \(count)")
                    return
                }
            }
        }
    }
}

/// `Summary` tells its marks by scalar value; `Character` compares canonically, so it must agree with a set of characters.
@Suite struct SummaryMarkTests {
    @Test func marksMatchSetsOfCharacters() {
        let sets: [(Set<Character>, (Character) -> Bool)] = [
            (["。", "！", "？"], Summary.isFullWidthEnd),
            ([".", "!", "?"], Summary.isLatinEnd),
            (["”", "’", "」", "』", "）", ")", "》", "〉", "】", "\"", "'"], Summary.isCloser),
            (["，", "、", "；", "：", ",", ";", ":", "“", "‘", "「", "『", "（", "(", "《", "〈", "【", "—", "-"], Summary.isDangling),
        ]
        let scalars = (0...0x10FFFF).compactMap(Unicode.Scalar.init).map(Character.init)
        let combined: [Character] = ["。\u{301}", ";\u{301}", "\u{37E}\u{301}", "e\u{301}", "\r\n"]
        for (set, isMark) in sets {
            for character in scalars + combined where set.contains(character) != isMark(character) {
                Issue.record("\(Array(character.unicodeScalars))")
            }
        }
    }
}

/// `ReadingTime.count` reads UTF-8 bytes; it must count as reading scalar by scalar does.
@Suite struct ReadingTimeCountTests {
    static func reference(_ text: String) -> (characters: Int, words: Int) {
        var characters = 0, words = 0, inWord = false
        for scalar in text.unicodeScalars {
            let word = scalar.isASCII
                ? (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
                : !CJK.isWide(scalar) && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            if !scalar.isASCII && CJK.isCountedCharacter(scalar) {
                characters += 1
                inWord = false
            } else if word {
                if !inWord { words += 1 }
                inWord = true
            } else if inWord, scalar == "'" || scalar == "’" || scalar == "-" {
                continue
            } else {
                inWord = false
            }
        }
        return (characters, words)
    }

    @Test func countsAsScalarsDo() {
        let texts = ["", "don't e-mail rock’n’roll -x- 'a' 3.5 x2", "手机课堂，第一期！共 12 人参加。", "Café naïve Ωmega 𝔘𝔫𝔦 ①②",
                     "ひらがな カタカナ 한국어 텍스트", "😀 emoji-text 😀word", "tab\tnew\nline\u{0}", "A_B@C[D]`e{f}~", "𠀀𠀁 Extension B"]
        for text in texts {
            let (got, expected) = (ReadingTime.count(text), Self.reference(text))
            #expect(got == expected, "\(text)")
        }
    }
}

import Testing
@testable import PlacardCore

/// `TagSegment.of` reads the usual tag (ASCII, Han, CJK punctuation) byte by byte: the segment
/// is the same as the character-by-character rule gives, for any tag.
@Suite struct TagSegmentPlainTests {
    /// SPEC §6's rule, a character at a time.
    private func reference(_ tag: String) -> String {
        var result = ""
        for character in tag.trimmed.lowercased() {
            result.append(character == "/" || character == "\\" || character.isWhitespace ? "-" : character)
        }
        return result.hasPrefix(".") ? "-" + result : result
    }

    @Test func theSegmentIsTheCharacterRulesForEveryTag() {
        let pieces: [String] = ["a", "Z", "Ab", " ", "\t", "\n", "\r\n", "/", "\\", ".", "-", "_", "%", "#", "?",
                                "教育", "數", "、", "〇", "\u{3000}", "\u{302A}", "\u{00A0}", "Ａ", "é", "e\u{301}",
                                "\u{2028}", "🙂", "İ", "ß", "\u{3029}", "\u{4DBF}", "\u{9FFF}", "\u{A000}", "AI"]
        var generator = SystemRandomNumberGenerator()
        var tags = pieces + pieces.flatMap { a in pieces.map { a + $0 } }
        for _ in 0..<3000 {
            tags.append((0..<Int.random(in: 1...7, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for tag in tags {
            #expect(TagSegment.of(tag) == reference(tag), "\(tag.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func examples() {
        #expect(TagSegment.of("  AI / 教育\t") == "ai---教育")
        #expect(TagSegment.of("5G、云计算") == "5g、云计算")
        #expect(TagSegment.of(".NET") == "-.net")
        #expect(TagSegment.of("Ａi") == "ａi")
    }
}

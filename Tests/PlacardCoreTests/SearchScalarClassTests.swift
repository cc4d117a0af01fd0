import Testing
@testable import PlacardCore

/// What the tokenizer makes of each scalar (`docs/search.md`, "Units"), read from a table for the
/// Basic Multilingual Plane and from the general category elsewhere.
@Suite struct SearchScalarClassTests {
    /// The rule as `docs/search.md` states it, from the Unicode properties themselves.
    static func rule(_ scalar: Unicode.Scalar) -> SearchScalarClass {
        let v = scalar.value
        if v < 0x80 {
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) { return .word }
            return v <= 0x20 || v == 0x7F ? .space : .symbol
        }
        if CJK.isHan(scalar) { return .han }
        if scalar.properties.isWhitespace { return .space }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .spacingMark:
            return .word
        case .control:
            return .space
        default:
            return .symbol
        }
    }

    @Test func everyScalarIsClassedByTheRule() {
        var wrong: [String] = []
        for v in UInt32(0)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if SearchScalarClass(scalar) != Self.rule(scalar) { wrong.append(String(v, radix: 16)) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20))")
    }

    @Test func chineseTextsCharacters() {
        let classes = "手机，。“”（）、：　é٣\u{85}\u{2028}😀".unicodeScalars.map { SearchScalarClass($0) }
        #expect(classes == [.han, .han, .symbol, .symbol, .symbol, .symbol, .symbol, .symbol, .symbol, .symbol,
                            .space, .word, .word, .space, .space, .symbol])
    }
}

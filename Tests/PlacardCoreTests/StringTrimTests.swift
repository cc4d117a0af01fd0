import Testing
@testable import PlacardCore

@Suite struct StringTrimTests {
    /// Bytes trimmed before they are made a string give what `trimmed` gives, white space of
    /// every kind at either end (ASCII, U+3000, U+00A0, U+0085, U+2028) mixed in any order.
    @Test func bytesTrimmedAsTheStringIs() {
        let pieces = [" ", "\n", "\t", "\r\n", "\u{3000}", "\u{A0}", "\u{85}", "\u{2028}", "数", "字", "a", "b", "，", "\u{1C}"]
        var random = TestRandom(seed: 7)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(String.trimmed(utf8: Array(text.utf8)) == text.trimmed, "\(text.unicodeScalars.map { $0.value })")
        }
        #expect(String.trimmed(utf8: Array(" \n 全民数字素养\u{3000}\n".utf8)) == "全民数字素养")
        #expect(String.trimmed(utf8: []) == "")
    }
}

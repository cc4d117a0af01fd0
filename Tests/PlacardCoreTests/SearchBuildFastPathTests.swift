import Testing
@testable import PlacardCore

/// The index builder's fast paths give what the plain ways they replace give.
@Suite struct SearchBuildFastPathTests {
    static let texts = [
        "", "a", "Digital LITERACY 2024", "數字鴻溝，老年人 手機課程", "Học Vụ Đà Straße", "５Ｇ網絡（測試）",
        "\u{3400}\u{4DBF}\u{4E00}\u{9FFF}\u{F900}", "emoji 😀 and 𠀀 beyond the BMP", "e\u{301}te\u{301} Ǆ ﬁ",
        // Folds to far more than twice its UTF-8 length: the slow way.
        "\u{FDFA}\u{FDFA}",
    ]

    @Test func foldingIntoABufferMatchesFoldingAString() {
        let folder = SearchFolder()
        var buffer: [Unicode.Scalar] = []
        var expansion: [Unicode.Scalar] = []
        for text in Self.texts {
            let count = folder.fold(text, into: &buffer, expansion: &expansion)
            #expect(Array(buffer[0..<count]) == folder.fold(text), "\(text)")
        }
    }

    /// The fast loop folds punctuation (CJK, fullwidth, general) from a table: every scalar of
    /// those blocks folds as it does alone.
    @Test func foldingPunctuationMatchesFoldingEachScalar() {
        let folder = SearchFolder()
        var buffer: [Unicode.Scalar] = []
        var expansion: [Unicode.Scalar] = []
        for range in [0x2000..<0x2070, 0x3000..<0x3040, 0xFF00..<0xFF70] {
            for v in range {
                let text = "数" + String(Unicode.Scalar(UInt32(v))!) + "a"
                let count = folder.fold(text, into: &buffer, expansion: &expansion)
                #expect(Array(buffer[0..<count]) == ["数"] + SearchFolder.slowFold(Unicode.Scalar(UInt32(v))!) + ["a"], "U+\(String(v, radix: 16))")
            }
        }
    }

    /// Readers of Han runs skip a text with no scalar at or above U+2E80: no scalar below it folds
    /// to a Han character, and the count they keep is the folding's.
    @Test func noScalarBelowU2E80FoldsToHan() {
        for v in UInt32(0x80)..<0x2E80 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            #expect(!SearchFolder.slowFold(scalar).contains { CJK.isHan($0) }, "U+\(String(v, radix: 16))")
        }
        let folder = SearchFolder()
        var expansion: [Unicode.Scalar] = []
        for text in Self.texts + ["“Quoted” — it’s ½ of ß", "Ⅻ ① ㈱", "⺟", "plain ascii"] {
            let count = folder.hanFreeFoldedCount(text, expansion: &expansion)
            let folded = folder.fold(text)
            if text.unicodeScalars.allSatisfy({ $0.value < 0x2E80 }) {
                #expect(count == folded.count, "\(text)")
            } else {
                #expect(count == nil, "\(text)")
            }
            if count != nil { #expect(!folded.contains { CJK.isHan($0) }, "\(text)") }
        }
    }

    /// The dictionary's sort orders by chunk a byte at a time: as comparing chunks, then indices.
    @Test func radixSortMatchesComparing() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 65, 300, 5000] {
            // Few distinct bytes, so that chunks tie often and some bytes are shared by all.
            let entries = (0..<count).map { index in
                SearchTermTable.KeyChunk(chunk: (0..<8).reduce(UInt64(0)) { chunk, k in
                    chunk << 8 | (k < 3 ? 0x41 : UInt64.random(in: 0...3, using: &generator) * 0x50)
                }, index: UInt32(index))
            }
            var sorted = entries
            sorted.withUnsafeMutableBufferPointer { SearchTermTable.KeyChunk.radixSort($0) }
            let compared = entries.sorted { a, b in a.chunk != b.chunk ? a.chunk < b.chunk : a.index < b.index }
            #expect(sorted.map(\.index) == compared.map(\.index), "\(count) entries")
        }
    }

    /// `SearchJSONWriter.quoted` as it was written byte by byte.
    static func plainQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x2028: out += "\\u2028"
            case 0x2029: out += "\\u2029"
            case 0..<0x20, 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test func quotingMatchesEscapingEveryScalar() {
        let specials = ["\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}", "—", "…", "€", "é", " "]
        for special in specials {
            for before in 0..<18 {
                for after in [0, 1, 7, 8, 9, 20] {
                    let value = String(repeating: "a", count: before) + special + String(repeating: "数", count: after)
                    #expect(SearchJSONWriter.quoted(value) == Self.plainQuoted(value), "\(value)")
                }
            }
        }
        let mixed = "line\u{2028}one — \"two\"\t\\three\u{2029}…\u{7F}"
        #expect(SearchJSONWriter.quoted(mixed) == Self.plainQuoted(mixed))
    }

    @Test func wordsAreNumberedInTheOrderFirstSeenAndToldApartAsStrings() {
        var table = SearchWordTable()
        func number(_ word: String) -> Int {
            let scalars = Array(word.unicodeScalars)
            return scalars.withUnsafeBufferPointer { table.number($0, 0, $0.count) }
        }
        #expect(number("digital") == 0)
        #expect(number("literacy") == 1)
        #expect(number("digital") == 0)
        // Canonically equivalent spellings are one word, as in a dictionary keyed by strings.
        #expect(number("caf\u{E9}") == 2)
        #expect(number("cafe\u{301}") == 2)
        #expect(number("cafe\u{301}") == 2)
        // Enough words that the table grows several times.
        #expect((0..<5000).map { number("w\($0)") } == Array(3..<5003))
        #expect(number("literacy") == 1)
        #expect(table.words.count == 5003)
        #expect(table.words[2] == "caf\u{E9}")
    }
}

/// How long an article takes to read: about 400 Chinese (or Japanese, Korean) characters or
/// 200 English words a minute, counted together on mixed pages.
public enum ReadingTime {
    public static let charactersPerMinute = 400.0
    public static let wordsPerMinute = 200.0

    /// Whole minutes, rounded to the nearest and at least 1.
    public static func minutes(for plainText: String) -> Int {
        let count = count(plainText)
        let minutes = Double(count.characters) / charactersPerMinute + Double(count.words) / wordsPerMinute
        return max(1, Int(minutes.rounded()))
    }

    /// CJK characters (Han, kana, Hangul syllables; not punctuation) and the Latin words
    /// (runs of letters and digits, `don't` and `e-mail` as one) between them. Reads the UTF-8
    /// bytes: ASCII and most Han characters are decided without decoding a scalar.
    static func count(_ text: String) -> (characters: Int, words: Int) {
        var text = text
        return text.withUTF8 { bytes in
            var characters = 0, words = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    let lower = byte | 0x20
                    if (byte >= 0x30 && byte <= 0x39) || (lower >= 0x61 && lower <= 0x7A) {
                        if !inWord { words += 1 }
                        inWord = true
                    } else if !(inWord && (byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-"))) {
                        inWord = false
                    }
                    continue
                }
                // U+5000–U+9FFF (lead bytes E5–E9) and U+4E00–U+4FFF (E4 B8 to E4 BF), most of a Chinese
                // text, are all Han: counted undecoded.
                if (byte >= 0xE5 && byte <= 0xE9) || (byte == 0xE4 && bytes[index + 1] >= 0xB8) {
                    characters += 1
                    inWord = false
                    index += 3
                    continue
                }
                // Chinese punctuation, neither counted nor part of a word, also undecoded: U+3000–U+303F
                // (E3 80) but for the Han 々 and 〇, full-width forms U+FF00–U+FF7F (EF BC, EF BD), and
                // U+2000–U+203F (E2 80) but for `’`, which a word goes on through.
                if byte >= 0xE2, index + 2 < bytes.count {
                    let (second, third) = (bytes[index + 1], bytes[index + 2])
                    if (byte == 0xE3 && second == 0x80 && third != 0x85 && third != 0x87)
                        || (byte == 0xEF && (second == 0xBC || second == 0xBD))
                        || (byte == 0xE2 && second == 0x80 && third != 0x99) {
                        inWord = false
                        index += 3
                        continue
                    }
                }
                let scalar = Unicode.Scalar(UTF8Scalar.value(in: bytes, at: &index)) ?? "\u{FFFD}"
                if CJK.isCountedCharacter(scalar) {
                    characters += 1
                    inWord = false
                } else if isWordCharacter(scalar) {
                    if !inWord { words += 1 }
                    inWord = true
                } else if !(inWord && scalar == "’") {
                    inWord = false
                }
            }
            return (characters, words)
        }
    }

    /// Non-ASCII letters and digits, not CJK.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if CJK.isWide(scalar) { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}

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
    /// (runs of letters and digits, `don't` and `e-mail` as one) between them.
    static func count(_ text: String) -> (characters: Int, words: Int) {
        var characters = 0, words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            // ASCII, most of the scalars, is never a CJK character.
            if !scalar.isASCII && CJK.isCountedCharacter(scalar) {
                characters += 1
                inWord = false
            } else if isWordCharacter(scalar) {
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

    /// Letters and digits; ASCII and common punctuation are decided without Unicode property look-ups.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        if CJK.isWide(scalar) { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}

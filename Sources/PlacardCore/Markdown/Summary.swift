/// The generated summary of an article: its first paragraph's text, cut near `limit` characters.
public enum Summary {
    public static func make(from text: String, limit: Int = 120) -> String {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count > limit else { return text }
        let characters = Array(text)
        let enders: Set<Character> = ["。", "！", "？", ".", "!", "?"]
        for index in stride(from: limit - 1, through: limit / 2, by: -1) where enders.contains(characters[index]) {
            return String(characters[...index])
        }
        var cut = limit
        while cut > limit / 2, characters[cut - 1] != " ", !CJK.isWide(characters[cut - 1]) { cut -= 1 }
        return String(characters[..<cut]).trimmingCharacters(in: .whitespaces) + "…"
    }
}

/// Minutes to read a text: about 400 Chinese characters or 200 words a minute.
public enum ReadingTime {
    public static func minutes(for plainText: String) -> Int {
        var han = 0
        var words = 0
        var inWord = false
        for scalar in plainText.unicodeScalars {
            if CJK.isHan(scalar) {
                han += 1
                inWord = false
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        let minutes = Double(han) / 400 + Double(words) / 200
        return max(1, Int(minutes.rounded()))
    }
}

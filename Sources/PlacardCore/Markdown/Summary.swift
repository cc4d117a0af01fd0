/// The generated summary of an article: its first paragraph's plain text, cut near `limit`
/// characters (SPEC §6).
///
/// Text at or under the limit is returned whole. Longer text ends after the last sentence end
/// (。！？ or `.` `!` `?` before a space) between half the limit and the limit, with any closing
/// quotes or brackets; failing that, after the first one up to a fifth past the limit; failing
/// that, it is cut at the limit and ends with `…`. A cut may fall between any two Chinese
/// characters but only between words of Latin text, so one summary can mix both.
public enum Summary {
    public static func make(from text: String, limit: Int = 120) -> String {
        let characters = leadingCharacters(of: text, limit: limit) ?? Array(collapsingWhitespace(text))
        guard limit > 0, characters.count > limit else { return joined(characters[...]) }
        if let end = sentenceCut(in: characters, limit: limit) {
            return joined(characters[..<end])
        }
        return joined(characters[..<wordCut(in: characters, limit: limit)]) + "…"
    }

    /// The characters as one string, from their UTF-8: `String(characters)` appends them one at a
    /// time, several hundred instructions each.
    private static func joined(_ characters: ArraySlice<Character>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(characters.count * 3)
        for character in characters { bytes.append(contentsOf: character.utf8) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Line breaks and runs of spaces as one space, none at the ends.
    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The start of `collapsingWhitespace(text)` that decides the summary, without collapsing the whole
    /// paragraph: the characters up to a fifth past the limit and on to the first one that cannot extend a
    /// sentence end (a mark or a closer), which `sentenceCut` looks at last; all of them when the text is
    /// no longer than that. Nil when the text is empty or when joining the pieces merged characters (the
    /// whole text is collapsed then).
    static func leadingCharacters(of text: String, limit: Int) -> [Character]? {
        guard limit > 0 else { return nil }
        let needed = limit + limit / 5 + 1
        if let characters = leadingScalars(of: text, needed: needed) { return characters.isEmpty ? nil : characters }
        var head = ""
        var count = 0
        var space = false
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
            if count >= needed && !extendsSentenceEnd(character) {
                let characters = Array(head)
                return characters.count == count ? characters : nil
            }
        }
        // The text ended first: the whole of it, collapsed.
        return head.isEmpty ? nil : Array(head)
    }

    /// `leadingCharacters` read scalar by scalar while every scalar is one on its own (ASCII but CR, and
    /// Han, CJK punctuation, full-width forms and general punctuation, none of which joins a neighbour
    /// into one character), up to and including the scalar after the last character taken: its
    /// characters (all of them, whitespace collapsed, when the text ends first), nil at any other scalar.
    private static func leadingScalars(of text: String, needed: Int) -> [Character]? {
        var head: [Character] = []
        head.reserveCapacity(needed + 8)
        var space = false, done = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09...0x0C, 0x20, 0x3000:
                if done { return head }
                space = !head.isEmpty
                continue
            case 0x21...0x7E, 0xB7, 0x2010...0x2027, 0x3001...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60:
                if done { return head }
            default:
                return nil
            }
            if space {
                head.append(" ")
                space = false
            }
            let character = Character(scalar)
            head.append(character)
            done = head.count >= needed && !extendsSentenceEnd(character)
        }
        return head
    }

    private static func extendsSentenceEnd(_ character: Character) -> Bool {
        isFullWidthEnd(character) || isLatinEnd(character) || isCloser(character)
    }

    /// Where a summary may end after a sentence: the index after the end mark (and any
    /// closing quotes or brackets), or nil when no sentence ends near the limit.
    private static func sentenceCut(in characters: [Character], limit: Int) -> Int? {
        var best: Int?
        let latest = min(characters.count, limit + limit / 5)
        var index = 0
        while index < latest {
            guard let end = sentenceEnd(in: characters, at: index) else { index += 1; continue }
            if end > limit {
                return best ?? (end <= latest ? end : nil)
            }
            if end >= limit / 2 { best = end }
            index = end
        }
        return best
    }

    /// When a sentence ends with the mark at `index`, the index just after it and its closers.
    private static func sentenceEnd(in characters: [Character], at index: Int) -> Int? {
        let mark = characters[index]
        var end = index + 1
        if isFullWidthEnd(mark) {
            while end < characters.count, isFullWidthEnd(characters[end]) || isCloser(characters[end]) {
                end += 1
            }
            return end
        }
        guard isLatinEnd(mark) else { return nil }
        while end < characters.count, isLatinEnd(characters[end]) || isCloser(characters[end]) {
            end += 1
        }
        // "3.5", "example.org", "e.g.x": a Latin mark ends a sentence only before a space or the end.
        return end == characters.count || characters[end].isWhitespace ? end : nil
    }

    /// The cut at the limit, moved back to the start of a Latin word it would split, and
    /// without trailing spaces, commas or opening brackets.
    private static func wordCut(in characters: [Character], limit: Int) -> Int {
        var cut = limit
        while cut > 0, isLatinWordCharacter(characters[cut - 1]), isLatinWordCharacter(characters[cut]) {
            cut -= 1
        }
        if cut < limit / 2 { cut = limit } // one very long word (a URL): cut through it
        while cut > 0, characters[cut - 1].isWhitespace || isDangling(characters[cut - 1]) {
            cut -= 1
        }
        return cut > 0 ? cut : limit
    }

    private static func isLatinWordCharacter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, !CJK.isFullWidth(scalar) else { return false }
        return character.isLetter || character.isNumber || character == "'" || character == "’" || character == "-"
    }

    /// 。！？
    static func isFullWidthEnd(_ character: Character) -> Bool {
        switch scalarValue(character) {
        case 0x3002, 0xFF01, 0xFF1F: true
        default: false
        }
    }

    /// . ! ?
    static func isLatinEnd(_ character: Character) -> Bool {
        switch scalarValue(character) {
        case 0x2E, 0x21, 0x3F: true
        default: false
        }
    }

    /// ” ’ 」 』 ） ) 》 〉 】 " ' (and U+232A, which is 〉 canonically).
    static func isCloser(_ character: Character) -> Bool {
        switch scalarValue(character) {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x300B, 0x3009, 0x232A, 0x3011, 0x22, 0x27: true
        default: false
        }
    }

    /// ， 、 ； ： , ; : “ ‘ 「 『 （ ( 《 〈 【 — - (and U+037E and U+2329, which are ; and 〈 canonically).
    static func isDangling(_ character: Character) -> Bool {
        switch scalarValue(character) {
        case 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0x2C, 0x3B, 0x37E, 0x3A, 0x201C, 0x2018, 0x300C, 0x300E, 0xFF08, 0x28,
             0x300A, 0x3008, 0x2329, 0x3010, 0x2014, 0x2D: true
        default: false
        }
    }

    /// The scalar of a one-scalar character; a character of more scalars is none of the marks above.
    @inline(__always)
    private static func scalarValue(_ character: Character) -> UInt32 {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return .max }
        return first.value
    }
}

/// Character classes for Chinese, Japanese and Korean text.
public enum CJK {
    /// A Han, kana or Hangul character, or CJK / full-width punctuation, or one of the
    /// quotation marks, dashes and ellipsis Chinese shares with Latin text (“”‘’—…).
    public static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return isWide(scalar)
    }

    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        isFullWidth(scalar) || isSharedPunctuation(scalar)
    }

    /// A character East Asian typography sets on a full-width (or half-width CJK) cell:
    /// Han, kana, Hangul, bopomofo, CJK symbols and punctuation, full-width forms.
    /// Unlike `isWide`, it leaves out “”‘’—…, which English text uses too: this is the
    /// class the emphasis rule looks at, so English with curly quotes keeps CommonMark's rules.
    public static func isFullWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x11FF,   // Hangul Jamo
             0x2E80...0x2FDF,   // CJK radicals, Kangxi
             0x2FF0...0x303F,   // ideographic description, CJK symbols and punctuation
             0x3040...0x30FF,   // Hiragana, Katakana
             0x3100...0x312F, 0x3130...0x318F, 0x3190...0x31FF,
             0x3200...0x33FF,   // enclosed CJK, compatibility
             0x3400...0x4DBF,   // Extension A
             0x4E00...0x9FFF,   // Unified Ideographs
             0xA960...0xA97F, 0xAC00...0xD7FF, // Hangul
             0xF900...0xFAFF,   // Compatibility Ideographs
             0xFE10...0xFE1F,   // vertical forms
             0xFE30...0xFE4F,   // CJK compatibility forms
             0xFF00...0xFFEF,   // full-width and half-width forms
             0x20000...0x3FFFF: // Extensions B and on
            return true
        default:
            return false
        }
    }

    /// “”‘’—… and the middle dot: punctuation Chinese uses that Latin text uses too.
    public static func isSharedPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x201C, 0x201D, 0x2018, 0x2019, 0x2014, 0x2026, 0x00B7:
            return true
        default:
            return false
        }
    }

    /// A Hangul syllable or jamo. Korean puts spaces between words, so a line break
    /// between two Hangul characters stays a space.
    public static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xFFA0...0xFFDC:
            return true
        default:
            return false
        }
    }

    /// A Han character (what Chinese search indexes one by one).
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF, 0x3005, 0x3007:
            return true
        default:
            return false
        }
    }

    /// A character read as one unit of CJK text: Han, kana or a Hangul syllable (not punctuation).
    public static func isCountedCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xAC00...0xD7AF:
            return true
        default:
            return isHan(scalar)
        }
    }

    /// Whitespace as CommonMark (and cmark-gfm) defines it: tab, line feed, form feed,
    /// carriage return and the Unicode `Zs` class.
    static func isMarkdownSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 9, 10, 12, 13, 32, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}

/// Character classes for Chinese, Japanese and Korean text.
public enum CJK {
    /// A Han, kana or Hangul character, or CJK / full-width punctuation.
    public static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return isWide(scalar)
    }

    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
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
             0xFE30...0xFE4F,   // CJK compatibility forms
             0xFF00...0xFFEF,   // full-width forms
             0x20000...0x3FFFF: // Extensions B and on
            return true
        case 0x201C, 0x201D, 0x2018, 0x2019, 0x2014, 0x2026: // “”‘’—… as used in Chinese
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
}

import Testing
@testable import PlacardCore

/// `XMLEscape` works on UTF-8 bytes; it must give what escaping scalar by scalar gives.
@Suite struct XMLEscapeTests {
    /// Scalar by scalar: the five characters escaped, and what XML 1.0 does not allow dropped.
    static func reference(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                let v = scalar.value
                if v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000 {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    @Test func bytesEscapeAsScalarsDo() {
        let texts = ["", "plain", "a & b <c> \"d\" 'e'", "手机课堂，第一期！", "\u{0}\u{1}\t\n\r\u{1F}\u{7F}x",
                     "\u{FFFE}\u{FFFF}\u{FFFD}\u{FEFF}\u{EFFF}", "，\u{FFFF}，", "😀<\u{10FFFF}>", "&amp;", "\u{EF}\u{BF}"]
        for text in texts {
            #expect(XMLEscape.text(text) == Self.reference(text), "\(Array(text.unicodeScalars))")
            var bytes: [UInt8] = []
            XMLEscape.append(text, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == Self.reference(text))
        }
    }
}

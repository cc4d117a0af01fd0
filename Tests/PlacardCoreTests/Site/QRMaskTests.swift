import Testing
@testable import PlacardCore

/// `QRMask` scores libqrencode's unmasked symbol itself: every code must be the one `QRcode_encodeString` makes.
@Suite struct QRMaskTests {
    /// URLs of every length up to past the 64-module fast path, with digits and capitals that libqrencode
    /// may put in numeric or alphanumeric segments, Chinese slugs, and a query.
    static let texts: [String] = {
        var texts = ["https://a.cn/", "HTTPS://EXAMPLE.ORG/ZH/2025/", "https://digital.example.gov.cn/zh/elderly/phone-class/",
                     "https://example.org/zh/社区/手机课堂-第一期/", "https://example.org/en/a?x=1&y=\"2\"", "1234567890", ""]
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789-/_.:%手机课")
        var state: UInt64 = 1
        for length in 1...240 {
            texts.append("https://example.org/" + String((0..<length).map { _ in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return alphabet[Int(state >> 33) % alphabet.count]
            }))
        }
        return texts
    }()

    @Test func fastPathMakesLibqrencodesCode() throws {
        #expect(QRMask.encode("https://a.cn/") != nil, "libqrencode's steps are found")
        for text in Self.texts {
            let fast = QRCode(text), reference = QRCode(libqrencode: text)
            #expect(fast == reference, "\(text)")
        }
    }

    @Test func everyMaskCanWin() {
        // The texts above between them choose every one of the eight masks, so each is compared.
        var masks = Set<Int>()
        for text in Self.texts {
            guard let code = QRCode(libqrencode: text) else { continue }
            // Column 8 holds the 15 format bits from bit 0: rows 0–5, 7 and 8, then the last seven rows.
            // XOR 0x5412 leaves the level (M: 00) and the mask in bits 10–14.
            let rows = [0, 1, 2, 3, 4, 5, 7, 8] + Array(code.size - 7..<code.size)
            var format = 0
            for (bit, row) in rows.enumerated() where code.isDark(row: row, column: 8) { format |= 1 << bit }
            masks.insert((format ^ 0x5412) >> 10 & 0b111)
        }
        #expect(masks.count == 8, "\(masks.sorted())")
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// Reading a text file: CRLF and a lone CR become LF, byte by byte, and the fast searches of
/// the load stage (`containsBytes`, `containsByte`) agree with Foundation's on the texts they see.
@Suite struct TextFileDecodeTests {
    private func decode(_ bytes: [UInt8]) -> String? {
        TextFile.decode(Data(bytes), path: "content/a.md", diagnostics: Diagnostics())
    }

    @Test func lineEndsBecomeLineFeeds() {
        let cases: [(String, String)] = [
            ("---\r\ntitle: 手机课堂\r\n---\r\n正文。\r\n", "---\ntitle: 手机课堂\n---\n正文。\n"),
            ("一\r二\r\r三", "一\n二\n\n三"),
            ("一\r\n\r\n二\n\r三\r", "一\n\n二\n\n三\n"),
            ("\r", "\n"),
            ("\r\n", "\n"),
            ("没有回车\n", "没有回车\n"),
        ]
        for (text, expected) in cases {
            #expect(decode(Array(text.utf8)) == expected)
        }
        // A byte-order mark before CRLF text is dropped as well.
        #expect(decode([0xEF, 0xBB, 0xBF] + Array("标题\r\n".utf8)) == "标题\n")
    }

    @Test func invalidUTF8IsStillReportedWithItsLine() {
        let diagnostics = Diagnostics()
        let text = TextFile.decode(Data(Array("一\r\n二\r\n".utf8) + [0xFF] + Array("\r\n".utf8)), path: "content/a.md",
                                   diagnostics: diagnostics)
        #expect(text == nil)
        #expect(diagnostics.errors.first?.line == 3)
    }

    @Test func byteSearchesAgreeWithFoundation() {
        let texts = ["", "a", "..", "a..b", "a.b.c", "<<", "a<b<c", "key: <<", "手机<<课堂", "a/b", "a\\b", "路径/", "。。"]
        for text in texts {
            #expect(text.containsBytes("..") == text.contains(".."), "\(text)")
            #expect(text.containsBytes("<<") == text.contains("<<"), "\(text)")
            #expect(text.containsByte(UInt8(ascii: "/")) == text.contains("/"), "\(text)")
            #expect(text.containsByte(UInt8(ascii: "\\")) == text.contains("\\"), "\(text)")
        }
        #expect(!Identifier.isValidSlug("a..b") && !Identifier.isValidSlug("a/b") && !Identifier.isValidSlug("a\\b"))
        #expect(Identifier.isValidSlug("phone-class") && Identifier.isValidSlug("手机课堂") && Identifier.isValidSlug("a.b"))
    }
}

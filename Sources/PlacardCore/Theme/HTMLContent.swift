import Mustache

/// Escaping for `{{variables}}` in templates: the same five characters as swift-mustache's own
/// HTML content type, done on UTF-8 bytes instead of a dictionary look-up per Character, which
/// took a tenth of a build. Every template the theme loader reads is set to use it.
struct FastHTMLContentType: MustacheContentType {
    static let name = "PLACARD_HTML"
    /// Put before each template's text; on line 1, so error line numbers do not move.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"

    static let registered: Bool = {
        MustacheContentTypes.register(FastHTMLContentType(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String {
        var needsEscape = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needsEscape = true
            break
        }
        guard needsEscape else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: Array("&amp;".utf8))
            case 0x3C: out.append(contentsOf: Array("&lt;".utf8))
            case 0x3E: out.append(contentsOf: Array("&gt;".utf8))
            case 0x22: out.append(contentsOf: Array("&quot;".utf8))
            case 0x27: out.append(contentsOf: Array("&#39;".utf8))
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

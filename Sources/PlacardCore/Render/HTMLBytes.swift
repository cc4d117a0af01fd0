import Foundation

/// HTML built as UTF-8 bytes: text escaped as `FastHTMLContentType` escapes it, markup as is.
struct HTMLBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// `text` escaped, as a string.
    static func escaped(_ text: String?) -> String {
        var out = HTMLBytes(capacity: text?.utf8.count ?? 0)
        out.text(text)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Escaped text; nil is written as nothing, as swift-mustache writes a missing value. The bytes
    /// between the characters to escape go in whole runs.
    mutating func text(_ text: String?) {
        guard var text else { return }
        text.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let entity: StaticString
                switch utf8[index] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                bytes.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }

    /// Markup, text, markup, text, markup: an element with one escaped attribute and escaped content, or two attributes.
    mutating func pair(_ before: String, _ first: String?, _ between: String, _ second: String?, _ after: String) {
        raw(before)
        text(first)
        raw(between)
        text(second)
        raw(after)
    }

    /// A UI string of the page's language (`{{t.key}}`).
    mutating func t(_ model: PageModel, _ key: String) { text(model.shared.t[key]) }
}

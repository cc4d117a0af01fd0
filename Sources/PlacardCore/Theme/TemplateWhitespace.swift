/// Takes the indentation out of a template before it is parsed, so pages carry no layout
/// whitespace: every run of spaces and tabs around a line break becomes the bare line break.
/// HTML renders any run of whitespace between tags or words as one space (or none, next to a
/// block), so the page looks the same; a line break is kept, never joined, so text on two lines
/// still has its space and error line numbers stay where they were. Left as written: the inside
/// of `{{…}}` tags, the content of `pre`, `textarea`, `script` and `style` elements, and any
/// template that changes its delimiters (`{{=…=}}`), whose tags this scan would not see.
enum TemplateWhitespace {
    static func compact(_ template: String) -> String {
        let bytes = Array(template.utf8)
        if contains(bytes, "{{=", at: nil) { return template }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{"), contains(bytes, "{{", at: index) {
                let close = contains(bytes, "{{{", at: index) ? "}}}" : "}}"
                let end = find(bytes, close, from: index + 2).map { $0 + close.utf8.count } ?? bytes.count
                out += bytes[index..<end]
                index = end
            } else if byte == UInt8(ascii: "<"), let name = rawElement(bytes, at: index) {
                let end = find(bytes, "</" + name, from: index + 1, caseInsensitive: true) ?? bytes.count
                out += bytes[index..<end]
                index = end
            } else if isSpace(byte) {
                var end = index
                var breaks = 0
                while end < bytes.count, isSpace(bytes[end]) {
                    if bytes[end] == UInt8(ascii: "\n") { breaks += 1 }
                    end += 1
                }
                if breaks == 0 {
                    out += bytes[index..<end]
                } else {
                    out += [UInt8](repeating: UInt8(ascii: "\n"), count: breaks)
                }
                index = end
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Elements whose content keeps its whitespace (or is not HTML at all).
    static let rawElements = ["pre", "textarea", "script", "style"]

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// The name of the raw element whose start tag begins at `index`, if it is one.
    private static func rawElement(_ bytes: [UInt8], at index: Int) -> String? {
        rawElements.first { name in
            let after = index + 1 + name.utf8.count
            guard contains(bytes, "<" + name, at: index, caseInsensitive: true), after < bytes.count else { return false }
            return isSpace(bytes[after]) || bytes[after] == UInt8(ascii: ">") || bytes[after] == UInt8(ascii: "/")
        }
    }

    /// Whether `needle` starts at `index` (anywhere when `index` is nil).
    private static func contains(_ bytes: [UInt8], _ needle: String, at index: Int?, caseInsensitive: Bool = false) -> Bool {
        guard let index else { return find(bytes, needle, from: 0) != nil }
        return contains(bytes, Array(needle.utf8), at: index, caseInsensitive: caseInsensitive)
    }

    private static func contains(_ bytes: [UInt8], _ pattern: [UInt8], at index: Int, caseInsensitive: Bool) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, expected) in pattern.enumerated() {
            let actual = bytes[index + offset]
            if actual == expected { continue }
            if caseInsensitive, actual | 0x20 == expected | 0x20, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(expected | 0x20) { continue }
            return false
        }
        return true
    }

    private static func find(_ bytes: [UInt8], _ needle: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
        let pattern = Array(needle.utf8)
        var index = start
        while index < bytes.count {
            if contains(bytes, pattern, at: index, caseInsensitive: caseInsensitive) { return index }
            index += 1
        }
        return nil
    }
}

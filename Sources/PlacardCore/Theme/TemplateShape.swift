/// What a template may not do in a Placard theme, found before it is parsed:
/// - change its delimiters (`{{=<% %>=}}`): every check of a theme (partials, UI strings, assets,
///   sections left open) reads tags written with `{{ }}`, and a partial named with other delimiters
///   could include itself unseen;
/// - nest sections more than `maximumDepth` deep: the parser and the renderer recurse once a level;
/// - open a section `{{#name}}` inside one of the same name: inside an item, `name` is looked up
///   again in the item's parents and the whole list repeats for each item, level after level.
enum TemplateShape {
    static let maximumDepth = 32

    /// The first such problem, with its line (1-based) and the line's text. Reads the UTF-8 bytes:
    /// every template of every theme is scanned once a build.
    static func problem(in text: String) -> (line: Int, text: Substring, problem: TemplateSyntaxProblem)? {
        let bytes = Array(text.utf8)
        var open: [(sigil: UInt8, name: ArraySlice<UInt8>)] = []
        var line = 1
        var lineStart = 0
        var index = 0
        func found(_ problem: TemplateSyntaxProblem) -> (line: Int, text: Substring, problem: TemplateSyntaxProblem) {
            let end = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            return (line, Substring(String(decoding: bytes[lineStart..<end], as: UTF8.self)), problem)
        }
        /// Where the next `}}` starts from `from`; nil when none comes before the line's end
        /// (or, for a comment, before the text's end).
        func close(from: Int, acrossLines: Bool) -> Int? {
            var at = from
            while at + 1 < bytes.count {
                if bytes[at] == UInt8(ascii: "}") && bytes[at + 1] == UInt8(ascii: "}") { return at }
                if bytes[at] == UInt8(ascii: "\n") {
                    guard acrossLines else { return nil }
                    line += 1
                    lineStart = at + 1
                }
                at += 1
            }
            return nil
        }
        while index + 2 < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else { index += 1; continue }
            let sigil = bytes[index + 2]
            if sigil == UInt8(ascii: "!") {
                guard let end = close(from: index + 3, acrossLines: true) else { return nil }
                index = end + 2
                continue
            }
            guard let end = close(from: index + 2, acrossLines: false) else { index += 2; continue }
            let name = bytes[(index + 3)..<max(index + 3, end)].trimmingSpaces
            switch sigil {
            case UInt8(ascii: "="): return found(.delimiterChange)
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "<"):
                if sigil == UInt8(ascii: "#"), open.contains(where: { $0.sigil == sigil && $0.name.elementsEqual(name) }) { return found(.sameSectionInside) }
                open.append((sigil, name))
                if open.count > maximumDepth { return found(.nestedTooDeep) }
            case UInt8(ascii: "/"):
                if let last = open.lastIndex(where: { $0.name.elementsEqual(name) }) { open.removeSubrange(last...) }
            default: break
            }
            index = end + 2
        }
        return nil
    }
}

private extension ArraySlice<UInt8> {
    /// Without the spaces and tabs at either end.
    var trimmingSpaces: ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return [] }
        return self[first...last]
    }
}

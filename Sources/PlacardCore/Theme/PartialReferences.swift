/// Finds `{{>name}}` and `{{<name}}` in a template, with their lines.
///
/// Read as characters (extended grapheme clusters): a `{{>` counts only where each of its three
/// characters stands alone, and a line ends at a `\n` character, which `\r\n` is not. The scan
/// runs over the UTF-8 bytes and asks the string only at candidate tags.
enum PartialReferences {
    static func find(in text: String) -> [(String, Int)] {
        var result: [(String, Int)] = []
        let utf8 = text.utf8
        var line = 1
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") { line += 1 }
            if byte == UInt8(ascii: "{"), let start = tagStart(utf8, at: index, in: text),
               let end = tagEnd(utf8, from: start) {
                let name = text[start..<end].trimmed
                if !name.isEmpty { result.append((name, line)) }
            } else if let comment = commentEnd(utf8, at: index) {
                // A comment's text is no tag, and its lines still count.
                for inner in utf8[index..<comment] where inner == UInt8(ascii: "\n") { line += 1 }
                previous = UInt8(ascii: "}")
                index = comment
                continue
            }
            previous = byte
            index = utf8.index(after: index)
        }
        return result
    }

    /// Where a tag's name ends: at its `}}`; nil when another `{{` comes first (no name holds one),
    /// so that no byte is looked at for more than one tag.
    private static func tagEnd(_ utf8: String.UTF8View, from start: String.Index) -> String.Index? {
        var index = start
        var previous: UInt8 = 0
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == previous, byte == UInt8(ascii: "}") { return utf8.index(before: index) }
            if byte == previous, byte == UInt8(ascii: "{") { return nil }
            previous = byte
            index = utf8.index(after: index)
        }
        return nil
    }

    /// Just past a comment `{{! … }}` that starts at `index`; nil when none starts there.
    private static func commentEnd(_ utf8: String.UTF8View, at index: String.Index) -> String.Index? {
        guard utf8[index] == UInt8(ascii: "{"), utf8[index...].starts(with: "{{!".utf8) else { return nil }
        var at = utf8.index(index, offsetBy: 3)
        var previous: UInt8 = 0
        while at != utf8.endIndex {
            let byte = utf8[at]
            at = utf8.index(after: at)
            if byte == UInt8(ascii: "}"), previous == UInt8(ascii: "}") { return at }
            previous = byte
        }
        return utf8.endIndex
    }

    /// Where the name starts, when the characters from `index` are `{`, `{` and `>` or `<`.
    private static func tagStart(_ utf8: String.UTF8View, at index: String.Index, in text: String) -> String.Index? {
        guard utf8.distance(from: index, to: utf8.endIndex) >= 3 else { return nil }
        let second = utf8.index(after: index), third = utf8.index(after: second)
        guard utf8[second] == UInt8(ascii: "{"), utf8[third] == UInt8(ascii: ">") || utf8[third] == UInt8(ascii: "<") else { return nil }
        // Two ASCII punctuation bytes always part; a character may still begin before the first
        // (a prepended mark) or continue after the third (a combining mark).
        let start = utf8.index(after: third)
        guard String.Index(index, within: text) != nil, start == utf8.endIndex || String.Index(start, within: text) != nil else { return nil }
        return start
    }
}

extension PartialReferences {
    /// Partials that include themselves, directly or through others: one finding for each
    /// reference that closes a cycle (a depth-first walk from each template, in name order),
    /// with the template that holds it, its line and the chain of names (`["footer", "card",
    /// "footer"]`). Rendering such a partial would never end, so the theme is refused before a
    /// page is made; Placard's data has no trees for a recursive partial to walk.
    static func cycles(in texts: [String: String]) -> [(template: String, line: Int, chain: [String])] {
        let references = texts.mapValues { find(in: $0).filter { texts[$0.0] != nil } }
        var result: [(template: String, line: Int, chain: [String])] = []
        var finished = Set<String>()
        /// `path` ends with `name`: the templates being walked through.
        func visit(_ name: String, path: [String]) {
            for (partial, line) in references[name] ?? [] where !finished.contains(partial) {
                if let start = path.firstIndex(of: partial) {
                    result.append((name, line, Array(path[start...]) + [partial]))
                } else {
                    visit(partial, path: path + [partial])
                }
            }
            finished.insert(name)
        }
        for name in texts.keys.sorted() where !finished.contains(name) { visit(name, path: [name]) }
        return result
    }
}

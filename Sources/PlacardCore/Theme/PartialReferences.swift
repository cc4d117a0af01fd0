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
               let end = text[start...].range(of: "}}") {
                let name = text[start..<end.lowerBound].trimmed
                if !name.isEmpty { result.append((name, line)) }
            }
            previous = byte
            index = utf8.index(after: index)
        }
        return result
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

/// The text of Markdown source lines with what is not prose blanked out (code blocks, code spans,
/// link destinations, autolinks and HTML tags, bare URLs), so the wording rules see only the words
/// a reader reads, at the columns where they stand in the file.
enum MarkdownMask {
    /// One entry per line of `markdown`: the line's scalars, and the same with non-prose replaced by spaces.
    static func lines(_ markdown: String) -> [(original: [Unicode.Scalar], prose: [Unicode.Scalar])] {
        var fence: [Unicode.Scalar]?
        var result: [(original: [Unicode.Scalar], prose: [Unicode.Scalar])] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            var scalars = Array(line.unicodeScalars)
            if scalars.last == "\r" { scalars.removeLast() }
            let text = scalars.drop { $0 == " " || $0 == "\t" }
            if let open = fence {
                if text.starts(with: open) { fence = nil }
                result.append((scalars, blank(scalars)))
                continue
            }
            if text.starts(with: "```".unicodeScalars) || text.starts(with: "~~~".unicodeScalars) {
                fence = Array(text.prefix(3))
                result.append((scalars, blank(scalars)))
                continue
            }
            result.append((scalars, inline(scalars, isMarkdown: true)))
        }
        return result
    }

    /// One line of prose with code spans, link destinations, tags and URLs blanked out.
    static func inline(_ scalars: [Unicode.Scalar], isMarkdown: Bool) -> [Unicode.Scalar] {
        var out = scalars
        var i = 0
        if isMarkdown, let definition = referenceDefinitionStart(scalars) {
            for j in definition..<out.count { out[j] = " " }
        }
        while i < scalars.count {
            let c = scalars[i]
            if isMarkdown && c == "`" {
                var run = 0
                while i + run < scalars.count && scalars[i + run] == "`" { run += 1 }
                if let close = closingBackticks(scalars, from: i + run, count: run) {
                    for j in i..<(close + run) { out[j] = " " }
                    i = close + run
                } else {
                    i += run
                }
                continue
            }
            if isMarkdown && c == "]" && i + 1 < scalars.count && scalars[i + 1] == "(" {
                let end = scalars[(i + 2)...].firstIndex(of: ")") ?? scalars.count - 1
                for j in (i + 1)...end { out[j] = " " }
                i = end + 1
                continue
            }
            if isMarkdown && c == "<", let end = scalars[(i + 1)...].firstIndex(of: ">"),
               !scalars[(i + 1)..<end].contains(where: { $0 == " " || $0 == "<" }) || scalars[i + 1] == "/" || scalars[i + 1] == "!" {
                for j in i...end { out[j] = " " }
                i = end + 1
                continue
            }
            if let length = urlLength(scalars, at: i) {
                for j in i..<(i + length) { out[j] = " " }
                i += length
                continue
            }
            i += 1
        }
        return out
    }

    /// Spaces for every scalar.
    static func blank(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        Array(repeating: " ", count: scalars.count)
    }

    private static func closingBackticks(_ scalars: [Unicode.Scalar], from start: Int, count: Int) -> Int? {
        var i = start
        while i < scalars.count {
            guard scalars[i] == "`" else { i += 1; continue }
            var run = 0
            while i + run < scalars.count && scalars[i + run] == "`" { run += 1 }
            if run == count { return i }
            i += run
        }
        return nil
    }

    /// `[label]: destination` at the start of a line: the index where the destination starts.
    private static func referenceDefinitionStart(_ scalars: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < scalars.count && i < 3 && scalars[i] == " " { i += 1 }
        guard i < scalars.count, scalars[i] == "[", let close = scalars[i...].firstIndex(of: "]"),
              close + 1 < scalars.count, scalars[close + 1] == ":" else { return nil }
        return close + 2
    }

    /// The length of a bare URL (`http://`, `https://`, `www.`) starting at `i`: ASCII up to white space.
    private static func urlLength(_ scalars: [Unicode.Scalar], at i: Int) -> Int? {
        guard scalars[i] == "h" || scalars[i] == "w" || scalars[i] == "H" || scalars[i] == "W" else { return nil }
        if i > 0, scalars[i - 1].isASCII, scalars[i - 1].properties.isAlphabetic { return nil }
        let head = String(String.UnicodeScalarView(scalars[i..<min(scalars.count, i + 8)])).lowercased()
        guard head.hasPrefix("http://") || head.hasPrefix("https://") || head.hasPrefix("www.") else { return nil }
        var end = i
        while end < scalars.count, scalars[end].isASCII, !scalars[end].properties.isWhitespace { end += 1 }
        return end - i
    }
}

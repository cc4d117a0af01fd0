/// Splits a Markdown file into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML text between the `---` lines.
    var yaml: String
    /// The Markdown after the closing `---`.
    var body: String
    /// The file line on which `body` starts (1-based).
    var bodyLine: Int

    enum Problem: Error, Equatable {
        case missing
        case unclosed
    }

    /// Front matter is `---` on the first line, YAML, then `---` (or `...`) on a line of its own.
    static func split(_ text: String) -> Result<FrontMatter, Problem> {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var line = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let content = text[lineStart..<lineEnd].trimmed
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if let start = yamlStart {
                if content == "---" || content == "..." {
                    return .success(FrontMatter(yaml: String(text[start..<lineStart]), body: String(text[next...]), bodyLine: line + 1))
                }
            } else {
                guard content == "---" else { return .failure(.missing) }
                yamlStart = next
            }
            lineStart = next
            line += 1
        }
        return .failure(yamlStart == nil ? .missing : .unclosed)
    }
}

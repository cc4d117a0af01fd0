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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else { return .failure(.missing) }
        lines.removeFirst()
        guard let end = lines.firstIndex(where: { let t = $0.trimmingCharacters(in: .whitespaces); return t == "---" || t == "..." }) else {
            return .failure(.unclosed)
        }
        let yaml = lines[..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, body: body, bodyLine: end + 3))
    }
}

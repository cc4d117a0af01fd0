/// What a template may not do in a Placard theme, found before it is parsed:
/// - change its delimiters (`{{=<% %>=}}`): every check of a theme (partials, UI strings, assets,
///   sections left open) reads tags written with `{{ }}`, and a partial named with other delimiters
///   could include itself unseen;
/// - nest sections more than `maximumDepth` deep: the parser and the renderer recurse once a level;
/// - open a section `{{#name}}` inside one of the same name: inside an item, `name` is looked up
///   again in the item's parents and the whole list repeats for each item, level after level.
enum TemplateShape {
    static let maximumDepth = 32

    /// The first such problem, with its line (1-based) and the line's text.
    static func problem(in text: String) -> (line: Int, text: Substring, problem: TemplateSyntaxProblem)? {
        var open: [(sigil: Character, name: Substring)] = []
        var number = 0
        var inComment = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var rest = line[...]
            if inComment {
                guard let end = rest.range(of: "}}") else { continue }
                rest = rest[end.upperBound...]
                inComment = false
            }
            while let start = rest.range(of: "{{") {
                rest = rest[start.upperBound...]
                guard let sigil = rest.first else { break }
                if sigil == "!" {
                    guard let end = rest.range(of: "}}") else { inComment = true; break }
                    rest = rest[end.upperBound...]
                    continue
                }
                guard let end = rest.range(of: "}}") else { break }
                let name = rest[rest.index(after: rest.startIndex)..<end.lowerBound].trimmed
                switch sigil {
                case "=": return (number, line, .delimiterChange)
                case "#", "^", "$", "<":
                    if sigil == "#", open.contains(where: { $0.sigil == "#" && $0.name == name }) { return (number, line, .sameSectionInside) }
                    open.append((sigil, Substring(name)))
                    if open.count > maximumDepth { return (number, line, .nestedTooDeep) }
                case "/":
                    if let last = open.lastIndex(where: { $0.name == name }) { open.removeSubrange(last...) }
                default: break
                }
                rest = rest[end.upperBound...]
            }
        }
        return nil
    }
}

/// Walks YAML line by line and tells which lines are settings, so that the usual mistakes are
/// looked for there only: never inside a `|` or `>` block, a quoted text, or the wrapped lines
/// of a plain value (`summary: 第一行` / `  注意：第二行`).
struct YAMLLineScanner {
    enum Kind: Equatable {
        /// Blank, a comment, or text that goes on from an earlier line.
        case text
        /// A line that starts a setting, a list item or a value: what follows its indentation.
        case setting(Substring)
        /// A tab where the line's indentation is.
        case tab
    }

    struct Line {
        var kind: Kind
        /// Keys in a flow map (`{zh：测试站, en: …}`) followed by a full-width colon, and where it stands.
        var fullWidthColonKeys: [(key: Substring, colon: String.Index)] = []
    }

    /// Inside a `|` or `>` block: the indentation of the line that opened it, and of its text once seen.
    private var block: (parent: Int, content: Int?)?
    /// Lines indented more than this go on with a plain value.
    private var plain: Int?
    /// The quote of a quoted text that goes on past its line.
    private var quote: Character?
    /// The open brackets of a flow collection (`{…}`, `[…]`), which may span lines.
    private var flow: [Character] = []
    /// In a flow map, right after `{` or `,`: where a key may stand.
    private var keyMayFollow = false

    mutating func next(_ line: Substring) -> Line {
        let spaces = line.prefix { $0 == " " }.count
        let indentText = line.prefix { $0 == " " || $0 == "\t" }
        let content = line.dropFirst(indentText.count)
        let tabbed = indentText.contains("\t")
        if quote != nil || !flow.isEmpty {
            var result = Line(kind: .text)
            if let rest = closeQuote(line), !flow.isEmpty { scanFlow(rest, into: &result) }
            return result
        }
        if content.isEmpty || content.hasPrefix("#") { return Line(kind: .text) }
        if let open = block {
            // A tab before the block's own indentation is meant as indentation; after it, it is text.
            if line.dropFirst(spaces).first == "\t" && spaces < (open.content ?? Int.max) { return Line(kind: .tab) }
            if spaces > open.parent {
                if open.content == nil { block = (open.parent, spaces) }
                return Line(kind: .text)
            }
            block = nil
        }
        if let plain, indentText.count > plain { return Line(kind: tabbed ? .tab : .text) }
        plain = nil
        if tabbed { return Line(kind: .tab) }
        var result = Line(kind: .setting(content))
        start(content, indent: indentText.count, into: &result)
        return result
    }

    /// Follows a setting line to its value, to know what the next lines are.
    private mutating func start(_ content: Substring, indent: Int, into result: inout Line) {
        var rest = content
        // Wrapped lines of a plain value are indented more than its key, or than its list dash.
        var threshold = indent
        while rest.hasPrefix("- ") || rest == "-" {
            threshold = indent + content.distance(from: content.startIndex, to: rest.startIndex)
            rest = rest.dropFirst().drop { $0 == " " }
        }
        if let colon = Self.keyColon(rest) {
            threshold = indent + content.distance(from: content.startIndex, to: rest.startIndex)
            rest = rest[rest.index(after: colon)...].drop { $0 == " " || $0 == "\u{3000}" }
        }
        // Anchors and tags come before the value itself.
        while rest.first == "&" || rest.first == "!" {
            rest = rest.drop { $0 != " " }.drop { $0 == " " }
        }
        guard let first = rest.first, first != "#", first != "*" else { return }
        switch first {
        case "|", ">":
            block = (indent, nil)
        case "\"", "'":
            quote = first
            _ = closeQuote(rest.dropFirst())
        case "[", "{":
            scanFlow(rest, into: &result)
        default:
            plain = threshold
        }
    }

    /// The colon of `key:` or `key：` that starts `content`, if it does.
    private static func keyColon(_ content: Substring) -> Substring.Index? {
        guard let colon = content.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let key = content[..<colon]
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) }) else { return nil }
        let after = content[content.index(after: colon)...]
        if content[colon] == ":" && !(after.isEmpty || after.first == " " || after.first == "\u{3000}") { return nil }
        return colon
    }

    /// When a quoted text is open, what follows its closing quote on `text` (nil if it goes on).
    private mutating func closeQuote(_ text: Substring) -> Substring? {
        guard let open = quote else { return text }
        guard let end = Self.pastClosing(open, in: text) else { return nil }
        quote = nil
        return text[end...]
    }

    /// Just past the `quote` that closes a quoted text going on in `text`: `\"` and `''` do not close it.
    static func pastClosing(_ quote: Character, in text: Substring) -> String.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if quote == "\"" && character == "\\" {
                index = next < text.endIndex ? text.index(after: next) : next
                continue
            }
            if character == quote {
                if quote == "'" && next < text.endIndex && text[next] == "'" {
                    index = text.index(after: next)
                    continue
                }
                return next
            }
            index = next
        }
        return nil
    }

    /// Reads `text` inside a flow collection, or opening one, noting keys followed by `：`.
    private mutating func scanFlow(_ text: Substring, into result: inout Line) {
        var index = text.startIndex
        var afterSpace = true
        var tokenStart = true
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == " " || character == "\t" {
                afterSpace = true
                index = next
                continue
            }
            if character == "#" && afterSpace { return }
            if keyMayFollow {
                let key = text[index...].prefix(while: YAMLMistakes.isKeyCharacter)
                if !key.isEmpty, key.endIndex < text.endIndex, text[key.endIndex] == "：" {
                    result.fullWidthColonKeys.append((key, key.endIndex))
                }
                keyMayFollow = false
            }
            afterSpace = false
            switch character {
            case "{", "[":
                flow.append(character)
                keyMayFollow = character == "{"
                tokenStart = true
            case "}", "]":
                _ = flow.popLast()
                if flow.isEmpty { return }
                tokenStart = false
            case ",":
                keyMayFollow = flow.last == "{"
                tokenStart = true
            case ":":
                tokenStart = true
            case "\"" where tokenStart, "'" where tokenStart:
                quote = character
                guard let after = closeQuote(text[next...]) else { return }
                index = after.startIndex
                tokenStart = false
                continue
            default:
                tokenStart = false
            }
            index = next
        }
    }
}

import Foundation

/// The usual ways a settings line gets broken, recognised on the line where they stand (the
/// YAML parser often stops a line later, in words only a programmer reads): a full-width colon
/// or space, a tab, a missing space after `:`, an unquoted value with `: ` or a special first
/// character.
enum YAMLMistakes {
    struct Found: Equatable {
        /// 1-based, in the text given.
        var line: Int
        var message: Message
    }

    /// Every mistake on lines 1…`lastLine` of `text` (where the parser stopped; every line when nil),
    /// and past it every tab, full-width colon and full-width space: those are wrong wherever they
    /// stand, while the other mistakes are told from a line the parser also could not read.
    static func find(in text: String, upTo lastLine: Int? = nil) -> [Found] {
        var scanner = YAMLLineScanner()
        var found: [Found] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = scanner.next(raw)
            let pastParser = lastLine.map { number > $0 } ?? false
            if line.kind == .tab {
                found.append(Found(line: number, message: .yamlTab()))
            } else if case .setting(let content) = line.kind, let message = mistake(in: String(content), fullWidthOnly: pastParser) {
                found.append(Found(line: number, message: message))
            } else if let message = fullWidthColon(on: line, raw) {
                found.append(Found(line: number, message: message))
            }
        }
        return found
    }

    /// Every line where an English key is followed by a full-width colon, in YAML that reads
    /// anyway: `title：项目清单` is one piece of text to the parser, `{zh：测试站}` a key `zh：测试站`.
    static func fullWidthColons(in text: String) -> [Found] {
        var scanner = YAMLLineScanner()
        var found: [Found] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let message = fullWidthColon(on: scanner.next(raw), raw) { found.append(Found(line: index + 1, message: message)) }
        }
        return found
    }

    /// The full-width colons after English keys on one line: a setting's own key (`key：`,
    /// `- key：`), then keys in flow maps; the fix writes each as `: `.
    private static func fullWidthColon(on line: YAMLLineScanner.Line, _ raw: Substring) -> Message? {
        var colons = line.fullWidthColonKeys
        let inFlowMaps = !colons.isEmpty
        if case .setting(let content) = line.kind {
            var rest = content
            while rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
            let key = rest.prefix(while: isKeyCharacter)
            if !key.isEmpty, key.endIndex < content.endIndex, content[key.endIndex] == "：" {
                colons.insert((key, key.endIndex), at: 0)
            }
        }
        guard let first = colons.first else { return nil }
        var fixed = ""
        var rest = raw.drop { $0 == " " || $0 == "\t" }
        for (_, colon) in colons where colon >= rest.startIndex {
            fixed += rest[..<colon] + ": "
            rest = rest[rest.index(after: colon)...].drop { $0 == " " || $0 == "\u{3000}" }
        }
        // A setting's one colon: its value as it must be written once the colon is `: `
        // (`title：课堂: 第一讲` → `title: "课堂: 第一讲"`, not a line that is wrong again).
        if colons.count == 1, !inFlowMaps, !rest.contains(" #") {
            return .yamlFullWidthColon(key: String(first.key), fixed: "`\(fixed)\(safe(String(rest)))`")
        }
        return .yamlFullWidthColon(key: String(first.key), fixed: "`\(fixed)\(rest)`")
    }

    /// What an English key is made of.
    static func isKeyCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_" || character == "-")
    }

    /// One `key: value` line, after its indentation and list dashes.
    private struct Entry {
        var prefix: String
        var key: String
        var separator: Character
        /// What follows the colon, trimmed, without a trailing comment.
        var value: String
        var spaced: Bool
        var fullWidthSpace: Bool

        init?(_ content: String) {
            var rest = Substring(content)
            var prefix = ""
            while rest.hasPrefix("- ") {
                prefix += "- "
                rest = rest.dropFirst(2).drop { $0 == " " }
            }
            guard let colon = rest.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
            let key = rest[..<colon]
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) }) else { return nil }
            self.prefix = prefix
            self.key = String(key)
            separator = rest[colon]
            let after = rest[rest.index(after: colon)...]
            spaced = after.isEmpty || after.first == " "
            fullWidthSpace = after.first == "\u{3000}"
            var value = after.trimmingCharacters(in: CharacterSet(charactersIn: " \u{3000}"))
            if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]).trimmed }
            self.value = value
        }

        func fixed(_ value: String) -> String { "`\(prefix)\(key): \(value)`" }
    }

    /// `fullWidthOnly`: only a full-width colon or space after the key.
    private static func mistake(in content: String, fullWidthOnly: Bool) -> Message? {
        guard let entry = Entry(content) else { return nil }
        if entry.separator == "：" {
            return .yamlFullWidthColon(key: entry.key, fixed: entry.fixed(safe(entry.value)))
        }
        if entry.fullWidthSpace {
            return .yamlFullWidthSpace(key: entry.key, fixed: entry.fixed(safe(entry.value)))
        }
        if fullWidthOnly { return nil }
        if !entry.spaced {
            guard entry.key.first?.isLetter == true, !entry.value.hasPrefix("//") else { return nil }
            return .yamlMissingSpace(key: entry.key, fixed: entry.fixed(entry.value))
        }
        let value = entry.value
        guard let first = value.first else { return nil }
        switch first {
        case "\"", "'":
            if closingQuote(value) != value.endIndex {
                return .yamlUnquotedStart(key: entry.key, start: String(first), fixed: entry.fixed(quoted(value)))
            }
        case "[", "{":
            if let end = closingBracket(value), end != value.endIndex {
                return .yamlUnquotedStart(key: entry.key, start: String(first), fixed: entry.fixed(quoted(value)))
            }
        case "*", "&", "@", "`":
            return .yamlUnquotedStart(key: entry.key, start: String(first), fixed: entry.fixed(quoted(value)))
        default:
            if value.contains(": ") || value.hasSuffix(":") {
                return .yamlUnquotedColon(key: entry.key, fixed: entry.fixed(quoted(value)))
            }
        }
        return nil
    }

    /// `value` as a setting's value must be written: quoted when, left bare, it would be one of
    /// the mistakes `mistake(in:fullWidthOnly:)` reports (a `: ` in it, a special first character).
    private static func safe(_ value: String) -> String {
        guard !value.isEmpty, mistake(in: "k: " + value, fullWidthOnly: false) != nil else { return value }
        return quoted(value)
    }

    /// Just past the quote that closes the one `value` starts with; nil when it is never closed.
    private static func closingQuote(_ value: String) -> String.Index? {
        YAMLLineScanner.pastClosing(value.first!, in: value.dropFirst())
    }

    /// Just past the bracket that closes the one `value` starts with; nil when the line ends first
    /// (a list may go on over several lines).
    private static func closingBracket(_ value: String) -> String.Index? {
        var depth = 0
        var quote: Character?
        for index in value.indices {
            let character = value[index]
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "[", "{": depth += 1
            case "]", "}":
                depth -= 1
                if depth == 0 { return value.index(after: index) }
            default: break
            }
        }
        return nil
    }

    /// `value` in double quotes, or in single quotes when it holds a double quote.
    static func quoted(_ value: String) -> String {
        if !value.contains("\"") {
            return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\") + "\""
        }
        return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

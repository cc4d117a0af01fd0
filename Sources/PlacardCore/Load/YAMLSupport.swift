import Foundation
import Yams

/// Reads YAML into Yams nodes, turning syntax errors into diagnostics with the file's line.
enum YAMLReader {
    /// Parses `text`; `firstLine` is the file line on which `text` starts (front matter starts on 2).
    static func parse(_ text: String, path: String, firstLine: Int = 1, diagnostics: Diagnostics) -> Node? {
        let shape = YAMLLimits.shape(text)
        if shape.depth > YAMLLimits.maxDepth {
            diagnostics.error(path, line: firstLine, .yamlTooDeep(limit: YAMLLimits.maxDepth))
            return nil
        }
        if shape.aliasedAnchors > YAMLLimits.maxAliasedAnchors {
            diagnostics.error(path, line: firstLine, .yamlTooManyAliasedAnchors(limit: YAMLLimits.maxAliasedAnchors))
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: text) else { return nil }
            if text.containsByte(UInt8(ascii: "*")), !YAMLLimits.expandsWithin(node, limit: YAMLLimits.maxValues(text)) {
                diagnostics.error(path, line: firstLine, .yamlTooLarge(limit: YAMLLimits.maxValues(text)))
                return nil
            }
            // `title：项目清单` reads as text and `{zh：测试站}` as a key: the parser cannot tell.
            if text.containsFullWidthColon {
                let colons = YAMLMistakes.fullWidthColons(in: text)
                for colon in colons { diagnostics.error(path, line: colon.line + firstLine - 1, colon.message) }
                if !colons.isEmpty { return nil }
            }
            // YAML allows a key once in a mapping; a second one would be silently lost. The rest is still read.
            for repeated in repeatedKeys(in: node) {
                diagnostics.error(path, line: repeated.line + firstLine - 1, .yamlKeyTwice(key: repeated.key, firstLine: repeated.first + firstLine - 1))
            }
            return text.containsBytes("<<") ? YAMLMerge.apply(node) : node
        } catch let error as YamlError {
            let (line, column, problem) = describe(error)
            // The usual mistakes are named on their own line, instead of the parser's wording when
            // one of them explains where it stopped.
            let mistakes = YAMLMistakes.find(in: text, upTo: line)
            if !mistakes.contains(where: { $0.line <= line ?? Int.max }) {
                diagnostics.error(path, line: line.map { $0 + firstLine - 1 }, column: column, .yamlUnreadable(detail: problem))
            }
            for mistake in mistakes { diagnostics.error(path, line: mistake.line + firstLine - 1, mistake.message) }
        } catch {
            diagnostics.error(path, line: firstLine, .yamlUnreadable(detail: "\(error)"))
        }
        return nil
    }

    /// Each key given again in the same mapping: its line and the first one's. A mapping an alias
    /// repeats (same place in the text) is looked at once.
    static func repeatedKeys(in node: Node) -> [(key: String, line: Int, first: Int)] {
        var found: [(key: String, line: Int, first: Int)] = []
        var walked = Set<Int>()
        func walk(_ node: Node) {
            switch node {
            case .scalar:
                return
            case .sequence(let items):
                items.forEach(walk)
            case .mapping(let mapping):
                if let at = mapping.mark?.place, !walked.insert(at).inserted { return }
                // A mapping has a few keys: a list is quicker to search than a dictionary is to
                // build; a mapping of thousands takes the dictionary.
                let many = mapping.count > 16
                var list: [(name: String, line: Int)] = []
                var lines: [String: Int] = [:]
                for (key, value) in mapping {
                    if let name = key.string {
                        if let first = many ? lines[name] : list.first(where: { $0.name == name })?.line {
                            found.append((name, key.line, first))
                        } else if many {
                            lines[name] = key.line
                        } else {
                            list.append((name, key.line))
                        }
                    }
                    walk(value)
                }
            }
        }
        walk(node)
        return found
    }

    private static func describe(_ error: YamlError) -> (Int?, Int?, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return (mark.line, mark.column, detail)
        case .reader(let problem, _, _, _):
            return (nil, nil, problem)
        default:
            return (nil, nil, "\(error)")
        }
    }
}

extension Node {
    /// 1-based line of this node in the text it was parsed from.
    var line: Int { (mark?.line ?? 1) }

    /// The value under `key` of a mapping.
    subscript(key key: String) -> Node? {
        guard case .mapping(let mapping) = self else { return nil }
        for (k, v) in mapping where k.string == key { return v }
        return nil
    }

    /// The key nodes of a mapping, in document order.
    var mappingPairs: [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = self else { return [] }
        return mapping.map { ($0.key.string ?? "", $0.key, $0.value) }
    }

    var isMapping: Bool { if case .mapping = self { return true } else { return false } }

    var isCollection: Bool {
        switch self {
        case .mapping, .sequence: return true
        default: return false
        }
    }

    /// A scalar's text exactly as written (no conversion to dates or numbers); nil for `null` or collections.
    var text: String? {
        guard case .scalar(let scalar) = self else { return nil }
        if scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return scalar.string
    }

    /// Scalars of a sequence, or a single scalar as a one-item list.
    var textList: [String]? {
        switch self {
        case .scalar: return text.map { [$0] } ?? []
        case .sequence(let seq): return seq.compactMap(\.text)
        default: return nil
        }
    }
}

/// Turns nodes into model values, reporting what is wrong at the node's line.
struct NodeReader {
    let path: String
    /// Added to node lines (front matter starts below the `---` line).
    let lineOffset: Int
    let diagnostics: Diagnostics

    func line(_ node: Node) -> Int { node.line + lineOffset }

    func error(_ node: Node, _ message: String) {
        diagnostics.error(path, line: line(node), message)
    }

    func warning(_ node: Node, _ message: String) {
        diagnostics.warning(path, line: line(node), message)
    }

    func error(_ node: Node, _ message: Message) {
        diagnostics.error(path, line: line(node), message)
    }

    func warning(_ node: Node, _ message: Message) {
        diagnostics.warning(path, line: line(node), message)
    }

    func string(_ node: Node?, _ key: String) -> String? {
        guard let node else { return nil }
        guard let text = node.text else {
            if case .scalar = node { return nil }
            error(node, .yamlText(key: key))
            return nil
        }
        return text
    }

    /// A localized string: a map from language code to text, or plain text for every language.
    func localized(_ node: Node?, _ key: String, languages: [String]) -> LocalizedText? {
        guard let node else { return nil }
        switch node {
        case .scalar:
            return node.text.map { LocalizedText($0) }
        case .mapping:
            var values: [String: String] = [:]
            for (code, keyNode, value) in node.mappingPairs {
                if !languages.isEmpty && !languages.contains(code) {
                    warning(keyNode, .yamlUnlistedLanguage(key: key, code: code))
                }
                if let text = string(value, "\(key).\(code)") { values[code] = text }
            }
            return LocalizedText(byLanguage: values)
        case .sequence:
            error(node, .yamlLocalizedText(key: key))
            return nil
        }
    }

    func bool(_ node: Node?, _ key: String) -> Bool? {
        guard let node, let text = node.text else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error(node, .yamlBool(key: key, value: text))
            return nil
        }
    }

    func int(_ node: Node?, _ key: String) -> Int? {
        guard let node, let text = node.text else { return nil }
        guard let value = Int(text.replacingOccurrences(of: "_", with: "")) else {
            error(node, .yamlWholeNumber(key: key, value: text))
            return nil
        }
        return value
    }

    func list(_ node: Node?, _ key: String) -> [String] {
        guard let node else { return [] }
        guard let list = node.textList else {
            error(node, .yamlList(key: key))
            return []
        }
        // An item that is itself a list or a map (`[[a, b]]`) names nothing: an error on its line, never dropped unseen.
        if case .sequence(let items) = node {
            for item in items where item.isCollection { error(item, .yamlListItem(key: key)) }
        }
        return list
    }

    /// The texts of `list(_:_:)`, each with the node it stands in (an item of a list, else the
    /// value itself): a problem with one item is reported on the item's own line. `reported`:
    /// `list` has read this node already (and reported what is wrong with it).
    func listItems(_ node: Node?, _ key: String, reported: Bool = false) -> [(text: String, node: Node)] {
        guard let node else { return [] }
        let texts = reported ? node.textList ?? [] : list(node, key)
        if case .sequence(let items) = node {
            let written = items.filter { $0.text != nil }
            if written.count == texts.count { return Array(zip(texts, written)) }
        }
        return texts.map { ($0, node) }
    }
}

/// Keys, ids and slugs: lowercase ASCII letters, digits and `-`.
enum Identifier {
    static func isValidKey(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A theme's name is a folder in `themes/`: not empty, without `/`, `\`, `..` or a leading `.`.
    static func isThemeName(_ name: String) -> Bool {
        !name.trimmingCharacters(in: .whitespaces).isEmpty && !name.hasPrefix(".") && !name.contains("..")
            && !name.contains("/") && !name.contains("\\")
    }

    /// A slug may also hold any Unicode letters, but never `/`, `\`, `..` or a leading `.`.
    static func isValidSlug(_ slug: String) -> Bool {
        // Searched as bytes: Foundation's `contains` converts the text for each search (some 10,000
        // instructions a slug).
        guard !slug.isEmpty, !slug.hasPrefix("."), !slug.containsBytes(".."), !slug.containsByte(UInt8(ascii: "/")),
              !slug.containsByte(UInt8(ascii: "\\")) else { return false }
        return slug.unicodeScalars.allSatisfy { scalar in
            // ASCII decided here: a look-up in a `CharacterSet` costs microseconds a slug, for
            // every file of a site.
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F: return true
            case ..<0x80: return false
            default: return CharacterSet.letters.contains(scalar) || CharacterSet.decimalDigits.contains(scalar)
            }
        }
    }
}

/// Partials whose output is the same on every page of one language that links the same feeds,
/// such as the default theme's footer: rendered once per language and series (`LanguageContext`)
/// instead of once per page. A partial qualifies when it reads no key that differs between pages
/// and every reference to it stands outside any section, line-initial, in a template that is
/// itself only used that way: then it always renders against the page model alone, unindented.
enum LanguageFragments {
    /// Keys a fragment may start a name with at its top level: the language's, and `head.feeds`.
    static let languageKeys: Set<String> = ["t", "site", "lang", "urls", "assets", "footerPages", "identity", "otherLanguages", "head.feeds"]
    /// Page-model keys whose values differ between pages of one language; a name inside a
    /// section that the section's item lacks climbs to the page model, so none may be one of these.
    static let pageKeys: Set<String> = [
        "page", "head", "menu", "languages", "article", "more", "hasMore", "qr", "entry", "seriesCards", "newest",
        "figures", "series", "items", "hasItems", "pagination", "projects", "hasProjects", "moreProjects", "term",
        "earlier", "hasEarlier", "directory", "project", "related", "hasRelated", "search", "redirect", "choices",
    ]

    /// The page-model key a fragment's rendered HTML is found under.
    static func key(_ name: String) -> String { "placard_fragment_" + name }

    /// The names of the partials among `templates` (name → text as registered) that qualify.
    static func find(_ templates: [String: String], pageTemplates: Set<String>) -> [String] {
        guard !templates.values.contains(where: { $0.contains("{{=") }) else { return [] }
        let scans = templates.mapValues(Scan.init)
        func onlyAtTopLevel(_ name: String, _ seen: Set<String>) -> Bool {
            guard !seen.contains(name) else { return false }
            let uses = scans.flatMap { referrer, scan in scan.references.filter { $0.name == name }.map { (referrer, $0.topLevel) } }
            if uses.isEmpty { return pageTemplates.contains(name) }
            return uses.allSatisfy { $0.1 && onlyAtTopLevel($0.0, seen.union([name])) }
        }
        return scans.filter { name, scan in
            !pageTemplates.contains(name) && scan.languageOnly && onlyAtTopLevel(name, [])
        }.keys.sorted()
    }

    /// The tags of one template.
    private struct Scan {
        /// Partials and parents it names, and whether each stands outside every section and block, line-initial.
        var references: [(name: String, topLevel: Bool)] = []
        /// It reads only language keys and names no partial, parent, block or lambda.
        var languageOnly = true

        init(_ text: String) {
            var open: [String] = []
            var rest = Substring(text)
            while let start = Self.range(of: "{{", in: rest) {
                let lineStart = rest[..<start.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
                let triple = rest[start.upperBound...].hasPrefix("{")
                guard let end = Self.range(of: triple ? "}}}" : "}}", in: rest[start.upperBound...]) else { languageOnly = false; return }
                var tag = rest[start.upperBound..<end.lowerBound].trimmed
                rest = rest[end.upperBound...]
                let sigil = tag.first ?? " "
                if "#^/><$&{!%".contains(sigil) { tag = String(tag.dropFirst()).trimmed }
                switch sigil {
                case "!", "%": continue
                case ">", "<":
                    // Text before it on its line (since the last tag): none, or not only spaces (no indentation).
                    let unindented = lineStart.isEmpty || lineStart.contains { !$0.isWhitespace }
                    references.append((tag, unindented && open.isEmpty))
                    languageOnly = false
                    if sigil == "<" { open.append(tag) }
                    continue
                case "$": open.append(tag); languageOnly = false; continue
                case "/": if !open.isEmpty { open.removeLast() }; continue
                default: break
                }
                if sigil == "#" || sigil == "^" { open.append(tag) }
                let root = tag.split(separator: ".").first.map(String.init) ?? tag
                let allowed = open.count <= (sigil == "#" || sigil == "^" ? 1 : 0)
                    ? languageKeys.contains(root) || (root == "head" && tag.hasPrefix("head.feeds"))
                    : !pageKeys.contains(root)
                if !allowed || tag.isEmpty || tag == "." || tag.contains("(") || tag.contains("*") { languageOnly = false }
            }
        }

        /// The first occurrence of `needle` (ASCII punctuation) in `text`, as `range(of:)` finds it:
        /// found in the UTF-8 bytes; a match followed by a non-ASCII character, which may combine
        /// with it into another character, is left to `range(of:)` itself.
        private static func range(of needle: StaticString, in text: Substring) -> Range<String.Index>? {
            let utf8 = text.utf8
            let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
            var index = utf8.startIndex
            while let first = utf8[index...].firstIndex(of: pattern[0]) {
                var end = first, matched = 0
                while matched < pattern.count, end != utf8.endIndex, utf8[end] == pattern[matched] {
                    end = utf8.index(after: end)
                    matched += 1
                }
                if matched == pattern.count {
                    if end == utf8.endIndex || utf8[end] < 0x80 { return first..<end }
                    return text[first...].range(of: String(describing: needle))
                }
                index = utf8.index(after: first)
            }
            return nil
        }
    }
}

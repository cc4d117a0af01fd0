import Foundation
import Yams

/// Reads one article or page file: front matter checked key by key, body kept as Markdown.
struct DocumentLoader {
    let config: SiteConfig
    let diagnostics: Diagnostics

    static let knownKeys: Set<String> = ["title", "date", "summary", "groups", "tags", "region", "source", "draft", "slug", "cover"]

    /// `path` is relative to the site folder; `fileSlug` and `language` come from the file name.
    func load(text: String, path: String, kind: DocumentKind, fileSlug: String, language: String) -> Document? {
        let front: FrontMatter
        switch FrontMatter.split(text) {
        case .success(let value): front = value
        case .failure(.missing):
            diagnostics.error(path, line: 1, .noFrontMatter())
            return nil
        case .failure(.unclosed):
            diagnostics.error(path, line: 1, .unclosedFrontMatter())
            return nil
        }
        let reader = NodeReader(path: path, lineOffset: 1, diagnostics: diagnostics)
        let node: Node
        if front.yaml.trimmed.isEmpty {
            node = .mapping(.init([]))
        } else {
            guard let parsed = YAMLReader.parse(front.yaml, path: path, firstLine: 2, diagnostics: diagnostics) else { return nil }
            node = parsed
        }
        guard node.isMapping else {
            let mistakes = YAMLMistakes.find(in: front.yaml)
            for mistake in mistakes { diagnostics.error(path, line: mistake.line + 1, mistake.message) }
            if mistakes.isEmpty { diagnostics.error(path, line: 2, .frontMatterNotSettings()) }
            return nil
        }
        var keyLines: [String: Int] = [:]
        // The values by key, read in one pass (the first of a repeated key, as `node[key:]` finds it).
        var fields: [String: Node] = [:]
        for (key, keyNode, value) in node.mappingPairs {
            keyLines[key] = reader.line(keyNode)
            if fields[key] == nil { fields[key] = value }
            if !Self.knownKeys.contains(key) {
                reader.warning(keyNode, .unknownFrontMatterKey(key, known: Self.knownKeys.sorted()))
            }
        }

        var ok = true
        // A title or date written as a list or a map has its error already (`yamlText`): it is not missing too.
        func isListOrMap(_ node: Node?) -> Bool {
            if case .scalar? = node { return false }
            return node != nil
        }
        let title = reader.string(fields["title"], "title")?.trimmed ?? ""
        if title.isEmpty {
            if !isListOrMap(fields["title"]) { diagnostics.error(path, line: keyLines["title"] ?? 1, .noTitle()) }
            ok = false
        }
        var date: ContentDate?
        if let dateNode = fields["date"], let text = reader.string(dateNode, "date") {
            date = ContentDate.parse(text)
            if date == nil {
                // `2024/5/20` or `2024年5月20日`, as project lists take them: the message gives the form to write.
                reader.error(dateNode, ProjectDate.parse(text).map { .dateToRewrite(text, as: $0.description) } ?? .badDate(text))
                ok = false
            }
        } else {
            if !isListOrMap(fields["date"]) { diagnostics.error(path, line: keyLines["date"] ?? 1, .noDate()) }
            ok = false
        }

        let groups = reader.list(fields["groups"], "groups")
        // Each unknown group on its item's line; the items' nodes are looked up only then.
        if groups.contains(where: { config.group($0) == nil }) {
            for (group, node) in reader.listItems(fields["groups"], "groups", reported: true) where config.group(group) == nil {
                reader.error(node, .unknownGroup(group, known: config.groups.map(\.key)))
            }
            ok = false
        }
        var slug = fileSlug
        if let slugNode = fields["slug"], let text = reader.string(slugNode, "slug") {
            if Identifier.isValidSlug(text) {
                slug = text
            } else {
                reader.error(slugNode, .badSlug(text))
                ok = false
            }
        }
        guard ok else { return nil }

        return Document(
            kind: kind, slug: slug, fileSlug: fileSlug, language: language, title: title, date: date,
            // A blank `summary:` is none, as in Hugo: the first paragraph gives it.
            summary: reader.string(fields["summary"], "summary").flatMap { $0.trimmed.isEmpty ? nil : $0 },
            groups: groups,
            tags: reader.list(fields["tags"], "tags").map { $0.trimmed }.filter { !$0.isEmpty },
            region: reader.string(fields["region"], "region"),
            source: reader.string(fields["source"], "source"),
            draft: reader.bool(fields["draft"], "draft") ?? false,
            cover: reader.string(fields["cover"], "cover"),
            body: front.body, sourcePath: path, bodyLine: front.bodyLine, keyLines: keyLines)
    }

    /// The slug and groups of a file whose front matter has errors, as far as they can be read
    /// (the file name's slug when `slug:` cannot be): where its page would be, and what it names.
    static func readableParts(of front: FrontMatter, fileSlug: String) -> (slug: String, groups: [String], cover: (text: String, line: Int)?) {
        guard let node = YAMLReader.parse(front.yaml, path: "", diagnostics: Diagnostics()), node.isMapping else { return (fileSlug, [], nil) }
        let written = node[key: "slug"]?.text
        let slug = written.flatMap { Identifier.isValidSlug($0) ? $0 : nil } ?? fileSlug
        // The key's line in the file: the YAML starts on the file's second line.
        let cover = node.mappingPairs.first { $0.key == "cover" }.flatMap { pair in pair.value.text.map { ($0, pair.keyNode.line + 1) } }
        return (slug, node[key: "groups"]?.textList ?? [], cover)
    }
}

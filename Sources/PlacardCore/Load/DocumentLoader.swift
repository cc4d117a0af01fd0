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
            diagnostics.error(path, line: 1, "this file has no front matter: start it with a line `---`, then `title:` and `date:` lines, then `---`")
            return nil
        case .failure(.unclosed):
            diagnostics.error(path, line: 1, "the front matter that starts on line 1 has no closing `---` line")
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
            diagnostics.error(path, line: 2, "the front matter should be `key: value` lines, such as `title: ...`")
            return nil
        }
        var keyLines: [String: Int] = [:]
        for (key, keyNode, _) in node.mappingPairs {
            keyLines[key] = reader.line(keyNode)
            if !Self.knownKeys.contains(key) {
                reader.warning(keyNode, "the front matter key `\(key)` is not one Placard knows (\(Self.knownKeys.sorted().joined(separator: ", "))); it is ignored")
            }
        }

        var ok = true
        let title = reader.string(node[key: "title"], "title")?.trimmed ?? ""
        if title.isEmpty {
            diagnostics.error(path, line: keyLines["title"] ?? 1, "this file has no `title`; add a line `title: ...` to its front matter")
            ok = false
        }
        var date: ContentDate?
        if let dateNode = node[key: "date"], let text = reader.string(dateNode, "date") {
            date = ContentDate.parse(text)
            if date == nil {
                reader.error(dateNode, "date `\(text)` is not a real date; write YYYY-MM-DD, like 2024-05-20")
                ok = false
            }
        } else {
            diagnostics.error(path, line: keyLines["date"] ?? 1, "this file has no `date`; add a line like `date: 2024-05-20` to its front matter")
            ok = false
        }

        let groups = reader.list(node[key: "groups"], "groups")
        for group in groups where config.group(group) == nil {
            let known = config.groups.map(\.key).joined(separator: ", ")
            diagnostics.error(path, line: keyLines["groups"], "unknown group `\(group)`; use one of the keys in site.yml `groups` (\(known))")
            ok = false
        }
        var slug = fileSlug
        if let slugNode = node[key: "slug"], let text = reader.string(slugNode, "slug") {
            if Identifier.isValidSlug(text) {
                slug = text
            } else {
                reader.error(slugNode, "the slug `\(text)` cannot be used in a URL: use letters, digits and `-`, without `/`, `\\`, `..` or a leading `.`")
                ok = false
            }
        }
        guard ok else { return nil }

        return Document(
            kind: kind, slug: slug, fileSlug: fileSlug, language: language, title: title, date: date,
            summary: reader.string(node[key: "summary"], "summary"),
            groups: groups,
            tags: reader.list(node[key: "tags"], "tags").map { $0.trimmed }.filter { !$0.isEmpty },
            region: reader.string(node[key: "region"], "region"),
            source: reader.string(node[key: "source"], "source"),
            draft: reader.bool(node[key: "draft"], "draft") ?? false,
            cover: reader.string(node[key: "cover"], "cover"),
            body: front.body, sourcePath: path, bodyLine: front.bodyLine, keyLines: keyLines)
    }
}

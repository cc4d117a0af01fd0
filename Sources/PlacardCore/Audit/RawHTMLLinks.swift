/// With `markdown: {unsafe: true}`, the `<img>` and `<a>` tags written as HTML in Markdown, which the
/// page shows as written: `missing-alt`, `broken-link` and `dead-link` read them as they read
/// Markdown's own links and images. A tag is read when it is written on one line; tags inside code
/// are not read.
struct RawHTMLLinks {
    /// One `<img>` or `<a>`: its name, attributes (names in lower case, values as written) and line in the Markdown (1-based).
    struct Tag {
        var name: String
        var attributes: [String: String]
        var line: Int
    }

    /// The `<img>` and `<a>` tags of `markdown`.
    static func tags(in markdown: String) -> [Tag] {
        var tags: [Tag] = []
        for (offset, line) in MarkdownMask.lines(markdown).enumerated() where line.prose.contains(MarkdownMask.hidden) {
            // The mask hides HTML tags and blanks code: a `<` it hides starts a tag. Each is read
            // from its place in the line, which is not copied for it.
            let text = String(String.UnicodeScalarView(line.original))
            for (i, index) in zip(line.original.indices, text.unicodeScalars.indices) where line.original[i] == "<" && line.prose[i] == MarkdownMask.hidden {
                if let tag = parse(text[text.unicodeScalars.index(after: index)...], line: offset + 1) { tags.append(tag) }
            }
        }
        return tags
    }

    /// The tag whose text (after `<`) starts `text`, when it is an `img` or an `a`.
    private static func parse(_ text: Substring, line: Int) -> Tag? {
        let name = text.prefix { $0.isLetter || $0.isNumber }.lowercased()
        guard name == "img" || name == "a" else { return nil }
        var attributes: [String: String] = [:]
        var rest = text.dropFirst(name.count)
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            guard let first = rest.first, first != ">" else { break }
            let key = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" && $0 != "/" }
            guard !key.isEmpty else { break }
            rest = rest.dropFirst(key.count).drop(while: \.isWhitespace)
            var value = ""
            if rest.first == "=" {
                rest = rest.dropFirst().drop(while: \.isWhitespace)
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    let body = rest.dropFirst()
                    value = String(body.prefix { $0 != quote })
                    rest = body.dropFirst(value.count + 1)
                } else {
                    value = String(rest.prefix { !$0.isWhitespace && $0 != ">" })
                    rest = rest.dropFirst(value.count)
                }
            }
            attributes[key.lowercased()] = attributes[key.lowercased()] ?? decodingEntities(value)
        }
        return Tag(name: name, attributes: attributes, line: line)
    }

    /// `&amp;` and the other references an address is likely to hold, as the browser reads them.
    private static func decodingEntities(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension ContentRules {
    /// The findings and external links of the HTML tags of `markdown` (the body of the file at `path`):
    /// an image without alt text, or an address to nothing or one only Markdown would have turned into
    /// the site's address. `linesOf` gives the tags' file lines from their Markdown lines and addresses
    /// (all at once: it may look for them in the file).
    func rawHTMLFindings(_ markdown: String, file: SourceFile, resolver: LinkResolver, page: String,
                         linesOf: ([(line: Int, destination: String)]) -> [Int]) -> (findings: [AuditFinding], issues: [MarkdownIssue], external: [(String, Int)]) {
        guard site.config.markdownUnsafe else { return ([], [], []) }
        var findings: [AuditFinding] = []
        var issues: [MarkdownIssue] = []
        var external: [(String, Int)] = []
        let tags = RawHTMLLinks.tags(in: markdown).compactMap { tag in
            tag.attributes[tag.name == "img" ? "src" : "href"].map { (tag: tag, destination: $0.trimmed) }
        }
        for ((tag, destination), line) in zip(tags, linesOf(tags.map { ($0.tag.line, $0.destination) })) {
            func finding(_ rule: AuditRule, _ severity: Diagnostic.Severity, _ message: Message) -> AuditFinding {
                AuditFinding(rule: rule, severity: severity, path: file.path, line: line, message: message, context: file.text(line), url: page)
            }
            if tag.name == "img" && (tag.attributes["alt"] ?? "").trimmed.isEmpty {
                findings.append(finding(.missingAlt, .warning, .auditHTMLImageWithoutAlt(destination)))
            }
            if Self.isExternal(destination) {
                external.append((destination, line))
                continue
            }
            // A root-absolute address (`/zh/about/`) is not checked against the built site's pages here:
            // `check`, which confirms those for Markdown links, does not read HTML.
            switch resolver.resolve(destination, from: file.path) {
            case .keep: break
            case .broken: issues.append(MarkdownIssue(kind: .brokenLink(destination: destination), line: line))
            case .rewrite(let url), .rewriteWithWarning(let url, _), .rewriteToCheck(let url, _):
                if url != destination { findings.append(finding(.brokenLink, .error, .auditHTMLLinkAsWritten(destination, url: url))) }
            }
        }
        return (findings, issues, external)
    }
}

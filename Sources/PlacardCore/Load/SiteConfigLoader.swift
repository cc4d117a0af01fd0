import Foundation
import Yams

/// Reads `site.yml` into a `SiteConfig`, reporting every problem it finds.
enum SiteConfigLoader {
    static let path = "site.yml"

    /// `baseURL`: `--base-url`, which stands in for site.yml's (then not read, and not required).
    static func load(root: URL, baseURL: String? = nil, diagnostics: Diagnostics) -> SiteConfig? {
        let url = root.appendingPathComponent(path)
        guard let text = TextFile.read(url, path: path, diagnostics: diagnostics) else {
            if !FileManager.default.fileExists(atPath: url.path) {
                diagnostics.error(path, .siteConfigMissing(folder: root.path))
            }
            return nil
        }
        guard let node = YAMLReader.parse(text, path: path, diagnostics: diagnostics) else { return nil }
        guard node.isMapping else {
            diagnostics.error(path, line: node.line, .siteConfigNotSettings())
            return nil
        }
        return read(node, baseURL: baseURL, diagnostics: diagnostics)
    }

    /// The settings site.yml may hold (SPEC §2); any other key is warned of, a misspelt one being
    /// otherwise silently without effect.
    static let knownKeys: Set<String> = [
        "title", "description", "baseURL", "languages", "theme", "paginate", "feeds", "markdown", "series", "groups",
        "identity", "search", "audit",
    ]

    /// The settings inside those of `knownKeys` that hold a map, and those of a language and a series.
    static let knownInner: [String: Set<String>] = [
        "identity": ["organizer", "operator", "contact", "siteCode", "icp", "police", "badgeURL", "reportURL"],
        "feeds": ["items"], "markdown": ["unsafe"], "languages[]": ["code", "locale", "name"],
        "series[]": ["key", "title", "description", "updateDays"],
    ]

    /// Warns of each key of the map `node` that is not in `known`, named after `parent` (`identity.sitecode`),
    /// but one whose value others in `root` share, when it is given (`YAMLMerge.unknownKeys`).
    private static func warnOfUnknownKeys(in node: Node?, known: Set<String>, parent: String? = nil, root: Node? = nil,
                                          reader: NodeReader) {
        guard let node, node.isMapping else { return }
        let path = { (key: String) in parent.map { "\($0).\(key)" } ?? key }
        for (key, keyNode) in YAMLMerge.unknownKeys(of: node, known: known, sharedWithin: root) {
            reader.warning(keyNode, .siteConfigUnknownKey(path(key), known: known.sorted().map(path)))
        }
    }

    static func read(_ node: Node, baseURL override: String? = nil, diagnostics: Diagnostics) -> SiteConfig? {
        let reader = NodeReader(path: path, lineOffset: 0, diagnostics: diagnostics)
        warnOfUnknownKeys(in: node, known: knownKeys, root: node, reader: reader)
        let languages = readLanguages(node[key: "languages"], reader: reader)
        let codes = languages.map(\.code)

        let titleNode = node[key: "title"]
        let title = reader.localized(titleNode, "title", languages: codes).flatMap {
            filled($0, languages: codes) { reader.warning(titleNode ?? node, .siteConfigTitleUntranslated(language: $0, shown: $1)) }
        }
        // The rest is still read, so that one run reports every problem; the build stops on the error.
        if title == nil { diagnostics.error(path, line: titleNode.map(reader.line) ?? 1, .siteConfigNoTitle()) }
        var baseURL = override ?? reader.string(node[key: "baseURL"], "baseURL") ?? "/"
        if override == nil, node[key: "baseURL"] == nil {
            diagnostics.error(path, line: 1, .siteConfigNoBaseURL())
            baseURL = "http://localhost/"
        } else if override == nil, let problem = BaseURL.problem(baseURL) {
            reader.error(node[key: "baseURL"] ?? node, problem)
            baseURL = "http://localhost/"
        }
        guard !languages.isEmpty else {
            diagnostics.error(path, line: node[key: "languages"]?.line ?? 1, .siteConfigNoLanguages())
            return nil
        }

        var config = SiteConfig(title: title ?? LocalizedText(), baseURL: BaseURL.normalized(baseURL), languages: languages)
        config.description = reader.localized(node[key: "description"], "description", languages: codes) ?? .init()
        if let themeNode = node[key: "theme"], let theme = reader.string(themeNode, "theme") {
            config.themeLine = reader.line(themeNode)
            if Identifier.isThemeName(theme) { config.theme = theme } else { reader.error(themeNode, .themeName(theme)) }
        }
        if let paginate = reader.int(node[key: "paginate"], "paginate") {
            if paginate < 1 { reader.error(node[key: "paginate"]!, .siteConfigAtLeastOne(key: "paginate")) } else { config.paginate = paginate }
        }
        for key in ["identity", "feeds", "markdown"] {
            warnOfUnknownKeys(in: node[key: key], known: knownInner[key]!, parent: key, reader: reader)
        }
        if let feeds = node[key: "feeds"], let items = reader.int(feeds[key: "items"], "feeds.items") {
            if items < 1 { reader.error(feeds, .siteConfigAtLeastOne(key: "feeds.items")) } else { config.feedItems = items }
        }
        if let markdown = node[key: "markdown"] {
            config.markdownUnsafe = reader.bool(markdown[key: "unsafe"], "markdown.unsafe") ?? false
        }
        (config.series, config.seriesWithErrors) = readSeries(node[key: "series"], reader: reader, languages: codes)
        config.audit = AuditSettings.read(site: node, reader: reader)
        config.groups = readGroups(node[key: "groups"], reader: reader, languages: codes)
        if let identity = node[key: "identity"] {
            config.identity = readIdentity(identity, reader: reader, languages: codes)
        }
        if let search = node[key: "search"] {
            config.searchSynonyms = readSearch(search, reader: reader)
        }
        return config
    }

    /// `text` with a value for every language: a language without one (or with a blank one) gets the
    /// default language's, else the first language's that has one, as Hugo and Zola fall back to the
    /// default language; `missing(language, shown)` is called for each. Nil when no language has text.
    private static func filled(_ text: LocalizedText, languages: [String], missing: (String, String) -> Void) -> LocalizedText? {
        if let everywhere = text.everywhere { return everywhere.trimmed.isEmpty ? nil : text }
        let written = languages.filter { !(text.byLanguage[$0] ?? "").trimmed.isEmpty }
        guard let shown = written.first, let value = text.byLanguage[shown] else { return languages.isEmpty ? text : nil }
        var result = text
        for language in languages where !written.contains(language) {
            missing(language, shown)
            result.byLanguage[language] = value
        }
        return result
    }

    /// `search: {synonyms: [[长者, 老年人], ...]}`: groups of two words or more, without spaces.
    private static func readSearch(_ node: Node, reader: NodeReader) -> [[String]] {
        guard node.isMapping else {
            reader.diagnostics.error(reader.path, line: reader.line(node), .searchNotAMap())
            return []
        }
        for (key, keyNode, _) in node.mappingPairs where key != "synonyms" {
            reader.diagnostics.error(reader.path, line: reader.line(keyNode), .searchUnknownKey(key))
        }
        guard let synonyms = node[key: "synonyms"] else { return [] }
        guard case .sequence(let groups) = synonyms else {
            reader.diagnostics.error(reader.path, line: reader.line(synonyms), .synonymsNotAList())
            return []
        }
        var result: [[String]] = []
        for group in groups {
            guard case .sequence(let words) = group, words.count >= 2 else {
                reader.diagnostics.error(reader.path, line: reader.line(group), .synonymGroupTooSmall())
                continue
            }
            var texts: [String] = []
            for word in words {
                guard let text = word.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                    reader.diagnostics.error(reader.path, line: reader.line(word), .synonymNotAWord())
                    continue
                }
                if text.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
                    reader.diagnostics.error(reader.path, line: reader.line(word), .synonymHasSpace(text))
                    continue
                }
                texts.append(text)
            }
            if texts.count == words.count { result.append(texts) }
        }
        return result
    }

    private static func readLanguages(_ node: Node?, reader: NodeReader) -> [Language] {
        guard let node else { return [] }
        guard case .sequence(let items) = node else {
            reader.error(node, .siteConfigLanguagesList())
            return []
        }
        var result: [Language] = []
        for item in items {
            warnOfUnknownKeys(in: item, known: knownInner["languages[]"]!, parent: "languages", reader: reader)
            guard let code = reader.string(item[key: "code"], "code"), Identifier.isValidKey(code) else {
                reader.error(item, .siteConfigLanguageCode())
                continue
            }
            if result.contains(where: { $0.code == code }) {
                reader.error(item, .siteConfigLanguageTwice(code))
                continue
            }
            let locale = reader.string(item[key: "locale"], "locale") ?? code
            let name = reader.string(item[key: "name"], "name") ?? code
            result.append(Language(code: code, locale: locale, name: name))
        }
        return result
    }

    /// The series, and the keys of those written with an error (`SiteConfig.seriesWithErrors`).
    private static func readSeries(_ node: Node?, reader: NodeReader, languages: [String]) -> ([Series], Set<String>) {
        guard let node else { return ([], []) }
        guard case .sequence(let items) = node else {
            reader.error(node, .siteConfigSeriesList())
            return ([], ["*"])
        }
        var result: [Series] = []
        var withErrors: Set<String> = []
        for item in items {
            warnOfUnknownKeys(in: item, known: knownInner["series[]"]!, parent: "series", reader: reader)
            guard let key = reader.string(item[key: "key"], "key") else {
                reader.error(item, .siteConfigSeriesKey())
                withErrors.insert("*")
                continue
            }
            guard Identifier.isValidKey(key) else {
                reader.error(item, .siteConfigBadKey(kind: .seriesKind, key: key))
                withErrors.insert(key)
                continue
            }
            // `pages` is the content folder of standalone pages.
            if key == "pages" || Route.reservedFolders.contains(key) {
                reader.error(item, .siteConfigReservedSeries(key))
                withErrors.insert(key)
                continue
            }
            if result.contains(where: { $0.key == key }) {
                reader.error(item, .siteConfigSeriesTwice(key))
                continue
            }
            let titleNode = item[key: "title"]
            let title = reader.localized(titleNode, "title", languages: languages).flatMap {
                filled($0, languages: languages) { reader.warning(titleNode ?? item, .siteConfigSeriesTitleUntranslated(key: key, language: $0, shown: $1)) }
            } ?? LocalizedText(key)
            let description = reader.localized(item[key: "description"], "description", languages: languages) ?? .init()
            result.append(Series(key: key, title: title, description: description,
                                 updateDays: AuditSettings.readDays(item[key: "updateDays"], "updateDays", reader: reader),
                                 line: reader.line(item)))
        }
        return (result, withErrors)
    }

    private static func readGroups(_ node: Node?, reader: NodeReader, languages: [String]) -> [Group] {
        guard let node else { return [] }
        guard node.isMapping else {
            reader.error(node, .siteConfigGroupsMap())
            return []
        }
        var result: [Group] = []
        for (key, keyNode, value) in node.mappingPairs {
            guard Identifier.isValidKey(key) else {
                reader.error(keyNode, .siteConfigBadKey(kind: .groupKind, key: key))
                continue
            }
            // A name missing in a language shows another's, with a warning, as a series title does.
            let title = reader.localized(value, key, languages: languages).flatMap {
                filled($0, languages: languages) { reader.warning(keyNode, .siteConfigGroupTitleUntranslated(key: key, language: $0, shown: $1)) }
            } ?? LocalizedText(key)
            result.append(Group(key: key, title: title, line: reader.line(keyNode)))
        }
        return result
    }

    private static func readIdentity(_ node: Node, reader: NodeReader, languages: [String]) -> Identity {
        var identity = Identity()
        identity.organizer = reader.localized(node[key: "organizer"], "organizer", languages: languages)
        identity.operator_ = reader.localized(node[key: "operator"], "operator", languages: languages)
        identity.contact = reader.localized(node[key: "contact"], "contact", languages: languages)
        identity.siteCode = reader.string(node[key: "siteCode"], "siteCode")
        identity.icp = reader.string(node[key: "icp"], "icp")
        identity.police = reader.string(node[key: "police"], "police")
        identity.badgeURL = webAddress(node[key: "badgeURL"], "badgeURL", reader: reader)
        identity.reportURL = webAddress(node[key: "reportURL"], "reportURL", reader: reader)
        return identity
    }

    /// A footer link (`badgeURL`, `reportURL`): both lead to national platforms, so a full
    /// `http(s)` address. Anything else would be a link into the site that leads nowhere
    /// (`www.…` without a scheme) or one the footer has to leave out (`javascript:`).
    private static func webAddress(_ node: Node?, _ key: String, reader: NodeReader) -> String? {
        guard let node, let value = reader.string(node, key) else { return nil }
        if let fixed = ProjectBuilder.fixedLink(value) {
            reader.error(node, .siteConfigLinkNotWeb(key: key, value: value, fixed: fixed))
            return nil
        }
        return value
    }
}

/// The site's base URL: absolute, with a path that pages' links start with.
public enum BaseURL {
    /// Why `text` is not a usable base URL, or nil.
    /// A base URL is an `http(s)` address with a host, and no query, fragment, white space or quotes:
    /// every page's address is made by adding to it.
    public static func problem(_ text: String) -> Message? {
        // Checked before the host is encoded: no host of a real address is near this long.
        guard text.unicodeScalars.count <= 2_048,
              !text.unicodeScalars.contains(where: { $0.value <= 0x20 || "\"'<>\\`".unicodeScalars.contains($0) }) else {
            return .siteConfigBadBaseURL(text)
        }
        let encoded = encoded(text)
        guard let url = URL(string: encoded), let scheme = url.scheme, ["http", "https"].contains(scheme.lowercased()),
              url.host != nil, url.query == nil, url.fragment == nil, url.user == nil,
              isPlainPath(pathPart(encoded)) else {
            return .siteConfigBadBaseURL(text)
        }
        return nil
    }

    /// What follows the host (`/zt/szsy/`), as written.
    private static func pathPart(_ text: String) -> String {
        guard let scheme = text.range(of: "://") else { return text }
        let rest = text[scheme.upperBound...]
        return rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
    }

    /// Whether a path holds only what a path may hold as it is (RFC 3986 `pchar` and `/`), each `%`
    /// starting two hex digits: it is then written into every link unchanged.
    private static func isPlainPath(_ path: String) -> Bool {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&()*+,;=:@/".unicodeScalars)
        let scalars = Array(path.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "%" {
                guard i + 2 < scalars.count, scalars[i + 1].properties.isASCIIHexDigit, scalars[i + 2].properties.isASCIIHexDigit else { return false }
                i += 3
            } else {
                guard allowed.contains(scalars[i]) else { return false }
                i += 1
            }
        }
        return true
    }

    /// Ends in exactly one `/`; characters past ASCII percent-encoded (`/专题/` → `/%E4%B8%93%E9%A2%98/`),
    /// as the pages' own segments are.
    public static func normalized(_ text: String) -> String {
        var text = encoded(text)
        while text.hasSuffix("/") { text.removeLast() }
        return text + "/"
    }

    /// The path part, percent-encoded, starting and ending with `/` (`/zt/szsy/`, or `/`).
    public static func path(of base: String) -> String {
        var path = pathPart(encoded(base))
        if path.isEmpty { path = "/" }
        if !path.hasSuffix("/") { path += "/" }
        return path
    }

    /// `text` with its host in Punycode and each other scalar past ASCII percent-encoded as UTF-8.
    private static func encoded(_ text: String) -> String {
        let text = asciiHost(text)
        guard text.unicodeScalars.contains(where: { $0.value > 0x7E }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value <= 0x7E {
                out.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { out += String(format: "%%%02X", byte) }
            }
        }
        return out
    }
}

import Foundation
import SwiftCSV

/// Fills the starter files for one site: its title, languages, base URL and the day of `init`.
///
/// The starter is written for Chinese and English. Localized text is a `{zh: "…", en: "…"}` map on one
/// line, rewritten for the site's languages; a language other than these two starts with the English
/// text (articles, pages, project list; links between articles point at its own copies) and the
/// theme's English UI strings, ready to translate.
struct StarterRenderer {
    let options: SiteStarter.Options
    let today: Day

    static let knownLanguages: [String: (locale: String, name: String)] = [
        "zh": ("zh-CN", "中文"), "en": ("en-US", "English"), "bo": ("bo-CN", "བོད་ཡིག"), "ug": ("ug-CN", "ئۇيغۇرچە"),
        "ko": ("ko-KR", "한국어"), "ja": ("ja-JP", "日本語"), "ru": ("ru-RU", "Русский"), "fr": ("fr-FR", "Français"),
        "de": ("de-DE", "Deutsch"), "es": ("es-ES", "Español"), "vi": ("vi-VN", "Tiếng Việt"),
    ]

    var languages: [String] { options.languages }
    /// The base URL as site.yml holds it: a host past ASCII in Punycode, a path past ASCII percent-encoded.
    var baseURL: String { BaseURL.normalized(options.baseURL) }
    var basePath: String { BaseURL.path(of: baseURL) }
    /// Languages other than zh and en need UI strings: they get a small theme extending the default one.
    var extraLanguages: [String] { languages.filter { $0 != "zh" && $0 != "en" } }

    func files() -> [String: Data] {
        var out: [String: Data] = [:]
        for (path, text) in SiteStarter.textFiles {
            for (target, source, code) in targets(for: path) where source == path {
                out[target] = Data(Self.linking(fill(text, path: path), from: source, to: code).utf8)
            }
        }
        for (path, base64) in SiteStarter.binaryFiles {
            guard let data = Data(base64Encoded: base64) else { continue }
            out[path] = path.hasSuffix(".csv") ? Data(projectList(String(decoding: data, as: UTF8.self)).utf8) : data
        }
        if let english = DefaultTheme.textFiles["i18n/en.yml"], !extraLanguages.isEmpty {
            out["themes/local/theme.yml"] = Data("# The default theme, with UI strings for more languages.\nextends: default\n".utf8)
            for code in extraLanguages {
                out["themes/local/i18n/\(code).yml"] = Data(("# Translate these UI strings into `\(code)`.\n" + english).utf8)
            }
        }
        return out
    }

    /// `content/x/a.zh.md` is written for zh; `a.en.md` for en and every other language. Each target
    /// comes with its source and its language (nil for files that are not per language).
    private func targets(for path: String) -> [(path: String, source: String, language: String?)] {
        guard path.hasPrefix("content/"), path.hasSuffix(".md") else { return [(path, path, nil)] }
        let stem = String(path.dropLast(".zh.md".count))
        let own = String(path.dropFirst(stem.count + 1).dropLast(".md".count))
        return languages.map { code in
            let source = code == "zh" ? "zh" : "en"
            return ("\(stem).\(code).md", "\(stem).\(source).md", code)
        }.filter { _ in own == "zh" || own == "en" }
    }

    /// The English text copied for another language links to that language's copies:
    /// `](../education/a.en.md)` → `](../education/a.fr.md)`, which the starter writes too.
    static func linking(_ text: String, from source: String, to code: String?) -> String {
        guard let code, source.hasSuffix(".en.md"), code != "en" else { return text }
        return text.replacingOccurrences(of: #"(\]\([^)\s:]*)\.en\.md(?=[)#?\s])"#, with: "$1.\(code).md", options: .regularExpression)
    }

    /// The placeholders first, then the title: text given to `--title` is written as it is, never filled in.
    private func fill(_ text: String, path: String) -> String {
        var text = localizedMaps(in: text)
        var values = [
            "{{date}}": today.description, "{{year}}": String(today.year), "{{baseURL}}": baseURL,
            "{{theme}}": extraLanguages.isEmpty ? "default" : "local", "{{languages}}": languageList,
        ]
        if path.hasPrefix("deploy/") { values.merge(deployValues) { $1 } }
        for (key, value) in values { text = text.replacingOccurrences(of: key, with: value) }
        if path == "site.yml", let title = options.title,
           let line = text.range(of: #"(?m)^title: .*$"#, options: .regularExpression) {
            text.replaceSubrange(line, with: "title: {" + languages.map { "\($0): \(Self.quoted(title))" }.joined(separator: ", ") + "}")
        }
        return text
    }

    private var languageList: String {
        languages.map { code in
            let known = Self.knownLanguages[code] ?? (code, code)
            return "  - {code: \(code), locale: \(known.locale), name: \(Self.quoted(known.name))}"
        }.joined(separator: "\n")
    }

    /// `{zh: "中文", en: "English"}` → the same map for the site's languages.
    private func localizedMaps(in text: String) -> String {
        let pattern = #"\{zh: ("(?:[^"\\\n]|\\.)*"), en: ("(?:[^"\\\n]|\\.)*")\}"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        let source = text as NSString
        var result = ""
        var last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            result += source.substring(with: NSRange(location: last, length: match.range.location - last))
            let zh = source.substring(with: match.range(at: 1)), en = source.substring(with: match.range(at: 2))
            result += "{" + languages.map { "\($0): \($0 == "zh" ? zh : en)" }.joined(separator: ", ") + "}"
            last = match.range.location + match.range.length
        }
        return result + source.substring(from: last)
    }

    /// The project list's localized columns (`title.zh`, `title.en`) for the site's languages, written
    /// back as Excel writes "CSV UTF-8": a byte order mark, CRLF line ends.
    private func projectList(_ text: String) -> String {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        guard let csv = try? EnumeratedCSV(string: fill(body, path: "list.csv"), delimiter: .comma, loadColumns: false) else { return text }
        var columns: [(name: String, source: Int)] = []
        var done = Set<String>()
        for (index, name) in csv.header.enumerated() {
            let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { columns.append((name, index)); continue }
            guard done.insert(parts[0]).inserted else { continue }
            for code in languages {
                let wanted = "\(parts[0]).\(code == "zh" ? "zh" : "en")"
                columns.append(("\(parts[0]).\(code)", csv.header.firstIndex(of: wanted) ?? index))
            }
        }
        var lines = [columns.map { ProjectsCSV.cell($0.name) }.joined(separator: ",")]
        for row in csv.rows {
            lines.append(columns.map { ProjectsCSV.cell($0.source < row.count ? row[$0.source] : "") }.joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A YAML double-quoted string (a title with control characters or line breaks is refused before).
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Whether `title` is one line of text that site.yml can hold: no control characters, line or paragraph
    /// separators, byte order marks or noncharacters (YAML does not allow them as they are), and not blank.
    static func isOneLine(_ title: String) -> Bool {
        !title.trimmingCharacters(in: .whitespaces).isEmpty && title.unicodeScalars.allSatisfy { scalar in
            ![.control, .lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory)
                && !scalar.properties.isNoncharacterCodePoint && scalar != "\u{FEFF}"
        }
    }
}

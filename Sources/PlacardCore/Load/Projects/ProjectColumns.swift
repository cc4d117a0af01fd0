/// The columns of a spreadsheet project list (CSV or .xlsx): each header names a project field,
/// in English (`title`) or by a Chinese alias (`项目名称`), and a localized field's column names
/// its language as `title.en`, `项目名称.en`, `项目名称(英文)` or `项目名称（English）`.
struct ProjectColumn: Equatable {
    let index: Int
    let field: String
    /// nil: the text is for every language.
    let language: String?
}

enum ProjectColumns {
    /// Every field, in the order the docs and the warnings list them, with its Chinese aliases
    /// (the first is the one Placard suggests).
    static let fields: [(name: String, chinese: [String])] = [
        ("id", ["编号", "项目编号", "序号"]),
        ("title", ["项目名称", "名称", "标题", "项目"]),
        ("organizer", ["主办单位", "牵头单位", "责任单位", "组织单位"]),
        ("organizerType", ["单位类型", "主办单位类型"]),
        ("series", ["系列", "栏目"]),
        ("groups", ["面向群体", "群体", "对象"]),
        ("region", ["地区", "区域"]),
        ("start", ["开始日期", "开始时间", "开始"]),
        ("end", ["结束日期", "结束时间", "结束"]),
        ("reach", ["覆盖人数", "预计覆盖人数", "人数"]),
        ("summary", ["简介", "摘要", "项目简介"]),
        ("body", ["正文", "详细介绍", "详情"]),
        ("link", ["链接", "网址"]),
    ]

    static let fieldNames: Set<String> = Set(fields.map(\.name))

    private static let byName: [String: String] = {
        var map: [String: String] = [:]
        for field in fields {
            map[field.name.lowercased()] = field.name
            for alias in field.chinese { map[alias] = field.name }
        }
        return map
    }()

    /// The columns Placard reads, in header order; warns about the others, and reports each required
    /// field without a column once, on the header row. Also returns those fields, so that the rows
    /// are not each reported for them.
    static func resolve(header: [String], line: Int, path: String, languages: [Language], diagnostics: Diagnostics) -> (columns: [ProjectColumn], missing: Set<String>) {
        let missing = MissingColumns(header: header, languages: languages)
        var columns: [ProjectColumn] = []
        var names: [String: String] = [:]
        for (index, raw) in header.enumerated() {
            let name = raw.trimmed
            guard !name.isEmpty, !missing.suggested.contains(index) else { continue }
            guard let (field, languageText) = parse(name) else {
                diagnostics.warning(path, line: line, .unknownColumn(name, known: knownList(chinese: containsChinese(name))))
                continue
            }
            var language: String?
            if let languageText {
                guard let code = languageCode(languageText, languages: languages) else {
                    diagnostics.warning(path, line: line, .columnForUnknownLanguage(name, language: languageText))
                    continue
                }
                language = code
            }
            let key = field + "." + (language ?? "")
            if let earlier = names[key] {
                diagnostics.warning(path, line: line, .duplicateColumn(name, earlier: earlier))
                continue
            }
            names[key] = name
            columns.append(ProjectColumn(index: index, field: field, language: language))
        }
        for message in missing.messages { diagnostics.error(path, line: line, message) }
        return (columns, missing.fields)
    }

    /// The field and the language text of a header (`项目名称(英文)` → title, 英文); nil if no field.
    /// A header as spreadsheets have them is read too: a line break or spaces inside the name
    /// (`项目\n名称`, a cell wrapped with Alt+Enter) and a `*` marking a required column (`*项目名称`).
    static func parse(_ name: String) -> (field: String, language: String?)? {
        let parts = split(name)
        guard let field = byName[key(parts.base)] else { return nil }
        return (field, parts.language)
    }

    /// A header's name and its language part: `*项目名称（英文）` → `项目名称`, `英文`, `(英文)`.
    static func split(_ name: String) -> (base: String, language: String?, suffix: String) {
        let marks: Set<Character> = ["*", "＊"]
        let unmarked = String(name.trimmed.drop { marks.contains($0) }.reversed().drop { marks.contains($0) }.reversed()).trimmed
        let normalized = unmarked.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        if normalized.hasSuffix(")"), let open = normalized.lastIndex(of: "(") {
            let language = String(normalized[normalized.index(after: open)..<normalized.index(before: normalized.endIndex)]).trimmed
            return (String(normalized[..<open]), language, String(normalized[open...]))
        } else if let dot = normalized.firstIndex(of: ".") {
            return (String(normalized[..<dot]), String(normalized[normalized.index(after: dot)...]).trimmed, String(normalized[dot...]))
        }
        return (normalized, nil, "")
    }

    /// A name as headers are matched: without spaces or line breaks, lowercased.
    static func key(_ name: String) -> String {
        name.filter { !$0.isWhitespace }.lowercased()
    }

    /// A language code of the site from `en`, `English`, `英文`, `中文`, …; nil if none.
    static func languageCode(_ text: String, languages: [Language]) -> String? {
        let lowered = text.lowercased()
        if let language = languages.first(where: { $0.code.lowercased() == lowered || $0.name.lowercased() == lowered || $0.locale.lowercased() == lowered }) {
            return language.code
        }
        let prefix: String
        switch lowered {
        case "中文", "汉语", "简体中文", "chinese": prefix = "zh"
        case "英文", "英语", "english": prefix = "en"
        default: return nil
        }
        return languages.first { $0.code.lowercased().hasPrefix(prefix) }?.code
    }

    /// The column names Placard knows: the Chinese ones for a Chinese header, else the English ones.
    static func knownList(chinese: Bool) -> String {
        chinese ? fields.map { $0.chinese[0] }.joined(separator: "、") : fields.map(\.name).joined(separator: ", ")
    }

    static func containsChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }
}

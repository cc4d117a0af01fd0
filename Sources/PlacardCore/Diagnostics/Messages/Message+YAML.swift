// Messages about YAML (front matter, site.yml, project lists, theme strings): the usual
// mistakes by name, on their own line, with the line written right.
extension Message {
    static func yamlFullWidthColon(key: String, fixed: String) -> Message {
        Message(en: "the colon after `\(key)` is the Chinese full-width colon `：`; Placard needs an English colon and a space `: ` there. Write the line as: \(fixed)",
                zh: "`\(key)` 后面是中文全角冒号“：”，这里要用英文冒号加一个空格“: ”。请把这一行改成：\(fixed)")
    }

    static func yamlFullWidthSpace(key: String, fixed: String) -> Message {
        Message(en: "after `\(key):` comes a Chinese full-width space; Placard needs an ordinary space there. Write the line as: \(fixed)",
                zh: "`\(key):` 后面是中文全角空格，这里要用英文半角空格。请把这一行改成：\(fixed)")
    }

    static func yamlMissingSpace(key: String, fixed: String) -> Message {
        Message(en: "`\(key):` needs a space after the colon. Write the line as: \(fixed)",
                zh: "`\(key):` 的冒号后面要有一个空格。请把这一行改成：\(fixed)")
    }

    static func yamlTab() -> Message {
        Message(en: "this line is indented with a tab; use spaces instead (two spaces for each level)",
                zh: "这一行开头用了制表符（Tab）缩进，请改用空格（每一层两个空格）")
    }

    static func yamlUnquotedColon(key: String, fixed: String) -> Message {
        Message(en: "the value of `\(key)` contains a colon and a space `: `, which Placard reads as the start of another setting; put the value in quotes: \(fixed)",
                zh: "`\(key)` 的内容里有“冒号加空格”，会被当成另一项设置的开头；请给内容加上引号：\(fixed)")
    }

    static func yamlUnquotedStart(key: String, start: String, fixed: String) -> Message {
        Message(en: "the value of `\(key)` starts with `\(start)`, which has a special meaning at the start of a value; put the whole value in quotes: \(fixed)",
                zh: "`\(key)` 的内容以“\(start)”开头，这个符号放在开头有特殊含义；请给整个内容加上引号：\(fixed)")
    }

    static func yamlUnreadable(detail: String) -> Message {
        Message(en: "Placard cannot read this line (\(detail)); check the colons, the quotes and the indentation here and on the line before. Each line should look like `title: 数字课堂`",
                zh: "Placard 读不懂这一行（\(detail)）；请检查这一行和上一行的冒号、引号和缩进。每一行应当像 `title: 数字课堂` 这样")
    }

    static func yamlText(key: String) -> Message {
        Message(en: "`\(key)` should be a piece of text, not a list or a map",
                zh: "`\(key)` 应当是一段文字，不是列表，也不是多项设置")
    }

    static func yamlLocalizedText(key: String) -> Message {
        Message(en: "`\(key)` should be text, or one text per language like `{zh: 数字课堂, en: Digital classroom}`, not a list",
                zh: "`\(key)` 应当是一段文字，或者每种语言一段，如 `{zh: 数字课堂, en: Digital classroom}`，不能是列表")
    }

    static func yamlUnlistedLanguage(key: String, code: String) -> Message {
        Message(en: "`\(key)` has text for the language `\(code)`, which site.yml does not list under `languages`; it is not used",
                zh: "`\(key)` 写了语言 `\(code)` 的文字，但 site.yml 的 `languages` 里没有这种语言，所以不会用到")
    }

    static func yamlBool(key: String, value: String) -> Message {
        Message(en: "`\(key)` should be true or false, not `\(value)`",
                zh: "`\(key)` 只能写 true（是）或 false（否），不能写 `\(value)`")
    }

    static func yamlWholeNumber(key: String, value: String) -> Message {
        Message(en: "`\(key)` should be a whole number like 120, not `\(value)`",
                zh: "`\(key)` 应当是一个整数，如 120，不能写 `\(value)`")
    }

    static func yamlKeyTwice(key: String, firstLine: Int) -> Message {
        Message(en: "`\(key)` is set twice here (first on line \(firstLine)), and only one value can count; delete the one you do not mean",
                zh: "`\(key)` 在这里写了两次（第一次在第 \(firstLine) 行），只能有一个值起作用；请删掉不要的那一个")
    }

    static func yamlList(key: String) -> Message {
        Message(en: "`\(key)` should be a list like `[elderly, students]`",
                zh: "`\(key)` 应当是一个列表，如 `[elderly, students]`")
    }

    static func yamlListItem(key: String) -> Message {
        Message(en: "each item of `\(key)` should be one name, like `[elderly, students]`; this item is itself a list or a map (check the brackets)",
                zh: "`\(key)` 的每一项应当是一个名称，如 `[elderly, students]`；这一项本身是列表或映射（请检查括号）")
    }
}

extension MessageArea {
    static let yaml = MessageArea(title: Message(en: "Settings lines (YAML)", zh: "设置行（YAML）"), examples: [
        ("yamlFullWidthColon", .yamlFullWidthColon(key: "title", fixed: "`title: 数字课堂进社区`")),
        ("yamlFullWidthSpace", .yamlFullWidthSpace(key: "title", fixed: "`title: 数字课堂进社区`")),
        ("yamlMissingSpace", .yamlMissingSpace(key: "title", fixed: "`title: 数字课堂进社区`")),
        ("yamlTab", .yamlTab()),
        ("yamlUnquotedColon", .yamlUnquotedColon(key: "title", fixed: "`title: \"数字课堂: 老年人学用手机\"`")),
        ("yamlUnquotedStart", .yamlUnquotedStart(key: "title", start: "\"", fixed: "`title: '\"智能手机\"进社区'`")),
        ("yamlUnreadable", .yamlUnreadable(detail: "did not find expected key")),
        ("yamlText", .yamlText(key: "summary")),
        ("yamlLocalizedText", .yamlLocalizedText(key: "title")),
        ("yamlUnlistedLanguage", .yamlUnlistedLanguage(key: "title", code: "fr")),
        ("yamlBool", .yamlBool(key: "draft", value: "是")),
        ("yamlWholeNumber", .yamlWholeNumber(key: "paginate", value: "十")),
        ("yamlList", .yamlList(key: "groups")),
        ("yamlKeyTwice", .yamlKeyTwice(key: "title", firstLine: 2)),
        ("yamlListItem", .yamlListItem(key: "tags")),
    ])
}

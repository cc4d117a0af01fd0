// Messages of `placard new`.
extension Message {
    static func newUnknownSeries(_ series: String, known: [String]) -> Message {
        Message(en: "unknown series `\(series)`; use one of \(known.joined(separator: ", "))",
                zh: "没有 `\(series)` 这个系列；请用其中之一：\(known.joined(separator: "、"))")
    }

    static func newBadSlug(_ slug: String) -> Message {
        Message(en: "the slug `\(slug)` cannot be used in a web address: use letters, digits and `-`, like `phone-class`",
                zh: "`\(slug)` 不能用在网址里：请只用字母、数字和“-”，如 `phone-class`")
    }

    static func newUnknownLanguage(_ code: String, known: [String]) -> Message {
        Message(en: "unknown language `\(code)`; use one of \(known.joined(separator: ", "))",
                zh: "没有 `\(code)` 这种语言；请用其中之一：\(known.joined(separator: "、"))")
    }

    static func newFileExists() -> Message {
        Message(en: "this file already exists; nothing was written", zh: "这个文件已经存在，没有写入任何内容")
    }

    static func newCannotWrite(_ detail: String) -> Message {
        Message(en: "cannot write this file: \(detail)", zh: "无法写入这个文件：\(detail)")
    }

    /// The line `placard new` prints on success.
    public static func newWritten(_ path: String, translationOf source: String?) -> Message {
        let copied = source.map { (en: " Date, groups, tags and cover are copied from \($0).", zh: "日期、人群、标签和封面已从 \($0) 复制。") }
        return Message(en: "Wrote \(path): replace the title and write the text.\(copied?.en ?? "") It is a draft (`draft: true`): delete that line to publish it.",
                       zh: "已写好 \(path)：请替换标题并写上正文。\(copied?.zh ?? "")它现在是草稿（`draft: true`），删掉这一行才会发布。")
    }

    /// The title a new article starts with.
    static func newTitle(language: String) -> String {
        language.hasPrefix("zh") ? "在这里写标题" : "Replace this with the title"
    }
}

extension MessageArea {
    static let newArticle = MessageArea(title: Message(en: "placard new", zh: "placard new（新建文章）"), examples: [
        ("newUnknownSeries", .newUnknownSeries("edu", known: ["elderly", "education"])),
        ("newBadSlug", .newBadSlug("a/b")),
        ("newUnknownLanguage", .newUnknownLanguage("fr", known: ["zh", "en"])),
        ("newFileExists", .newFileExists()),
        ("newCannotWrite", .newCannotWrite("Permission denied")),
        ("newWritten", .newWritten("content/elderly/phone-class.zh.md", translationOf: nil)),
        ("newWritten(translationOf:)", .newWritten("content/elderly/phone-class.en.md", translationOf: "content/elderly/phone-class.zh.md")),
    ])
}

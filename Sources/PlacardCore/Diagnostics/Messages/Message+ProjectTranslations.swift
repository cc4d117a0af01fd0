// Messages about project fields written in one language only.
extension Message {
    static func projectFieldUntranslated(id: String, field: String, language: String, shown: String) -> Message {
        Message(en: "the project `\(id)` has no `\(field)` in `\(language)`; its `\(shown)` text is shown on the `\(language)` pages until you add one",
                zh: "项目 `\(id)` 没有 `\(language)` 语言的 `\(field)`；在补上之前，`\(language)` 页面上显示 `\(shown)` 的文字")
    }
}

extension MessageArea {
    static let projectTranslations = MessageArea(title: Message(en: "Project translations", zh: "项目的译文"), examples: [
        ("projectFieldUntranslated", .projectFieldUntranslated(id: "hlj-001", field: "title", language: "en", shown: "zh")),
    ])
}

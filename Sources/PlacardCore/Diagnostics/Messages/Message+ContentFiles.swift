// Messages about where a Markdown file sits in content/ and how it is named.
extension Message {
    static func markdownOutsideSeries() -> Message {
        Message(en: "a Markdown file must be in a series folder or in `pages`, like content/<series>/<slug>.<lang>.md; move it there",
                zh: "Markdown 文件必须放在某个系列的文件夹或 `pages` 文件夹里，例如 content/<系列>/<文件名>.<语言>.md；请把它移过去")
    }

    static func fileNameWithoutLanguage(example: String, languages: [String]) -> Message {
        Message(en: "the file name should end in a language code from site.yml, like `\(example)` (languages: \(languages.joined(separator: ", ")))",
                zh: "文件名的最后应是 site.yml 里的语言代码，例如 `\(example)`（可用的语言：\(languages.joined(separator: "、"))）")
    }

    static func fileNameNotASlug(_ slug: String) -> Message {
        Message(en: "the file name `\(slug)` cannot be used in a web address: use letters, digits and `-`, without spaces, `/` or `..`",
                zh: "文件名 `\(slug)` 不能用作网址：请只用字母、数字和“-”，不要有空格、“/”或“..”")
    }

    static func folderNotASeries(_ folder: String, known: [String]) -> Message {
        Message(en: "the folder `\(folder)` is not a series: add it to `series` in site.yml, or move the file to one of \(known.joined(separator: ", "))",
                zh: "文件夹 `\(folder)` 不是一个系列：请在 site.yml 的 `series` 里加上它，或者把文件移到这些文件夹之一：\(known.joined(separator: "、"))")
    }
}

extension MessageArea {
    static let contentFiles = MessageArea(title: Message(en: "Where files sit in content/", zh: "content/ 里的文件位置和名字"), examples: [
        ("markdownOutsideSeries", .markdownOutsideSeries()),
        ("fileNameWithoutLanguage", .fileNameWithoutLanguage(example: "phone-class.zh.md", languages: ["zh", "en"])),
        ("fileNameNotASlug", .fileNameNotASlug("手机 课堂")),
        ("folderNotASeries", .folderNotASeries("news", known: ["industry", "education", "elderly"])),
    ])
}

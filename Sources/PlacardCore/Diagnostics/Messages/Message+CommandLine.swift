// The command line's own lines: the summary of a build or a check, the error count.
extension Message {
    /// "Built 2 languages, 4 articles, …", with what was left out when anything was.
    public static func builtSummary(languages: Int, articles: Int, projects: Int, pages: Int, files: Int, seconds: Double,
                                    drafts: Int, future: Int, futurePages: Int = 0) -> Message {
        let time = String(format: "%.2f", seconds)
        var en = "Built \(count(languages, "language")), \(count(articles, "article")), \(count(projects, "project")): \(count(pages, "page")) (\(count(files, "file"))) in \(time) s"
        var zh = "已生成 \(languages) 种语言、\(articles) 篇文章、\(projects) 个项目：\(pages) 个页面（\(files) 个文件），用时 \(time) 秒"
        if let left = LeftOut(drafts: drafts, future: future, futurePages: futurePages) {
            en += " (\(left.en) left out; \(left.flags) include\(left.verbEnding) \(left.pronoun))"
            zh += "（\(left.zh)没有生成；加上 \(left.flags) 可以包含）"
        }
        return Message(en: en, zh: zh)
    }

    /// "No problems found." or "No errors; 2 warnings.", with the drafts and future articles and
    /// pages that were not checked, when there were any (as `zola check` leaves drafts out).
    public static func checkPassed(warnings: Int, drafts: Int = 0, future: Int = 0, futurePages: Int = 0) -> Message {
        var en = warnings == 0 ? "No problems found." : "No errors; \(count(warnings, "warning"))."
        var zh = warnings == 0 ? "没有发现问题。" : "没有错误；有 \(warnings) 条警告。"
        if let left = LeftOut(drafts: drafts, future: future, futurePages: futurePages) {
            en += " \(left.en) not checked; \(left.flags) check\(left.verbEnding) \(left.pronoun)."
            zh += "\(left.zh)没有检查；加上 \(left.flags) 可以检查。"
        }
        return Message(en: en, zh: zh)
    }

    /// What a build or check left out ("1 draft and 2 future articles"), and the flags that take it in.
    private struct LeftOut {
        let en: String, zh: String, flags: String, verbEnding: String, pronoun: String

        init?(drafts: Int, future: Int, futurePages: Int) {
            guard drafts > 0 || future > 0 || futurePages > 0 else { return nil }
            var enParts: [String] = [], zhParts: [String] = [], flags: [String] = []
            if drafts > 0 { enParts.append(count(drafts, "draft")); zhParts.append("\(drafts) 篇草稿"); flags.append("--drafts") }
            if future > 0 { enParts.append(count(future, "future article")); zhParts.append("\(future) 篇发布日期未到的文章") }
            if futurePages > 0 { enParts.append(count(futurePages, "future page")); zhParts.append("\(futurePages) 个发布日期未到的页面") }
            if future > 0 || futurePages > 0 { flags.append("--future") }
            en = listed(enParts, ", ", " and ")
            zh = listed(zhParts, "、", "和 ")
            self.flags = flags.joined(separator: " / ")
            verbEnding = flags.count == 1 ? "s" : ""
            pronoun = drafts + future + futurePages == 1 ? "it" : "them"
        }
    }

    /// `a, b and c`: the parts joined by `separator`, the last two by `last`.
    private static func listed(_ parts: [String], _ separator: String, _ last: String) -> String {
        parts.count < 2 ? parts.joined() : parts.dropLast().joined(separator: separator) + last + parts[parts.count - 1]
    }

    /// After the errors of a failed build.
    public static func nothingWritten(errors: Int) -> Message {
        Message(en: "\(count(errors, "error")): nothing was written; the previous output is unchanged.",
                zh: "\(errors) 个错误：没有写出任何文件，原来的网站保持不变。")
    }

    /// After the errors `placard check` found: it writes nothing in any case.
    public static func errorsFound(errors: Int) -> Message {
        Message(en: "\(count(errors, "error")) found.", zh: "发现 \(errors) 个错误。")
    }

    /// After the errors of a rebuild in `placard serve`.
    public static func lastGoodSiteServed(errors: Int) -> Message {
        Message(en: "\(count(errors, "error")): every page of the preview shows them until they are fixed.",
                zh: "\(errors) 个错误：改好之前，预览的每一页都会显示这些错误。")
    }

    /// The progress line of a long build on a terminal (pages, feeds and search files together).
    public static func writingFiles(done: Int, total: Int) -> Message {
        Message(en: "Writing files: \(done)/\(total)", zh: "正在写出文件：\(done)/\(total)")
    }

    public static func badNow(_ value: String) -> Message {
        Message(en: "--now `\(value)` is not a date; write YYYY-MM-DD or an RFC 3339 time",
                zh: "--now `\(value)` 不是日期；请写成 年-月-日（如 2025-06-01）或 RFC 3339 时间")
    }

    /// `3 articles`, `1 article`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

extension MessageArea {
    static let commandLine = MessageArea(title: Message(en: "Build and check", zh: "生成和检查"), examples: [
        ("builtSummary", .builtSummary(languages: 2, articles: 4, projects: 3, pages: 52, files: 80, seconds: 0.31, drafts: 2, future: 1)),
        ("checkPassed", .checkPassed(warnings: 2, drafts: 1)),
        ("nothingWritten", .nothingWritten(errors: 1)),
        ("errorsFound", .errorsFound(errors: 2)),
        ("lastGoodSiteServed", .lastGoodSiteServed(errors: 1)),
        ("writingFiles", .writingFiles(done: 1200, total: 2405)),
        ("badNow", .badNow("yesterday")),
    ])
}

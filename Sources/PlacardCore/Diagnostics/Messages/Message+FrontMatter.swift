// Messages about articles and pages: the file itself and its front matter.
extension Message {
    static func notUTF8() -> Message {
        Message(en: "this file is not saved as UTF-8 text; save it again as UTF-8 (in Notepad or WPS: Save As, encoding UTF-8)",
                zh: "这个文件不是 UTF-8 编码；请重新保存为 UTF-8（记事本或 WPS：“另存为”，编码选 UTF-8）")
    }

    static func noFrontMatter() -> Message {
        Message(en: "this file does not start with its settings: its first line should be `---`, then lines like `title: 数字课堂` and `date: 2025-05-20`, then `---` again",
                zh: "这个文件开头没有设置部分：第一行应当是 `---`，接着写 `title: 数字课堂`、`date: 2025-05-20` 这样的行，再写一行 `---`")
    }

    static func unclosedFrontMatter() -> Message {
        Message(en: "the settings that start with `---` on line 1 are never closed; add a line `---` after the last setting (after `date: …`)",
                zh: "第 1 行的 `---` 开始的设置部分没有结束；请在最后一项设置（如 `date: …`）后面加一行 `---`")
    }

    static func frontMatterNotSettings() -> Message {
        Message(en: "the settings between the `---` lines should be one per line, like `title: 数字课堂`",
                zh: "两行 `---` 之间的设置应当一行一项，如 `title: 数字课堂`")
    }

    static func unknownFrontMatterKey(_ key: String, known: [String]) -> Message {
        Message(en: "`\(key)` is not a setting Placard knows, so it is ignored; check the spelling (the settings are: \(known.joined(separator: ", ")))",
                zh: "Placard 不认识 `\(key)` 这项设置，它不起作用；请检查拼写（可用的设置有：\(known.joined(separator: "、"))）")
    }

    static func noTitle() -> Message {
        Message(en: "this file has no `title`; add a line like `title: 数字课堂进社区` between the `---` lines",
                zh: "这个文件没有 `title`（标题）；请在两行 `---` 之间加一行，如 `title: 数字课堂进社区`")
    }

    static func badDate(_ value: String) -> Message {
        Message(en: "date `\(value)` is not a real date; write YYYY-MM-DD, like 2024-05-20",
                zh: "日期 `\(value)` 不是一个真实的日期；请写成 年-月-日，如 2024-05-20")
    }

    static func dateToRewrite(_ value: String, as day: String) -> Message {
        Message(en: "date `\(value)` is not written the way an article's date is; write it `date: \(day)` (YYYY-MM-DD)",
                zh: "日期 `\(value)` 的写法不对，文章的日期要写成 年-月-日；请改成 `date: \(day)`")
    }

    static func noDate() -> Message {
        Message(en: "this file has no `date`; add a line like `date: 2024-05-20` between the `---` lines",
                zh: "这个文件没有 `date`（日期）；请在两行 `---` 之间加一行，如 `date: 2024-05-20`")
    }

    static func unknownGroup(_ group: String, known: [String]) -> Message {
        if known.isEmpty { return .groupsMissing(group) }
        return Message(en: "unknown group `\(group)`; use one of the keys under `groups` in site.yml (\(known.joined(separator: ", ")))",
                zh: "没有 `\(group)` 这个人群；请用 site.yml 的 `groups` 里的名字（\(known.joined(separator: "、"))）")
    }

    /// A group named where site.yml has no `groups` at all (articles and project lists alike).
    static func groupsMissing(_ group: String) -> Message {
        Message(en: "unknown group `\(group)`: site.yml has no `groups` yet; add it there with its name in each language, like `groups: {\(group): {zh: 中文名称, en: English name}}`",
                zh: "没有 `\(group)` 这个人群：site.yml 里还没有 `groups`；请在那里加上，并写出各语言的名称，例如 `groups: {\(group): {zh: 中文名称, en: English name}}`")
    }

    static func badSlug(_ slug: String) -> Message {
        Message(en: "the slug `\(slug)` cannot be used in a web address: use letters, digits and `-`, without `/`, `\\`, `..` or a leading `.`",
                zh: "`\(slug)` 不能用在网址里：请只用字母、数字和“-”，不要用 `/`、`\\`、`..`，也不要以“.”开头")
    }

    static func sameAddress(other: String, address: String) -> Message {
        Message(en: "this file and \(other) both give the address \(address); change the `slug` or the file name of one of them",
                zh: "这个文件和 \(other) 的网址都是 \(address)；请改掉其中一个的 `slug` 或文件名")
    }

    static func addressPartTooLong(_ name: String) -> Message {
        Message(en: "`\(name.prefix(40))…` is too long to be part of a page address (at most 255 bytes: 85 Chinese characters or 255 letters); shorten it",
                zh: "`\(name.prefix(40))…` 太长，不能作为网页地址的一部分（最多 255 字节：85 个汉字或 255 个字母）；请缩短")
    }

    static func pageSlugIsSeries(_ slug: String) -> Message {
        Message(en: "the page slug `\(slug)` is also a series key; pages and series share /<lang>/<name>/, so rename the page",
                zh: "页面名 `\(slug)` 和一个系列同名；页面和系列共用 /<语言>/<名字>/ 这样的网址，请给页面换个名字")
    }

    static func articleSlugReserved(_ slug: String) -> Message {
        Message(en: "the article slug `\(slug)` is taken by the series' own `\(slug)` (its page list, its feed or its page's index.html); rename the article",
                zh: "文章名 `\(slug)` 已被系列自己的 `\(slug)`（分页、订阅或系列页面的 index.html）占用；请给文章换个名字")
    }

    static func pageSlugReserved(_ slug: String) -> Message {
        Message(en: "the page slug `\(slug)` is taken by Placard's own /\(slug)/ pages; rename the page",
                zh: "页面名 `\(slug)` 已被 Placard 自己的 /\(slug)/ 页面占用；请给页面换个名字")
    }
}

extension MessageArea {
    static let frontMatter = MessageArea(title: Message(en: "Articles and pages", zh: "文章和页面"), examples: [
        ("notUTF8", .notUTF8()),
        ("noFrontMatter", .noFrontMatter()),
        ("unclosedFrontMatter", .unclosedFrontMatter()),
        ("frontMatterNotSettings", .frontMatterNotSettings()),
        ("unknownFrontMatterKey", .unknownFrontMatterKey("tittle", known: ["cover", "date", "title"])),
        ("noTitle", .noTitle()),
        ("badDate", .badDate("2024-13-01")),
        ("dateToRewrite", .dateToRewrite("2024年5月20日", as: "2024-05-20")),
        ("noDate", .noDate()),
        ("unknownGroup", .unknownGroup("aliens", known: ["elderly", "students"])),
        ("badSlug", .badSlug("a/b")),
        ("sameAddress", .sameAddress(other: "content/elderly/one.zh.md", address: "/zh/elderly/same/")),
        ("articleSlugReserved", .articleSlugReserved("page")),
        ("addressPartTooLong", .addressPartTooLong(String(repeating: "数字素养", count: 25))),
        ("pageSlugIsSeries", .pageSlugIsSeries("education")),
        ("pageSlugReserved", .pageSlugReserved("search")),
        ("groupsMissing", .groupsMissing("elderly")),
    ])
}

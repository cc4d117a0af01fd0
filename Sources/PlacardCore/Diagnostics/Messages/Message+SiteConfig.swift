// Messages about site.yml.
extension Message {
    public static func siteConfigMissing(folder: String) -> Message {
        Message(en: "there is no site.yml in \(folder); run placard in the site folder, or pass it with --source DIR",
                zh: "\(folder) 里没有 site.yml；请在网站文件夹里运行 placard，或者用 --source 文件夹 指明网站文件夹")
    }

    static func siteConfigUnknownKey(_ key: String, known: [String]) -> Message {
        Message(en: "`\(Message.quoted(key))` is not a setting Placard knows, so it is ignored; check the spelling (the settings are: \(known.joined(separator: ", ")))",
                zh: "Placard 不认识 `\(Message.quoted(key))` 这项设置，它不起作用；请检查拼写（可用的设置有：\(known.joined(separator: "、"))）")
    }

    static func siteConfigNotSettings() -> Message {
        Message(en: "site.yml should be a list of settings, one per line, such as `title: …` and `languages: …`",
                zh: "site.yml 应当是一行一项的设置，如 `title: …` 和 `languages: …`")
    }

    static func siteConfigNoTitle() -> Message {
        Message(en: "site.yml has no `title`; add a line like `title: {zh: 全民数字素养, en: Digital Literacy}`",
                zh: "site.yml 里没有 `title`（网站名称）；请加一行，如 `title: {zh: 全民数字素养, en: Digital Literacy}`")
    }

    static func siteConfigTitleUntranslated(language: String, shown: String) -> Message {
        Message(en: "`title` has no text in `\(language)`; the `\(language)` pages show the `\(shown)` title until you add one, like `title: {zh: 全民数字素养, en: Digital Literacy}`",
                zh: "`title`（网站名称）没有 `\(language)` 语言的文字；在补上之前，`\(language)` 页面上显示 `\(shown)` 的名称。写法如 `title: {zh: 全民数字素养, en: Digital Literacy}`")
    }

    static func siteConfigNoBaseURL() -> Message {
        Message(en: "site.yml has no `baseURL`: add the site's full address, like `baseURL: https://digital.example.gov.cn/`, or build with `--base-url`",
                zh: "site.yml 里没有 `baseURL`：请写上网站的完整网址，如 `baseURL: https://digital.example.gov.cn/`，或在生成时加上 `--base-url`")
    }

    static func siteConfigBadBaseURL(_ value: String) -> Message {
        let value = quoted(value)
        return Message(en: "`baseURL` should be the site's full address, like `https://digital.example.gov.cn/`, not `\(value)`",
                zh: "`baseURL` 应当是网站的完整网址，如 `https://digital.example.gov.cn/`，不能写 `\(value)`")
    }

    static func siteConfigNoLanguages() -> Message {
        Message(en: "site.yml lists no `languages`; add for example `languages: [{code: zh, locale: zh-CN, name: 中文}]`",
                zh: "site.yml 里没有 `languages`（语言）；请加上，如 `languages: [{code: zh, locale: zh-CN, name: 中文}]`")
    }

    static func siteConfigAtLeastOne(key: String) -> Message {
        Message(en: "`\(key)` should be 1 or more", zh: "`\(key)` 至少是 1")
    }

    static func siteConfigLanguagesList() -> Message {
        Message(en: "`languages` should be a list, one language per line, like `- {code: zh, locale: zh-CN, name: 中文}`",
                zh: "`languages` 应当是一个列表，每种语言一行，如 `- {code: zh, locale: zh-CN, name: 中文}`")
    }

    static func siteConfigLanguageCode() -> Message {
        Message(en: "each language needs a `code` of lowercase letters, like `zh` or `en`",
                zh: "每种语言都要有 `code`（语言代码），用小写字母，如 `zh` 或 `en`")
    }

    static func siteConfigLanguageTwice(_ code: String) -> Message {
        Message(en: "the language `\(code)` is listed twice; remove one of them",
                zh: "语言 `\(code)` 写了两次，请删掉一个")
    }

    static func siteConfigSeriesList() -> Message {
        Message(en: "`series` should be a list, one series per entry, like `- key: education` with `title: {zh: 教育篇, en: Education}` below it",
                zh: "`series` 应当是一个列表，每个系列一项，如 `- key: education`，下面一行写 `title: {zh: 教育篇, en: Education}`")
    }

    static func siteConfigSeriesKey() -> Message {
        Message(en: "each series needs a `key`, like `key: education`",
                zh: "每个系列都要有 `key`（英文名），如 `key: education`")
    }

    static func siteConfigBadKey(kind: Message, key: String) -> Message {
        Message(en: "the \(kind.en) key `\(key)` may only use lowercase letters a-z, digits and `-`, like `older-people`",
                zh: "\(kind.zh)的英文名 `\(key)` 只能用小写字母 a-z、数字和“-”，如 `older-people`")
    }

    static let seriesKind = Message(en: "series", zh: "系列")
    static let groupKind = Message(en: "group", zh: "人群")

    static func siteConfigReservedSeries(_ key: String) -> Message {
        Message(en: "`\(key)` cannot be a series key: Placard uses /\(key)/ for its own pages; choose another key",
                zh: "`\(key)` 不能用作系列名：Placard 自己的页面用了 /\(key)/；请换一个名字")
    }

    static func siteConfigSeriesTwice(_ key: String) -> Message {
        Message(en: "the series `\(key)` is listed twice; remove one of them",
                zh: "系列 `\(key)` 写了两次，请删掉一个")
    }

    static func siteConfigSeriesTitleUntranslated(key: String, language: String, shown: String) -> Message {
        Message(en: "the series `\(key)` has no `title` in `\(language)`; the `\(language)` pages show its `\(shown)` title until you add one",
                zh: "系列 `\(key)` 没有 `\(language)` 语言的 `title`；在补上之前，`\(language)` 页面上显示它 `\(shown)` 的标题")
    }

    static func siteConfigGroupTitleUntranslated(key: String, language: String, shown: String) -> Message {
        Message(en: "the group `\(key)` has no name in `\(language)`; the `\(language)` pages show its `\(shown)` name until you add one",
                zh: "人群 `\(key)` 没有 `\(language)` 语言的名称；在补上之前，`\(language)` 页面上显示它 `\(shown)` 的名称")
    }

    static func siteConfigGroupsMap() -> Message {
        Message(en: "`groups` should be one group per line, like `elderly: {zh: 老年人, en: Older people}`",
                zh: "`groups` 应当每行一个人群，如 `elderly: {zh: 老年人, en: Older people}`")
    }

    static func siteConfigLinkNotWeb(key: String, value: String, fixed: String) -> Message {
        Message(en: "`\(key)` should be a full web address starting with `https://` or `http://`, not `\(value)`; write it like `\(fixed)`",
                zh: "`\(key)`（链接）应当是以 `https://` 或 `http://` 开头的完整网址，不能写 `\(value)`；请写成 `\(fixed)` 这样")
    }

    static func siteConfigUnusedGroup(_ key: String) -> Message {
        Message(en: "the group `\(key)` is not used by any article or project",
                zh: "人群 `\(key)` 没有被任何文章或项目用到")
    }
}

extension MessageArea {
    static let siteConfig = MessageArea(title: Message(en: "site.yml", zh: "site.yml（网站设置）"), examples: [
        ("siteConfigMissing", .siteConfigMissing(folder: "/home/staff/site")),
        ("siteConfigNotSettings", .siteConfigNotSettings()),
        ("siteConfigUnknownKey", .siteConfigUnknownKey("pagenate", known: ["audit", "baseURL", "description", "paginate", "title"])),
        ("siteConfigNoTitle", .siteConfigNoTitle()),
        ("siteConfigTitleUntranslated", .siteConfigTitleUntranslated(language: "en", shown: "zh")),
        ("siteConfigNoBaseURL", .siteConfigNoBaseURL()),
        ("siteConfigBadBaseURL", .siteConfigBadBaseURL("www.example.gov.cn")),
        ("siteConfigNoLanguages", .siteConfigNoLanguages()),
        ("siteConfigAtLeastOne", .siteConfigAtLeastOne(key: "paginate")),
        ("siteConfigLanguagesList", .siteConfigLanguagesList()),
        ("siteConfigLanguageCode", .siteConfigLanguageCode()),
        ("siteConfigLanguageTwice", .siteConfigLanguageTwice("zh")),
        ("siteConfigSeriesList", .siteConfigSeriesList()),
        ("siteConfigSeriesKey", .siteConfigSeriesKey()),
        ("siteConfigBadKey", .siteConfigBadKey(kind: .seriesKind, key: "教育")),
        ("siteConfigReservedSeries", .siteConfigReservedSeries("projects")),
        ("siteConfigSeriesTwice", .siteConfigSeriesTwice("education")),
        ("siteConfigSeriesTitleUntranslated", .siteConfigSeriesTitleUntranslated(key: "education", language: "en", shown: "zh")),
        ("siteConfigGroupsMap", .siteConfigGroupsMap()),
        ("siteConfigGroupTitleUntranslated", .siteConfigGroupTitleUntranslated(key: "elderly", language: "en", shown: "zh")),
        ("siteConfigLinkNotWeb", .siteConfigLinkNotWeb(key: "reportURL", value: "zfwzgl.www.gov.cn/exposure/jiucuo.html",
                                                       fixed: "https://zfwzgl.www.gov.cn/exposure/jiucuo.html")),
        ("siteConfigUnusedGroup", .siteConfigUnusedGroup("students")),
    ])
}

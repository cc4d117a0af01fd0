// Messages about themes: templates, UI strings, inheritance.
extension Message {
    static func themeLoop(_ chain: [String]) -> Message {
        Message(en: "themes extend each other in a loop: \(chain.joined(separator: " → ")); remove `extends` from one of them",
                zh: "主题互相继承，绕成了一个圈：\(chain.joined(separator: " → "))；请删掉其中一个的 `extends`")
    }

    static func themeMissing(_ name: String, folder: String) -> Message {
        Message(en: "there is no theme `\(name)`: Placard looked for the folder themes/\(name) in \(folder)",
                zh: "没有名为 `\(name)` 的主题：Placard 在 \(folder) 里找不到 themes/\(name) 文件夹")
    }

    static func themeName(_ name: String) -> Message {
        Message(en: "the theme `\(name)` should be the name of a folder in themes/, without `/` or `..`, like `theme: default`",
                zh: "主题 `\(name)` 应当是 themes/ 里一个文件夹的名字，不能含 `/` 或 `..`，例如 `theme: default`")
    }

    /// `line` is the line as the author wrote it; empty when there is none to show.
    static func templateParse(_ problem: TemplateSyntaxProblem, line: String) -> Message {
        let detail = problem.message
        guard !line.isEmpty else {
            return Message(en: "this template does not parse: \(detail.en)", zh: "这个模板有语法错误：\(detail.zh)")
        }
        return Message(en: "this template does not parse (\(detail.en)): `\(line)`",
                       zh: "这个模板有语法错误（\(detail.zh)）：`\(line)`")
    }

    static func themeConfigUnknownKey(_ key: String) -> Message {
        Message(en: "`\(Message.quoted(key))` is not a setting of theme.yml, so it is ignored; the one setting is `extends: default` (the theme this one builds on): check the spelling",
                zh: "theme.yml 没有 `\(Message.quoted(key))` 这项设置，它不起作用；theme.yml 只有一项设置 `extends: default`（本主题所继承的主题），请检查拼写")
    }

    static func themeLoadsFromAnotherHost(_ url: String) -> Message {
        Message(en: "this loads `\(Message.quoted(url))` from another host, and Placard's pages load nothing from other hosts (the page's security policy blocks it, and a reader's browser would tell that host about every visit): save the file in the theme's static/ folder and refer to it there",
                zh: "这里从其他网站加载 `\(Message.quoted(url))`，而 Placard 的页面不从其他网站加载任何内容（页面的安全策略会拦下它，而且读者每次访问都会被那个网站知道）：请把文件保存到主题的 static/ 文件夹里，再从那里引用")
    }

    static func templateMissing(_ name: String) -> Message {
        Message(en: "the theme has no `\(name)` template", zh: "主题缺少 `\(name)` 模板")
    }

    static func templateMissing(_ name: String, neededFor page: String) -> Message {
        Message(en: "the theme has no `\(name)` template, needed for \(page)", zh: "主题缺少 `\(name)` 模板，生成 \(page) 需要它")
    }

    static func partialMissing(template: String, partial: String) -> Message {
        Message(en: "the template `\(template)` uses the partial `\(partial)`, which the theme does not have",
                zh: "模板 `\(template)` 用到了片段 `\(partial)`，但主题里没有它")
    }

    static func partialCycle(_ chain: [String]) -> Message {
        let names = chain.map { "`\($0)`" }.joined(separator: " → ")
        return Message(en: "the partial `\(chain[0])` includes itself (\(names)): a page using it would never finish; remove one of these includes",
                       zh: "片段 `\(chain[0])` 包含了它自己（\(names)），用到它的页面永远生成不完；请去掉其中一处包含")
    }

    static func cardsUnrenderable(_ detail: String) -> Message {
        Message(en: "the theme cannot render cards: \(detail)", zh: "主题无法生成卡片：\(detail)")
    }

    static func uiStringsMissing(code: String, name: String) -> Message {
        Message(en: "the theme has no UI strings for `\(code)` (\(name)); English ones are used",
                zh: "主题没有 `\(code)`（\(name)）的界面文字；暂用英文")
    }

    static func uiStringsEnglishMissing(name: String) -> Message {
        Message(en: "the theme has no UI strings for `en` (\(name)); the English ones built into Placard are used",
                zh: "主题没有 `en`（\(name)）的界面文字；暂用 Placard 自带的英文")
    }

    static func uiStringMissing(key: String, code: String) -> Message {
        Message(en: "the UI string `\(key)` is missing for `\(code)`; the English text is used",
                zh: "界面文字 `\(key)` 缺少 `\(code)` 的译文；暂用英文")
    }

    static func uiStringUnknown(key: String) -> Message {
        Message(en: "the template names the UI string `t.\(key)`, which no i18n file of the theme has; it shows nothing until one has `\(key): …`",
                zh: "模板用到了界面文字 `t.\(key)`，但主题的 i18n 文件里都没有这一项；在补上 `\(key): …` 之前它什么也不显示")
    }

    static func assetUnknown(key: String) -> Message {
        Message(en: "the template names `assets.\(key)`, which is no file of the theme's `static/` (the key of `static/css/site.css` is `css_site_css`); it gives an empty address",
                zh: "模板用到了 `assets.\(key)`，但主题的 `static/` 里没有对应的文件（`static/css/site.css` 的写法是 `css_site_css`）；它会得到空地址")
    }

    static func uiStringNotText(key: String) -> Message {
        Message(en: "the UI string `\(key)` should be text, like `\(key): 搜索`",
                zh: "界面文字 `\(key)` 应当是一段文字，如 `\(key): 搜索`")
    }
}

/// What is wrong in a template that does not parse, in words its author can act on.
enum TemplateSyntaxProblem: Sendable {
    case closingNameMismatch, unfinishedTag, unclosedSection, endsInsideTag, badDelimiters, inheritance, badPragma, other
    /// Found before parsing (`TemplateShape`).
    case delimiterChange, nestedTooDeep, sameSectionInside

    var message: Message {
        switch self {
        case .closingNameMismatch:
            Message(en: "a closing tag `{{/…}}` names another section than the one it closes",
                    zh: "结束标签 `{{/…}}` 写的名字和它要结束的区块不一样")
        case .unfinishedTag:
            Message(en: "a tag is not finished: its closing `}}` is missing, or its name is not well formed",
                    zh: "有一个标签没写完：缺少结尾的 `}}`，或者名字写得不对")
        case .unclosedSection:
            Message(en: "a section `{{#…}}`, `{{^…}}`, `{{$…}}` or `{{<…}}` is not closed with `{{/…}}` before the end of the file",
                    zh: "有一个区块 `{{#…}}`、`{{^…}}`、`{{$…}}` 或 `{{<…}}` 到文件末尾还没有用 `{{/…}}` 结束")
        case .endsInsideTag:
            Message(en: "the file ends inside a tag: its closing `}}` is missing",
                    zh: "文件在一个标签中间就结束了：缺少结尾的 `}}`")
        case .badDelimiters:
            Message(en: "a delimiter change such as `{{=<% %>=}}` is not well formed",
                    zh: "更换分隔符的标签（如 `{{=<% %>=}}`）写得不对")
        case .inheritance:
            Message(en: "between `{{<…}}` and its `{{/…}}` only blocks `{{$name}}…{{/name}}` may stand",
                    zh: "`{{<…}}` 和它的 `{{/…}}` 之间只能放 `{{$名字}}…{{/名字}}` 区块")
        case .badPragma:
            Message(en: "a `{{%…}}` tag is not well formed, or names a setting Mustache does not have",
                    zh: "`{{%…}}` 标签写得不对，或者用了 Mustache 没有的设置")
        case .other:
            Message(en: "the template syntax is wrong", zh: "模板的写法不对")
        case .delimiterChange:
            Message(en: "Placard themes write every tag with `{{ }}`: changing the delimiters (`{{=<% %>=}}`) is not supported",
                    zh: "Placard 主题的标签都用 `{{ }}` 写，不支持更换分隔符（`{{=<% %>=}}`）")
        case .nestedTooDeep:
            Message(en: "sections are nested more than \(TemplateShape.maximumDepth) deep here",
                    zh: "这里的区块嵌套超过了 \(TemplateShape.maximumDepth) 层")
        case .sameSectionInside:
            Message(en: "a section `{{#…}}` opens inside a section of the same name: inside an item the name means the whole list again, which would repeat for every item",
                    zh: "在同名的区块 `{{#…}}` 里又打开了它：在列表的每一项里，这个名字又指整个列表，会对每一项重复一遍")
        }
    }
}

extension MessageArea {
    static let theme = MessageArea(title: Message(en: "Themes", zh: "主题"), examples: [
        ("themeLoop", .themeLoop(["blue", "red", "blue"])),
        ("themeMissing", .themeMissing("blue", folder: "/home/staff/site/themes")),
        ("templateParse", .templateParse(.closingNameMismatch, line: "{{/main}}")),
        ("templateParse(.unfinishedTag)", .templateParse(.unfinishedTag, line: "<footer>{{title}</footer>")),
        ("templateParse(.unclosedSection)", .templateParse(.unclosedSection, line: "</main>")),
        ("templateParse(.endsInsideTag)", .templateParse(.endsInsideTag, line: "<p>{{summary")),
        ("templateParse(.badDelimiters)", .templateParse(.badDelimiters, line: "{{=<% =}}")),
        ("templateParse(.delimiterChange)", .templateParse(.delimiterChange, line: "{{=<% %>=}}")),
        ("templateParse(.nestedTooDeep)", .templateParse(.nestedTooDeep, line: "{{#site}}{{#site.menu}}")),
        ("templateParse(.sameSectionInside)", .templateParse(.sameSectionInside, line: "{{#menu}}{{#menu}}")),
        ("templateParse(.inheritance)", .templateParse(.inheritance, line: "{{<base}}{{title}}")),
        ("templateParse(.badPragma)", .templateParse(.badPragma, line: "{{% LANGUAGE: zh }}")),
        ("templateParse(.other)", .templateParse(.other, line: "")),
        ("templateMissing", .templateMissing("article")),
        ("templateMissing(neededFor:)", .templateMissing("article", neededFor: "zh/elderly/phone-class/index.html")),
        ("partialMissing", .partialMissing(template: "article", partial: "share")),
        ("partialCycle", .partialCycle(["footer", "card", "footer"])),
        ("cardsUnrenderable", .cardsUnrenderable("missing template card")),
        ("uiStringsMissing", .uiStringsMissing(code: "ug", name: "ئۇيغۇرچە")),
        ("uiStringMissing", .uiStringMissing(key: "search", code: "zh")),
        ("uiStringNotText", .uiStringNotText(key: "search")),
        ("uiStringUnknown", .uiStringUnknown(key: "serach")),
        ("themeConfigUnknownKey", .themeConfigUnknownKey("extend")),
        ("themeLoadsFromAnotherHost", .themeLoadsFromAnotherHost("https://cdn.example.com/jquery.min.js")),
        ("assetUnknown", .assetUnknown(key: "style_cs")),
        ("uiStringsEnglishMissing", .uiStringsEnglishMissing(name: "English")),
        ("themeName", .themeName("../blue")),
    ])
}

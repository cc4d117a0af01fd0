/// Messages of `placard audit` (SPEC §7.4) and of site.yml's `audit:` settings.
extension Message {
    // MARK: site.yml `audit:` and `updateDays:`

    static func auditSettingsNotAMap() -> Message {
        Message(en: "`audit` should be a map of settings, like `audit: {homeUpdateDays: 14, blankSeriesLimit: 5}`",
                zh: "`audit` 应当是一组设置，例如 `audit: {homeUpdateDays: 14, blankSeriesLimit: 5}`")
    }

    static func auditWholeNumber(_ key: String, _ text: String) -> Message {
        Message(en: "`\(key)` should be a whole number of 1 or more, like `\(key.split(separator: ".").last ?? ""): 14`, not `\(text)`",
                zh: "`\(key)` 应当是不小于 1 的整数，例如 `\(key.split(separator: ".").last ?? ""): 14`，而不是 `\(text)`")
    }

    static func auditSeconds(_ text: String) -> Message {
        Message(en: "`audit.linkTimeout` should be a number of seconds above 0, like `linkTimeout: 10`, not `\(text)`",
                zh: "`audit.linkTimeout` 应当是大于 0 的秒数，例如 `linkTimeout: 10`，而不是 `\(text)`")
    }

    static func auditUnknownSetting(_ key: String, known: [String]) -> Message {
        Message(en: "`audit.\(key)` is not a setting Placard knows (\(known.joined(separator: ", "))); it is ignored",
                zh: "`audit.\(key)` 不是 Placard 认识的设置（可用：\(known.joined(separator: "、"))），已忽略")
    }

    // MARK: audit/terms.yml

    static func auditTermsNotAList() -> Message {
        Message(en: "audit/terms.yml should be a list of entries, each like `- {wrong: 截止目前, right: 截至目前}`",
                zh: "audit/terms.yml 应当是一个列表，每一项写成 `- {wrong: 截止目前, right: 截至目前}`")
    }

    static func auditTermEntry() -> Message {
        Message(en: "each entry of audit/terms.yml needs `wrong:` and `right:`, like `- {wrong: 截止目前, right: 截至目前}`",
                zh: "audit/terms.yml 的每一项都要有 `wrong:`（错误写法）和 `right:`（正确写法），例如 `- {wrong: 截止目前, right: 截至目前}`")
    }

    // MARK: Findings about dates

    static func auditNoArticle(limit: Int) -> Message {
        Message(en: "the site has no published article: the home page counts as not updated (an inspection wants one within \(limit) days)",
                zh: "网站没有已发布的文章：首页会被认定为未更新（检查要求 \(limit) 天内有更新）")
    }

    static func auditStaleHome(newest: Day, days: Int, limit: Int) -> Message {
        Message(en: "the newest article is from \(newest), \(days) days ago: the home page counts as not updated for more than \(limit) days; publish an article (or change `audit.homeUpdateDays`)",
                zh: "最新的文章发布于 \(newest)，已过去 \(days) 天：首页超过 \(limit) 天未更新；请发布新文章（或修改 `audit.homeUpdateDays`）")
    }

    static func auditStaleSeries(key: String, title: String, newest: Day, days: Int, limit: Int) -> Message {
        Message(en: "the series `\(key)` (\(title)) was last updated on \(newest), \(days) days ago, more than its `updateDays: \(limit)`; publish an article in it",
                zh: "栏目 `\(key)`（\(title)）最近一次更新是 \(newest)，已过去 \(days) 天，超过了它的 `updateDays: \(limit)`；请在这个栏目发布文章")
    }

    static func auditBlankSeries(key: String, title: String, language: String) -> Message {
        Message(en: "the series `\(key)` (\(title)) has no published article in \(language): an inspection counts it as a blank column; publish one, or remove the series",
                zh: "栏目 `\(key)`（\(title)）在\(language)版中没有已发布的文章：检查时算作空白栏目；请发布文章，或删去这个栏目")
    }

    // MARK: Findings about links

    static func auditDeadLink(_ url: String, _ problem: LinkProblem) -> Message {
        Message(en: "the link \(url) does not work: \(problem.message.en); correct or remove it",
                zh: "链接 \(url) 无法访问：\(problem.message.zh)；请改正或删去")
    }

    static func auditHTMLImageWithoutAlt(_ destination: String) -> Message {
        Message(en: "the image `\(destination)` in HTML has no alt text for people who cannot see it; write what it shows in an `alt` attribute: "
                    + "`<img src=\"\(destination)\" alt=\"a class of older people\">`",
                zh: "HTML 中的图片 `\(destination)` 没有替代文字，看不见图片的读者无从了解；请在 `alt` 属性里写上图片的内容："
                    + "`<img src=\"\(destination)\" alt=\"老年人手机课堂\">`")
    }

    static func auditHTMLLinkAsWritten(_ destination: String, url: String) -> Message {
        Message(en: "`\(destination)` in HTML is published as written, and from the page it leads nowhere (only Markdown links are turned into "
                    + "the site's addresses); write `\(url)`, or use a Markdown link",
                zh: "HTML 中的 `\(destination)` 会原样发布，在页面上找不到目标（只有 Markdown 链接会换成网站的地址）；"
                    + "请写成 `\(url)`，或改用 Markdown 链接")
    }

    // MARK: Findings about wording

    static func auditTerm(wrong: String, right: String, source: String?) -> Message {
        let en = source.map { " (\($0))" } ?? ""
        let zh = source.map { "（\($0)）" } ?? ""
        return Message(en: "「\(wrong)」 should be written 「\(right)」\(en)",
                       zh: "「\(wrong)」应写作「\(right)」\(zh)")
    }

    static func auditTraditional(_ character: String, simplified: String) -> Message {
        Message(en: "「\(character)」 is a Traditional character in Simplified Chinese text; write 「\(simplified)」",
                zh: "简体中文里出现了繁体字「\(character)」，应写作「\(simplified)」")
    }

    static func auditPunctuation(_ character: String, fullWidth: String) -> Message {
        Message(en: "the ASCII `\(character)` between Chinese characters should be the full-width 「\(fullWidth)」",
                zh: "中文之间的半角「\(character)」应改为全角「\(fullWidth)」")
    }
}

/// Why an external link does not work.
public enum LinkProblem: Hashable, Sendable {
    case status(Int)
    case timeout(seconds: Double)
    case unreachable(String)
    case tooManyRedirects

    var message: Message {
        switch self {
        case .status(let code):
            Message(en: "the server answers \(code)", zh: "服务器返回 \(code)")
        case .timeout(let seconds):
            Message(en: "no answer within \(Self.format(seconds)) s", zh: "\(Self.format(seconds)) 秒内没有响应")
        case .unreachable(let detail):
            Message(en: "cannot connect (\(detail))", zh: "无法连接（\(detail)）")
        case .tooManyRedirects:
            Message(en: "it redirects too many times", zh: "重定向次数过多")
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

extension MessageArea {
    static let audit = MessageArea(title: Message(en: "placard audit", zh: "placard audit（发布前自查）"), examples: [
        ("auditSettingsNotAMap", .auditSettingsNotAMap()),
        ("auditWholeNumber", .auditWholeNumber("homeUpdateDays", "两周")),
        ("auditSeconds", .auditSeconds("ten")),
        ("auditUnknownSetting", .auditUnknownSetting("homeDays", known: ["homeUpdateDays", "blankSeriesLimit", "linkTimeout"])),
        ("auditTermsNotAList", .auditTermsNotAList()),
        ("auditTermEntry", .auditTermEntry()),
        ("auditNoArticle", .auditNoArticle(limit: 14)),
        ("auditStaleHome", .auditStaleHome(newest: Day(year: 2026, month: 10, day: 1)!, days: 58, limit: 14)),
        ("auditStaleSeries", .auditStaleSeries(key: "women", title: "巾帼篇", newest: Day(year: 2026, month: 9, day: 1)!, days: 88, limit: 30)),
        ("auditBlankSeries", .auditBlankSeries(key: "cadres", title: "党员干部篇", language: "en")),
        ("auditDeadLink", .auditDeadLink("https://www.example.gov.cn/old-page.html", .status(404))),
        ("auditHTMLImageWithoutAlt", .auditHTMLImageWithoutAlt("phone-class.jpg")),
        ("auditHTMLLinkAsWritten", .auditHTMLLinkAsWritten("../education/ai-classroom.zh.md", url: "/zh/education/ai-classroom/")),
        ("auditTerm", .auditTerm(wrong: "截止目前", right: "截至目前", source: "《现代汉语词典》（第7版）「截至」")),
        ("auditTraditional", .auditTraditional("數", simplified: "数")),
        ("auditPunctuation", .auditPunctuation(",", fullWidth: "，")),
    ])
}

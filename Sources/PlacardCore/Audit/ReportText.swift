/// The HTML report's words, and each rule's name and the inspection indicator it stands for
/// (《政府网站与政务新媒体检查指标》, 国务院办公厅, 2019).
enum ReportText {
    static let title = Message(en: "Pre-publication inspection report", zh: "网站上线前检查报告")
    static let summary = Message(en: "Would the site pass an inspection?", zh: "能否通过检查")
    static let tableCaption = Message(en: "Findings by rule", zh: "各检查项的结果")
    static let ruleColumn = Message(en: "Rule", zh: "检查项")
    static let indicatorColumn = Message(en: "Inspection indicator", zh: "对应检查指标")
    static let errorsColumn = Message(en: "Errors", zh: "错误")
    static let warningsColumn = Message(en: "Warnings", zh: "警告")
    static let notChecked = Message(en: "not checked (run with --external-links)", zh: "未检查（加 --external-links 运行）")
    static let findings = Message(en: "Findings", zh: "发现的问题")
    static let none = Message(en: "Nothing found.", zh: "没有发现问题。")
    static let error = Message(en: "Error", zh: "错误")
    static let warning = Message(en: "Warning", zh: "警告")
    static let context = Message(en: "Text:", zh: "原文：")
    static let page = Message(en: "Page:", zh: "页面：")
    static let footer = Message(en: "Made by placard audit from the site's files, before publication. Errors fail an inspection (single-veto items and broken links); warnings cost points or readers.",
                                zh: "由 placard audit 在发布前根据网站文件生成。“错误”会导致检查不合格（单项否决项和不可用链接）；“警告”会被扣分或影响读者。")

    static func dated(_ day: Day) -> Message {
        Message(en: "Checked as of \(day), by the indicators of the government website inspection (2019)",
                zh: "检查日期：\(day)，依据《政府网站与政务新媒体检查指标》（2019年）")
    }

    static func passes(warnings: Int) -> Message {
        warnings == 0
            ? Message(en: "Yes: nothing found.", zh: "能通过：没有发现问题。")
            : Message(en: "Yes: no errors; \(warnings) warning\(warnings == 1 ? "" : "s") to look at.", zh: "能通过：没有错误，有 \(warnings) 条警告需要查看。")
    }

    static func fails(errors: Int, warnings: Int) -> Message {
        Message(en: "No: \(errors) error\(errors == 1 ? "" : "s") would fail it (and \(warnings) warning\(warnings == 1 ? "" : "s")).",
                zh: "不能通过：有 \(errors) 条错误会导致不合格（另有 \(warnings) 条警告）。")
    }

    static func name(_ rule: AuditRule) -> Message { words(rule).name }
    static func indicator(_ rule: AuditRule) -> Message { words(rule).indicator }

    /// A rule's name, and the indicator it stands for.
    private static func words(_ rule: AuditRule) -> (name: Message, indicator: Message) {
        let linksIndicator = Message(en: "Points off: links that do not work", zh: "扣分项：链接不可用")
        return switch rule {
        case .check: (Message(en: "Site files (as placard check)", zh: "网站文件（与 placard check 相同）"),
                      Message(en: "The site cannot be built while any is an error", zh: "有错误时网站无法生成"))
        case .staleHome: (Message(en: "Home page updates", zh: "首页更新"),
                          Message(en: "Single veto: home page not updated for more than two weeks", zh: "单项否决：首页栏目信息超过2周未更新"))
        case .staleSeries: (Message(en: "Series updates", zh: "栏目更新"),
                            Message(en: "Single veto: five or more columns not updated in time", zh: "单项否决：5个以上栏目信息长期未更新"))
        case .blankSeries: (Message(en: "Blank series", zh: "空白栏目"),
                            Message(en: "Single veto: five or more blank columns", zh: "单项否决：5个以上空白栏目"))
        case .brokenLink: (Message(en: "Broken links in the site", zh: "站内链接不可用"), linksIndicator)
        case .deadLink: (Message(en: "Dead external links", zh: "站外链接不可用"), linksIndicator)
        case .term: (Message(en: "Misused words", zh: "错别字"),
                     Message(en: "Single veto when serious: serious misspellings (严重错别字)", zh: "严重时单项否决：严重错别字"))
        case .traditional: (Message(en: "Traditional characters", zh: "繁体字"),
                            Message(en: "Misspellings: standard characters (National Common Language and Script Law)", zh: "错别字：规范汉字（《国家通用语言文字法》）"))
        case .punctuation: (Message(en: "Half-width punctuation", zh: "半角标点"),
                            Message(en: "Wording: punctuation (GB/T 15834-2011)", zh: "内容表述：标点符号用法（GB/T 15834-2011）"))
        case .missingAlt: (Message(en: "Images without alt text", zh: "图片缺少替代文字"),
                           Message(en: "Accessibility: text alternatives (GB/T 37668-2019)", zh: "无障碍：图片替代文本（GB/T 37668-2019）"))
        }
    }
}

// Messages of `placard search`.
extension Message {
    public static func searchLimitNegative() -> Message {
        Message(en: "--limit must be 0 or more", zh: "--limit 必须是 0 或更大的整数")
    }

    public static func searchUnknownKind(_ kind: String) -> Message {
        Message(en: "--kind must be article, project or page (or several: article,project), not \(kind)",
                zh: "--kind 只能是 article、project 或 page（多个用英文逗号隔开：article,project），不能是 \(kind)")
    }

    public static func searchEmptyQuery() -> Message {
        Message(en: "the query is empty: write the words to look for, e.g. placard search 手机课堂",
                zh: "搜索词是空的：请写上要找的词，例如 placard search 手机课堂")
    }

    public static func searchNoIndex(_ site: String) -> Message {
        Message(en: "\(site): no search index here (no <lang>/search-index.json); build the site first with placard build",
                zh: "\(site)：这里没有搜索索引（没有 <语言>/search-index.json）；请先用 placard build 生成网站")
    }

    public static func searchNoIndexForLanguage(_ site: String, language: String, available: [String]) -> Message {
        let en = available.isEmpty ? "" : " (there is one for \(available.joined(separator: ", ")))"
        let zh = available.isEmpty ? "" : "（有这些语言的：\(available.joined(separator: "、"))）"
        return Message(en: "\(site): no search index for language \(language)\(en)",
                       zh: "\(site)：没有语言 \(language) 的搜索索引\(zh)")
    }

    public static func searchIndexUnreadable(_ place: String, detail: String) -> Message {
        Message(en: "\(place): the search index cannot be read (\(detail)); build the site again with this version of placard",
                zh: "\(place)：搜索索引读不出来（\(detail)）；请用这个版本的 placard 重新生成网站")
    }
}

extension MessageArea {
    static let searchCommand = MessageArea(title: Message(en: "placard search", zh: "placard search（在生成的网站里搜索）"), examples: [
        ("searchLimitNegative", .searchLimitNegative()),
        ("searchUnknownKind", .searchUnknownKind("news")),
        ("searchEmptyQuery", .searchEmptyQuery()),
        ("searchNoIndex", .searchNoIndex("public")),
        ("searchNoIndexForLanguage", .searchNoIndexForLanguage("public", language: "fr", available: ["zh", "en"])),
        ("searchIndexUnreadable", .searchIndexUnreadable("public/zh", detail: "format version 1, expected 2")),
    ])
}

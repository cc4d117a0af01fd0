/// Messages about the `search:` settings of site.yml.
extension Message {
    static func searchNotAMap() -> Message {
        Message(en: "`search` should be a map of search settings, for example `search: {synonyms: [[长者, 老年人]]}`",
                zh: "`search` 应当是搜索设置，例如 `search: {synonyms: [[长者, 老年人]]}`")
    }

    static func searchUnknownKey(_ key: String) -> Message {
        Message(en: "`search` has no setting `\(key)`; the one it knows is `synonyms`",
                zh: "`search` 下没有 `\(key)` 这一项；目前只有 `synonyms`（同义词）")
    }

    static func synonymsNotAList() -> Message {
        Message(en: "`search.synonyms` should be a list of groups of words that mean the same, each group in square brackets: `synonyms: [[长者, 老年人], [反诈, 防诈骗]]`",
                zh: "`search.synonyms` 应当是若干组同义词，每组写在方括号里：`synonyms: [[长者, 老年人], [反诈, 防诈骗]]`")
    }

    static func synonymGroupTooSmall() -> Message {
        Message(en: "a group of synonyms needs two words or more in square brackets, for example `[长者, 老年人]`",
                zh: "每组同义词至少要有两个词，写在方括号里，例如 `[长者, 老年人]`")
    }

    static func synonymNotAWord() -> Message {
        Message(en: "a synonym should be a word or phrase written as text, for example `长者`, not a list or a map",
                zh: "同义词应当是一个词，例如 `长者`，不能是列表或设置")
    }

    static func synonymHasSpace(_ word: String) -> Message {
        Message(en: "the synonym `\(word)` has a space in it; write each synonym without spaces (`老年人`, `older-people`)",
                zh: "同义词 `\(word)` 中有空格；同义词里不能有空格（例如 `老年人`）")
    }
}

extension MessageArea {
    static let search = MessageArea(title: Message(en: "Search settings (site.yml `search`)", zh: "搜索设置（site.yml 的 `search`）"), examples: [
        ("searchNotAMap", .searchNotAMap()),
        ("searchUnknownKey", .searchUnknownKey("synonym")),
        ("synonymsNotAList", .synonymsNotAList()),
        ("synonymGroupTooSmall", .synonymGroupTooSmall()),
        ("synonymNotAWord", .synonymNotAWord()),
        ("synonymHasSpace", .synonymHasSpace("older people")),
    ])
}

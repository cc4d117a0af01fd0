// Examples of the `placard init` messages (`Init.swift`), for the message reference.
extension MessageArea {
    static let initSite = MessageArea(title: Message(en: "placard init", zh: "placard init（新建网站）"), examples: [
        ("initFolderNotEmpty", .initFolderNotEmpty("hlj-site")),
        ("initBadLanguage", .initBadLanguage("中文")),
        ("initNoLanguages", .initNoLanguages()),
        ("initBadBaseURL", .initBadBaseURL("www.example.gov.cn")),
        ("initCannotWrite", .initCannotWrite("Permission denied")),
        ("initDone", .initDone(folder: "hlj-site", files: 9)),
    ])
}

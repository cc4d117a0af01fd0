// Messages about writing the built site.
extension Message {
    static func cannotWriteOutput(_ detail: String) -> Message {
        Message(en: "cannot write the output folder: \(detail)", zh: "无法写入输出文件夹：\(detail)")
    }

    static func cannotSwapOutput(_ detail: String) -> Message {
        Message(en: "cannot put the new site in place: \(detail)", zh: "无法用新生成的网站替换旧的：\(detail)")
    }

    static func cannotCopy(_ detail: String) -> Message {
        Message(en: "cannot copy this file: \(detail)", zh: "无法复制这个文件：\(detail)")
    }

    static func cannotWriteThemeFile(_ detail: String) -> Message {
        Message(en: "cannot write this theme file: \(detail)", zh: "无法写入这个主题文件：\(detail)")
    }

    static func cannotWritePage(_ detail: String) -> Message {
        Message(en: "cannot write this page: \(detail)", zh: "无法写入这个页面：\(detail)")
    }
}

extension MessageArea {
    static let output = MessageArea(title: Message(en: "Writing the site", zh: "写出网站"), examples: [
        ("cannotWriteOutput", .cannotWriteOutput("Permission denied")),
        ("cannotSwapOutput", .cannotSwapOutput("Permission denied")),
        ("cannotCopy", .cannotCopy("Permission denied")),
        ("cannotWriteThemeFile", .cannotWriteThemeFile("No space left on device")),
        ("cannotWritePage", .cannotWritePage("No space left on device")),
    ])
}

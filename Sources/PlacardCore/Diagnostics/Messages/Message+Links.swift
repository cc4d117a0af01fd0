// Messages about links and images in Markdown and about cover images.
extension Message {
    static func brokenLink(_ destination: String, target: String) -> Message {
        Message(en: "the link `\(destination)` points at nothing: there is no file \(target) (a link without a leading `/` is relative to this file's folder)",
                zh: "链接 `\(destination)` 找不到目标：没有 \(target) 这个文件（不以“/”开头的链接从本文件所在的文件夹算起）")
    }

    static func brokenRootLink(_ destination: String, target: String) -> Message {
        Message(en: "the link `\(destination)` points at nothing: a link starting with `/` means the site's root, and there is no file content\(target), no page \(destination) and no theme file by that name",
                zh: "链接 `\(destination)` 找不到目标：以“/”开头的链接从网站根目录算起，但既没有 content\(target) 这个文件，也没有 \(destination) 这个页面或同名的主题文件")
    }

    static func linkOutsideSite(_ destination: String) -> Message {
        Message(en: "the link `\(destination)` climbs out of the site folder with `..`; link to a file inside content/",
                zh: "链接 `\(destination)` 用 `..` 跑到了网站文件夹外面；请链接到 content/ 里的文件")
    }

    static func linkToUnpublished(_ target: String) -> Message {
        Message(en: "this links to \(target), which is a draft or dated in the future and is not published; the link will not work until it is",
                zh: "这里链接到 \(target)，它是草稿或日期在将来，还没有发布；发布之前这个链接打不开")
    }

    static func fragmentWithoutHeading(_ destination: String, ids: [String]) -> Message {
        let headings = headingIDs(ids, of: (en: "this page", zh: "本页"))
        return Message(en: "the link `\(destination)` leads to no heading on this page; \(headings.en)",
                       zh: "链接 `\(destination)` 在本页找不到对应的小标题；\(headings.zh)")
    }

    static func fragmentWithoutHeadingThere(_ destination: String, page: String, ids: [String]) -> Message {
        let headings = headingIDs(ids, of: (en: "that page", zh: "那一页"))
        return Message(en: "the link `\(destination)` leads to no heading of \(page); \(headings.en)",
                       zh: "链接 `\(destination)` 在 \(page) 里找不到对应的小标题；\(headings.zh)")
    }

    /// A page's heading ids (or that it has none), and how a heading's id is made.
    private static func headingIDs(_ ids: [String], of page: (en: String, zh: String)) -> (en: String, zh: String) {
        let en = ids.isEmpty ? "\(page.en) has no heading" : "the ids of its headings are: " + ids.joined(separator: ", ")
        let zh = ids.isEmpty ? "\(page.zh)没有小标题" : "\(page.zh)小标题的 id 是：" + ids.joined(separator: "、")
        return (en + " (a heading's id is its letters and digits, lowercased, a space as `-`)",
                zh + "（id 取标题中的文字和数字，英文小写，空格换成“-”）")
    }

    static func imageWithoutAlt(_ destination: String) -> Message {
        Message(en: "the image `\(destination)` has no alt text for people who cannot see it; write what it shows between the brackets: ![a class of older people](\(destination))",
                zh: "图片 `\(destination)` 没有替代文字，看不见图片的读者无从了解；请在方括号里写上图片的内容：![老年人手机课堂](\(destination))")
    }

    static func coverMissing(_ cover: String) -> Message {
        Message(en: "the cover image `\(cover)` does not exist; put the image next to this file, or write its path from the site's root like `/images/cover.jpg`",
                zh: "封面图片 `\(cover)` 不存在；请把图片放在本文件旁边，或者写从网站根目录算起的路径，如 `/images/cover.jpg`")
    }

    static func coverNotInSite(_ cover: String) -> Message {
        Message(en: "the cover `\(cover)` is not an image of this site: pages load nothing from other hosts. "
                    + "Save the image next to this file and write its file name, like `cover: cover.jpg`",
                zh: "封面 `\(cover)` 不是本网站的图片：页面不从其他网站加载任何内容。请把图片保存到本文件旁边，再写它的文件名，如 `cover: cover.jpg`")
    }

    static func remoteImage(_ destination: String) -> Message {
        Message(en: "the image `\(destination)` is on another host, and pages load nothing from other hosts: it is shown as a link. "
                    + "To show the image, save it next to this file and write its file name",
                zh: "图片 `\(destination)` 在其他网站上，而页面不从其他网站加载任何内容：它显示为一个链接。要显示图片，请把它保存到本文件旁边，再写它的文件名")
    }
}

extension MessageArea {
    static let links = MessageArea(title: Message(en: "Links and images", zh: "链接和图片"), examples: [
        ("brokenLink", .brokenLink("../education/ai-classroom.zh.md", target: "content/education/ai-classroom.zh.md")),
        ("brokenRootLink", .brokenRootLink("/images/map.png", target: "/images/map.png")),
        ("linkOutsideSite", .linkOutsideSite("../../../secret.txt")),
        ("linkToUnpublished", .linkToUnpublished("content/elderly/next-week.zh.md")),
        ("imageWithoutAlt", .imageWithoutAlt("phone-class.jpg")),
        ("fragmentWithoutHeading", .fragmentWithoutHeading("#第二节", ids: ["第一节报名方式", "第二节培训安排"])),
        ("fragmentWithoutHeadingThere", .fragmentWithoutHeadingThere("../elderly/phone-class.zh.md#第二节", page: "content/elderly/phone-class.zh.md", ids: ["第一节报名方式", "第二节培训安排"])),
        ("coverMissing", .coverMissing("cover.jpg")),
        ("coverNotInSite", .coverNotInSite("https://img.example.com/cover.jpg")),
        ("remoteImage", .remoteImage("https://img.example.com/class.jpg")),
    ])
}

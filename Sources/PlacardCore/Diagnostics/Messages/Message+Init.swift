/// Messages of `placard init`.
extension Message {
    public static func initFolderNotEmpty(_ folder: String) -> Message {
        Message(en: "the folder `\(folder)` already exists and is not empty; nothing was written. Give a new folder name, e.g. `placard init my-site`",
                zh: "文件夹 `\(folder)` 已存在且不是空的，没有写入任何文件。请换一个新的文件夹名，例如 `placard init my-site`")
    }

    public static func initBadLanguage(_ code: String) -> Message {
        Message(en: "`\(code)` is not a language code Placard can use: write lowercase letters separated by commas, e.g. `--languages zh,en`",
                zh: "`\(code)` 不是可用的语言代码：请用小写字母，多个语言用英文逗号隔开，例如 `--languages zh,en`")
    }

    public static func initRepeatedLanguage(_ code: String) -> Message {
        Message(en: "`--languages` lists `\(code)` twice: name each language once, e.g. `--languages zh,en`",
                zh: "`--languages` 里 `\(code)` 写了两次，每种语言只写一次，例如 `--languages zh,en`")
    }

    public static func initNoLanguages() -> Message {
        Message(en: "`--languages` lists no language: write e.g. `--languages zh,en`",
                zh: "`--languages` 没有列出任何语言，请写成 `--languages zh,en` 这样")
    }

    public static func initBadBaseURL(_ text: String) -> Message {
        Message(en: "`--base-url` should be the full address the site will have, like `https://www.example.gov.cn/zt/szsy/`, not `\(text)`",
                zh: "`--base-url` 应写网站发布后的完整地址，例如 `https://www.example.gov.cn/zt/szsy/`，而不是 `\(text)`")
    }

    public static func initBadTitle(_ text: String) -> Message {
        Message(en: "`--title` should be the site's name on one line, without line breaks or control characters, not `\(text)`",
                zh: "`--title` 应是写在一行里的网站名称，不能含换行或控制字符，而不是 `\(text)`")
    }

    public static func initBaseURLNotAFolder(_ text: String) -> Message {
        Message(en: "the path of `--base-url` `\(text)` decodes to characters no folder on a server should hold (control characters, or bytes that are not UTF-8); write the path as plain text, e.g. `https://www.example.gov.cn/zt/数字素养/`",
                zh: "`--base-url` `\(text)` 的路径解码后含有服务器文件夹名不应有的字符（控制字符或不是 UTF-8 的字节），请直接写出路径文字，例如 `https://www.example.gov.cn/zt/数字素养/`")
    }

    public static func initCannotWrite(_ detail: String) -> Message {
        Message(en: "cannot write this file (\(detail)); check that the folder can be written to",
                zh: "无法写入这个文件（\(detail)），请检查文件夹是否可写")
    }
}

extension Message {
    /// The summary line of a successful `placard init`.
    public static func initDone(folder: String, files: Int) -> Message {
        let cd = shellWord(folder)
        return Message(en: "Wrote a new site with \(files) files into \(folder). Next: cd \(cd) && placard serve",
                       zh: "已在 \(folder) 写入新网站（\(files) 个文件）。下一步：cd \(cd) && placard serve")
    }

    /// `folder` as one word of a shell command, to copy and paste: in single quotes when it holds a
    /// space or a character the shell reads (`my site` → `'my site'`); Chinese characters need none.
    static func shellWord(_ folder: String) -> String {
        let special = Set(" \t\n'\"\\$`&;|<>()*?[]{}!#~")
        guard folder.contains(where: { special.contains($0) || $0.isWhitespace }) else { return folder }
        return "'" + folder.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension MessageArea {
    static let initSite = MessageArea(title: Message(en: "placard init", zh: "placard init（新建网站）"), examples: [
        ("initFolderNotEmpty", .initFolderNotEmpty("my-site")),
        ("initBadLanguage", .initBadLanguage("ZH")),
        ("initRepeatedLanguage", .initRepeatedLanguage("zh")),
        ("initNoLanguages", .initNoLanguages()),
        ("initBadBaseURL", .initBadBaseURL("zt/szsy")),
        ("initBadTitle", .initBadTitle("第一行\\n第二行")),
        ("initBaseURLNotAFolder", .initBaseURLNotAFolder("https://www.example.gov.cn/zt/%0A/")),
        ("initCannotWrite", .initCannotWrite("site.yml: Permission denied")),
        ("initDone", .initDone(folder: "my-site", files: 21)),
    ])
}

/// Messages about the site folder as a boundary and about the output folder (SPEC §7.6).
extension Message {
    static func symlinkOutsideSite(_ path: String) -> Message {
        Message(en: "`\(path)` is a shortcut (symbolic link) to something outside the site folder, or to nothing: "
                    + "Placard does not read or publish it, so that no file from elsewhere on this computer ends up on the site. "
                    + "Copy the file itself into the site folder instead",
                zh: "`\(path)` 是指向网站文件夹以外（或已不存在）的快捷方式（符号链接）：为免把这台电脑上别处的文件发布到网站上，"
                    + "Placard 不读取也不发布它。请把文件本身复制到网站文件夹里")
    }

    static func outputIsLink(_ path: String, target: String) -> Message {
        Message(en: "the output folder `\(path)` is a shortcut (symbolic link) to `\(target)`: Placard replaces the output folder as a whole "
                    + "and does not write through a link. Pass the real folder instead, like `--output \(target)`",
                zh: "输出文件夹 `\(path)` 是指向 `\(target)` 的快捷方式（符号链接）：Placard 会整体替换输出文件夹，不通过链接写入。"
                    + "请直接指定真实的文件夹，例如 `--output \(target)`")
    }

    static func outputHoldsSite(_ path: String) -> Message {
        Message(en: "the output folder `\(path)` is the site folder, holds it, or is its `content` or `themes` folder: the build replaces "
                    + "the output folder as a whole and would delete your files. Choose another folder, like `--output public`",
                zh: "输出文件夹 `\(path)` 就是网站文件夹、包含网站文件夹，或是其中的 `content`、`themes` 文件夹：生成时会整体替换输出文件夹，"
                    + "会删掉您的文件。请换一个文件夹，例如 `--output public`")
    }

    static func outputNotASite(_ path: String) -> Message {
        Message(en: "the output folder `\(path)` holds files but no `index.html`, so it is not a site Placard built: the build replaces "
                    + "the output folder as a whole and would delete those files. Choose an empty or new folder, like `--output public`",
                zh: "输出文件夹 `\(path)` 里有文件但没有 `index.html`，不是 Placard 生成的网站：生成时会整体替换输出文件夹，会删掉这些文件。"
                    + "请换一个空的或新的文件夹，例如 `--output public`")
    }

    static func yamlTooLarge(limit: Int) -> Message {
        Message(en: "this YAML repeats its anchors (`&name`) through aliases (`*name`) so often that it would grow beyond \(limit) values: "
                    + "Placard stops here. Write the values out, or use each alias fewer times",
                zh: "这段 YAML 通过别名（`*名称`）反复引用锚点（`&名称`），展开后将超过 \(limit) 个值，Placard 停止读取。"
                    + "请直接写出这些值，或减少别名的使用次数")
    }

    static func htmlFileInContent(_ path: String) -> Message {
        Message(en: "`\(path)` is an HTML file: it would be published as it is, without the site's header, footer and "
                    + "protections against scripts. Write the page in Markdown instead (like `content/pages/notice.zh.md`), or link a PDF",
                zh: "`\(path)` 是 HTML 文件：它会原样发布，没有网站的页头、页脚和防脚本保护。请改用 Markdown 写这个页面"
                    + "（如 `content/pages/notice.zh.md`），或者改为链接 PDF 文件")
    }

    static func svgWithScript(_ path: String, found: String) -> Message {
        Message(en: "the SVG or XML file `\(path)` holds `\(found)`, which could run a script when a reader opens the file. "
                    + "A picture may not hold scripts, `on…=` event attributes, `javascript:` or `data:` addresses (other than images), "
                    + "a `<!DOCTYPE … [ ]>` with declarations, an `<?xml-stylesheet?>` instruction, or references like `&nbsp;` in a tag. "
                    + "Save it again as plain SVG (most drawing programs have this option), or publish it as PNG or PDF",
                zh: "SVG 或 XML 文件 `\(path)` 含有 `\(found)`，读者打开它时可能运行脚本。图片里不能有脚本、`on…=` 事件属性、"
                    + "`javascript:` 或 `data:` 地址（图片除外）、带声明的 `<!DOCTYPE … [ ]>`、`<?xml-stylesheet?>` 指令，"
                    + "也不能在标签里用 `&nbsp;` 这类引用。请重新保存为“纯 SVG”（多数绘图软件有此选项），或改为 PNG、PDF 发布")
    }

    static func xslFileInContent(_ path: String) -> Message {
        Message(en: "`\(path)` is an XSLT stylesheet: a browser runs the page it builds, scripts included, at the site's address. "
                    + "Publish the result instead (a Markdown page, or a PDF or CSV file)",
                zh: "`\(path)` 是 XSLT 样式表：浏览器会在本站地址下运行它生成的页面，包括其中的脚本。"
                    + "请改为发布转换后的结果（Markdown 页面，或 PDF、CSV 文件）")
    }

    static func fileHidesPage(_ path: String, page: String) -> Message {
        Message(en: "`\(path)` would be written over the page `\(page)` that Placard makes; rename or move the file",
                zh: "`\(path)` 会覆盖 Placard 生成的页面 `\(page)`；请给这个文件改名或换个位置")
    }

    static func fileWhereFolderIs(_ path: String, folder: String) -> Message {
        Message(en: "`\(path)` is a file where Placard needs the folder `\(folder)` for the pages and files it makes; rename or move the file",
                zh: "`\(path)` 是一个文件，而 Placard 要在同一位置建立文件夹 `\(folder)` 来存放生成的页面和文件；请给这个文件改名或换个位置")
    }

    static func fileInsideMadeFile(_ path: String, made: String) -> Message {
        Message(en: "`\(path)` would need `\(made)` to be a folder, but Placard makes a file there; move the file to another folder",
                zh: "`\(path)` 需要 `\(made)` 是一个文件夹，但 Placard 在那里生成的是文件；请把这个文件移到别的文件夹")
    }

    static func yamlTooManyAliasedAnchors(limit: Int) -> Message {
        Message(en: "this YAML's aliases (`*name`) name more than \(limit) different anchors (`&name`); Placard does not read it. Write the values out, or share fewer of them",
                zh: "这段 YAML 的别名（`*名字`）引用了超过 \(limit) 个不同的锚点（`&名字`），Placard 不读取它。请把值直接写出来，或者少共用一些")
    }

    static func yamlTooDeep(limit: Int) -> Message {
        Message(en: "this YAML nests lists and maps more than \(limit) levels deep; Placard does not read it. Check the brackets `[` `{` and the indentation",
                zh: "这段 YAML 的列表和映射嵌套超过 \(limit) 层，Placard 不读取它。请检查括号 `[` `{` 和缩进")
    }
}

extension MessageArea {
    static let safety = MessageArea(title: Message(en: "Links out of the site folder, the output folder, oversized YAML", zh: "指向网站文件夹外的链接、输出文件夹、过大的 YAML"), examples: [
        ("symlinkOutsideSite", .symlinkOutsideSite("content/etc")),
        ("outputIsLink", .outputIsLink("public", target: "/srv/www")),
        ("outputHoldsSite", .outputHoldsSite("..")),
        ("outputNotASite", .outputNotASite("/home/office/documents")),
        ("yamlTooLarge", .yamlTooLarge(limit: 100_000)),
        ("yamlTooDeep", .yamlTooDeep(limit: 200)),
        ("yamlTooManyAliasedAnchors", .yamlTooManyAliasedAnchors(limit: 50)),
        ("htmlFileInContent", .htmlFileInContent("content/pages/notice.html")),
        ("svgWithScript", .svgWithScript("content/elderly/map.svg", found: "<script")),
        ("xslFileInContent", .xslFileInContent("content/data/style.xsl")),
        ("fileHidesPage", .fileHidesPage("content/zh/about/index.html", page: "/zh/about/")),
        ("fileWhereFolderIs", .fileWhereFolderIs("content/zh/about", folder: "/zh/about/")),
        ("fileInsideMadeFile", .fileInsideMadeFile("content/zh/feed.xml/old.xml", made: "/zh/feed.xml")),
    ])
}

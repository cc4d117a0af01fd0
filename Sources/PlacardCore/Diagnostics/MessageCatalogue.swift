/// Every message Placard can print, area by area, each with an example, so the guide can list
/// them all (`docs/reference/messages.*.md` is written from this; a test keeps it in step).
///
/// A catalogue file (`Messages/<Area>.swift`) defines its messages as static functions on
/// `Message` and one `MessageArea` with an example of each.
public struct MessageArea: Sendable {
    public struct Example: Sendable {
        /// The function's name in the catalogue.
        public var name: String
        public var message: Message
    }

    public var title: Message
    public var examples: [Example]

    public init(title: Message, examples: [(String, Message)]) {
        self.title = title
        self.examples = examples.map { Example(name: $0.0, message: $0.1) }
    }
}

public enum MessageCatalogue {
    /// The areas in the order the reference lists them.
    public static var areas: [MessageArea] {
        [.yaml, .siteConfig, .search, .contentFiles, .frontMatter, .links, .projects, .projectTranslations, .theme, .output, .safety, .newArticle, .initSite, .commandLine, .usage, .serve, .searchCommand, .audit]
    }

    /// The message reference in Markdown, in one language.
    public static func reference(in language: MessageLanguage) -> String {
        var out = language == .zh
            ? "# 提示信息一览\n\n这是 Placard 会给出的每一条提示（错误和警告），每条附一个例子。" +
              "提示前面的 `文件:行: error:` 或 `warning:` 说明问题在哪个文件的哪一行；error 要改好才能生成网站，warning 只是提醒。\n" +
              "本页由 `MessageCatalogue` 生成，请不要手工修改。English: [messages.en.md](messages.en.md)。\n"
            : "# Every message\n\nEvery message (error and warning) Placard prints, each with an example. " +
              "The `file:line: error:` or `warning:` in front says where the problem is; an error must be fixed " +
              "before the site is built, a warning is a reminder.\n" +
              "This page is written from `MessageCatalogue`; do not edit it by hand. 中文：[messages.zh.md](messages.zh.md).\n"
        for area in areas {
            out += "\n## \(area.title.text(in: language))\n\n"
            for example in area.examples {
                let text = example.message.text(in: language).replacingOccurrences(of: "\n", with: "\n  ")
                out += "- `\(example.name)`: \(text)\n"
            }
        }
        return out
    }
}

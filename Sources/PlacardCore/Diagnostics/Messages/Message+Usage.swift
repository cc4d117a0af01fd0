// Mistakes in the command line itself (exit status 2). The English text is the argument
// parser's own; the command line reads it back to print it in the environment's language.
extension Message {
    /// A usage error, as printed: the message after `Error:`.
    public static func usageError(_ message: Message) -> Message {
        Message(en: "Error: \(message.en)", zh: "错误：\(message.zh)")
    }

    /// The line with the command's synopsis under a usage error.
    public static func usageLine(_ synopsis: String) -> Message {
        Message(en: "Usage: \(synopsis)", zh: "用法：\(synopsis)")
    }

    /// The line with the help of the option a usage error is about.
    public static func usageHelp(_ text: String) -> Message {
        Message(en: "Help:  \(text)", zh: "说明：\(text)")
    }

    public static func seeHelp(_ command: String) -> Message {
        Message(en: "See '\(command)' for more information.", zh: "运行 `\(command)` 可以看到每个选项的说明（英文）。")
    }

    public static func unknownOption(_ option: String, suggestion: String? = nil) -> Message {
        guard let suggestion else { return Message(en: "Unknown option '\(option)'", zh: "没有 `\(option)` 这个选项") }
        return Message(en: "Unknown option '\(option)'. Did you mean '\(suggestion)'?",
                       zh: "没有 `\(option)` 这个选项；是不是想写 `\(suggestion)`？")
    }

    public static func invalidOption(_ option: String) -> Message {
        Message(en: "Invalid option: \(option)", zh: "`\(option)` 不是有效的选项")
    }

    public static func missingOptionValue(_ option: String) -> Message {
        Message(en: "Missing value for '\(option)'", zh: "`\(option)` 后面缺少它的值")
    }

    public static func optionTakesNoValue(_ option: String, value: String) -> Message {
        Message(en: "The option '\(option)' does not take any value, but '\(value)' was specified.",
                zh: "选项 `\(option)` 不带值，这里却给了 `\(value)`")
    }

    /// `choices`: the values the option accepts, when it has a fixed list.
    public static func invalidValue(_ value: String, option: String, choices: [String] = []) -> Message {
        let en = "The value '\(value)' is invalid for '\(option)'", zh = "`\(value)` 不是 `\(option)` 能用的值"
        if choices.isEmpty { return Message(en: en, zh: zh) }
        if choices.count >= 6 {
            let list = choices.map { "\n  - \($0)" }.joined()
            return Message(en: en + ". Please provide one of the following:" + list, zh: zh + "；请从下面选一个：" + list)
        }
        let quoted = choices.map { "'\($0)'" }, last = quoted[quoted.count - 1]
        let enList = quoted.count <= 2 ? quoted.joined(separator: " and ") : quoted.dropLast().joined(separator: ", ") + " or " + last
        let zhList = quoted.count == 1 ? last : quoted.dropLast().joined(separator: "、") + " 或 " + last
        return Message(en: en + ". Please provide one of \(enList).", zh: zh + "；请从 \(zhList) 中选一个")
    }

    public static func missingArgument(_ argument: String) -> Message {
        Message(en: "Missing expected argument '\(argument)'", zh: "缺少参数 `\(argument)`")
    }

    public static func missingOneOf(_ arguments: [String]) -> Message {
        Message(en: "Missing one of: '\(arguments.joined(separator: "', '"))'",
                zh: "缺少参数，请给出其中之一：\(arguments.map { "`\($0)`" }.joined(separator: "、"))")
    }

    public static func unexpectedArguments(_ arguments: [String]) -> Message {
        if arguments.count == 1 {
            return Message(en: "Unexpected argument '\(arguments[0])'", zh: "多了一个用不上的参数 `\(arguments[0])`")
        }
        return Message(en: "\(arguments.count) unexpected arguments: '\(arguments.joined(separator: "', '"))'",
                       zh: "多了 \(arguments.count) 个用不上的参数：\(arguments.map { "`\($0)`" }.joined(separator: "、"))")
    }

    public static func missingSubcommand() -> Message {
        Message(en: "Missing required subcommand.", zh: "缺少子命令（如 build、check、serve）")
    }
}

extension MessageArea {
    static let usage = MessageArea(title: Message(en: "Command-line usage", zh: "命令行用法"), examples: [
        ("usageError", .usageError(.missingArgument("<series>"))),
        ("usageLine", .usageLine("placard new <series> <slug> [--lang <lang>] [--source <source>]")),
        ("usageHelp", .usageHelp("<series>  A series key from site.yml.")),
        ("seeHelp", .seeHelp("placard new --help")),
        ("unknownOption", .unknownOption("--draft", suggestion: "--drafts")),
        ("invalidOption", .invalidOption("-é")),
        ("missingOptionValue", .missingOptionValue("--source <source>")),
        ("optionTakesNoValue", .optionTakesNoValue("--drafts", value: "yes")),
        ("invalidValue", .invalidValue("yaml", option: "--format <format>", choices: ["text", "json", "github", "gitlab"])),
        ("missingArgument", .missingArgument("<series>")),
        ("missingOneOf", .missingOneOf(["<query>", "--kind <kind>"])),
        ("unexpectedArguments", .unexpectedArguments(["extra"])),
        ("missingSubcommand", .missingSubcommand()),
    ])
}

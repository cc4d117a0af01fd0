import ArgumentParser
import PlacardCore

/// Usage errors (exit status 2) in the environment's language (SPEC §7.7).
///
/// swift-argument-parser writes them in English and keeps its error kinds to itself, so each
/// message is read back by its shape into the catalogue's `Message`. A message of a shape not
/// known here (Placard's own validation messages, already in the right language) is printed as
/// it is. `--help` stays English.
enum UsageErrors {
    /// What to print on stderr: the message, then the option's help and the usage line.
    static func text(for error: Error, in language: MessageLanguage) -> String {
        let english = Placard.message(for: error)
        var rest = Placard.fullMessage(for: error)
        var lines: [String] = []
        let head = "Error: \(english)\n"
        if !english.isEmpty, rest.hasPrefix(head) {
            rest.removeFirst(head.count)
            // Only a message read back exactly is replaced, so English output stays the parser's.
            let message = Self.message(english).flatMap { $0.en == english ? $0 : nil } ?? Message(untranslated: english)
            lines.append(Message.usageError(message).text(in: language))
        }
        for line in rest.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(frameLine(String(line)).text(in: language))
        }
        return lines.joined(separator: "\n")
    }

    /// The labels around the usage line; anything else (help text) stays as the parser wrote it.
    private static func frameLine(_ line: String) -> Message {
        if line.hasPrefix("Help:  ") { return .usageHelp(String(line.dropFirst("Help:  ".count))) }
        if line.hasPrefix("Usage: ") { return .usageLine(String(line.dropFirst("Usage: ".count))) }
        if let match = line.wholeMatch(of: #/(\s*)See '(.+)' for more information\./#) {
            let see = Message.seeHelp(String(match.2))
            return Message(en: match.1 + see.en, zh: match.1 + see.zh)
        }
        return Message(untranslated: line)
    }

    /// The catalogue message for one of the parser's messages (swift-argument-parser 1.x).
    static func message(_ english: String) -> Message? {
        if let m = english.wholeMatch(of: #/Unknown option '(.+)'\. Did you mean '(.+)'\?/#) {
            return .unknownOption(String(m.1), suggestion: String(m.2))
        }
        if let m = english.wholeMatch(of: #/Unknown option '(.+)'/#) { return .unknownOption(String(m.1)) }
        if let m = english.wholeMatch(of: #/Invalid option: (.+)/#) { return .invalidOption(String(m.1)) }
        if let m = english.wholeMatch(of: #/Missing value for '(.+)'/#) { return .missingOptionValue(String(m.1)) }
        if let m = english.wholeMatch(of: #/The option '(.+)' does not take any value, but '(.*)' was specified\./#) {
            return .optionTakesNoValue(String(m.1), value: String(m.2))
        }
        if let m = english.wholeMatch(of: #/The value '(.*)' is invalid for '([^']+)'(?<choices>(?s:\. Please provide one of .+))?/#) {
            let choices = m.choices.map(Self.choices) ?? []
            guard m.choices == nil || !choices.isEmpty else { return nil }
            return .invalidValue(String(m.1), option: String(m.2), choices: choices)
        }
        if let m = english.wholeMatch(of: #/Missing expected argument '(.+)'/#) { return .missingArgument(String(m.1)) }
        if let m = english.wholeMatch(of: #/Missing one of: '(.+)'/#) {
            return .missingOneOf(m.1.components(separatedBy: "', '"))
        }
        if let m = english.wholeMatch(of: #/Unexpected argument '(.*)'/#) { return .unexpectedArguments([String(m.1)]) }
        if let m = english.wholeMatch(of: #/\d+ unexpected arguments: '(.*)'/#) {
            return .unexpectedArguments(m.1.components(separatedBy: "', '"))
        }
        if english == "Missing required subcommand." { return .missingSubcommand() }
        return nil
    }

    /// The values in `. Please provide one of 'a', 'b' or 'c'.` or in its bulleted form.
    private static func choices(_ text: Substring) -> [String] {
        if text.hasPrefix(". Please provide one of the following:") {
            return text.split(separator: "\n").dropFirst().compactMap { $0.hasPrefix("  - ") ? String($0.dropFirst(4)) : nil }
        }
        guard text.hasSuffix(".") else { return [] }
        return text.matches(of: #/'([^']*)'/#).map { String($0.1) }
    }
}

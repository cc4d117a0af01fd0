import Foundation

/// A message for campaign staff, written in every language Placard speaks (SPEC §7.7).
///
/// Messages live in the catalogue, `Diagnostics/Messages/`, one file per stage, as static
/// functions on `Message`, so the guide can list every one of them with its fix.
public struct Message: Hashable, Sendable {
    public var en: String
    public var zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// Text quoted from a file, cut to its first 80 characters: a cell or a value may hold a whole
    /// paragraph pasted by mistake, and its start names it.
    static func quoted(_ text: String) -> String {
        text.count > 80 ? text.prefix(80) + "…" : text
    }

    /// A message not yet translated: the same text in every language.
    public init(untranslated text: String) {
        self.init(en: text, zh: text)
    }

    public func text(in language: MessageLanguage) -> String {
        switch language {
        case .en: en
        case .zh: zh
        }
    }
}

/// The language messages are printed in.
public enum MessageLanguage: String, Sendable {
    case en, zh

    /// The first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty decides:
    /// Chinese when it starts with `zh`, else English.
    public static func from(environment: [String: String]) -> MessageLanguage {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }

    /// The language of this process's environment.
    public static let current = from(environment: ProcessInfo.processInfo.environment)
}

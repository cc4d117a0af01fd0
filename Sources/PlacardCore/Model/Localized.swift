/// A value given per language code, or one value for every language.
public struct Localized<Value: Sendable & Hashable>: Sendable, Hashable {
    public var byLanguage: [String: Value]
    /// A plain value written without a language map: used for every language.
    public var everywhere: Value?

    public init(byLanguage: [String: Value] = [:], everywhere: Value? = nil) {
        self.byLanguage = byLanguage
        self.everywhere = everywhere
    }

    public init(_ value: Value) {
        self.init(everywhere: value)
    }

    /// The value for `language`, else the value written for every language.
    public func value(_ language: String) -> Value? {
        byLanguage[language] ?? everywhere
    }

    /// The value for `language`, else for the first of `fallbacks` that has one.
    public func value(_ language: String, fallbacks: [String]) -> Value? {
        if let value = value(language) { return value }
        for code in fallbacks { if let value = byLanguage[code] { return value } }
        return nil
    }

    public var isEmpty: Bool { byLanguage.isEmpty && everywhere == nil }
}

public typealias LocalizedText = Localized<String>

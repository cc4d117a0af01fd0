import Foundation

/// Dates and numbers in a language's locale (`2024年5月20日`, `May 20, 2024`, `12,000`).
/// Formatters are made once per locale and used behind a lock.
/// `@unchecked Sendable`: the formatters (not Sendable themselves) and the cache are used only while holding `lock`.
final class LocaleFormat: @unchecked Sendable {
    private let lock = NSLock()
    private let dateFormatter: DateFormatter
    private let numberFormatter: NumberFormatter
    private var cache: [Day: String] = [:]

    init(locale: String) {
        dateFormatter = DateFormatter()
        dateFormatter.locale = Locale(identifier: locale)
        dateFormatter.timeZone = TimeZone(identifier: "UTC")
        dateFormatter.dateStyle = .long
        dateFormatter.timeStyle = .none
        numberFormatter = NumberFormatter()
        numberFormatter.locale = Locale(identifier: locale)
        numberFormatter.numberStyle = .decimal
    }

    func date(_ day: Day) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[day] { return cached }
        let text = dateFormatter.string(from: ContentDate(day: day).instant)
        cache[day] = text
        return text
    }

    func number(_ value: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        return numberFormatter.string(from: NSNumber(value: value)) ?? String(value)
    }
}

/// Fills `{name}` placeholders of a UI string.
enum Placeholder {
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var text = template
        for (key, value) in values { text = text.replacingOccurrences(of: "{\(key)}", with: value) }
        return text
    }
}

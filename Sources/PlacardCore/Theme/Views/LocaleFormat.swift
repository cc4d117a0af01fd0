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
        for (key, value) in values { text = replacing("{\(key)}", with: value, in: text) }
        return text
    }

    /// `text.replacingOccurrences(of: placeholder, with: value)` for an ASCII placeholder, in UTF-8
    /// bytes. Foundation does not match one that a combining mark follows (a non-ASCII byte):
    /// such a text is left to it.
    static func replacing(_ placeholder: String, with value: String, in text: String) -> String {
        let bytes = Array(text.utf8), pattern = Array(placeholder.utf8)
        guard let first = pattern.first, pattern.allSatisfy({ $0 < 0x80 }) else { return text.replacingOccurrences(of: placeholder, with: value) }
        var out: [UInt8] = []
        var start = 0, index = 0
        while index + pattern.count <= bytes.count {
            guard bytes[index] == first, bytes[index..<index + pattern.count].elementsEqual(pattern) else {
                index += 1
                continue
            }
            let end = index + pattern.count
            if end < bytes.count && bytes[end] >= 0x80 { return text.replacingOccurrences(of: placeholder, with: value) }
            out += bytes[start..<index]
            out += value.utf8
            start = end
            index = end
        }
        guard start > 0 else { return text }
        out += bytes[start...]
        return String(decoding: out, as: UTF8.self)
    }
}

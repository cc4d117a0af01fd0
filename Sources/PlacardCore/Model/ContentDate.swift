import Foundation

/// The `date` of an article: a day, or an RFC 3339 time with its own UTC offset.
/// A bare day is midnight UTC. The written wall-clock time is kept for display.
public struct ContentDate: Comparable, Hashable, Sendable {
    public let instant: Date
    public let day: Day
    public let hour: Int
    public let minute: Int
    public let second: Int
    public let utcOffsetSeconds: Int
    /// Written as a day alone (`2024-06-01`): a calendar day (SPEC §6), not a moment.
    public let isDayOnly: Bool

    public init(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0, utcOffsetSeconds: Int = 0, isDayOnly: Bool = false) {
        self.day = day
        self.isDayOnly = isDayOnly
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetSeconds = utcOffsetSeconds
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let midnight = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
        self.instant = midnight.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60 + second - utcOffsetSeconds))
    }

    /// Parses `YYYY-MM-DD`, or RFC 3339 (`2024-05-20T09:30:00+08:00`, `...Z`, fraction allowed;
    /// a space may stand for `T`, and a time without offset is UTC).
    public static func parse(_ text: String) -> ContentDate? {
        let text = text.trimmed
        if let day = Day(parsing: text) { return ContentDate(day: day, isDayOnly: true) }
        guard text.count >= 16 else { return nil }
        let chars = Array(text)
        guard let day = Day(parsing: String(chars[0..<10])), chars[10] == "T" || chars[10] == "t" || chars[10] == " " else { return nil }
        var rest = String(chars[11...])
        // Split off the offset.
        var offset = 0
        if rest.hasSuffix("Z") || rest.hasSuffix("z") {
            rest.removeLast()
        } else if let signIndex = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = rest[rest.index(after: signIndex)...].split(separator: ":")
            guard zone.count == 2, let h = Int(zone[0]), let m = Int(zone[1]), zone[0].count == 2, zone[1].count == 2,
                  h < 24, m < 60 else { return nil }
            offset = (h * 3600 + m * 60) * (rest[signIndex] == "-" ? -1 : 1)
            rest = String(rest[..<signIndex])
        }
        if let dot = rest.firstIndex(of: ".") {
            guard rest[rest.index(after: dot)...].allSatisfy(\.isNumber) else { return nil }
            rest = String(rest[..<dot])
        }
        let hms = rest.split(separator: ":", omittingEmptySubsequences: false)
        // ASCII digits only: `٣٣` is a number to Character but not to Int.
        guard hms.count == 2 || hms.count == 3, hms.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(hms[0]), let m = Int(hms[1]), h < 24, m < 60 else { return nil }
        guard let s = hms.count == 3 ? Int(hms[2]) : 0, s < 61 else { return nil }
        return ContentDate(day: day, hour: h, minute: m, second: s, utcOffsetSeconds: offset)
    }

    public static func < (a: ContentDate, b: ContentDate) -> Bool { a.instant < b.instant }

    /// Whether an article or page with this date is future at the build's "now": a day alone is
    /// future from the day after `today` on (the day "now" names), a time after `now`.
    public func isFuture(now: Date, today: Day) -> Bool {
        isDayOnly ? day > today : instant > now
    }

    /// `YYYY-MM-DD HH:MM` in the written wall-clock time (the `PubDate` meta tag).
    public var pubDateMeta: String {
        "\(day) \(hour.zeroPadded(2)):\(minute.zeroPadded(2))"
    }

    /// RFC 3339 with the written offset.
    public var rfc3339: String {
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let off = abs(utcOffsetSeconds)
        return "\(day)T\(hour.zeroPadded(2)):\(minute.zeroPadded(2)):\(second.zeroPadded(2))\(sign)\((off / 3600).zeroPadded(2)):\((off % 3600 / 60).zeroPadded(2))"
    }

    /// RFC 822 (RSS `pubDate`), English names whatever the machine's locale.
    public var rfc822: String {
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let weekday = calendar.component(.weekday, from: ContentDate(day: day).instant) // 1 = Sunday
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let off = abs(utcOffsetSeconds)
        return "\(names[(weekday + 5) % 7]), \(day.day.zeroPadded(2)) \(months[day.month - 1]) \(day.year) "
            + "\(hour.zeroPadded(2)):\(minute.zeroPadded(2)):\(second.zeroPadded(2)) \(sign)\((off / 3600).zeroPadded(2))\((off % 3600 / 60).zeroPadded(2))"
    }
}

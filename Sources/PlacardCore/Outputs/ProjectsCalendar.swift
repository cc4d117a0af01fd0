import Foundation

/// `projects.ics`: an iCalendar file (RFC 5545) with one all-day event per project, from its
/// start to the day after its end (or after its start, when it has no end). A calendar with no project
/// holds a UTC time zone instead, as the format needs one component.
struct ProjectsCalendar {
    struct Event {
        var id: String
        var title: String
        var summary: String
        var region: String
        var start: Day
        var end: Day?
        var url: String
    }

    var name: String
    /// The base URL's host: event UIDs are `<id>@<host>`.
    var host: String
    /// DTSTAMP of every event: the build's "now", so that a build is repeatable.
    var stamp: Day
    var language: String
    var events: [Event]

    var text: String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Placard//Project calendar//\(language.uppercased())",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape(name)]
        let stamp = Self.date(self.stamp) + "T000000Z"
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:\(event.id)@\(host)", "DTSTAMP:\(stamp)",
                      "DTSTART;VALUE=DATE:" + Self.date(event.start),
                      "DTEND;VALUE=DATE:" + Self.date(Self.dayAfter(event.end ?? event.start)),
                      "SUMMARY:" + Self.escape(event.title)]
            if !event.summary.isEmpty { lines.append("DESCRIPTION:" + Self.escape(event.summary)) }
            if !event.region.isEmpty { lines.append("LOCATION:" + Self.escape(event.region)) }
            lines += ["URL:" + event.url, "END:VEVENT"]
        }
        if events.isEmpty { lines += Self.utcTimeZone }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 5545 asks for at least one component: a calendar without projects carries a time zone
    /// (UTC, which no event refers to), so calendar apps read it as a valid, empty calendar.
    static let utcTimeZone = ["BEGIN:VTIMEZONE", "TZID:UTC", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                              "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "TZNAME:UTC", "END:STANDARD", "END:VTIMEZONE"]

    static func date(_ day: Day) -> String {
        day.year.zeroPadded(4) + day.month.zeroPadded(2) + day.day.zeroPadded(2)
    }

    static func dayAfter(_ day: Day) -> Day {
        if let next = Day(year: day.year, month: day.month, day: day.day + 1) { return next }
        if let next = Day(year: day.year, month: day.month + 1, day: 1) { return next }
        return Day(year: day.year + 1, month: 1, day: 1) ?? day
    }

    /// TEXT values: backslash, `;` and `,` escaped, line breaks as `\n`.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Lines longer than 75 octets go on in lines that start with a space, never inside a
    /// character's UTF-8 bytes.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var result = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                result += "\r\n "
                octets = 1
            }
            result.append(character)
            octets += size
        }
        return result
    }
}

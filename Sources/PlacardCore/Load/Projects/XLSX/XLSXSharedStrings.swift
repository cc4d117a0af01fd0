import Foundation

/// The shared strings part: the text of each `<si>`, the runs of rich text joined, phonetic
/// guides (`<rPh>`, added by East Asian editions of Excel) left out.
enum XLSXSharedStrings {
    static func read(_ data: Data) throws -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false
        var phoneticDepth = 0
        var handlers = XLSXEvents.Handlers()
        handlers.start = { name, _ in
            switch name {
            case "si": current = ""
            case "rPh": phoneticDepth += 1
            case "t": inText = phoneticDepth == 0
            default: break
            }
        }
        handlers.end = { name in
            switch name {
            case "si": strings.append(current)
            case "rPh": phoneticDepth -= 1
            case "t": inText = false
            default: break
            }
        }
        handlers.text = { text in if inText { current += text } }
        try XLSXEvents.parse(data, part: "xl/sharedStrings.xml", handlers)
        return strings
    }
}

/// Serial day numbers of date cells: days since 1899-12-30 in the 1900 system (with Lotus's
/// leap day: serial 60 is 1900-02-29, a day that never was), since 1904-01-01 in the 1904 system.
enum XLSXSerialDate {
    /// `YYYY-MM-DD`; the fictitious 1900-02-29 and serials before the system's first day come
    /// back as text that is no real date, so the project's date check reports them.
    static func text(serial: Double, uses1904: Bool) -> String {
        let whole = Int(serial.rounded(.down))
        if !uses1904 {
            if whole == 60 { return "1900-02-29" }
            if whole < 1 { return "1900-01-00" }
        }
        // Days from 1970-01-01 of the serial.
        let days = uses1904 ? whole - 24107 : (whole < 60 ? whole - 25568 : whole - 25569)
        guard abs(days) < 3_000_000 else { return "\(serial)" }
        return "\(Day(Date(timeIntervalSince1970: Double(days) * 86_400)))"
    }
}

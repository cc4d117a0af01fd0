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
            case "si": strings.append(XLSXText.unescape(current))
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

/// Text as Excel stores it, `_xHHHH_` escapes decoded (`_x000D_` is the carriage return of a
/// Windows line break inside a cell; `_x005F_` an underscore); line breaks become `\n`.
enum XLSXText {
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            out += rest[..<range.lowerBound]
            let digits = rest[range.upperBound...].prefix(5)
            if digits.count == 5, digits.last == "_", let value = UInt32(digits.dropLast(), radix: 16), let scalar = Unicode.Scalar(value) {
                out.unicodeScalars.append(scalar)
                rest = rest[rest.index(range.upperBound, offsetBy: 5)...]
            } else {
                out += "_x"
                rest = rest[range.upperBound...]
            }
        }
        out += rest
        return out.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}

/// Serial day numbers of date cells: days since 1899-12-30 in the 1900 system (with Lotus's
/// leap day: serial 60 is 1900-02-29, a day that never was), since 1904-01-01 in the 1904 system.
enum XLSXSerialDate {
    /// `YYYY-MM-DD`; the fictitious 1900-02-29 and serials before the system's first day come
    /// back as text that is no real date, so the project's date check reports them.
    static func text(serial: Double, uses1904: Bool) -> String {
        // Beyond some 8,000 years a serial is no date (and would not fit an Int).
        guard serial.magnitude < 3_000_000 else { return "\(serial)" }
        let whole = Int(serial.rounded(.down))
        if !uses1904 {
            if whole == 60 { return "1900-02-29" }
            if whole < 1 { return "1900-01-00" }
        }
        // Days from 1970-01-01 of the serial.
        let days = uses1904 ? whole - 24107 : (whole < 60 ? whole - 25568 : whole - 25569)
        return "\(Day(Date(timeIntervalSince1970: Double(days) * 86_400)))"
    }
}

import Foundation

/// Which cell styles show numbers as dates: the styles part lists the cells' formats
/// (`cellXfs`, indexed by a cell's `s`), each a built-in format id or a custom format code.
struct XLSXStyles {
    /// Style index → whether it formats a date.
    private(set) var dateStyles: [Bool] = []

    /// Built-in formats that show a date: 14–22 (every locale), and the Chinese, Japanese and
    /// Korean date formats 27–31, 36, 50–58 (`yyyy"年"m"月"d"日"` and its kin).
    static let builtInDateFormats: Set<Int> = Set(14...22).union(27...31).union([36]).union(50...58)

    init() {}

    init(_ data: Data) throws {
        var customCodes: [Int: String] = [:]
        var formats: [Int] = []
        var inCellXfs = false
        var handlers = XLSXEvents.Handlers()
        handlers.start = { name, attributes in
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { customCodes[id] = code }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs: formats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default: break
            }
        }
        handlers.end = { name in if name == "cellXfs" { inCellXfs = false } }
        try XLSXEvents.parse(data, part: "xl/styles.xml", handlers)
        dateStyles = formats.map { id in
            if let code = customCodes[id] { return XLSXDateFormat.isDate(code) }
            return Self.builtInDateFormats.contains(id)
        }
    }

    func isDate(style: Int) -> Bool {
        style >= 0 && style < dateStyles.count && dateStyles[style]
    }
}

/// Reads a number format code (`yyyy"年"m"月"d"日"`, `[$-804]yyyy/m/d`, `h:mm\ AM/PM`, `0.00`) and
/// tells whether it shows a date or a time: a year, month, day, hour or second placeholder, or
/// AM/PM, outside quoted text, escapes and brackets. LibreOffice saves the built-in time formats
/// 18–21 as such custom codes, so a time format counts as a date too.
enum XLSXDateFormat {
    static func isDate(_ code: String) -> Bool {
        let characters = Array(code)
        var index = 0
        while index < characters.count {
            switch characters[index] {
            case "\"":
                index += 1
                while index < characters.count && characters[index] != "\"" { index += 1 }
            case "\\", "_", "*":
                index += 1
            case "[":
                while index < characters.count && characters[index] != "]" { index += 1 }
            case ";":
                return false  // only the first section (positive numbers) decides
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S":
                return true
            case "A", "a":
                let rest = String(characters[index...].prefix(5)).uppercased()
                if rest.hasPrefix("AM/PM") || rest.hasPrefix("A/P") { return true }
            default:
                break
            }
            index += 1
        }
        return false
    }
}

import Foundation

/// The cells of a worksheet as text, by row number as Excel shows it: shared and inline
/// strings, formula results by their cached value, numbers (dates as `YYYY-MM-DD`), booleans;
/// a cell merged over several rows gives its text to each of them.
struct XLSXSheet {
    struct Row {
        /// The row number Excel shows (`r="7"`), or counted when the attribute is missing.
        var number: Int
        /// Cell text by column (0 = A); columns without a cell are "".
        var cells: [String]
    }

    /// A cell showing an Excel error (`#REF!`), with its reference (`C7`).
    struct CellError {
        var row: Int
        var reference: String
        var value: String
    }

    var rows: [Row] = []
    var errors: [CellError] = []

    init(_ data: Data, sharedStrings: [String], styles: XLSXStyles, uses1904: Bool) throws {
        var rows: [Row] = []
        var errors: [CellError] = []
        var row = Row(number: 0, cells: [])
        var column = -1
        var type = "n"
        var style = 0
        var value = ""
        var inline = ""
        var inValue = false
        var inInlineText = false
        var phoneticDepth = 0
        var merged: [XLSXMergedRange] = []
        var handlers = XLSXEvents.Handlers()
        handlers.start = { name, attributes in
            switch name {
            case "row":
                row = Row(number: attributes["r"].flatMap(Self.rowNumber) ?? row.number + 1, cells: [])
                column = -1
            case "c":
                column = attributes["r"].flatMap(Self.column) ?? column + 1
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap { Int($0) } ?? 0
                value = ""
                inline = ""
            case "v": inValue = true
            case "rPh": phoneticDepth += 1
            case "t": inInlineText = phoneticDepth == 0
            case "mergeCell": if let range = attributes["ref"].flatMap(XLSXMergedRange.init) { merged.append(range) }
            default: break
            }
        }
        handlers.text = { text in
            if inValue { value += text } else if inInlineText { inline += text }
        }
        handlers.end = { name in
            switch name {
            case "v": inValue = false
            case "t": inInlineText = false
            case "rPh": phoneticDepth -= 1
            case "c":
                guard column >= 0, column < 16_384 else { return }
                var text: String
                switch type {
                case "s": text = Int(value.trimmed).flatMap { $0 >= 0 && $0 < sharedStrings.count ? sharedStrings[$0] : nil } ?? ""
                case "inlineStr": text = XLSXText.unescape(inline)
                case "str": text = value
                case "b": text = value.trimmed == "1" ? "TRUE" : "FALSE"
                case "e":
                    errors.append(CellError(row: row.number, reference: Self.reference(column: column, row: row.number), value: value))
                    text = ""
                case "d": text = String(value.trimmed.prefix(10))
                default: text = Self.number(value.trimmed, isDate: styles.isDate(style: style), uses1904: uses1904)
                }
                if text.isEmpty { return }
                if row.cells.count <= column { row.cells += Array(repeating: "", count: column + 1 - row.cells.count) }
                row.cells[column] = text
            case "row":
                if row.cells.contains(where: { !$0.trimmed.isEmpty }) { rows.append(row) }
            default: break
            }
        }
        try XLSXEvents.parse(data, part: "worksheet", handlers)
        Self.fill(&rows, merged: merged)
        self.rows = rows
        self.errors = errors
    }

    /// A number as a person typed it: `2000` rather than `2000.0`; a date cell as `YYYY-MM-DD`.
    /// To the 15 significant digits Excel shows, as Excel shows them: a sum stored as
    /// `1999.9999999999998` is `2000`, and `3.2999999999999998` is `3.3`.
    static func number(_ value: String, isDate: Bool, uses1904: Bool) -> String {
        guard let stored = Double(value), stored.isFinite else { return value }
        if isDate { return XLSXSerialDate.text(serial: stored, uses1904: uses1904) }
        let number = Double(String(format: "%.15g", stored)) ?? stored
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return number.description
    }

    /// The rows a worksheet can have, as Excel numbers them.
    static let rowNumbers = 1...1_048_576

    /// A row number as written (`7`), nil when it is none Excel can show (the row is then counted
    /// from the one before, as when the number is missing).
    static func rowNumber(_ text: some StringProtocol) -> Int? {
        Int(text).flatMap { rowNumbers.contains($0) ? $0 : nil }
    }

    /// `C7` → 2 (the letters of a cell reference, from A = 0).
    static func column(_ reference: String) -> Int? {
        var result = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard let ascii = Character(scalar).asciiValue else { return nil }
            switch ascii {
            case 65...90: result = result * 26 + Int(ascii - 64)
            case 97...122: result = result * 26 + Int(ascii - 96)
            default:
                guard letters > 0 else { return nil }
                return result - 1
            }
            letters += 1
            if letters > 3 { return nil }
        }
        return letters > 0 ? result - 1 : nil
    }

    /// 2, 7 → `C7`.
    static func reference(column: Int, row: Int) -> String {
        var letters = ""
        var n = column + 1
        while n > 0 {
            let remainder = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            n = (n - 1) / 26
        }
        return "\(letters)\(row)"
    }
}

/// The date forms a project list accepts (SPEC §7.2): `2026-09-01`, `2026/9/1` (as Excel on a
/// Chinese Windows writes dates into CSV), `2026年9月1日`, each with or without zero padding,
/// optionally followed by a time of day (`2026/9/1 0:00`), which is ignored. Digits and marks
/// typed in full width (`２０２６／９／１`) count as their ASCII forms.
enum ProjectDate {
    static func parse(_ text: String) -> Day? {
        var value = Substring(HalfWidth.fold(text).trimmed)
        if let space = value.firstIndex(where: { $0 == " " || $0 == "T" }), isTime(value[value.index(after: space)...]) {
            value = value[..<space]
        }
        let numbers: [Substring]
        if value.hasSuffix("日"), value.contains("年"), value.contains("月") {
            numbers = value.dropLast().split(omittingEmptySubsequences: false) { $0 == "年" || $0 == "月" }
        } else if value.contains("/") {
            numbers = value.split(separator: "/", omittingEmptySubsequences: false)
        } else {
            numbers = value.split(separator: "-", omittingEmptySubsequences: false)
        }
        guard numbers.count == 3, numbers[0].count == 4, (1...2).contains(numbers[1].count), (1...2).contains(numbers[2].count),
              numbers.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(numbers[0]), let month = Int(numbers[1]), let day = Int(numbers[2]) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The day a bare Excel date number stands for (`45658` → 2025-01-01): what a date cell left in
    /// General format holds, in a workbook and in the CSV saved from it. Only five-digit numbers
    /// (1927 to 2173) count, so that a year or a count typed alone is not taken for one; nil else.
    static func excelSerial(_ text: String, uses1904: Bool) -> Day? {
        let value = HalfWidth.fold(text).trimmed
        let whole = value.prefix { $0 != "." }
        guard whole.count == 5, (whole + value.dropFirst(whole.count).dropFirst()).allSatisfy({ $0.isASCII && $0.isNumber }),
              let serial = Double(value) else { return nil }
        return parse(XLSXSerialDate.text(serial: serial, uses1904: uses1904))
    }

    /// `0:00`, `00:00:00`, `12:30`: the time Excel appends to a date cell saved as text.
    private static func isTime(_ text: Substring) -> Bool {
        let parts = text.trimmed.split(separator: ":", omittingEmptySubsequences: false)
        return (2...3).contains(parts.count)
            && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}

/// List items in one cell: separated by `;`, `；` or `、` (SPEC §7.2), blanks dropped.
enum ProjectListItems {
    static func split(_ text: String) -> [String] {
        text.split { $0 == ";" || $0 == "；" || $0 == "、" }.map { String($0).trimmed }.filter { !$0.isEmpty }
    }
}

/// Text typed with a Chinese input method in full-width mode: `２０２６／９／１`, `２，０００`.
enum HalfWidth {
    /// Full-width ASCII forms (U+FF01–FF5E) and the ideographic space as their ASCII characters.
    static func fold(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFF01...0xFF5E).contains($0.value) || $0.value == 0x3000 }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

/// Finds a misplaced quote in CSV text and the line it stands on, following RFC 4180 quoting
/// (a cell in quotes may hold commas, line breaks and doubled quotes `""`), as the CSV reader
/// reads it: its own errors name neither the line nor the mistake in words staff read.
enum CSVQuotes {
    struct Problem: Equatable {
        /// 1-based; line breaks inside quoted cells count.
        var line: Int
        var message: Message
    }

    private enum State { case cellStart, unquoted, quoted, afterClosingQuote }

    /// The first misplaced quote in `text` (line ends already `\n`), or nil.
    static func problem(in text: String) -> Problem? {
        let scalars = Array(text.unicodeScalars)
        var state = State.cellStart
        var line = 1
        var cellLine = 1
        var cellStart = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            // `""` inside a cell is one quote, read as a pair.
            let doubled = state != .cellStart && scalar == "\"" && index + 1 < scalars.count && scalars[index + 1] == "\""
            switch state {
            case .cellStart:
                if scalar == "\"" || !(scalar == "," || scalar == "\n" || scalar.properties.isWhitespace) {
                    state = scalar == "\"" ? .quoted : .unquoted
                    cellLine = line
                    cellStart = index
                }
            case .unquoted:
                if scalar == "\"" && !doubled {
                    let cell = Self.cell(scalars, from: cellStart)
                    return Problem(line: line, message: .csvQuoteInCell(cell, fixed: Self.quoted(cell)))
                }
                if scalar == "," || scalar == "\n" { state = .cellStart }
            case .quoted:
                if scalar == "\"" && !doubled { state = .afterClosingQuote }
            case .afterClosingQuote:
                if scalar == "," || scalar == "\n" {
                    state = .cellStart
                } else if !scalar.properties.isWhitespace {
                    return Problem(line: line, message: .csvTextAfterQuote(Self.cell(scalars, from: cellStart)))
                }
            }
            if scalar == "\n" { line += 1 }
            index += doubled ? 2 : 1
        }
        return state == .quoted ? Problem(line: cellLine, message: .csvUnclosedQuote()) : nil
    }

    /// The cell's text as written, up to the comma or line end after its start (cut when long).
    private static func cell(_ scalars: [Unicode.Scalar], from start: Int) -> String {
        var text = String.UnicodeScalarView()
        let quoted = scalars[start] == "\""
        var inQuotes = false
        for scalar in scalars[start...] {
            if quoted && scalar == "\"" { inQuotes.toggle() }
            if scalar == "\n" || (scalar == "," && !inQuotes) { break }
            text.append(scalar)
        }
        let cell = String(text)
        return cell.count > 40 ? cell.prefix(40) + "…" : cell
    }

    /// The cell as a quoted cell, its quotes doubled; a short example when the cell was cut.
    private static func quoted(_ cell: String) -> String {
        let shown = cell.hasSuffix("…") ? "5G\"XR\"课堂" : cell
        return "\"" + shown.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

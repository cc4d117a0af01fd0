/// Finds the misplaced quotes in CSV text and the lines they stand on, following RFC 4180 quoting
/// (a cell in quotes may hold commas, line breaks and doubled quotes `""`), as the CSV reader
/// reads it: its own errors name neither the line nor the mistake in words staff read.
enum CSVQuotes {
    struct Problem: Equatable {
        /// 1-based; line breaks inside quoted cells count.
        var line: Int
        var message: Message
    }

    private enum State { case cellStart, unquoted, quoted, afterClosingQuote }

    /// What `check` found: every misplaced quote, and the text to read the rows from.
    struct Reading {
        var problems: [Problem]
        /// `text` with each cell holding a misplaced quote written as a quoted cell of what a lenient
        /// reader takes it for (the quote as a character; the text after a closing quote added to the
        /// cell), so that the other rows and cells are still checked; nil when a quote is never closed.
        var readable: String?
    }

    /// Every misplaced quote in `text` (line ends already `\n`), one per cell; cells end at `separator`.
    static func check(_ text: String, separator: Unicode.Scalar = ",") -> Reading {
        let scalars = Array(text.unicodeScalars)
        var problems: [Problem] = []
        var readable = String.UnicodeScalarView()
        var state = State.cellStart
        var line = 1
        var cellLine = 1
        var cellStart = 0
        var value = String.UnicodeScalarView() // the cell as a lenient reader reads it
        var spaces = String.UnicodeScalarView() // white space after a closing quote
        var misplaced = false
        func endCell(at end: Int) {
            if misplaced {
                readable.append(contentsOf: quoted(String(value)).unicodeScalars)
            } else {
                readable.append(contentsOf: scalars[cellStart..<end])
            }
            state = .cellStart
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let ends = scalar == separator || scalar == "\n"
            // `""` inside a cell is one quote, read as a pair.
            let doubled = state != .cellStart && scalar == "\"" && index + 1 < scalars.count && scalars[index + 1] == "\""
            switch state {
            case .cellStart:
                if scalar == "\"" || !(ends || scalar.properties.isWhitespace) {
                    state = scalar == "\"" ? .quoted : .unquoted
                    cellLine = line
                    cellStart = index
                    value = String.UnicodeScalarView()
                    if scalar != "\"" { value.append(scalar) }
                    spaces = String.UnicodeScalarView()
                    misplaced = false
                } else {
                    readable.append(scalar)
                }
            case .unquoted:
                if ends {
                    endCell(at: index)
                    readable.append(scalar)
                } else {
                    if scalar == "\"" && !doubled && !misplaced {
                        let cell = Self.cell(scalars, from: cellStart, separator: separator)
                        problems.append(Problem(line: line, message: .csvQuoteInCell(cell, fixed: Self.quoted(cell))))
                        misplaced = true
                    }
                    value.append(scalar)
                }
            case .quoted:
                if scalar == "\"" && !doubled {
                    state = .afterClosingQuote
                } else {
                    value.append(scalar)
                }
            case .afterClosingQuote:
                if ends {
                    endCell(at: index)
                    readable.append(scalar)
                } else if scalar.properties.isWhitespace {
                    spaces.append(scalar)
                } else {
                    problems.append(Problem(line: line, message: .csvTextAfterQuote(Self.cell(scalars, from: cellStart, separator: separator))))
                    misplaced = true
                    value.append(contentsOf: spaces)
                    value.append(scalar)
                    state = .unquoted
                }
            }
            if scalar == "\n" { line += 1 }
            index += doubled ? 2 : 1
        }
        switch state {
        case .quoted:
            problems.append(Problem(line: cellLine, message: .csvUnclosedQuote()))
            return Reading(problems: problems, readable: nil)
        case .unquoted, .afterClosingQuote:
            endCell(at: scalars.count)
        case .cellStart:
            break
        }
        return Reading(problems: problems, readable: String(readable))
    }

    /// The cell's text as written, up to the separator or line end after its start (cut when long).
    private static func cell(_ scalars: [Unicode.Scalar], from start: Int, separator: Unicode.Scalar) -> String {
        var text = String.UnicodeScalarView()
        let quoted = scalars[start] == "\""
        var inQuotes = false
        for scalar in scalars[start...] {
            if quoted && scalar == "\"" { inQuotes.toggle() }
            if scalar == "\n" || (scalar == separator && !inQuotes) { break }
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

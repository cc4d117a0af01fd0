/// Merged cells (`<mergeCell ref="C2:C4"/>`): Excel keeps the text in the range's top-left cell
/// only, while the sheet shows it over the whole range. Staff merge a column's cells to say "the
/// same organizer for these rows", so a range over several rows gives its text to every row it
/// covers, in the top-left cell's column. Across columns a merge is layout (a wide cell, a title
/// over the table) and gives nothing to the columns it covers.
struct XLSXMergedRange: Equatable {
    var column: Int
    var firstRow: Int
    var lastRow: Int

    /// `C2:D4` → column 2, rows 2–4; nil for a single row or a reference that is not a range.
    init?(_ reference: String) {
        let ends = reference.split(separator: ":")
        guard ends.count == 2, let column = XLSXSheet.column(String(ends[0])),
              let first = Self.row(ends[0]), let last = Self.row(ends[1]), last > first else { return nil }
        self.column = column
        firstRow = first
        lastRow = last
    }

    private static func row(_ reference: Substring) -> Int? {
        Int(reference.drop { $0.isLetter })
    }
}

extension XLSXSheet {
    /// Gives each merged range's top-left text to the empty cells below it in the same column, on
    /// the rows the sheet has (a row that is blank but for a merged range stays blank).
    static func fill(_ rows: inout [Row], merged ranges: [XLSXMergedRange]) {
        guard !ranges.isEmpty else { return }
        let index = Dictionary(rows.enumerated().map { ($1.number, $0) }) { first, _ in first }
        for range in ranges {
            guard let top = index[range.firstRow], range.column < rows[top].cells.count else { continue }
            let text = rows[top].cells[range.column]
            guard !text.isEmpty else { continue }
            for number in (range.firstRow + 1)...range.lastRow {
                guard let position = index[number] else { continue }
                if rows[position].cells.count <= range.column {
                    rows[position].cells += Array(repeating: "", count: range.column + 1 - rows[position].cells.count)
                }
                if rows[position].cells[range.column].isEmpty { rows[position].cells[range.column] = text }
            }
        }
    }
}

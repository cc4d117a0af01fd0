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

    /// The row of `C4`; a number past the sheet's last row (a range written "to the end") is the last row.
    private static func row(_ reference: Substring) -> Int? {
        let digits = reference.drop { $0.isLetter }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let number = Int(digits).map { min($0, XLSXSheet.rowNumbers.upperBound) } ?? XLSXSheet.rowNumbers.upperBound
        return number >= XLSXSheet.rowNumbers.lowerBound ? number : nil
    }
}

extension XLSXSheet {
    /// Gives each merged range's top-left text to the empty cells below it in the same column, on
    /// the rows the sheet has (a row that is blank but for a merged range stays blank). Each range
    /// visits the rows it covers, not every number in it: a range may be written to span a million rows.
    static func fill(_ rows: inout [Row], merged ranges: [XLSXMergedRange]) {
        guard !ranges.isEmpty else { return }
        let byNumber = rows.indices.sorted { rows[$0].number < rows[$1].number }
        for range in ranges {
            let first = firstPosition(in: byNumber, rows: rows, atLeast: range.firstRow)
            guard first < byNumber.count, rows[byNumber[first]].number == range.firstRow else { continue }
            let top = byNumber[first]
            guard range.column < rows[top].cells.count else { continue }
            let text = rows[top].cells[range.column]
            guard !text.isEmpty else { continue }
            var at = firstPosition(in: byNumber, rows: rows, atLeast: range.firstRow + 1)
            while at < byNumber.count, rows[byNumber[at]].number <= range.lastRow {
                let position = byNumber[at]
                if rows[position].cells.count <= range.column {
                    rows[position].cells += Array(repeating: "", count: range.column + 1 - rows[position].cells.count)
                }
                if rows[position].cells[range.column].isEmpty { rows[position].cells[range.column] = text }
                at += 1
            }
        }
    }

    /// The first place in `byNumber` (positions in `rows`, by row number) whose row number is at least `number`.
    private static func firstPosition(in byNumber: [Int], rows: [Row], atLeast number: Int) -> Int {
        var low = 0
        var high = byNumber.count
        while low < high {
            let middle = (low + high) / 2
            if rows[byNumber[middle]].number < number { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

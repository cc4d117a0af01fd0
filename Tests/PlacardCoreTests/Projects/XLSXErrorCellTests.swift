import Foundation
import Testing
@testable import PlacardCore

/// A cell showing an Excel error (`#DIV/0!`) is one error, and the rest of its row is still checked (SPEC §5, §7.2).
@Suite struct XLSXErrorCellTests {
    /// A workbook of one sheet, its rows given as cells: text, or `=ERROR` for a formula showing ERROR.
    static func workbook(_ rows: [[String]]) throws -> Data {
        var sheet = "<worksheet><sheetData>"
        for (index, cells) in rows.enumerated() {
            sheet += "<row r=\"\(index + 1)\">"
            for (column, cell) in cells.enumerated() {
                let reference = XLSXSheet.reference(column: column, row: index + 1)
                if cell.hasPrefix("=") {
                    sheet += "<c r=\"\(reference)\" t=\"e\"><f>1/0</f><v>\(cell.dropFirst())</v></c>"
                } else {
                    sheet += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(cell)</t></is></c>"
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        return try ProjectFixtures.workbook(sheet: sheet)
    }

    @Test func theOtherCellsOfARowWithAnErrorCellAreChecked() throws {
        let site = try TestSite(["content/projects/e.yml": "title: 清单\n"])
        defer { site.remove() }
        try site.write(try Self.workbook([
            ["id", "title", "organizer", "organizerType", "series", "start", "reach"],
            ["e1", "T", "O", "city", "nosuch", "2026-02-30", "=#DIV/0!"],
            ["e2", "T", "O", "city", "education", "=#REF!"],
            ["e1", "T", "O", "city", "education", "2026-03-01"],
        ]), to: "content/projects/e.xlsx")
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        let byRow = Dictionary(grouping: errors, by: { $0.line ?? 0 }).mapValues { $0.map(\.message).sorted() }
        #expect(byRow[2] == [Message.xlsxCellError("G2", value: "#DIV/0!").en, Message.invalidProjectDate("start", "2026-02-30").en,
                             Message.unknownProjectSeries("nosuch", keys: "elderly, education").en].sorted())
        #expect(byRow[3] == [Message.xlsxCellError("F3", value: "#REF!").en], "the start left empty by the error is not reported missing")
        #expect(byRow[4] == [Message.duplicateProjectID("e1", earlier: "content/projects/e.xlsx:2").en], "the row with the error keeps its id")
        #expect(errors.allSatisfy { $0.path == "content/projects/e.xlsx" })
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// A date cell left in General format holds Excel's date number (`45658`): it is still an error,
/// and the message says so, with the day the number stands for (SPEC §5, §7.2).
@Suite struct ExcelSerialDateTests {
    @Test func aDateNumberInACSVNamesItsDay() throws {
        let csv = "id,title,organizer,organizerType,series,start,end\n"
            + "a,甲,厅,city,elderly,45658,45688.5\n"
            + "b,乙,厅,city,elderly,2025,４５６５８\n"
        let site = try TestSite(["content/projects/list.yml": "title: 清单\n", "content/projects/list.csv": csv])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors == [
            .error("content/projects/list.csv", line: 2, .excelSerialDate("end", "45688.5", day: Day(year: 2025, month: 1, day: 31)!)),
            .error("content/projects/list.csv", line: 2, .excelSerialDate("start", "45658", day: Day(year: 2025, month: 1, day: 1)!)),
            .error("content/projects/list.csv", line: 3, .excelSerialDate("end", "４５６５８", day: Day(year: 2025, month: 1, day: 1)!)),
            .error("content/projects/list.csv", line: 3, .invalidProjectDate("start", "2025")),
        ], "a year alone is not taken for a date number")
    }

    @Test func aGeneralNumberCellInAWorkbookNamesItsDay() throws {
        let header = ["id", "title", "organizer", "organizerType", "series", "start"].enumerated().map { column, name in
            "<c r=\"\(XLSXSheet.reference(column: column, row: 1))\" t=\"inlineStr\"><is><t>\(name)</t></is></c>"
        }.joined()
        let row = ["a", "甲", "厅", "city", "elderly"].enumerated().map { column, text in
            "<c r=\"\(XLSXSheet.reference(column: column, row: 2))\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
        }.joined() + "<c r=\"F2\"><v>45658</v></c>"
        let sheet = "<worksheet><sheetData><row r=\"1\">\(header)</row><row r=\"2\">\(row)</row></sheetData></worksheet>"
        let site = try TestSite(["content/projects/list.yml": "title: 清单\n"])
        defer { site.remove() }
        try site.write(try ProjectFixtures.workbook(sheet: sheet), to: "content/projects/list.xlsx")
        #expect(site.check().diagnostics.filter { $0.severity == .error } == [
            .error("content/projects/list.xlsx", line: 2, .excelSerialDate("start", "45658", day: Day(year: 2025, month: 1, day: 1)!)),
        ])
    }

    @Test func theWorkbooksDateSystemCounts() {
        #expect(ProjectDate.excelSerial("45658", uses1904: false) == Day(year: 2025, month: 1, day: 1))
        #expect(ProjectDate.excelSerial("45658", uses1904: true) == Day(year: 2029, month: 1, day: 2))
        #expect(ProjectDate.excelSerial("9999", uses1904: false) == nil && ProjectDate.excelSerial("20250101", uses1904: false) == nil)
        #expect(ProjectDate.excelSerial("4565x", uses1904: false) == nil && ProjectDate.excelSerial("45658.x", uses1904: false) == nil)
    }
}

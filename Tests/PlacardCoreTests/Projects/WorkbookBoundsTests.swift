import Foundation
import Testing
@testable import PlacardCore

/// Numbers in a workbook's XML that no spreadsheet program writes, as a damaged or crafted file may
/// hold them: the list is read (or reported) at once, never a crash or an endless loop.
@Suite struct WorkbookBoundsTests {
    static let header = ["编号", "项目名称", "主办单位", "单位类型", "系列", "开始日期"]

    /// Inline-text cells, `row` the `r` attribute written (nil writes none).
    static func row(_ number: Int?, _ cells: [String], extra: String = "") -> String {
        let attribute = number.map { " r=\"\($0)\"" } ?? ""
        let written = cells.map { "<c t=\"inlineStr\"><is><t>\($0)</t></is></c>" }.joined()
        return "<row\(attribute)>\(written)\(extra)</row>"
    }

    func check(_ sheet: String, styles: String? = nil) throws -> (projects: [Project], diagnostics: [Diagnostic]) {
        let site = try TestSite(["content/projects/list.yml": "title: 清单\n"])
        defer { site.remove() }
        try site.write(try ProjectFixtures.workbook(sheet: sheet, styles: styles), to: "content/projects/list.xlsx")
        let diagnostics = Diagnostics()
        let projects = SiteLoader.load(root: site.root, diagnostics: diagnostics)?.projects ?? []
        return (projects, diagnostics.all.filter { $0.path.hasPrefix("content/") })
    }

    /// A row number beyond Excel's 1,048,576 rows (or below 1) is no number: the row is counted
    /// from the one before, as a row without one is.
    @Test func aRowNumberNoSheetHasIsCounted() throws {
        let sheet = "<worksheet><sheetData>" + Self.row(1, Self.header)
            + Self.row(Int.max, ["a", "甲", "民政厅", "部门", "elderly", "2025-01-05"])
            + Self.row(nil, ["b", "乙", "民政厅", "部门", "elderly", "2025-02-30"])
            + Self.row(-5, ["c", "丙", "民政厅", "部门", "elderly", "2025-02-31"])
            + "</sheetData></worksheet>"
        let (projects, diagnostics) = try check(sheet)
        #expect(projects.map(\.id) == ["a"])
        #expect(diagnostics.map(\.line) == [3, 4])
        #expect(diagnostics.map(\.message) == [Message.invalidProjectDate("start", "2025-02-30").en, Message.invalidProjectDate("start", "2025-02-31").en])
    }

    /// A merged range written to the last row Excel has, or past it, gives its text to the rows
    /// the sheet has, at once.
    @Test func aMergedRangeOverEveryRowIsReadAtOnce() throws {
        let merges = ["C2:C1048576", "D2:D9223372036854775807", "F2:F99999999999999999999"]
        let sheet = "<worksheet><sheetData>" + Self.row(1, Self.header)
            + Self.row(2, ["a", "甲", "民政厅", "部门", "elderly", "2025-01-05"])
            + Self.row(3, ["b", "乙", "", "", "elderly", "2025-01-06"])
            + "</sheetData><mergeCells>" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells></worksheet>"
        let started = Date()
        let (projects, diagnostics) = try check(sheet)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(diagnostics == [])
        #expect(projects.map { $0.organizer.value("zh") } == ["民政厅", "民政厅"])
        #expect(projects.map(\.organizerType) == [.department, .department])
    }

    /// A date cell holding a number no date has (`1e300`) is a date the project's check reports.
    @Test func aDateCellBeyondAnyDayIsReported() throws {
        let styles = "<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"
        let sheet = "<worksheet><sheetData>" + Self.row(1, Self.header)
            + Self.row(2, ["a", "甲", "民政厅", "部门", "elderly"], extra: "<c s=\"1\"><v>1e300</v></c>")
            + Self.row(3, ["b", "乙", "民政厅", "部门", "elderly"], extra: "<c s=\"1\"><v>-9.3e18</v></c>")
            + Self.row(4, ["c", "丙", "民政厅", "部门", "elderly"], extra: "<c s=\"1\"><v>45658</v></c>")
            + "</sheetData></worksheet>"
        let (projects, diagnostics) = try check(sheet, styles: styles)
        #expect(projects.map(\.id) == ["c"])
        #expect(diagnostics.map(\.line) == [2, 3])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.message.contains("start") }, "\(diagnostics)")
    }
}

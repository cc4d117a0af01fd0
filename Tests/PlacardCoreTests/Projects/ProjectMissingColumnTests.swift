import Foundation
import Testing
@testable import PlacardCore

/// A required column misspelt or left out of a spreadsheet's header is one error on the header row,
/// naming the column and the header that looks like it, not one error on every row (SPEC §5, §7.2).
@Suite struct ProjectMissingColumnTests {
    func load(_ data: Data, as ext: String) throws -> [Diagnostic] {
        let site = try TestSite(["content/projects/list.yml": "title: 清单\n"])
        defer { site.remove() }
        try site.write(data, to: "content/projects/list.\(ext)")
        let diagnostics = Diagnostics()
        _ = SiteLoader.load(root: site.root, diagnostics: diagnostics)
        return diagnostics.all.filter { $0.path.hasPrefix("content/") }
    }

    @Test func aMisspeltColumnIsOneErrorOnTheHeader() throws {
        var csv = "编号,项目名称,主办单位名称,单位类型,系列,开始日期\n"
        for row in 2...101 { csv += "p\(row),项目\(row),民政厅,部门,\(row == 50 ? "nosuch" : "elderly"),2025-01-05\n" }
        let diagnostics = try load(Data(csv.utf8), as: "csv")
        #expect(diagnostics == [
            .error("content/projects/list.csv", line: 1, .missingColumnLike("organizer", chinese: "主办单位", found: ["主办单位名称"], renamed: ["主办单位"])),
            .error("content/projects/list.csv", line: 50, .unknownProjectSeries("nosuch", keys: "elderly, education")),
        ], "no warning that the column is ignored, and the other errors of a row still reported")
    }

    @Test func inAWorkbookAnEmptyCellIsStillReportedOnItsRow() throws {
        let data = try SpreadsheetLayoutTests.workbook([
            1: ["id", "organiser.zh", "organiser.en", "organizerType", "series", "start"],
            2: ["a", "民政厅", "Civil Affairs", "", "elderly", "2025-01-05"],
            3: ["b", "民政厅", "Civil Affairs", "city", "elderly", "2025-01-06"],
        ])
        let diagnostics = try load(data, as: "xlsx")
        #expect(diagnostics == [
            .error("content/projects/list.xlsx", line: 1, .missingColumnLike("organizer", chinese: "主办单位",
                                                                             found: ["organiser.zh", "organiser.en"], renamed: ["organizer.zh", "organizer.en"])),
            .error("content/projects/list.xlsx", line: 1, .missingColumn("title", chinese: "项目名称")),
            .error("content/projects/list.xlsx", line: 2, .missingProjectField("organizerType")),
        ])
    }

    @Test(arguments: [
        ("organiser", "organizer", "organizer"), ("Strat", "start", "start"), ("organizer_name", "organizer", "organizer"),
        ("主办单位名称（英文）", "organizer", "主办单位(英文)"), ("开始日其", "start", "开始日期"), ("*开始日期(年月日)", "start", "开始日期"),
        ("主办单位类型名称", "organizerType", "单位类型"),
    ])
    func closeHeaders(header: String, field: String, renamed: String) {
        #expect(MissingColumns.closest(header)?.field == field && MissingColumns.closest(header)?.renamed == renamed, "\(header)")
    }

    @Test(arguments: ["项目负责人", "备注", "编码", "联系电话", "owner"])
    func headersNotClose(header: String) {
        #expect(MissingColumns.closest(header) == nil, "\(header)")
    }
}

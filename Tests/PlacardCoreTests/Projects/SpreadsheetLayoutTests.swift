import Foundation
import Testing
@testable import PlacardCore

/// Spreadsheets laid out as staff lay them out (SPEC §7.2): cells merged over several rows, a
/// title over the table, headers wrapped onto two lines or marked required.
@Suite struct SpreadsheetLayoutTests {
    static let header = ["编号", "项目名称", "主办单位", "单位类型", "系列", "开始日期"]

    /// A workbook of one sheet: rows by their number as Excel shows it, each cell inline text
    /// ("" writes no cell), and merged ranges (`C2:C4`).
    static func workbook(_ rows: [Int: [String]], merged: [String] = []) throws -> Data {
        var sheet = "<worksheet><sheetData>"
        for (number, cells) in rows.sorted(by: { $0.key < $1.key }) {
            sheet += "<row r=\"\(number)\">"
            for (column, cell) in cells.enumerated() where !cell.isEmpty {
                sheet += "<c r=\"\(XLSXSheet.reference(column: column, row: number))\" t=\"inlineStr\"><is><t>\(cell)</t></is></c>"
            }
            sheet += "</row>"
        }
        sheet += "</sheetData>"
        if !merged.isEmpty { sheet += "<mergeCells>" + merged.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>" }
        sheet += "</worksheet>"
        return try ProjectFixtures.workbook(sheet: sheet)
    }

    /// Loads a site whose only list is `content/projects/list.<ext>` holding `data`; the diagnostics about content.
    func load(_ data: Data, as ext: String) throws -> (projects: [Project], diagnostics: [Diagnostic]) {
        let site = try TestSite(["content/projects/list.yml": "title: 清单\n"])
        defer { site.remove() }
        try site.write(data, to: "content/projects/list.\(ext)")
        let diagnostics = Diagnostics()
        let projects = SiteLoader.load(root: site.root, diagnostics: diagnostics)?.projects ?? []
        return (projects, diagnostics.all.filter { $0.path.hasPrefix("content/") })
    }

    /// `项目名称` merged over two columns with `中文` and `英文` under them is read as
    /// `项目名称(中文)` and `项目名称(英文)`, from a workbook and from the same table saved as CSV.
    @Test func aHeaderInTwoRowsNamesEachLanguagesColumn() throws {
        let top = ["编号", "项目名称", "", "主办单位", "单位类型", "系列", "开始日期"]
        let under = ["", "中文", "English", "", "", "", ""]
        let row = ["a", "手机课堂", "Phone class", "民政厅", "部门", "elderly", "2025-01-05"]
        let fromWorkbook = try load(Self.workbook([1: top, 2: under, 3: row], merged: ["B1:C1"]), as: "xlsx")
        let csv = [top, under, row].map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        let fromCSV = try load(Data(csv.utf8), as: "csv")
        for (projects, diagnostics) in [fromWorkbook, fromCSV] {
            #expect(diagnostics == [])
            #expect(projects.map(\.id) == ["a"])
            #expect(projects.first?.title.value("zh") == "手机课堂" && projects.first?.title.value("en") == "Phone class")
        }
        // A row under the header that is not all language names is the first project.
        let plain = try load(Data("编号,项目名称,主办单位,单位类型,系列,开始日期\nb,中文课,民政厅,部门,elderly,2025-01-05\n".utf8), as: "csv")
        #expect(plain.diagnostics == [] && plain.projects.map(\.id) == ["b"])
    }

    /// The usual layout: the other header cells merged down over both header rows (`编号` over A1:A2),
    /// which fills them into the row of language names too.
    @Test func aHeaderInTwoRowsWithColumnsMergedDown() throws {
        let top = ["编号", "项目名称", "", "主办单位", "单位类型", "系列", "开始日期"]
        let under = ["", "中文", "English", "", "", "", ""]
        let row = ["a", "手机课堂", "Phone class", "民政厅", "部门", "elderly", "2025-01-05"]
        let merged = ["B1:C1", "A1:A2", "D1:D2", "E1:E2", "F1:F2", "G1:G2"]
        let (projects, diagnostics) = try load(Self.workbook([1: top, 2: under, 3: row], merged: merged), as: "xlsx")
        #expect(diagnostics == [])
        #expect(projects.map(\.id) == ["a"])
        #expect(projects.first?.title.value("zh") == "手机课堂" && projects.first?.title.value("en") == "Phone class")
    }

    @Test func aCellMergedOverRowsCountsInEachOfThem() throws {
        let data = try Self.workbook([
            1: Self.header,
            2: ["a", "甲", "民政厅", "部门", "elderly", "2025-01-05"],
            3: ["b", "乙", "", "", "elderly", "2025-01-06"],
            5: ["c", "丙", "", "", "elderly", "2025-01-07"],
            6: ["d", "丁", "教育厅", "city", "education", "2025-01-08"],
        ], merged: ["C2:C5", "D2:D5", "E6:F6"])
        let (projects, diagnostics) = try load(data, as: "xlsx")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(projects.map { $0.organizer.value("zh") } == ["民政厅", "民政厅", "民政厅", "教育厅"])
        #expect(projects.map(\.organizerType) == [.department, .department, .department, .city], "every merged column")
        #expect(projects.map(\.line) == [2, 3, 5, 6], "the blank row 4 inside the range stays blank")
    }

    @Test func aMergeAcrossColumnsFillsNothing() throws {
        let data = try Self.workbook([
            1: Self.header + ["简介", "正文"],
            2: ["a", "甲", "民政厅", "部门", "elderly", "2025-01-05", "一段较长的简介"],
        ], merged: ["G2:H2"])
        let (projects, diagnostics) = try load(data, as: "xlsx")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(projects.first?.summary.value("zh") == "一段较长的简介" && projects.first?.body == nil)
    }

    @Test func aTitleOverTheTableIsSkipped() throws {
        let data = try Self.workbook([
            1: ["附件1"],
            2: ["2025年全民数字素养与技能提升项目清单"],
            4: Self.header,
            5: ["a", "甲", "民政厅", "部门", "elderly", "2025-01-05"],
            6: ["b", "乙", "民政厅", "部门", "nosuch", "2025-01-06"],
        ], merged: ["A2:F3"])
        let (projects, diagnostics) = try load(data, as: "xlsx")
        #expect(projects.map(\.id) == ["a"])
        #expect(diagnostics == [.error("content/projects/list.xlsx", line: 6, .unknownProjectSeries("nosuch", keys: "elderly, education"))])

        let csv = "\u{FEFF}2025年项目清单,,,,,\r\n\r\n" + Self.header.joined(separator: ",") + "\r\na,甲,民政厅,部门,elderly,2025-01-05\r\nb,乙,民政厅,部门,elderly\r\n"
        let fromCSV = try load(Data(csv.utf8), as: "csv")
        #expect(fromCSV.projects.map(\.id) == ["a"])
        #expect(fromCSV.diagnostics == [.error("content/projects/list.csv", line: 5, .cellCount(cells: 5, header: 6))])
    }

    /// Without a row naming a known column among the first few, the first row stays the header,
    /// and its names are reported.
    @Test func aHeaderOfUnknownNamesIsStillTheHeader() throws {
        let csv = "编码,名字\na,甲\n"
        let (_, diagnostics) = try load(Data(csv.utf8), as: "csv")
        #expect(diagnostics.filter { $0.severity == .warning }.map(\.line) == [1, 1])
        #expect(diagnostics.contains(.error("content/projects/list.csv", line: 1, .missingColumn("id", chinese: "编号"))))
        #expect(!diagnostics.contains { $0.line == 2 }, "the row is not reported again for the columns the header lacks")
    }

    @Test func headersWrappedOrMarkedRequiredAreRead() throws {
        let csv = "\"编号 \",\"项目\n名称\",*主办单位,单位类型＊,\"系 列\",\"开始日期\",\"项目名称\n（英文）*\"\na,甲,民政厅,部门,elderly,2025-01-05,Class A\n"
        let (projects, diagnostics) = try load(Data(csv.utf8), as: "csv")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(projects.first?.title.value("zh") == "甲" && projects.first?.title.value("en") == "Class A")
        #expect(projects.first?.organizer.value("zh") == "民政厅" && projects.first?.organizerType == .department)
        #expect(ProjectColumns.parse("项目名称 (Tiếng Việt)")?.language == "Tiếng Việt", "a language name keeps its spaces")
    }
}

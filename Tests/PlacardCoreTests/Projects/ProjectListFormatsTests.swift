import Foundation
import Testing
@testable import PlacardCore

/// The same list as YAML, as CSV (UTF-8 with a BOM, and GB18030) and as a LibreOffice workbook
/// gives the same site.
@Suite struct ProjectListFormatsTests {
    static let article = ["content/elderly/phone.zh.md": PlacardCoreTests.article("手机课堂")]

    func build(_ files: [String: Data]) throws -> (site: TestSite, diagnostics: [Diagnostic]) {
        let site = try TestSite(Self.article)
        for (path, data) in files { try site.write(data, to: path) }
        let (summary, diagnostics) = site.build(now: "2025-01-01")
        #expect(summary != nil, "\(diagnostics)")
        return (site, diagnostics)
    }

    @Test func everyFormatGivesTheSameSite() throws {
        let csv = try ProjectFixtures.text("same-list.csv")
        let crlf = csv.replacingOccurrences(of: "\n", with: "\r\n")
        let title = Data(ProjectFixtures.titleOnly.utf8)
        let yaml = try build(["content/projects/same.yml": Data(ProjectFixtures.sameListYAML.utf8)])
        let bom = try build(["content/projects/same.csv": Data(("\u{FEFF}" + crlf).utf8), "content/projects/same.yml": title])
        let gb = try build(["content/projects/same.csv": try #require(crlf.data(using: ProjectFixtures.gb18030)), "content/projects/same.yml": title])
        let xlsx = try build(["content/projects/same.xlsx": try ProjectFixtures.data("same-list.xlsx"), "content/projects/same.yml": title])
        defer { [yaml, bom, gb, xlsx].forEach { $0.site.remove() } }

        #expect(yaml.diagnostics.isEmpty && bom.diagnostics.isEmpty && xlsx.diagnostics.isEmpty,
                "\(yaml.diagnostics) \(bom.diagnostics) \(xlsx.diagnostics)")
        #expect(gb.diagnostics.map(\.message) == [Message.csvReadAsGB18030().en])
        #expect(gb.diagnostics.first?.path == "content/projects/same.csv" && gb.diagnostics.first?.severity == .warning)

        let files = yaml.site.outputFiles()
        #expect(files.contains("zh/projects/sc-elderly-phone/index.html") && files.contains("en/search-index.json"))
        for other in [bom, gb, xlsx] {
            #expect(other.site.outputFiles() == files)
            for file in files where yaml.site.read(file) != other.site.read(file) {
                Issue.record("\(file) differs from the YAML list's")
            }
        }
        let page = try #require(xlsx.site.read("zh/projects/sc-base-training/index.html"))
        #expect(page.contains("<strong>重点</strong>") && page.contains("2024年9月1日"))
        #expect(xlsx.site.read("en/projects/sc-edu-literacy/index.html")?.contains("1,500") == true, "the formula's cached value")
    }

    @Test func workbookCellsAreReadAsExcelShowsThem() throws {
        let data = try ProjectFixtures.data("same-list.xlsx")
        let diagnostics = Diagnostics()
        let raws = try #require(XLSXProjects.read(data, path: "same.xlsx", languages: TestSite.languages, diagnostics: diagnostics))
        #expect(diagnostics.all.isEmpty)
        #expect(raws.map(\.line) == [2, 4, 5], "row numbers as Excel shows them; the blank row 3 keeps its number")
        guard case .text(let start)? = raws[1].fields["start"], case .text(let reach)? = raws[0].fields["reach"] else {
            Issue.record("\(raws)")
            return
        }
        #expect(start == "2025-03-01", "a date cell in the format yyyy年m月d日")
        #expect(reach == "1500")
    }

    @Test func badCellsInAWorkbookNameTheirRows() throws {
        let (site, _) = (try TestSite(Self.article), ())
        defer { site.remove() }
        try site.write(try ProjectFixtures.data("bad-cells.xlsx"), to: "content/projects/bad.xlsx")
        try site.write(Data("title: 坏清单\n".utf8), to: "content/projects/bad.yml")
        let (ok, diagnostics) = site.check()
        #expect(!ok)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.allSatisfy { $0.path == "content/projects/bad.xlsx" })
        let byRow = Dictionary(grouping: errors, by: { $0.line ?? 0 }).mapValues { $0.map(\.message) }
        #expect(byRow.keys.sorted() == [4, 5, 6, 7], "\(byRow)")
        #expect(byRow[4] == [Message.invalidProjectDate("start", "2024年2月30日").en])
        #expect(byRow[5] == [Message.unknownProjectGroup("aliens", keys: "elderly, students").en])
        #expect(byRow[6] == [Message.xlsxCellError("I6", value: "#DIV/0!").en])
        #expect(byRow[7]?.sorted() == [Message.endBeforeStart(end: "2024-02-01", start: "2024-03-01").en, Message.reachNotWhole("很多").en].sorted())
    }

    @Test func the1904DateSystem() throws {
        let diagnostics = Diagnostics()
        let raws = try #require(XLSXProjects.read(try ProjectFixtures.data("mac-1904.xlsx"), path: "mac.xlsx", languages: TestSite.languages, diagnostics: diagnostics))
        #expect(diagnostics.all.isEmpty)
        guard raws.count == 1, case .text(let start)? = raws[0].fields["start"], case .text(let end)? = raws[0].fields["end"] else {
            Issue.record("\(raws)")
            return
        }
        #expect(start == "2024-05-20" && end == "2024-12-31")
    }

    @Test func whatExcelAndWPSWrite() throws {
        let data = try ProjectFixtures.data("excel-traits.xlsx")
        let archive = try XLSXArchive(data)
        let workbook = try XLSXWorkbook(archive)
        #expect(workbook.firstSheetPath == "xl/worksheets/sheet2.xml", "the first sheet in the workbook's order, through its relationship")
        let styles = try XLSXStyles(try #require(try archive.part(workbook.stylesPath)))
        let strings = try XLSXSharedStrings.read(try #require(try archive.part(workbook.sharedStringsPath)))
        #expect(strings[10] == "网络安全 课堂", "rich-text runs joined, the phonetic guide left out")
        #expect(strings[12] == "第一行\n第二行_x0041_", "Excel's _xHHHH_ escapes")
        let sheet = try XLSXSheet(try #require(try archive.part(workbook.firstSheetPath)), sharedStrings: strings, styles: styles, uses1904: false)
        #expect(sheet.rows.map(\.number) == [2, 4, 5])
        #expect(sheet.rows[0].cells.prefix(4) == ["编号", "项目名称", "主办单位", "单位类型"], "inline strings, rich inline strings")
        #expect(sheet.rows[1].cells == ["excel-one", "网络安全 课堂", "四川省网信办", "department", "education", "2024-05-20", "2024-12-31",
                                        "1234", "TRUE", "2024-06-01", "2.5"])
        #expect(sheet.rows[2].cells == ["no-refs", "没有引用", "市", "city", "elderly", "2024-04-01"], "cells without references are counted")

        let diagnostics = Diagnostics()
        let raws = try #require(XLSXProjects.read(data, path: "traits.xlsx", languages: TestSite.languages, diagnostics: diagnostics))
        #expect(raws.map(\.line) == [4, 5])
        #expect(diagnostics.all.map(\.line) == [2, 2, 2], "three columns Placard does not know: \(diagnostics.all)")
        #expect(diagnostics.all.first?.message.contains("编号、项目名称、主办单位") == true, "the known columns, in the header's language")
    }

    @Test(arguments: [
        ("yyyy\\年m\\月d\\日", true), ("[$-804]yyyy\"年\"m\"月\"d\"日\";@", true), ("yyyy-mm-dd", true), ("m/d", true),
        ("h:mm\\ AM/PM", true), ("h:mm:ss\\ AM/PM", true), ("h:mm", true), ("h:mm:ss", true), ("[h]:mm:ss", true), ("A/P\\ h", true),
        ("0.00", false), ("\"年\"0.00", false), ("General", false), ("#,##0", false), ("0%", false), ("0.00E+00", false), ("@", false),
        ("[Red]0;[Blue]-0", false), ("\\d0", false), ("_d0", false), ("0;yyyy", false), ("0\" hours\"", false), ("[$-804]0", false),
    ])
    func dateFormatCodes(code: String, isDate: Bool) {
        #expect(XLSXDateFormat.isDate(code) == isDate, "\(code)")
    }

    /// LibreOffice saves the built-in time formats 18–21 as custom codes; the cells are still days.
    @Test func cellsInTimeFormatsAreDays() throws {
        let site = try TestSite(Self.article)
        defer { site.remove() }
        try site.write(try ProjectFixtures.data("time-formats.xlsx"), to: "content/projects/times.xlsx")
        try site.write(Data("title: 时间格式\n".utf8), to: "content/projects/times.yml")
        let (ok, diagnostics) = site.check()
        #expect(ok, "\(diagnostics)")
        let projects = SiteLoader.load(root: site.root, diagnostics: Diagnostics())?.projects ?? []
        #expect(projects.map { "\($0.start)" } == ["2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08"])
        #expect(projects.allSatisfy { $0.end == Day(year: 2024, month: 12, day: 31) })
    }

    @Test func numbersReadAsExcelShowsThem() {
        #expect(XLSXSheet.number("2000", isDate: false, uses1904: false) == "2000")
        #expect(XLSXSheet.number("1999.9999999999998", isDate: false, uses1904: false) == "2000", "a sum of decimals")
        #expect(XLSXSheet.number("3.2999999999999998", isDate: false, uses1904: false) == "3.3")
        #expect(XLSXSheet.number("0.5", isDate: false, uses1904: false) == "0.5")
        #expect(XLSXSheet.number("-12", isDate: false, uses1904: false) == "-12")
        #expect(XLSXSheet.number("第一期", isDate: false, uses1904: false) == "第一期")
    }

    @Test func serialDays() {
        #expect(XLSXSerialDate.text(serial: 1, uses1904: false) == "1900-01-01")
        #expect(XLSXSerialDate.text(serial: 59, uses1904: false) == "1900-02-28")
        #expect(XLSXSerialDate.text(serial: 60, uses1904: false) == "1900-02-29", "Excel's day that never was, left for the date check")
        #expect(XLSXSerialDate.text(serial: 61, uses1904: false) == "1900-03-01")
        #expect(XLSXSerialDate.text(serial: 45432.75, uses1904: false) == "2024-05-20")
        #expect(XLSXSerialDate.text(serial: 0, uses1904: true) == "1904-01-01")
        #expect(XLSXSerialDate.text(serial: 43970, uses1904: true) == "2024-05-20")
    }

    @Test func unreadableWorkbooksAreOneClearError() throws {
        let cases: [(Data, Message)] = [
            (Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)), .xlsxEncrypted()),
            (Data("PK\u{3}\u{4}not really a zip".utf8), .xlsxUnreadable(.damaged)),
            (Data("id,title\n".utf8), .xlsxUnreadable(.notAWorkbook)),
            (Data(), .xlsxUnreadable(.notAWorkbook)),
        ]
        for (data, message) in cases {
            let site = try TestSite(["content/projects/list.yml": "title: 清单\n"])
            defer { site.remove() }
            try site.write(data, to: "content/projects/list.xlsx")
            let (ok, diagnostics) = site.check()
            #expect(!ok)
            #expect(diagnostics.filter { $0.path != "site.yml" } == [.error("content/projects/list.xlsx", message)])
        }
        // In Chinese, the reason is Chinese too (SPEC §7.7).
        #expect(Message.xlsxUnreadable(.damaged).zh == "无法读取这个工作簿（文件已损坏）；请用 Excel、WPS 或 LibreOffice 打开，重新保存为 .xlsx 工作簿")
        #expect(Message.xlsxUnreadable(.partDamaged("xl/worksheets/sheet1.xml")).zh.contains("（xl/worksheets/sheet1.xml 已损坏）"))
    }

    @Test func excelLockFilesAreSkippedWithAWarning() throws {
        let site = try TestSite(["content/projects/list.yml": "title: 清单\n"])
        defer { site.remove() }
        try site.write(try ProjectFixtures.data("mac-1904.xlsx"), to: "content/projects/list.xlsx")
        try site.write(Data([7, 0x73, 0x74, 0x61, 0x66, 0x66] + Array(repeating: 0x20, count: 50)), to: "content/projects/~$list.xlsx")
        let (ok, diagnostics) = site.check()
        #expect(ok)
        #expect(diagnostics.filter { $0.path != "site.yml" } == [.warning("content/projects/~$list.xlsx", .excelLockFile("list.xlsx"))])
        #expect(site.build().summary != nil)
        #expect(!site.outputFiles().contains { $0.contains("~$") }, "the lock file is not published")
    }
}

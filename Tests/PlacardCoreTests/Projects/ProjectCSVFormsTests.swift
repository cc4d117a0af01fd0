import Foundation
import Testing
@testable import PlacardCore

/// What staff write in a spreadsheet (SPEC §7.2): date forms, list separators, Chinese column
/// headers, rows with a cell too many or too few, files saved by Excel on a Chinese Windows.
@Suite struct ProjectCSVFormsTests {
    static let header = "id,title,organizer,organizerType,series,groups,start,end,reach,summary\n"

    func check(_ csv: Data) throws -> (ok: Bool, diagnostics: [Diagnostic], site: Site?) {
        let site = try TestSite(["content/projects/list.yml": "title: 清单\n"])
        defer { site.remove() }
        try site.write(csv, to: "content/projects/list.csv")
        let (ok, diagnostics) = site.check()
        let list = diagnostics.filter { $0.path.hasPrefix("content/projects/") }
        return (ok, list, SiteLoader.load(root: site.root, diagnostics: Diagnostics()))
    }

    @Test(arguments: ["2026-09-01", "2026/9/1", "2026/09/01", "2026年9月1日", "2026年09月01日", "2026-9-1", "2026/9/1 0:00", " 2026年9月1日 "])
    func dateForms(text: String) {
        #expect(ProjectDate.parse(text) == Day(year: 2026, month: 9, day: 1), "\(text)")
    }

    @Test(arguments: ["2026/13/1", "2026年2月30日", "26/9/1", "2026.9.1", "9/1/2026", "2026年9月1", "2026/9/1 上午", "2026-009-01"])
    func notDates(text: String) {
        #expect(ProjectDate.parse(text) == nil, "\(text)")
    }

    @Test func separatorsDatesAndChineseValues() throws {
        let csv = Self.header
            + "a,甲,厅,省直部门,教育篇,students；elderly,2026/9/1,2026年11月30日,\"1,200\",\n"
            + "b,乙,厅,city,elderly,老年人、学生,2026年9月1日,,,\n"
            + "c,丙,厅,培训基地,education,students;elderly ; ,2026-09-01,2026/12/31,,\n"
        let (ok, diagnostics, site) = try check(Data(csv.utf8))
        #expect(ok && diagnostics.isEmpty, "\(diagnostics)")
        let projects = try #require(site?.projects)
        #expect(projects.map(\.groups) == [["students", "elderly"], ["elderly", "students"], ["students", "elderly"]])
        #expect(projects.map { "\($0.start)" } == ["2026-09-01", "2026-09-01", "2026-09-01"])
        #expect(projects[0].end == Day(year: 2026, month: 11, day: 30) && projects[0].reach == 1200)
        #expect(projects.map(\.organizerType) == [.department, .city, .base], "the labels the site shows")
        #expect(projects.map(\.series) == ["education", "elderly", "education"], "a series by its title")
    }

    @Test func aRowWithACellTooManyOrTooFewIsOneError() throws {
        let csv = Self.header
            + "ok,甲,厅,city,education,,2026-09-01,,100,\n"
            + "short,乙,厅,city,education,,2026-09-01,面向装备制造企业,5000\n"
            + "long,丙,厅,city,education,,2026-09-01,,100,摘要,多出来的\n"
            + "\n"
            + "\"quoted, ok\",丁,厅,city,education,,2026-09-01,,100,\"a, b\"\n"
        let (ok, diagnostics, _) = try check(Data(csv.utf8))
        #expect(!ok)
        #expect(diagnostics.filter { $0.severity == .error } == [
            .error("content/projects/list.csv", line: 3, .cellCount(cells: 9, header: 10)),
            .error("content/projects/list.csv", line: 4, .cellCount(cells: 11, header: 10)),
            .error("content/projects/list.csv", line: 6, .invalidProjectID("quoted, ok")),
        ])
        #expect(diagnostics.first?.description(in: .zh) == "content/projects/list.csv:3: error: 这一行有 9 个单元格，而标题行有 10 个；少了或多了单元格（单元格里有逗号时要用引号括起来：\"a, b\"）")
    }

    /// The row above holds a cell on two lines, so the line is not the row's number.
    @Test(arguments: [
        ("b,ab\"c,厅,city,education,,2026-09-01,,,\n", Message.csvQuoteInCell("ab\"c", fixed: "\"ab\"\"c\"")),
        ("b,\"5G\"XR,厅,city,education,,2026-09-01,,,\n", Message.csvTextAfterQuote("\"5G\"XR")),
        ("b,\"没有结束,厅,city,education,,2026-09-01,,,\nc,丙,厅,city,education,,2026-09-01,,,\n", Message.csvUnclosedQuote()),
    ])
    func aMisplacedQuoteIsNamedOnItsLine(row: String, message: Message) throws {
        let csv = Self.header + "a,甲,厅,city,education,,2026-09-01,,,\"第一行\n第二行\"\n" + row
        let (ok, diagnostics, _) = try check(Data(csv.utf8))
        #expect(!ok)
        #expect(diagnostics == [.error("content/projects/list.csv", line: 4, message)])
    }

    @Test func quotesAsRFC4180WritesThem() {
        let csv = "id,title\n\"a \"\"b\"\" c\",\"\"\n \"x\" ,\"\"\"\"\nab\"\"c,\"1\n2\"\n"
        #expect(CSVQuotes.check(csv).problems.isEmpty)
        #expect(CSVQuotes.check(csv).readable == csv, "a file without mistakes is read as it is")
        #expect(CSVQuotes.check("id,title\na,\"b\n\nc\"d\n").problems.first?.line == 4, "line breaks inside a quoted cell count")
    }

    @Test func chineseHeadersAreAliases() throws {
        let csv = "编号,项目名称(中文),项目名称（英文）,主办单位.zh,主办单位(English),单位类型,系列,面向群体,开始日期,结束日期,覆盖人数,简介,项目负责人\n"
            + "a,甲项目,Project A,教育厅,Department of Education,department,education,学生,2026/9/1,,300,简介文字,张三\n"
        let (ok, diagnostics, site) = try check(Data(csv.utf8))
        #expect(ok)
        #expect(diagnostics == [.warning("content/projects/list.csv", line: 1, .unknownColumn("项目负责人", known: "编号、项目名称、主办单位、单位类型、系列、面向群体、地区、开始日期、结束日期、覆盖人数、简介、正文、链接"))])
        let project = try #require(site?.projects.first)
        #expect(project.title.value("zh") == "甲项目" && project.title.value("en") == "Project A")
        #expect(project.organizer.value("en") == "Department of Education" && project.summary.value("en") == "简介文字")
        #expect(project.reach == 300 && project.groups == ["students"])
    }

    @Test func unknownEnglishHeaderListsTheFieldNames() throws {
        let (_, diagnostics, _) = try check(Data("id,title,owner,title.fr,title.zh,标题.zh\n".utf8))
        #expect(diagnostics.filter { $0.severity == .warning }.map(\.message) == [
            Message.unknownColumn("owner", known: "id, title, organizer, organizerType, series, groups, region, start, end, reach, summary, body, link").en,
            Message.columnForUnknownLanguage("title.fr", language: "fr").en,
            Message.duplicateColumn("标题.zh", earlier: "title.zh").en,
        ])
    }

    @Test func gb18030IsReadWithAWarningAndOtherEncodingsAreRefused() throws {
        let csv = Self.header + "a,老年人手机课堂,成都市,city,elderly,,2026/9/1,,,教老年人用手机\n"
        let (ok, diagnostics, site) = try check(try #require(csv.data(using: ProjectFixtures.gb18030)))
        #expect(ok); #expect(diagnostics == [.warning("content/projects/list.csv", .csvReadAsGB18030())])
        #expect(site?.projects.first?.title.value("zh") == "老年人手机课堂")

        var latin1 = Data(Self.header.utf8)
        latin1.append(contentsOf: Array("a,caf".utf8) + [0xE9] + Array(",x,city,elderly,,2026/9/1,,,\n".utf8) + [0xFF])
        let refused = try check(latin1)
        #expect(!refused.ok); #expect(refused.diagnostics == [.error("content/projects/list.csv", line: 1, .csvNotText())])
    }
}

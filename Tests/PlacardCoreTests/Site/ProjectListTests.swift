import Foundation
import Testing
@testable import PlacardCore

@Suite struct ProjectListTests {
    static let header = "id,title.zh,title.en,organizer.zh,organizer.en,organizerType,series,groups,region.zh,region.en,start,end,reach,summary.zh,summary.en,body.zh,link\r\n"

    static let csv = "\u{FEFF}" + header
        + "sc-one,\"学生信息素养, 实践\",\"Student literacy, practice\",教育厅,Department of Education,department,education,students;elderly,四川省,Sichuan,2024-05-20,2024-12-31,\"2,000\",在校学生,For students,,https://example.org/one\r\n"
        + "sc-two,\"多行\n标题\",Two,成都市,Chengdu,city,elderly, elderly ; students ,成都市,Chengdu,2025-01-01,,,,,\"第一段\n\n第二段有**重点**\",\r\n"
        + "\r\n"
        + "sc-three,\"引号\"\"里\"\"的字\",Three,省总工会,Trade Union,association,elderly,,,,2023-01-01,2023-06-30,10,,,,\r\n"

    static let files = [
        "content/projects/sichuan.csv": csv,
        "content/projects/sichuan.yml": "title: {zh: 四川清单, en: Sichuan list}\n",
        "content/projects/liaoning.yml": """
        title: {zh: 辽宁清单, en: Liaoning list}
        projects:
          - id: ln-base
            title: {zh: 培训基地, en: Training base}
            organizer: {zh: 沈阳基地, en: Shenyang base}
            organizerType: base
            series: education
            groups: [students]
            region: 辽宁省
            start: 2025-06-01
            reach: 800
            summary: {zh: 基地培训, en: Base training}
            body: {zh: "见[手机课堂](../elderly/phone.zh.md)。", en: "See the class."}
            link: https://example.org/base
        """,
        "content/elderly/phone.zh.md": article("手机课堂"),
    ]

    @Test func csvAndYAMLListsLoadWithEveryField() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let diagnostics = Diagnostics()
        let loaded = try #require(SiteLoader.load(root: site.root, diagnostics: diagnostics))
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.all)")
        let projects = Dictionary(uniqueKeysWithValues: loaded.projects.map { ($0.id, $0) })
        #expect(loaded.projects.map(\.id) == ["ln-base", "sc-one", "sc-two", "sc-three"])
        let one = try #require(projects["sc-one"])
        #expect(one.title.value("zh") == "学生信息素养, 实践")
        #expect(one.title.value("en") == "Student literacy, practice")
        #expect(one.groups == ["students", "elderly"])
        #expect(one.reach == 2000)
        #expect(one.end == Day(parsing: "2024-12-31"))
        #expect(one.link == "https://example.org/one")
        #expect(one.line == 2)
        let two = try #require(projects["sc-two"])
        #expect(two.title.value("zh") == "多行\n标题")
        #expect(two.groups == ["elderly", "students"])
        #expect(two.end == nil && two.reach == nil)
        #expect(two.body?.value("zh") == "第一段\n\n第二段有**重点**")
        #expect(two.line == 3)
        let three = try #require(projects["sc-three"])
        #expect(three.title.value("zh") == "引号\"里\"的字")
        #expect(three.line == 8, "row lines count the newlines inside quoted cells and blank rows")
        let base = try #require(projects["ln-base"])
        #expect(base.region.value("en") == "辽宁省", "a plain string is used for every language")
        #expect(base.organizerType == .base && base.listKey == "liaoning" && base.line == 3)
        #expect(loaded.projectLists.first { $0.key == "sichuan" }?.title.value("en") == "Sichuan list")
    }

    @Test func projectPagesAndDirectory() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let (summary, diagnostics) = site.build(now: "2025-01-01")
        #expect(summary != nil, "\(diagnostics)")
        let page = try #require(site.read("zh/projects/ln-base/index.html"))
        #expect(page.contains("培训基地") && page.contains("沈阳基地") && page.contains("辽宁清单"))
        #expect(page.contains("href=\"/zh/elderly/phone/\""), "the body's relative links are rewritten")
        #expect(page.contains("800"))
        #expect(page.contains("https://example.org/base"))
        let en = try #require(site.read("en/projects/sc-one/index.html"))
        #expect(en.contains("Student literacy, practice") && en.contains("Department of Education") && en.contains("2,000"))
        #expect(!en.contains("学生信息素养"))

        let directory = try #require(site.read("zh/projects/index.html"))
        #expect(directory.count(of: "data-project-id=") == 4)
        #expect(directory.contains("data-project-id=\"sc-one\" data-series=\"education\" data-groups=\"students elderly\" data-region=\"四川省\" data-organizer-type=\"department\" data-status=\"finished\""))
        #expect(directory.contains("data-project-id=\"sc-three\" data-series=\"elderly\" data-groups=\"\" data-region=\"\" data-organizer-type=\"association\" data-status=\"finished\""))
        #expect(directory.contains("data-project-id=\"ln-base\"") && directory.contains("data-status=\"planned\""))
        // A region's filter value is a key, the same in every language; its label is the language's text.
        let enDirectory = try #require(site.read("en/projects/index.html"))
        #expect(enDirectory.contains("data-project-id=\"sc-one\" data-series=\"education\" data-groups=\"students elderly\" data-region=\"四川省\""))
        #expect(enDirectory.contains("<input type=\"checkbox\" name=\"region\" value=\"四川省\"> Sichuan "))
        #expect(directory.contains("<input type=\"checkbox\" name=\"region\" value=\"四川省\"> 四川省 "))
        #expect(directory.count(of: "<svg class=\"bar-chart\"") == 3, "projects per series, organizer type and region")
        #expect(directory.contains("<tr><th scope=\"row\">助老助残篇</th><td>2</td></tr>"), "a table gives the numbers to screen readers")
        #expect(directory.contains("预计覆盖总人数"), "total expected reach")
        let home = try #require(site.read("en/index.html"))
        #expect(home.count(of: "<svg class=\"bar-chart\"") == 3)
        #expect(home.contains("2,810 people"), "reach in the locale's number format")
        let series = try #require(site.read("zh/elderly/index.html"))
        #expect(series.contains("data-project-id=\"sc-two\""), "projects appear on their series page")
        let group = try #require(site.read("zh/groups/students/index.html"))
        #expect(group.contains("data-project-id=\"sc-one\"") && group.contains("data-project-id=\"ln-base\""))
    }

    @Test func csvProblemsNameTheirRows() throws {
        let site = try TestSite([
            "content/projects/bad.csv": Self.header
                + "ok-1,甲,A,厅,Dept,department,education,,,,2024-01-01,,,,,,\n"
                + "ok-1,乙,B,厅,Dept,ministry,nowhere,aliens,,,2024-02-30,,-3,,,,\n"
                + ",丙,C,厅,Dept,city,education,,,,2024-03-01,2024-02-01,many,,,,\n",
            "content/projects/bad.yml": "title: 坏清单\n",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        let errors = diagnostics.filter { $0.severity == .error }
        let byLine = Dictionary(grouping: errors, by: { $0.line ?? 0 }).mapValues { $0.map(\.message) }
        #expect(errors.allSatisfy { $0.path == "content/projects/bad.csv" })
        #expect(byLine[3]?.count == 6, "\(byLine[3] ?? [])")  // type, series, group, date, reach, duplicate id
        #expect(byLine[3]?.contains { $0.contains("already used at content/projects/bad.csv:2") } == true)
        #expect(byLine[4]?.count == 3, "\(byLine[4] ?? [])")  // id, end before start, reach
    }

    /// A list file's key other than `title` and `projects` (a misspelt `title` in a table's title
    /// file) is warned of on its line.
    @Test func anUnknownKeyOfAListFileIsWarnedOf() throws {
        let site = try TestSite(["content/projects/sichuan.csv": Self.csv, "content/projects/sichuan.yml": "title: {zh: 四川清单, en: Sichuan list}\ntitel: 旧标题\n"])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil)
        #expect(diagnostics.filter { $0.message.contains("is not a setting Placard knows") }
            == [.warning("content/projects/sichuan.yml", line: 2, .unknownFrontMatterKey("titel", known: ["projects", "title"]))])
    }

    @Test func csvWithoutTitleFileIsAnError() throws {
        let site = try TestSite(["content/projects/x.csv": Self.header])
        defer { site.remove() }
        let (_, diagnostics) = site.build()
        #expect(diagnostics.contains { $0.path == "content/projects/x.csv" && $0.message.contains("needs a sibling `x.yml`") })
    }

    @Test func aListWhereOneTextBelongsIsOneErrorOnItsLine() throws {
        let list = "title: 清单\nprojects:\n  - id: p1\n    title: [项目一, 项目二]\n    organizer: 某局\n    organizerType: city\n"
            + "    series: elderly\n    start: 2025-01-01\n    summary:\n      - 简介\n"
        let site = try TestSite(["content/elderly/a.zh.md": article("甲"), "content/projects/list.yml": list])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.line ?? 0) \($0.message.prefix(9))" } == ["4 `title` s", "9 `summary`"], "\(errors)")
    }

    /// A `--now` with a time zone counts the day where it was written.
    @Test(arguments: [("2025-05-31", "planned"), ("2025-06-01", "ongoing"), ("2025-06-30", "ongoing"), ("2025-07-01", "finished"),
                      ("2025-06-01T01:00:00+08:00", "ongoing"), ("2025-05-31T23:00:00-05:00", "planned"),
                      ("2025-07-01T07:00:00+08:00", "finished")])
    func statusOnBothSidesOfEachDate(now: String, status: String) throws {
        let site = try TestSite(["content/projects/p.yml": """
        title: 清单
        projects:
          - {id: p, title: 项目, organizer: 厅, organizerType: department, series: elderly, start: 2025-06-01, end: 2025-06-30}
        """])
        defer { site.remove() }
        #expect(site.build(now: now).summary != nil)
        let html = try #require(site.read("zh/projects/index.html"))
        #expect(html.contains("data-status=\"\(status)\""), "\(now)")
    }

    @Test func seriesPageShowsSomeProjectsAndLinksToTheRest() throws {
        var list = "title: 清单\nprojects:\n"
        for i in 0..<15 {
            list += "  - {id: p-\(i), title: 项目\(i), organizer: 厅, organizerType: city, series: elderly, start: 2025-01-01}\n"
        }
        let site = try TestSite(["content/projects/p.yml": list])
        defer { site.remove() }
        #expect(site.build().summary != nil)
        let page = try #require(site.read("zh/elderly/index.html"))
        #expect(page.count(of: "data-project-id=") == 12)
        #expect(page.contains("<a href=\"/zh/projects/?series=elderly\">查看本系列全部 15 个项目</a>"))
        #expect(site.read("zh/projects/index.html")?.count(of: "data-project-id=") == 15)
    }

    /// The URL separates a filter's values with commas, so a region key holds none: a comma and
    /// the spaces around it become one `-`, and the value a box sends comes back as that box.
    @Test func regionKeysHoldNoComma() throws {
        let list = """
        title: 清单
        projects:
          - {id: a, title: 甲, organizer: 厅, organizerType: city, series: elderly, region: {zh: "成都市,四川省", en: "Chengdu, Sichuan"}, start: 2025-01-01}
          - {id: b, title: 乙, organizer: 厅, organizerType: city, series: elderly, region: "Mianyang , Sichuan", start: 2025-01-01}
        """
        let site = try TestSite(["content/projects/p.yml": list])
        defer { site.remove() }
        #expect(site.build().summary != nil)
        let zh = try #require(site.read("zh/projects/index.html"))
        #expect(zh.contains("data-project-id=\"a\" data-series=\"elderly\" data-groups=\"\" data-region=\"成都市-四川省\""))
        #expect(zh.contains("data-project-id=\"b\" data-series=\"elderly\" data-groups=\"\" data-region=\"mianyang-sichuan\""))
        #expect(zh.contains("<input type=\"checkbox\" name=\"region\" value=\"成都市-四川省\"> 成都市,四川省 "))
        let en = try #require(site.read("en/projects/index.html"))
        #expect(en.contains("<input type=\"checkbox\" name=\"region\" value=\"成都市-四川省\"> Chengdu, Sichuan "))
        #expect(!zh.contains("data-region=\"成都市,") && !en.contains("value=\"chengdu,"))
    }
}

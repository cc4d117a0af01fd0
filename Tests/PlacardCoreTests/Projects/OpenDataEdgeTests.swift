import Foundation
import Testing
@testable import PlacardCore

/// Open data at its edges (SPEC §7.3): a calendar without projects, values with white space at their ends.
@Suite struct OpenDataEdgeTests {
    /// RFC 5545 §3.6 asks for at least one component: an empty calendar carries a UTC time zone.
    @Test func aCalendarWithoutProjectsHoldsOneComponent() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        #expect(site.build(now: "2025-01-01").summary != nil)
        let text = try #require(site.read("zh/projects/projects.ics"))
        #expect(!text.contains("BEGIN:VEVENT"))
        #expect(text.hasSuffix("X-WR-CALNAME:数字素养 - 项目清单\r\nBEGIN:VTIMEZONE\r\nTZID:UTC\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
            + "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nTZNAME:UTC\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n"))
    }

    @Test func aCalendarWithProjectsHasNoTimeZone() {
        let calendar = ProjectsCalendar(name: "P", host: "x.org", stamp: Day(year: 2025, month: 1, day: 1)!, language: "zh", events: [
            .init(id: "a", title: "A", summary: "", region: "", start: Day(year: 2025, month: 2, day: 1)!, end: nil, url: "https://x.org/a/"),
        ])
        #expect(calendar.text.contains("BEGIN:VEVENT") && !calendar.text.contains("VTIMEZONE"))
    }

    /// A spreadsheet reader drops white space before an unquoted cell: cells that start or end with it are quoted.
    @Test func csvKeepsWhiteSpaceAtTheEndsOfAValue() throws {
        let list = """
        title: 清单
        projects:
          - id: spaced
            title: {zh: "  两头有空格  ", en: "\\u3000full-width space"}
            organizer: " 某局"
            organizerType: city
            series: elderly
            region: "四川 "
            start: 2025-02-01
            summary: "\\tTab first"
        """
        let site = try TestSite(["content/elderly/a.zh.md": article("甲"), "content/projects/list.yml": list])
        defer { site.remove() }
        #expect(site.build(now: "2025-01-01").summary != nil)
        let data = try Data(contentsOf: site.output.appendingPathComponent("projects.csv"))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\r\nspaced,\"  两头有空格  \",\"\u{3000}full-width space\",\" 某局\",\" 某局\",city,elderly,,\"四川 \",\"四川 \",2025-02-01,"))

        let back = try TestSite(["content/elderly/a.zh.md": article("甲"), "content/projects/back.yml": "title: 回读\n"])
        defer { back.remove() }
        try back.write(data, to: "content/projects/back.csv")
        let diagnostics = Diagnostics()
        let project = try #require(SiteLoader.load(root: back.root, diagnostics: diagnostics)?.projects.first)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.all)")
        #expect(project.title.value("zh") == "  两头有空格  " && project.title.value("en") == "\u{3000}full-width space")
        #expect(project.organizer.value("zh") == " 某局" && project.region.value("en") == "四川 ")
        #expect(project.summary.value("zh") == "\tTab first")
    }

    @Test func plainCellsStayUnquoted() {
        #expect(ProjectsCSV.cell("a b") == "a b")
        #expect(ProjectsCSV.cell("") == "")
        #expect(ProjectsCSV.cell(" a") == "\" a\"" && ProjectsCSV.cell("a ") == "\"a \"")
        #expect(ProjectsCSV.cell("say \"hi\", then") == "\"say \"\"hi\"\", then\"")
    }
}

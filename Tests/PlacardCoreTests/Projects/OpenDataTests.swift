import Foundation
import Testing
@testable import PlacardCore

/// The project directory as open data (SPEC §7.3): projects.json, /projects.csv, projects.ics.
@Suite struct OpenDataTests {
    static let files = ProjectListTests.files.merging([
        "content/projects/calendar.yml": """
        title: 日历
        projects:
          - id: cal-escapes
            title: {zh: "逗号, 分号; 反斜杠\\\\ 与换行", en: "Commas, semicolons; backslash\\\\"}
            organizer: 厅
            organizerType: city
            series: elderly
            start: 2024-12-31
            summary: {zh: "这是一段很长的简介，用来检查折行：每行不超过七十五个八位字节，而且不能把一个汉字的字节拆开。", en: "Short."}
        """,
    ]) { $1 }

    @Test func jsonListsEveryProjectAsItsPageShowsIt() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        #expect(site.build(now: "2025-01-01").summary != nil)
        for code in ["zh", "en"] {
            let data = try #require(site.read("\(code)/projects/projects.json")?.data(using: .utf8))
            let items = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            #expect(items.count == 5)
            for item in items {
                #expect(Set(item.keys) == ["id", "title", "summary", "organizer", "organizerType", "series", "groups", "region",
                                           "start", "end", "reach", "status", "url"])
                let id = try #require(item["id"] as? String)
                let url = try #require(item["url"] as? String)
                #expect(url == "https://digital.example.gov.cn/\(code)/projects/\(id)/")
                let page = try #require(site.read("\(code)/projects/\(id)/index.html"))
                let title = try #require(item["title"] as? String)
                #expect(page.contains(title.replacingOccurrences(of: "\"", with: "&quot;")), "\(id) \(title)")
            }
            let one = try #require(items.first { $0["id"] as? String == "sc-one" })
            #expect(one["title"] as? String == (code == "zh" ? "学生信息素养, 实践" : "Student literacy, practice"))
            #expect(one["groups"] as? [String] == ["students", "elderly"] && one["reach"] as? Int == 2000)
            #expect(one["start"] as? String == "2024-05-20" && one["end"] as? String == "2024-12-31" && one["status"] as? String == "finished")
            let two = try #require(items.first { $0["id"] as? String == "sc-two" })
            #expect(two["end"] is NSNull && two["reach"] is NSNull, "missing values are null")
        }
    }

    @Test func csvReadsBackIntoTheSameProjects() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        #expect(site.build(now: "2025-01-01").summary != nil)
        let data = try Data(contentsOf: site.output.appendingPathComponent("projects.csv"))
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]), "a BOM, so that Excel reads UTF-8")
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("id,title.zh,title.en,organizer.zh,organizer.en,organizerType,series,groups,region.zh,region.en,start,end,reach,summary.zh,summary.en,body.zh,body.en,link\r\n"))
        #expect(text.hasSuffix("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))

        let back = try TestSite(["content/elderly/phone.zh.md": article("手机课堂"), "content/projects/back.yml": "title: 回读\n"])
        defer { back.remove() }
        try back.write(data, to: "content/projects/back.csv")
        let diagnostics = Diagnostics()
        let original = try #require(SiteLoader.load(root: site.root, diagnostics: Diagnostics()))
        let reread = try #require(SiteLoader.load(root: back.root, diagnostics: diagnostics))
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.all)")
        func comparable(_ project: Project) -> Project {
            var copy = project
            for language in ["zh", "en"] {
                copy.title.byLanguage[language] = project.title.value(language)
                copy.organizer.byLanguage[language] = project.organizer.value(language)
                copy.region.byLanguage[language] = project.region.value(language)
                copy.summary.byLanguage[language] = project.summary.value(language)
                copy.body?.byLanguage[language] = project.body?.value(language)
            }
            for text in [\Project.title, \.organizer, \.region, \.summary] { copy[keyPath: text].everywhere = nil }
            copy.body?.everywhere = nil
            if copy.body?.byLanguage.isEmpty == true { copy.body = nil }
            copy.listKey = ""
            copy.sourcePath = ""
            copy.line = 0
            copy.bodyPlaces = [:]
            return copy
        }
        let before = original.projects.map(comparable).sorted { $0.id < $1.id }
        let after = reread.projects.map(comparable).sorted { $0.id < $1.id }
        #expect(after.count == 5)
        #expect(after == before)
    }

    @Test func calendarFollowsRFC5545() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        #expect(site.build(now: "2025-01-01").summary != nil)
        let data = try Data(contentsOf: site.output.appendingPathComponent("zh/projects/projects.ics"))
        let text = try #require(String(data: data, encoding: .utf8))
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.last == "" && !lines.contains { $0.contains("\n") || $0.contains("\r") }, "CRLF line ends only")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "folded at 75 octets")
        #expect(lines.prefix(3) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Placard//Project calendar//ZH"])
        #expect(lines.count(where: { $0 == "BEGIN:VEVENT" }) == 5)
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("UID:sc-one@digital.example.gov.cn\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20240520\r\nDTEND;VALUE=DATE:20250101\r\n"),
                "the day after the end")
        #expect(unfolded.contains("UID:cal-escapes@digital.example.gov.cn\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20241231\r\nDTEND;VALUE=DATE:20250101\r\nSUMMARY:逗号\\, 分号\\; 反斜杠\\\\ 与换行\r\n"),
                "without an end, the day after the start; TEXT escaped")
        #expect(unfolded.contains("DESCRIPTION:这是一段很长的简介，用来检查折行：每行不超过七十五个八位字节，而且不能把一个汉字的字节拆开。\r\n"))
        #expect(unfolded.contains("URL:https://digital.example.gov.cn/zh/projects/sc-one/\r\n"))
    }

    @Test func foldingNeverSplitsACharacter() {
        let line = "DESCRIPTION:" + String(repeating: "数字素养a", count: 40)
        let folded = ProjectsCalendar.fold(line)
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count > 2 && parts.allSatisfy { $0.utf8.count <= 75 })
        #expect(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test func directoryLinksTheFilesUnderTheBasePath() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        #expect(site.build(now: "2025-01-01", baseURL: "https://www.example.gov.cn:8443/zt/szsy/").summary != nil)
        let page = try #require(site.read("en/projects/index.html"))
        #expect(page.contains("<a href=\"/zt/szsy/projects.csv\" download data-open-data=\"csv\">"))
        #expect(page.contains("<a href=\"/zt/szsy/en/projects/projects.json\" download data-open-data=\"json\">"))
        #expect(page.contains("<a href=\"/zt/szsy/en/projects/projects.ics\" download data-open-data=\"ics\">"))
        #expect(page.contains("Download the data"))
        #expect(site.read("zh/projects/index.html")?.contains("下载数据") == true)
        #expect(site.read("en/projects/projects.ics")?.contains("UID:sc-one@www.example.gov.cn\r\n") == true, "the host, without the port")
        let sitemap = try #require(site.read("sitemap.xml"))
        #expect(!sitemap.contains("projects.json") && !sitemap.contains("projects.csv"), "data files are not pages")
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// A CSV separated by semicolons (Excel where the region separates lists with them, or typed by
/// hand) is one error on its header naming the cause and how to save the file again (SPEC §7.2).
@Suite struct CSVSemicolonTests {
    func errors(_ csv: String) throws -> [Diagnostic] {
        let site = try TestSite(["content/projects/list.yml": "title: 清单\n", "content/projects/list.csv": csv])
        defer { site.remove() }
        return site.check().diagnostics.filter { $0.path.hasPrefix("content/") }
    }

    @Test func aSemicolonSeparatedFileIsOneError() throws {
        let csv = "id;title;organizer;organizerType;series;start\r\na;甲;厅;city;elderly;2025-01-05\r\nb;\"乙;丙\";厅;city;elderly;2025-01-06\r\n"
        #expect(try errors(csv) == [.error("content/projects/list.csv", line: 1, .csvSemicolonSeparated(";"))])
    }

    @Test func fullWidthSemicolonsUnderATitleToo() throws {
        let csv = "2025年项目清单\n\n编号；项目名称；主办单位；单位类型；系列；开始日期\na；甲；厅；city；elderly；2025-01-05\n"
        #expect(try errors(csv) == [.error("content/projects/list.csv", line: 3, .csvSemicolonSeparated("；"))])
    }

    @Test func semicolonsInsideACommaSeparatedFileAreItems() {
        #expect(CSVProjects.semicolonHeader("id,title,groups\na,甲,elderly;students\n") == nil)
        #expect(CSVProjects.semicolonHeader("附件1；说明\nid,title\n") == nil, "a title with a semicolon over a comma header")
        #expect(CSVProjects.semicolonHeader("id\ttitle;x\n") == nil)
        #expect(CSVProjects.semicolonHeader("\"id\";\"title\"\n")?.line == 1)
    }
}

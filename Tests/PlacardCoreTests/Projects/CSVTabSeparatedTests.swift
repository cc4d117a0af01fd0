import Foundation
import Testing
@testable import PlacardCore

/// Cells copied from Excel and pasted into a text editor are separated by tabs: such a `.csv` is
/// read as the table it is (SPEC §7.2: the files staff really have), quotes checked as in any CSV.
@Suite struct CSVTabSeparatedTests {
    @Test func aTabSeparatedListIsReadByItsTabs() throws {
        let text = "id\ttitle\torganizer\torganizerType\tseries\tstart\tsummary\r\n"
            + "a\t甲\t民政厅, 教育厅\tcity\telderly\t2025/1/5\t\"两行\n简介\"\r\n"
            + "b\t乙\t厅\tcity\telderly\t2025/1/6\r\n"
            + "c\t丙\"课\"\t厅\tcity\telderly\t2025/1/7\t\r\n"
        let site = try TestSite(["content/projects/list.yml": "title: 清单\n", "content/projects/list.csv": text])
        defer { site.remove() }
        let diagnostics = Diagnostics()
        let projects = SiteLoader.load(root: site.root, diagnostics: diagnostics)?.projects ?? []
        #expect(projects.map(\.id) == ["a", "c"])
        #expect(projects.first?.organizer.value("zh") == "民政厅, 教育厅" && projects.first?.summary.value("zh") == "两行\n简介")
        #expect(diagnostics.all.filter { $0.path.hasPrefix("content/") } == [
            .error("content/projects/list.csv", line: 4, .tabCellCount(cells: 6, header: 7)),
            .error("content/projects/list.csv", line: 5, .csvQuoteInCell("丙\"课\"", fixed: "\"丙\"\"课\"\"\"")),
        ])
    }

    @Test func aCommaInTheHeaderKeepsCommas() {
        #expect(CSVProjects.isTabSeparated("id\ttitle\na\tb\n"))
        #expect(!CSVProjects.isTabSeparated("id,title\ta\n"))
        #expect(!CSVProjects.isTabSeparated("id,title\na\tb\n"))
    }
}

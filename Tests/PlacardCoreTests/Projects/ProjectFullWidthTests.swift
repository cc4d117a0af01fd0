import Foundation
import Testing
@testable import PlacardCore

/// Dates and numbers typed with a Chinese input method in full-width mode (SPEC §7.2: dates as
/// staff type them) read as their ASCII forms.
@Suite struct ProjectFullWidthTests {
    @Test(arguments: ["２０２６－０９－０１", "２０２６／９／１", "２０２６年９月１日", "2026/９/1", "２０２６／９／１　０：００"])
    func fullWidthDates(text: String) {
        #expect(ProjectDate.parse(text) == Day(year: 2026, month: 9, day: 1), "\(text)")
    }

    @Test func fullWidthReachAndDatesInAList() throws {
        let csv = "id,title,organizer,organizerType,series,start,end,reach\n"
            + "a,甲,厅,city,elderly,２０２６／９／１,２０２６年１２月３１日,\"２，０００\"\n"
            + "b,乙,厅,city,elderly,２０２６／２／３０,,２ｋ\n"
        let site = try TestSite(["content/projects/list.yml": "title: 清单\n", "content/projects/list.csv": csv])
        defer { site.remove() }
        let diagnostics = Diagnostics()
        let project = try #require(SiteLoader.load(root: site.root, diagnostics: diagnostics)?.projects.first)
        #expect(project.start == Day(year: 2026, month: 9, day: 1) && project.end == Day(year: 2026, month: 12, day: 31))
        #expect(project.reach == 2000)
        #expect(diagnostics.errors == [
            .error("content/projects/list.csv", line: 3, .reachNotWhole("２ｋ")),
            .error("content/projects/list.csv", line: 3, .invalidProjectDate("start", "２０２６／２／３０")),
        ], "a day that does not exist, and a reach that is not a number, are still errors showing what was typed")
    }

    @Test func otherTextIsUnchanged() {
        #expect(HalfWidth.fold("年月日 abc") == "年月日 abc")
        #expect(HalfWidth.fold("Ａ１！～") == "A1!~")
    }
}

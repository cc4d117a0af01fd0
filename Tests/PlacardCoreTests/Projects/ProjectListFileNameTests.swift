import Foundation
import Testing
@testable import PlacardCore

/// The files staff put in `content/projects/` (SPEC §7.2): a list saved in a spreadsheet format
/// Placard does not read, extensions written in capitals as Windows allows.
@Suite struct ProjectListFileNameTests {
    @Test func anOldWorkbookIsCopiedWithAWarning() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "content/projects/list.xls": "\u{D0}\u{CF}old workbook",
            "content/projects/notes.ods": "LibreOffice",
            "content/projects/readme.txt": "not a spreadsheet",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil)
        #expect(diagnostics.filter { $0.path.hasPrefix("content/projects/") } == [
            .warning("content/projects/list.xls", .spreadsheetNotRead("list.xls")),
            .warning("content/projects/notes.ods", .spreadsheetNotRead("notes.ods")),
        ])
        #expect(site.exists("projects/list.xls") && site.exists("projects/readme.txt"))
        #expect(Message.spreadsheetNotRead("list.xls").zh.contains("另存为 → `list.xlsx`"))
    }

    @Test func aTitleFileMayBeNamedInCapitals() throws {
        let site = try TestSite([
            "content/projects/list.YML": "title: {zh: 清单, en: List}\n",
            "content/projects/list.CSV": "id,title,organizer,organizerType,series,start\na,甲,厅,city,elderly,2025-01-05\n",
        ])
        defer { site.remove() }
        let diagnostics = Diagnostics()
        let loaded = SiteLoader.load(root: site.root, diagnostics: diagnostics)
        #expect(diagnostics.all.filter { $0.path.hasPrefix("content/") }.isEmpty, "\(diagnostics.all)")
        #expect(loaded?.projectLists.first?.title.value("en") == "List" && loaded?.projects.map(\.id) == ["a"])
    }
}

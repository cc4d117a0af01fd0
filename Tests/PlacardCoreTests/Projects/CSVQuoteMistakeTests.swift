import Foundation
import Testing
@testable import PlacardCore

/// A misplaced quote in a CSV list is one error on its line, and the other rows are still checked
/// (SPEC §5, §7.2); only a quote that is never closed leaves the rest of the file unread.
@Suite struct CSVQuoteMistakeTests {
    static let header = "id,title,organizer,organizerType,series,start\n"

    func errors(_ csv: String) throws -> (errors: [Diagnostic], site: Site?) {
        let site = try TestSite(["content/projects/q.yml": "title: 清单\n", "content/projects/q.csv": csv])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        return (errors, SiteLoader.load(root: site.root, diagnostics: Diagnostics()))
    }

    @Test func everyMisplacedQuoteAndEveryOtherRowErrorIsReported() throws {
        let csv = Self.header
            + "q1,bad \"quote\" here,O,city,education,2026-01-01\n"
            + "q2,\"closed\" trailing,O,city,education,2026-01-01\n"
            + "q3,T,O,city,nosuch,2026-02-30\n"
            + "q1,\"two\nlines\" and more,O,city,education,2026-01-01\n"
        let (errors, _) = try errors(csv)
        #expect(errors.map { $0.line ?? 0 } == [2, 3, 4, 4, 5, 6])
        #expect(errors[0] == .error("content/projects/q.csv", line: 2, .csvQuoteInCell("bad \"quote\" here", fixed: "\"bad \"\"quote\"\" here\"")))
        #expect(errors[1] == .error("content/projects/q.csv", line: 3, .csvTextAfterQuote("\"closed\" trailing")))
        #expect(errors.contains(.error("content/projects/q.csv", line: 4, .invalidProjectDate("start", "2026-02-30"))))
        #expect(errors.contains { $0.line == 5 && $0.message.contains("q1") }, "a row after a misplaced quote still takes part in the duplicate-id check")
    }

    @Test func theRowsAreReadAsALenientReaderReadsThem() throws {
        let csv = Self.header + "q1,5G\"XR\"课堂,O,city,education,2026-01-01\n" + "q2,\"甲\"乙 丙,O,city,education,2026-01-01\n"
        let (errors, site) = try errors(csv)
        #expect(errors.map { $0.line ?? 0 } == [2, 3])
        #expect(site?.projects.map { $0.title.value("zh") ?? "" } == ["5G\"XR\"课堂", "甲乙 丙"])
    }

    @Test func aQuoteNeverClosedStopsTheFileAfterTheMistakesBeforeIt() throws {
        let csv = Self.header + "q1,a\"b,O,city,education,2026-01-01\n" + "q2,\"never closed,O,city,nosuch,2026-01-01\n" + "q3,T,O,city,nosuch,2026-01-01\n"
        let (errors, _) = try errors(csv)
        #expect(errors == [
            .error("content/projects/q.csv", line: 2, .csvQuoteInCell("a\"b", fixed: "\"a\"\"b\"")),
            .error("content/projects/q.csv", line: 3, .csvUnclosedQuote()),
        ])
    }
}

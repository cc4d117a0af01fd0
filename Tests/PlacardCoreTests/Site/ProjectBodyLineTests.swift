import Foundation
import Testing
@testable import PlacardCore

/// A broken link in a project's `body` is reported on the line where it is written (SPEC §5): in a
/// `|` block, the body's own line; in a one-line value, the value's line.
@Suite struct ProjectBodyLineTests {
    static func list(body: String) -> String {
        """
        title: 清单
        projects:
          - id: one
            title: 一
            organizer: 某
            organizerType: city
            series: elderly
            start: 2025-01-01
            summary: s
        \(body)
        """
    }

    func errorLines(_ body: String) throws -> [Int] {
        let site = try TestSite(["content/projects/l.yml": Self.list(body: body)])
        defer { site.remove() }
        return site.check().diagnostics.filter { $0.severity == .error }.map { $0.line ?? 0 }
    }

    @Test func aLinkInABlockIsReportedOnItsLine() throws {
        let body = """
            body:
              zh: |
                第一行。

                第三行[坏](/nope/)。
              en: "[bad](/nope/)"
        """
        #expect(try errorLines(body) == [14, 15])
    }

    @Test func aBodyForEveryLanguageIsPlacedToo() throws {
        #expect(try errorLines("    body: \"[坏](/nope/)\"") == [10], "on the value's line (the same error for each language is shown once)")
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// A project row or a whole project list that cannot be read gives its own error only, not a
/// second one in every file that links to one of its projects (SPEC §7.7); so does a field of
/// the wrong kind.
@Suite struct OneMistakeOneErrorListTests {
    static let title = "title: {zh: 清单, en: List}\n"
    static let header = "id,title.zh,title.en,organizer.zh,organizer.en,organizerType,series,start\n"
    static let row = "w1,手机课堂,Phone class,某局,A bureau,city,elderly,2026-01-01"

    /// Each case: the list's files, and the one error expected (path:line).
    static let cases: [(files: [String: String], error: String)] = [
        // A row with a cell too many.
        (["content/projects/list.yml": title, "content/projects/list.csv": header + row + ",extra\n"], "content/projects/list.csv:2"),
        // A quote opened and never closed: the table cannot be read.
        (["content/projects/list.yml": title, "content/projects/list.csv": header + "w1,\"手机课堂,Phone class,某局,A bureau,city,elderly,2026-01-01\n"],
         "content/projects/list.csv:2"),
        // A workbook that is not one.
        (["content/projects/list.yml": title, "content/projects/list.xlsx": "not a zip"], "content/projects/list.xlsx:0"),
        // YAML that does not parse.
        (["content/projects/list.yml": title + "projects:\n  - id: w1\n    title: [bad\n"], "content/projects/list.yml:5"),
        // Projects in the YAML beside a table: the YAML's are left out.
        (["content/projects/list.yml": title + "projects:\n  - id: w1\n", "content/projects/list.csv": header + "w2,课堂,Class,某局,A bureau,city,elderly,2026-01-01\n"],
         "content/projects/list.yml:3"),
    ]

    @Test(arguments: cases.indices)
    func aListThatFailsGivesNoErrorForLinksToItsProjects(_ index: Int) throws {
        var files = Self.cases[index].files
        files["content/elderly/a.zh.md"] = article("一", body: "见[项目](/zh/projects/w1/)。")
        let site = try TestSite(files)
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.path):\($0.line ?? 0)" } == [Self.cases[index].error], "\(errors)")
    }

    /// A title or date written as a list is one error, not that and "no title" too.
    @Test func aTitleOrDateWrittenAsAListIsOneError() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": "---\ntitle: [甲, 乙]\ndate: 2025-01-01\n---\n正文\n",
            "content/elderly/b.zh.md": "---\ntitle: 丙\ndate: {day: 2025-01-01}\n---\n正文\n",
        ])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.path):\($0.line ?? 0)" }.sorted() == ["content/elderly/a.zh.md:2", "content/elderly/b.zh.md:3"], "\(errors)")
    }

    /// Once the list reads, a link to a project it does not hold is an error again.
    @Test func aReadableListStillChecksLinksToItsProjects() throws {
        let site = try TestSite([
            "content/projects/list.yml": Self.title,
            "content/projects/list.csv": Self.header + Self.row + "\n",
            "content/elderly/a.zh.md": article("一", body: "见[项目](/zh/projects/w1/)和[另一个](/zh/projects/w9/)。"),
        ])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1 && errors.first?.message.contains("/zh/projects/w9/") == true, "\(errors)")
    }
}

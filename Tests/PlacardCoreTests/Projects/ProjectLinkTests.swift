import Foundation
import Testing
@testable import PlacardCore

/// A project's `link` is a full web address (SPEC §2 `link: https://...`); anything else is an
/// error on its line or row that shows how to write it.
@Suite struct ProjectLinkTests {
    static func project(_ id: String, link: String) -> String {
        "  - id: \(id)\n    title: P\n    organizer: O\n    organizerType: department\n    series: education\n    start: 2026-01-01\n    link: \(link)\n"
    }

    @Test func aLinkThatIsNotAWebAddressIsNamedWithItsFix() throws {
        let site = try TestSite([
            "content/projects/l.yml": "title: L\nprojects:\n" + Self.project("p1", link: "www.sc.gov.cn/szsy")
                + Self.project("p2", link: "ftp://files.example.cn/x") + Self.project("p3", link: "HTTPS://www.sc.gov.cn/ok"),
            "content/projects/c.yml": "title: C\n",
            "content/projects/c.csv": "id,title,organizer,organizerType,series,start,link\nc1,T,O,city,education,2026-01-01,//www.sc.gov.cn/a\n",
        ])
        defer { site.remove() }
        #expect(site.check().diagnostics.filter { $0.severity == .error } == [
            .error("content/projects/c.csv", line: 2, .projectLinkNotWeb("//www.sc.gov.cn/a", fixed: "https://www.sc.gov.cn/a")),
            .error("content/projects/l.yml", line: 9, .projectLinkNotWeb("www.sc.gov.cn/szsy", fixed: "https://www.sc.gov.cn/szsy")),
            .error("content/projects/l.yml", line: 16, .projectLinkNotWeb("ftp://files.example.cn/x", fixed: "https://www.example.gov.cn/")),
        ])
    }

    @Test func aWebAddressIsLinked() throws {
        let site = try TestSite(["content/projects/l.yml": "title: L\nprojects:\n" + Self.project("p1", link: "https://www.sc.gov.cn/szsy")])
        defer { site.remove() }
        #expect(site.build().summary != nil)
        #expect(site.read("zh/projects/p1/index.html")?.contains("href=\"https://www.sc.gov.cn/szsy\"") == true)
    }
}

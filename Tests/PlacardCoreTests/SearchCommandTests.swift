import Foundation
import Testing
@testable import PlacardCore

/// `placard search` run as a process over index files written into a temporary site.
@Suite struct SearchCommandTests {
    /// Runs the `placard` executable built with the tests (a missing one fails the test).
    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let result = try PlacardProcess.run(arguments)
        return (result.status, result.out, result.err)
    }

    static func site() throws -> URL {
        let root = try SearchTestSupport.temporaryDirectory("site")
        try SearchTestSupport.write(SearchIndexWriter.files(for: SearchWholeSiteTests.docs, language: "zh"), to: root.appendingPathComponent("zh"))
        let en = [SearchDocument(url: "/en/a/", title: "Phone class", kind: .article, date: "2024-01-01")]
        try SearchTestSupport.write(SearchIndexWriter.files(for: en, language: "en"), to: root.appendingPathComponent("en"))
        try Data("<meta http-equiv=\"refresh\" content=\"0; url=/zh/\"><a href=\"/en/\">English</a>".utf8)
            .write(to: root.appendingPathComponent("index.html"))
        return root
    }

    static func lines(_ out: String) throws -> [[String: String]] {
        try out.split(separator: "\n").map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String]) }
    }

    @Test func answersWithTheEngineRanking() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try Self.run(["search", "老年人", "--lang", "zh", "--site", site.path])
        #expect(result.status == 0)
        let engine = try SearchEngine(reader: SearchIndexReader(directory: site.appendingPathComponent("zh")))
        let expected = try SearchTestSupport.urls(engine, "老年人")
        #expect(try Self.lines(result.out).map { $0["url"] ?? "" } == expected)
        #expect(try Self.lines(result.out).allSatisfy { Set($0.keys) == ["url", "title", "kind"] })
    }

    @Test func filtersLimitAndDefaultLanguage() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let project = try Self.lines(try Self.run(["search", "老年人", "--site", site.path, "--kind", "project"]).out)
        #expect(project.map { $0["url"] } == ["/zh/projects/sc-eld/"])
        #expect(try Self.lines(try Self.run(["search", "老", "--site", site.path, "--limit", "1"]).out).count == 1)
        #expect(try Self.lines(try Self.run(["search", "老", "--site", site.path, "--series", "education"]).out).isEmpty)
        // Several values a filter (OR), filters together (AND).
        #expect(try Self.lines(try Self.run(["search", "老", "--site", site.path, "--series", "education,elderly"]).out).count == 2)
        #expect(try Self.lines(try Self.run(["search", "老", "--site", site.path, "--kind", "article,project"]).out).count == 2)
        // A filter given again adds its values.
        #expect(try Self.lines(try Self.run(["search", "老", "--site", site.path, "--series", "education", "--series", "elderly"]).out).count == 2)
        #expect(try Self.lines(try Self.run(["search", "老", "--site", site.path, "--kind", "article", "--kind", "project"]).out).count == 2)
        #expect(try Self.lines(try Self.run(["search", "老", "--site", site.path, "--kind", "page", "--kind", "project", "--series", "elderly",
                                             "--series", "women"]).out).map { $0["url"] } == ["/zh/projects/sc-eld/"])
        #expect(try Self.run(["search", "老", "--site", site.path, "--kind", "article", "--kind", "video"]).status == 2)
        let groups = try Self.run(["search", "老", "--site", site.path, "--group", "students", "--group", "elderly"]).out
        #expect(groups == (try Self.run(["search", "老", "--site", site.path, "--group", "students,elderly"]).out))
        #expect(try Self.lines(groups).count == 2)
        #expect(try Self.lines(try Self.run(["search", "老", "--site", site.path, "--kind", "page,project", "--series", "elderly,women"]).out)
            .map { $0["url"] } == ["/zh/projects/sc-eld/"])
        #expect(try Self.lines(try Self.run(["search", "phone", "--site", site.path, "--lang", "en"]).out).map { $0["url"] } == ["/en/a/"])
    }

    @Test func hostileTitlesAreEscapedJSON() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let hits = try Self.lines(try Self.run(["search", "img", "--site", site.path]).out)
        #expect(hits.first?["title"] == "<img src=x onerror=alert(1)>\"引号\"&amp;")
    }

    @Test func exitStatuses() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let empty = try SearchTestSupport.temporaryDirectory("empty")
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(try Self.run(["search", "老", "--site", empty.path]).status == 1)
        #expect(try Self.run(["search", "老", "--site", site.path, "--lang", "fr"]).status == 1)
        #expect(try Self.run(["search", "nothing-matches-this", "--site", site.path]).status == 0)
        // Wrong usage: 2 once main.swift maps ArgumentParser's usage errors (64 before that).
        for arguments in [["search"], ["search", "老", "--kind", "video"], ["search", "老", "--limit", "-1"], ["search", "老", "--bogus"]] {
            let status = try Self.run(arguments + ["--site", site.path]).status
            #expect(status == 2 || status == 64, "\(arguments): \(status)")
        }
        // A negative limit is a value its own message refuses, not a missing one.
        #expect(try Self.run(["search", "老", "--limit", "-1", "--site", site.path]).err.contains("--limit must be 0 or more"))
    }
}

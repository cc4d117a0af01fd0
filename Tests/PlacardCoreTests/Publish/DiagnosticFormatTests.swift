import Foundation
import Testing
@testable import PlacardCore

/// `placard check --format text|github|gitlab|json` (SPEC §7.1).
@Suite struct DiagnosticFormatTests {
    static let brokenSite: [String: String] = [
        "content/elderly/a.zh.md": "---\ntitle: 甲\ndate: 2024-13-01\n---\n",
        "content/elderly/b.zh.md": "---\ntitle: 乙\ndate: 2024-05-01\n---\n\n见[这里](missing.zh.md)，100%: done\n",
        "content/elderly/c.zh.md": "---\ntitle: 丙\ndate: 2024-05-01\n---\n\n![](pic.svg)\n",
        "content/elderly/pic.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    ]

    func check(_ format: String, _ site: TestSite) throws -> PlacardProcess.Result {
        try PlacardProcess.run(["check", "--source", site.root.path, "--format", format], environment: ["LANG": "C.UTF-8"])
    }

    @Test func githubPrintsOneWorkflowCommandADiagnosticOnStdout() throws {
        let site = try TestSite(Self.brokenSite)
        defer { site.remove() }
        let result = try check("github", site)
        #expect(result.status == 1)
        #expect(result.err.isEmpty, "\(result.err)")
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("::error file=content/elderly/a.zh.md,line=3::date `2024-13-01` is not a real date") })
        #expect(lines.contains { $0.hasPrefix("::warning file=content/elderly/c.zh.md,line=") })
        #expect(lines.allSatisfy { $0.hasPrefix("::error file=") || $0.hasPrefix("::warning file=") })
    }

    @Test func gitlabPrintsACodeQualityReport() throws {
        let site = try TestSite(Self.brokenSite)
        defer { site.remove() }
        let result = try check("gitlab", site)
        #expect(result.status == 1)
        #expect(result.err.isEmpty, "\(result.err)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(report.count >= 3)
        var fingerprints = Set<String>()
        for issue in report {
            #expect((issue["description"] as? String)?.isEmpty == false)
            #expect((issue["check_name"] as? String)?.isEmpty == false)
            let fingerprint = try #require(issue["fingerprint"] as? String)
            #expect(fingerprints.insert(fingerprint).inserted, "fingerprints are unique")
            #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String))
            let location = try #require(issue["location"] as? [String: Any])
            let path = try #require(location["path"] as? String)
            #expect(!path.hasPrefix("/") && FileManager.default.fileExists(atPath: site.root.appendingPathComponent(path).path), "relative to the site folder")
            let lines = try #require(location["lines"] as? [String: Any])
            #expect((lines["begin"] as? Int ?? 0) >= 1)
        }
        let again = try check("gitlab", site)
        #expect(again.out == result.out, "fingerprints are stable")
    }

    @Test func jsonPrintsTheDiagnostics() throws {
        let site = try TestSite(Self.brokenSite)
        defer { site.remove() }
        let result = try check("json", site)
        #expect(result.status == 1)
        #expect(result.err.isEmpty)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        let first = try #require(items.first { ($0["path"] as? String) == "content/elderly/a.zh.md" })
        #expect(first["line"] as? Int == 3)
        #expect(first["severity"] as? String == "error")
        #expect((first["message"] as? String)?.hasPrefix("date `2024-13-01` is not a real date") == true)
        #expect(Set(items.compactMap { $0["severity"] as? String }) == ["error", "warning"])
        #expect(items.allSatisfy { Set($0.keys) == ["path", "line", "severity", "message"] })
    }

    @Test func aCleanSitePrintsAnEmptyReportAndExitsZero() throws {
        let site = try TestSite(["content/elderly/a.zh.md": "---\ntitle: 甲\ndate: 2024-05-01\ngroups: [elderly, students]\n---\n\n正文\n"])
        defer { site.remove() }
        for format in ["json", "gitlab"] {
            let result = try check(format, site)
            #expect(result.status == 0 && result.err.isEmpty && result.out == "[]\n", "\(format): \(result.err)")
        }
        let github = try check("github", site)
        #expect(github.status == 0 && github.out.isEmpty && github.err.isEmpty)
        let text = try check("text", site)
        #expect(text.status == 0 && text.err.isEmpty && text.out == "No problems found.\n")
        #expect(try check("yaml", site).status == 2)
    }

    @Test func githubEscapesWhatWouldEndTheCommand() {
        let diagnostic = Diagnostic.error("a,b:c.md", line: 2, "50% done\nnext")
        #expect(DiagnosticFormat.github.render([diagnostic], language: .en) == "::error file=a%2Cb%3Ac.md,line=2::50%25 done%0Anext\n")
        let noLine = Diagnostic.warning("site.yml", "x")
        #expect(DiagnosticFormat.github.render([noLine], language: .en) == "::warning file=site.yml::x\n")
        #expect(DiagnosticFormat.json.render([noLine], language: .en).contains("\"line\" : null"))
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// SPEC §7.6: no path written in the content (link and image targets, cover, slug, project id, file names) reads
/// outside the site folder or writes outside the output folder, however it is spelled.
@Suite struct PathContainmentTests {
    /// Spellings of "go up and read the secret": `..`, absolute, percent-encoded, backslashes, full-width look-alikes.
    static func hostileTargets(_ secret: OutsideSecret) -> [String] {
        let name = secret.folder.lastPathComponent
        return [
            "../../../\(name)/secret.txt", "../../../../../../../../\(secret.file.path)", secret.file.path,
            "file://\(secret.file.path)", "%2e%2e/%2e%2e/%2e%2e/\(name)/secret.txt", "..%2f..%2f..%2f\(name)%2fsecret.txt",
            "%252e%252e/%252e%252e/%252e%252e/\(name)/secret.txt", "..\\..\\..\\\(name)\\secret.txt",
            "．．／．．／．．／\(name)／secret.txt", "..∕..∕..∕\(name)∕secret.txt", "\u{FE52}\u{FE52}/\u{FE52}\u{FE52}/\u{FE52}\u{FE52}/\(name)/secret.txt",
            "....//....//....//\(name)/secret.txt", "./../.././../\(name)/secret.txt", "%00../../../\(name)/secret.txt",
        ]
    }

    @Test func linkAndImageTargetsNeverReadOutside() throws {
        let secret = try OutsideSecret()
        defer { secret.remove() }
        let targets = Self.hostileTargets(secret)
        let body = targets.enumerated().map { "[链接\($0.offset)](<\($0.element)>) ![图\($0.offset)](<\($0.element)>)" }.joined(separator: "\n\n")
        let site = try TestSite(["content/elderly/a.zh.md": article("甲", body: body)])
        defer { site.remove() }
        let (_, diagnostics) = site.build()
        #expect(!site.anyOutput(contains: secret.marker))
        // Relative ones are broken links (errors); absolute ones are left as links, never read.
        #expect(diagnostics.contains { $0.severity == .error })
        #expect(!FileManager.default.fileExists(atPath: site.output.path) || !site.anyOutput(contains: secret.marker))
    }

    @Test func coverNeverReadsOutside() throws {
        let secret = try OutsideSecret()
        defer { secret.remove() }
        for target in Self.hostileTargets(secret) {
            let quoted = target.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            let site = try TestSite(["content/elderly/a.zh.md": article("甲", extra: "cover: \"\(quoted)\"\n")])
            defer { site.remove() }
            site.build()
            #expect(!site.anyOutput(contains: secret.marker), "cover: \(target)")
            #expect(!site.outputFiles().contains { $0.hasSuffix("secret.txt") }, "cover: \(target)")
        }
    }

    @Test func slugsAndProjectIDsNeverWriteOutside() throws {
        let hostile = ["../../escaped", "/tmp/escaped", "..", "%2e%2e%2fescaped", "．．／escaped", "a/../../escaped", "..\\escaped", "escaped\u{0}x"]
        for value in hostile {
            let quoted = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\u{0}", with: "\\0")
            let site = try TestSite([
                "content/elderly/a.zh.md": article("甲", extra: "slug: \"\(quoted)\"\n"),
                "content/projects/list.yml": """
                title: {zh: 清单, en: List}
                projects:
                  - {id: "\(quoted)", title: 项目, organizer: 教育厅, organizerType: department, series: education, start: 2024-05-20}
                """,
            ])
            defer { site.remove() }
            let (summary, diagnostics) = site.build()
            #expect(summary == nil, "slug/id \(value)")
            #expect(diagnostics.filter { $0.severity == .error }.count >= 2, "slug/id \(value): \(diagnostics)")
            let around = (try? FileManager.default.contentsOfDirectory(atPath: site.root.deletingLastPathComponent().path)) ?? []
            #expect(!around.contains("escaped"))
            #expect(!FileManager.default.fileExists(atPath: "/tmp/escaped"))
        }
    }

    @Test func hostileFileNamesStayInsideTheOutput() throws {
        // Names starting with `.` are hidden files, never copied.
        let names = ["%2e%2e%2fx.txt", "x..%5c.txt", "．．／x.txt", "x..txt", "a b&c<d>.txt", "中文 文件.txt"]
        var files = ["content/elderly/a.zh.md": article("甲")]
        for name in names { files["content/files/\(name)"] = "file \(name)" }
        files["content/elderly/．．.zh.md"] = article("点")
        let site = try TestSite(files)
        defer { site.remove() }
        let (_, diagnostics) = site.build()
        #expect(diagnostics.contains { $0.path == "content/elderly/．．.zh.md" && $0.severity == .error })
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/elderly/．．.zh.md"))
        #expect(site.build().summary != nil)
        for name in names { #expect(site.read("files/\(name)") == "file \(name)") }
    }

    @Test func theWriterRefusesPathsThatLeaveTheOutput() {
        for path in ["../x", "a/../../x", "/etc/x", "", "a//b", "./x", "a/..", "x\u{0}y"] {
            #expect(!OutputWriter.isContained(path), "\(path)")
        }
        for path in ["index.html", "zh/elderly/a/index.html", "files/..x.txt", "．．／x"] {
            #expect(OutputWriter.isContained(path), "\(path)")
        }
    }
}

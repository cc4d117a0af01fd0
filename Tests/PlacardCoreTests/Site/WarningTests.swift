import Foundation
import Testing
@testable import PlacardCore

/// SPEC §6, Warnings and Output streams: a theme string missing for a language, an image without
/// alt text and a group key no content uses are `path:line: warning: message` lines on stderr that
/// do not fail the build; the summary line is on stdout; `--quiet` prints nothing but errors; an
/// article in one language only is no warning.
@Suite struct WarningTests {
    static let config = """
    title: 数字素养
    baseURL: https://digital.example.gov.cn/
    languages:
      - {code: zh, locale: zh-CN, name: 中文}
      - {code: en, locale: en-US, name: English}
      - {code: fr, locale: fr-FR, name: Français}
    series:
      - {key: elderly, title: 助老}
    groups:
      elderly: {zh: 老年人, en: Older people, fr: Aînés}
      students: 学生
    """

    func run(_ arguments: [String]) throws -> PlacardProcess.Result {
        let environment = ProcessInfo.processInfo.environment.merging(["LANG": "C", "LC_ALL": "", "LC_MESSAGES": ""]) { $1 }
        return try PlacardProcess.run(arguments, environment: environment)
    }

    @Test func eachWarningIsALineOnStderrAndTheBuildSucceeds() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲", extra: "groups: [elderly]\n", body: "第一段。\n\n![](photo.png)\n\n![ ](photo.png)\n\n![照片](photo.png)"),
            "content/elderly/photo.png": "png",
            "content/elderly/only.en.md": article("Only in English"),
        ], config: Self.config)
        defer { site.remove() }
        let result = try run(["build", "--source", site.root.path, "--now", "2025-06-01"])
        #expect(result.status == 0)
        #expect(result.out.split(separator: "\n").count == 1 && result.out.hasPrefix("Built 3 languages, 2 articles"))
        let hint = "has no alt text for people who cannot see it; write what it shows between the brackets: ![a class of older people](photo.png)"
        #expect(result.err.split(separator: "\n").map(String.init) == [
            "content/elderly/a.zh.md:9: warning: the image `photo.png` \(hint)",
            "content/elderly/a.zh.md:11: warning: the image `photo.png` \(hint)",
            "site.yml:6: warning: the theme has no UI strings for `fr` (Français); English ones are used",
            "site.yml:11: warning: the group `students` is not used by any article or project",
        ])
        #expect(site.exists("zh/elderly/a/index.html") && site.exists("en/elderly/only/index.html"))

        let quiet = try run(["build", "--source", site.root.path, "--now", "2025-06-01", "--quiet"])
        #expect(quiet.status == 0 && quiet.out.isEmpty && quiet.err.isEmpty)
        let check = try run(["check", "--source", site.root.path])
        #expect(check.status == 0 && check.out == "No errors; 4 warnings.\n" && check.err.count(of: ": warning: ") == 4)
        let quietCheck = try run(["check", "--source", site.root.path, "--quiet"])
        #expect(quietCheck.status == 0 && quietCheck.out.isEmpty && quietCheck.err.isEmpty)
    }

    @Test func quietStillPrintsErrors() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲", body: "![](nothing.png)")], config: Self.config)
        defer { site.remove() }
        let result = try run(["build", "--source", site.root.path, "--quiet"])
        #expect(result.status == 1 && result.out.isEmpty)
        #expect(result.err.contains("content/elderly/a.zh.md:6: error: the link `nothing.png` points at nothing"))
        #expect(!result.err.contains("warning:"))
    }
}

import Foundation
import Testing

/// The `placard` executable: exit statuses and output streams (SPEC §4, §6).
@Suite struct CommandLineTests {
    static var binary: URL {
        // Tests run from the build folder that also holds the `placard` executable.
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("placard")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/placard")
    }

    func run(_ arguments: [String], language: String = "C") throws -> (status: Int32, out: String, err: String) {
        let environment = ProcessInfo.processInfo.environment.merging(["LANG": language, "LC_ALL": "", "LC_MESSAGES": ""]) { $1 }
        let result = try PlacardProcess.run(arguments, environment: environment)
        return (result.status, result.out, result.err)
    }

    @Test func buildPrintsOneSummaryLineAndExitsZero() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲", extra: "groups: [elderly, students]\n")])
        defer { site.remove() }
        let result = try run(["build", "--source", site.root.path, "--now", "2025-06-01"])
        #expect(result.status == 0, "\(result.err)")
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Built 2 languages, 1 article, 0 projects") == true)
        #expect(result.err.isEmpty)
        let quiet = try run(["build", "--source", site.root.path, "--quiet"])
        #expect(quiet.status == 0 && quiet.out.isEmpty && quiet.err.isEmpty)
    }

    @Test func contentErrorsExitOneOnStderr() throws {
        let site = try TestSite(["content/elderly/a.zh.md": "---\ntitle: 甲\ndate: 2024-13-01\n---\n"])
        defer { site.remove() }
        let result = try run(["build", "--source", site.root.path])
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("content/elderly/a.zh.md:3: error: date `2024-13-01` is not a real date"))
        let check = try run(["check", "--source", site.root.path])
        #expect(check.status == 1)
    }

    @Test func wrongUsageExitsTwo() throws {
        #expect(try run(["build", "--no-such-flag"]).status == 2)
        #expect(try run(["build", "--now", "yesterday"]).status == 2)
        #expect(try run(["build", "--base-url", "not a url"]).status == 2)
        #expect(try run(["frobnicate"]).status == 2)
        #expect(try run(["--help"]).status == 0)
    }

    @Test func checkWritesNothing() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲", extra: "groups: [elderly, students]\n")])
        defer { site.remove() }
        let result = try run(["check", "--source", site.root.path])
        #expect(result.status == 0, "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    /// As `zola check`: drafts are left out unless asked for, and the summary says so.
    @Test func checkLeavesDraftsOutUnlessAskedAndSaysSo() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "content/elderly/b.zh.md": article("乙", extra: "draft: true\n", body: "见[这里](nope.md)。"),
        ])
        defer { site.remove() }
        let check = try run(["check", "--source", site.root.path], language: "C")
        #expect(check.status == 0, "\(check.err)")
        #expect(check.out.hasSuffix(". 1 draft not checked; --drafts checks it.\n"), "\(check.out)")
        let chinese = try run(["check", "--source", site.root.path], language: "zh_CN.UTF-8")
        #expect(chinese.out.hasSuffix("。1 篇草稿没有检查；加上 --drafts 可以检查。\n"), "\(chinese.out)")
        let drafts = try run(["check", "--drafts", "--source", site.root.path], language: "C")
        #expect(drafts.status == 1)
        #expect(drafts.err.contains("content/elderly/b.zh.md:7: error: the link `nope.md` points at nothing"), "\(drafts.err)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func newWritesADraftArticle() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        let result = try run(["new", "elderly", "phone-class", "--lang", "en", "--source", site.root.path])
        #expect(result.status == 0, "\(result.err)")
        let text = try String(contentsOf: site.root.appendingPathComponent("content/elderly/phone-class.en.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle:"))
        #expect(try run(["new", "nowhere", "x", "--source", site.root.path]).status == 2)
    }

    @Test func messagesFollowTheEnvironmentsLanguage() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": "---\ntitle：数字课堂\ndate: 2025-01-10\n---\n",
            "content/elderly/b.zh.md": article("乙", extra: "draft: true\n"),
        ])
        defer { site.remove() }
        let chinese = try run(["build", "--source", site.root.path], language: "zh_CN.UTF-8")
        #expect(chinese.status == 1)
        #expect(chinese.err.contains("content/elderly/a.zh.md:2: error: `title` 后面是中文全角冒号“：”，这里要用英文冒号加一个空格“: ”。请把这一行改成：`title: 数字课堂`"))
        #expect(chinese.err.contains("1 个错误：没有写出任何文件，原来的网站保持不变。"))
        let english = try run(["build", "--source", site.root.path], language: "C")
        #expect(english.err.contains("content/elderly/a.zh.md:2: error: the colon after `title` is the Chinese full-width colon `：`"))
        #expect(english.err.contains("1 error: nothing was written; the previous output is unchanged."))
        // check writes nothing in any case: it says only how many errors it found.
        let checked = try run(["check", "--source", site.root.path], language: "zh_CN.UTF-8")
        #expect(checked.status == 1 && checked.err.hasSuffix("发现 1 个错误。\n") && !checked.err.contains("没有写出"))
        #expect(try run(["check", "--source", site.root.path], language: "C").err.hasSuffix("1 error found.\n"))

        try site.write(Data(article("甲").utf8), to: "content/elderly/a.zh.md")
        let built = try run(["build", "--source", site.root.path, "--now", "2025-06-01", "--quiet"], language: "zh_CN.UTF-8")
        #expect(built.status == 0)
        let summary = try run(["build", "--source", site.root.path, "--now", "2025-06-01"], language: "zh_CN.UTF-8")
        #expect(summary.out.hasPrefix("已生成 2 种语言、1 篇文章、0 个项目："), "\(summary.out)")
        #expect(summary.out.contains("1 篇草稿没有生成；加上 --drafts 可以包含"))
        #expect(try run(["check", "--source", site.root.path], language: "zh_CN.UTF-8").out.hasPrefix("没有错误；有 "))
    }

    @Test func newForATranslationCopiesTheOriginalsSettings() throws {
        let site = try TestSite([
            "content/elderly/phone-class.zh.md": article("手机课堂", date: "2025-03-08", extra: "groups: [elderly]\ntags: [手机, 课堂]\ncover: cover.svg\n"),
            "content/elderly/cover.svg": "<svg/>",
        ])
        defer { site.remove() }
        let result = try run(["new", "elderly", "phone-class", "--lang", "en", "--source", site.root.path])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out == "Wrote content/elderly/phone-class.en.md: replace the title and write the text. Date, groups, tags and cover are copied from content/elderly/phone-class.zh.md. It is a draft (`draft: true`): delete that line to publish it.\n")
        let text = try String(contentsOf: site.root.appendingPathComponent("content/elderly/phone-class.en.md"), encoding: .utf8)
        #expect(text == "---\ntitle: \"Replace with the translated title of: 手机课堂\"\ndate: 2025-03-08\ngroups: [\"elderly\"]\ntags: [\"手机\", \"课堂\"]\ncover: \"cover.svg\"\ndraft: true\n---\n\n")
        let fresh = try run(["new", "education", "coding", "--source", site.root.path], language: "zh_CN.UTF-8")
        #expect(fresh.out.hasPrefix("已写好 content/education/coding.zh.md：请替换标题并写上正文。它现在是草稿"))
        let draft = try String(contentsOf: site.root.appendingPathComponent("content/education/coding.zh.md"), encoding: .utf8)
        #expect(draft.hasPrefix("---\ntitle: \"在这里写标题\"\ndate: "))
        let check = site.check()
        #expect(check.ok, "\(check.diagnostics)")
    }
}

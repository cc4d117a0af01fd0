import Foundation
import Testing
@testable import PlacardCore

/// The usual ways staff break a settings line, each named on the line where it stands (SPEC §7.2, §7.7).
@Suite struct YAMLMistakeTests {
    /// Front matter lines 2… of a file whose line 2 is `line`; the error must be on line 2.
    static let cases: [(line: String, expected: String)] = [
        ("title：数字课堂进社区", "the colon after `title` is the Chinese full-width colon `：`; Placard needs an English colon and a space `: ` there. Write the line as: `title: 数字课堂进社区`"),
        ("title:\u{3000}数字课堂进社区", "after `title:` comes a Chinese full-width space; Placard needs an ordinary space there. Write the line as: `title: 数字课堂进社区`"),
        ("title:数字课堂进社区", "`title:` needs a space after the colon. Write the line as: `title: 数字课堂进社区`"),
        ("title: 数字课堂: 老年人学用手机", "the value of `title` contains a colon and a space `: `, which Placard reads as the start of another setting; put the value in quotes: `title: \"数字课堂: 老年人学用手机\"`"),
        ("title: \"智能手机\"进社区", "the value of `title` starts with `\"`, which has a special meaning at the start of a value; put the whole value in quotes: `title: '\"智能手机\"进社区'`"),
        ("title: [通知] 老年人学用手机", "the value of `title` starts with `[`, which has a special meaning at the start of a value; put the whole value in quotes: `title: \"[通知] 老年人学用手机\"`"),
        ("title: *重要* 老年人学用手机", "the value of `title` starts with `*`, which has a special meaning at the start of a value; put the whole value in quotes: `title: \"*重要* 老年人学用手机\"`"),
        // The line a fix proposes must itself be right: a value with `: ` or a special start is quoted.
        ("title：数字课堂: 第一讲", "the colon after `title` is the Chinese full-width colon `：`; Placard needs an English colon and a space `: ` there. Write the line as: `title: \"数字课堂: 第一讲\"`"),
        ("title：[通知] 老年人学用手机", "the colon after `title` is the Chinese full-width colon `：`; Placard needs an English colon and a space `: ` there. Write the line as: `title: \"[通知] 老年人学用手机\"`"),
    ]

    @Test(arguments: cases.indices)
    func frontMatterMistakeIsNamedOnItsLine(_ index: Int) throws {
        let (line, expected) = Self.cases[index]
        let site = try TestSite(["content/elderly/a.zh.md": "---\n\(line)\ndate: 2025-01-10\ntags: [手机]\n---\n\n正文。\n"])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors == [.error("content/elderly/a.zh.md", line: 2, expected)])
    }

    @Test func tabIndentationIsNamedOnItsLine() throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "\n  students: {zh: 学生, en: Students}", with: "\n\tstudents: {zh: 学生, en: Students}")
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")], config: config)
        defer { site.remove() }
        let line = config.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("\t") }! + 1
        #expect(site.check().diagnostics == [.error("site.yml", line: line, "this line is indented with a tab; use spaces instead (two spaces for each level)")])
    }

    @Test func fullWidthColonInSiteYAMLAndAloneInFrontMatter() throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "paginate: 2", with: "paginate：2")
        let site = try TestSite(["content/elderly/a.zh.md": "---\ntitle：只有一行\n---\n"], config: config)
        defer { site.remove() }
        let line = config.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("paginate") }! + 1
        #expect(site.check().diagnostics.filter { $0.severity == .error }.map { "\($0.path):\($0.line ?? 0)" } == ["site.yml:\(line)"])
        try site.write(Data(TestSite.defaultConfig.utf8), to: "site.yml")
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.path):\($0.line ?? 0)" } == ["content/elderly/a.zh.md:2"])
        #expect(errors.first?.message.contains("full-width colon") == true)
    }

    @Test func projectListsShareTheRecognition() throws {
        let site = try TestSite([
            "content/projects/hlj.yml": "title: {zh: 清单, en: List}\nprojects:\n  - id: hlj-001\n    title：手机课堂\n    organizer: 牡丹江市\n",
        ])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors == [.error("content/projects/hlj.yml", line: 4, "the colon after `title` is the Chinese full-width colon `：`; Placard needs an English colon and a space `: ` there. Write the line as: `title: 手机课堂`")])
    }

    /// YAML that reads anyway: a whole line as text, a key `zh：项目清单`, a title "zh：数字".
    @Test func fullWidthColonsInYAMLThatReads() throws {
        let site = try TestSite([
            "content/projects/a.yml": "title：项目清单\n",
            "content/projects/b.yml": "title: {zh: 清单, en: List}\nprojects:\n  - id: b-1\n    title: {zh：手机课堂, en: Phones}\n",
            "content/elderly/a.zh.md": "---\ntitle:\n  zh：数字\ndate: 2025-01-10\n---\n",
        ])
        defer { site.remove() }
        #expect(site.check().diagnostics.filter { $0.severity == .error } == [
            .error("content/elderly/a.zh.md", line: 3, .yamlFullWidthColon(key: "zh", fixed: "`zh: 数字`")),
            .error("content/projects/a.yml", line: 1, .yamlFullWidthColon(key: "title", fixed: "`title: 项目清单`")),
            .error("content/projects/b.yml", line: 4, .yamlFullWidthColon(key: "zh", fixed: "`title: {zh: 手机课堂, en: Phones}`")),
        ])
        let config = TestSite.defaultConfig.replacingOccurrences(of: "title: {zh: 数字素养,", with: "title: {zh：数字素养,")
        try site.write(Data(config.utf8), to: "site.yml")
        #expect(site.check().diagnostics.filter { $0.severity == .error } == [.error("site.yml", line: 1, .yamlFullWidthColon(key: "zh", fixed: "`title: {zh: 数字素养, en: Digital Literacy}`"))])
    }

    @Test func fullWidthColonsInTextAreLeftAlone() {
        let text = """
        summary: 这是第一行
          注意：第二行 note：第三行
        title: 通知：老年人 zh：课堂
        cover: "a
          zh：b"
        body: |
          zh：正文
        tags: [zh：标签, '{zh：x}']
        region: {zh: 四川：成都, en: "a, b：c"}
        - 列表：一项
        """
        #expect(YAMLMistakes.fullWidthColons(in: text) == [])
        #expect(YAMLMistakes.fullWidthColons(in: "region: {zh: 四川,\n  en：Sichuan}\n- a：b\n").map(\.line) == [2, 3])
    }

    /// A wrapped line with `：` is text; the tab three lines below is the mistake.
    @Test func aTabBelowAWrappedLineIsNamedOnItsLine() throws {
        let site = try TestSite(["content/elderly/a.zh.md": "---\ntitle: t\ndate: 2024-05-01\nsummary: 这是第一行\n  注意：第二行\ntags:\n\t- a\n---\n"])
        defer { site.remove() }
        #expect(site.check().diagnostics.filter { $0.severity == .error } == [.error("content/elderly/a.zh.md", line: 7, .yamlTab())])
    }

    @Test func aTabIndentingABlockIsNamed() throws {
        let site = try TestSite(["content/elderly/a.zh.md": "---\ntitle: t\ndate: 2024-05-01\nsummary: |\n\t第一行\n---\n"])
        defer { site.remove() }
        #expect(site.check().diagnostics.filter { $0.severity == .error } == [.error("content/elderly/a.zh.md", line: 5, .yamlTab())])
        #expect(YAMLMistakes.find(in: "summary: |\n  第一行\n  \t缩进的第二行\n").isEmpty, "a tab after the block's indentation is text")
    }

    @Test func validLinesAreNotMistakes() {
        let text = "title: \"数字课堂: 老年人\"\nlink: https://example.org/a\ntags: [手机, 老年人]\nsummary: |\n  第一行: 不是设置\n  第二行\ncover: 'a \"b\"'\n"
        #expect(YAMLMistakes.find(in: text).isEmpty)
    }

    @Test func otherProblemsFallBackToPlainWordsOnTheParsersLine() throws {
        let site = try TestSite(["content/elderly/a.zh.md": "---\ntitle: 甲\n  date: 2025-01-10\n---\n"])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("Placard cannot read this line") == true)
    }
}

import Foundation
import Testing

/// Mistakes in the command line itself: exit status 2, on stderr, in the environment's language
/// (SPEC §4, §7.7); `--help` stays English.
@Suite struct UsageErrorLanguageTests {
    func run(_ arguments: [String], language: String) throws -> (status: Int32, out: String, err: String) {
        let environment = ProcessInfo.processInfo.environment.merging(["LANG": language, "LC_ALL": "", "LC_MESSAGES": ""]) { $1 }
        let result = try PlacardProcess.run(arguments, environment: environment)
        return (result.status, result.out, result.err)
    }

    @Test func usageErrorsAreInChineseUnderAChineseEnvironment() throws {
        let cases: [(arguments: [String], first: String)] = [
            (["build", "--bogus"], "错误：没有 `--bogus` 这个选项"),
            (["build", "--draft"], "错误：没有 `--draft` 这个选项；是不是想写 `--drafts`？"),
            (["new"], "错误：缺少参数 `<series>`"),
            (["check", "--format", "yaml"], "错误：`yaml` 不是 `--format <format>` 能用的值；请从 'text'、'github'、'gitlab' 或 'json' 中选一个"),
            (["search", "q", "--limit", "x"], "错误：`x` 不是 `--limit <limit>` 能用的值"),
            (["build", "--drafts=yes"], "错误：选项 `--drafts` 不带值，这里却给了 `yes`"),
            (["build", "--source"], "错误：`--source <source>` 后面缺少它的值"),
            (["frobnicate"], "错误：多了一个用不上的参数 `frobnicate`"),
            (["build", "--now", "notadate"], "错误：--now `notadate` 不是日期；请写成 年-月-日（如 2025-06-01）或 RFC 3339 时间"),
        ]
        for (arguments, first) in cases {
            let result = try run(arguments, language: "zh_CN.UTF-8")
            #expect(result.status == 2, "\(arguments)")
            #expect(result.out.isEmpty, "\(arguments)")
            let lines = result.err.split(separator: "\n").map(String.init)
            #expect(lines.first == first, "\(arguments): \(result.err)")
            #expect(lines.contains { $0.hasPrefix("用法：placard ") }, "\(arguments): \(result.err)")
            #expect(!result.err.contains("Error:") && !result.err.contains("Usage:") && !result.err.contains("for more information"), "\(result.err)")
        }
        let help = try run(["new"], language: "zh_CN.UTF-8").err
        #expect(help.contains("说明：<series>  A series key from site.yml."), "the option's help itself stays English")
        #expect(help.contains("  运行 `placard new --help` 可以看到每个选项的说明（英文）。"))
    }

    @Test func englishUsageErrorsAreTheParsersOwn() throws {
        let result = try run(["check", "--format", "yaml"], language: "C")
        #expect(result.status == 2 && result.out.isEmpty)
        #expect(result.err == """
            Error: The value 'yaml' is invalid for '--format <format>'. Please provide one of 'text', 'github', 'gitlab' or 'json'.
            Help:  --format <format>  text (on stderr), or for CI on stdout: github (workflow commands), gitlab (Code Quality report), json.
            Usage: placard check [--source <source>] [--quiet] [--format <format>] [--drafts] [--future]
              See 'placard check --help' for more information.

            """)
        #expect(try run(["build", "--bogus"], language: "en_US.UTF-8").err.hasPrefix("Error: Unknown option '--bogus'\nUsage: placard build "))
    }

    @Test func helpStaysEnglishAndExitsZero() throws {
        let help = try run(["build", "--help"], language: "zh_CN.UTF-8")
        #expect(help.status == 0)
        #expect(help.out.contains("USAGE: placard build"))
    }
}

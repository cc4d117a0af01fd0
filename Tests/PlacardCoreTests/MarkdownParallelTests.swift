import Dispatch
import Testing
@testable import PlacardCore

/// Parses run side by side (`MarkdownRenderer`): documents that use every inline extension
/// (emphasis next to CJK text, strikethrough, autolinks, task lists, tables, footnotes) render
/// the same on eight threads at once as one at a time, with and without the CJK layer.
@Suite struct MarkdownParallelTests {
    static let pieces = ["*", "**", "~", "~~", "_", "中文", "，", "。", "（", "）", "a", "foo", " ", " ", "\n", "\n\n",
                         "www.example.com", "https://gov.cn/a?b=1", "mail@example.org", "- [ ] ", "- [x] ",
                         "| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n", "[^1]", "\n\n[^1]: 注释", "`代码`", "[链接](/zh/)", "> ", "# "]

    static func documents() -> [String] {
        var generator = TestRandom(seed: 2026)
        return (0..<300).map { _ in MarkdownCJKFuzzTests.document(pieces, length: 40, using: &generator) }
    }

    @Test(arguments: [true, false]) func sideBySideRendersAsOneAtATime(chineseFirst: Bool) {
        let renderer = MarkdownRenderer(options: .init(), chineseFirst: chineseFirst)
        let documents = Self.documents()
        let expected = documents.map { renderer.render($0).html }
        let rounds = 8
        let results = Locked([[String]](repeating: [], count: rounds))
        DispatchQueue.concurrentPerform(iterations: rounds) { round in
            // Each thread starts at a different document, so different parses overlap.
            let order = (0..<documents.count).map { (round * 37 + $0) % documents.count }
            var html = [String](repeating: "", count: documents.count)
            for index in order { html[index] = renderer.render(documents[index]).html }
            results.withLock { $0[round] = html }
        }
        for html in results.withLock({ $0 }) {
            for (index, text) in html.enumerated() where text != expected[index] {
                Issue.record("\(documents[index].debugDescription) rendered \(text.debugDescription), not \(expected[index].debugDescription)")
            }
        }
    }
}

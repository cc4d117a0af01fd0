import Foundation
import Testing
@testable import PlacardCore

/// The bounds read before a YAML document is composed (`YAMLLimits.shape`) pass over the text of block
/// scalars: a project's `body: |` in Markdown, with list items in bold (`- **重点**`), holds no aliases
/// and nests nothing. What YAML reads as structure is still looked at.
@Suite struct YAMLBlockScalarTests {
    /// One project's body: Markdown with bold list items, brackets and a link.
    static func project(_ number: Int) -> String {
        """
          - id: p\(number)
            title: {zh: 项目\(number), en: Project \(number)}
            organizer: {zh: 省委网信办, en: Cyberspace Office}
            organizerType: department
            series: elderly
            start: 2024-05-20
            body:
              zh: |-
                针对老年人的难题：

                - **智能手机课堂\(number)**：现场气氛热烈。
                - **防诈骗讲座**：[详情](https://example.gov.cn/\(number)) *重点* 与 [[注
              en: >-
                - **Phone class \(number)**: well attended.
                * a list item of *stars* {{ and [[ brackets
        """
    }

    @Test func markdownInBlockScalarsIsNotYAML() {
        let text = "projects:\n" + (0..<300).map(Self.project).joined(separator: "\n") + "\n"
        let shape = YAMLLimits.shape(text)
        #expect(shape.aliasedAnchors == 0)
        #expect(shape.depth < 10)
        let diagnostics = Diagnostics()
        #expect(YAMLReader.parse(text, path: "content/projects/list.yml", diagnostics: diagnostics) != nil)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all.map(\.message))")
    }

    @Test func aListWhoseBodiesHoldBoldListItemsBuilds() throws {
        let list = "title: {zh: 清单, en: List}\nprojects:\n" + (0..<80).map(Self.project).joined(separator: "\n") + "\n"
        let site = try TestSite(["content/elderly/a.zh.md": article("甲"), "content/projects/list.yml": list])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics.map(\.message))")
        let page = try #require(site.read("zh/projects/p7/index.html"))
        #expect(page.contains("<strong>智能手机课堂7</strong>"))
    }

    /// Lines that YAML reads as structure after a header are counted: a key back at the header's
    /// column, a key under a header that stands alone on its line, the lines after a header's text.
    @Test(arguments: [
        "a: |\nb: [*x]\n",
        "a:\n  b:\n    |\n  c: [*x]\n",
        "a: |\n  text\nb: [*x]\n",
        "- |\n  text\n- *x\n",
        "a: {b: |\n  *x}\n",
        "a: |#no header\n  *x\n",
    ])
    func structureAfterAHeaderIsCounted(_ text: String) {
        #expect(YAMLLimits.shape(text).aliasedAnchors == 1)
    }

    /// A chain of aliases after a block scalar is refused as before.
    @Test func aChainAfterABlockScalarIsRefused() {
        let chain = "notes: |\n  - **注意**\n\nx0: &a0 [1]\n" + (1..<60_000).map { "x\($0): &a\($0) [*a\($0 - 1)]" }.joined(separator: "\n") + "\n"
        let diagnostics = Diagnostics()
        #expect(YAMLReader.parse(chain, path: "site.yml", diagnostics: diagnostics) == nil)
        #expect(diagnostics.all.map(\.message) == [Message.yamlTooManyAliasedAnchors(limit: YAMLLimits.maxAliasedAnchors).en])
    }

    /// Brackets in a block scalar do not count towards the nesting bound.
    @Test func bracketsInABlockScalarDoNotNest() {
        let text = "body: |\n" + String(repeating: "  [[[[[[[[[[ {{{{{{{{{{\n", count: 100) + "title: x\n"
        #expect(YAMLLimits.nestingBound(text) < 5)
    }
}

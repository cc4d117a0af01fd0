import Foundation
import Testing
@testable import PlacardCore

/// Input no person writes, as a damaged or crafted file may hold it: a build reports it (or builds)
/// at once, never a trap, an endless loop or time that grows with the square of the input.
@Suite struct HostileInputTests {
    /// `٣٣` passes Character's `isNumber` but is no Int: the date is refused, not a trap.
    @Test func aTimeWithDigitsPastASCIIIsNoDate() {
        #expect(ContentDate.parse("2024-05-20T09:30:٣٣") == nil)
        #expect(ContentDate.parse("2024-05-20 09:30:五五") == nil)
        #expect(ContentDate.parse("2024-05-20T09:٣٠") == nil)
        #expect(ContentDate.parse("2024-05-20T09:30:33")?.second == 33)
    }

    @Test func pagesOfAListWithTheLargestPageSize() {
        #expect(Pagination.pages(count: 2, perPage: .max) == 1)
        #expect(Pagination.pages(count: .max, perPage: 1) == .max)
        #expect(Pagination.pages(count: 0, perPage: 12) == 1)
        #expect(Pagination.pages(count: 25, perPage: 12) == 3)
    }

    @Test func aSiteWithTheLargestPageSizeAndReachBuilds() throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "paginate: 2", with: "paginate: 9223372036854775807")
        let csv = "id,title,organizer,organizerType,series,start,reach\n"
            + "a,甲,厅,city,elderly,2025-01-01,9223372036854775807\nb,乙,厅,city,elderly,2025-01-02,9223372036854775807\n"
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"), "content/elderly/b.zh.md": article("乙"),
            "content/projects/list.yml": "title: 清单\n", "content/projects/list.csv": csv,
        ], config: config)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        #expect(site.read("zh/projects/index.html")?.contains("9,223,372,036,854,775,807") == true, "the total saturates")
    }

    /// A line break inside a host past ASCII was one Character but two scalars to Punycode.
    @Test func aBaseURLWithALineBreakOrAHugeHostIsRefusedAtOnce() {
        #expect(BaseURL.problem("https://a\r\n中.cn/") != nil)
        let started = Date()
        let host = String((0..<60_000).map { Character(Unicode.Scalar(0x4E00 + $0 % 20_000)!) })
        #expect(BaseURL.problem("https://\(host).cn/") != nil)
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(BaseURL.problem("https://数字.政务.cn/zt/") == nil)
    }

    /// Three thousand headings of one text take their ids `a`, `a-1`, … `a-2999` in linear time.
    @Test func manyHeadingsOfOneText() throws {
        let body = String(repeating: "## 概述\n\n", count: 3_000)
        let site = try TestSite(["content/elderly/a.zh.md": article("甲", body: body)])
        defer { site.remove() }
        let started = Date()
        #expect(site.build().summary != nil)
        #expect(Date().timeIntervalSince(started) < 20)
        let page = try #require(site.read("zh/elderly/a/index.html"))
        #expect(page.contains("id=\"概述\"") && page.contains("id=\"概述-1\"") && page.contains("id=\"概述-2999\""))
        // Past the first 64 ids, as before them: a text that is a given id takes a suffix of its own.
        let html = MarkdownRenderer().render(String(repeating: "## x\n\n", count: 70) + "## x-1\n\n## x-70\n").html
        #expect(html.contains("id=\"x-69\"") && html.contains("id=\"x-1-1\"") && html.contains("id=\"x-70\""))
        #expect(html.count(of: " id=") == 72)
    }

    /// A map of 100,000 keys is checked for repeated keys in linear time.
    @Test func aMapOfManyKeys() throws {
        let keys = (0..<100_000).map { "k\($0): 1" }.joined(separator: ", ")
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")],
                                config: TestSite.defaultConfig + "\nextra: {\(keys), k7: 2}\n")
        defer { site.remove() }
        let started = Date()
        let diagnostics = site.check().diagnostics
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(diagnostics.contains { $0.path == "site.yml" && $0.message.contains("k7") }, "\(diagnostics.prefix(3))")
    }

    /// Thousands of addresses with Chinese between them and no space: each cut re-reads only what
    /// follows, within bounds, so a line of 20,000 is read at once and in little memory.
    @Test func aLineOfManyAddressesRunningIntoChinese() {
        let renderer = MarkdownRenderer()
        let started = Date()
        let line = renderer.render(String(repeating: "https://a.cn中", count: 20_000))
        #expect(line.html.hasPrefix("<p><a href=\"https://a.cn\">https://a.cn</a>中<a href=\"https://a.cn\">https://a.cn</a>中"))
        #expect(line.html.count(of: "<a href=\"https://a.cn\">https://a.cn</a>中") >= MarkdownRenderer.maximumNestedCuts)
        let paragraphs = renderer.render(String(repeating: "https://a.cn中\n\n", count: 10_000))
        #expect(paragraphs.html.count(of: "<a href=\"https://a.cn\">https://a.cn</a>中") >= MarkdownRenderer.maximumReparsed)
        let www = renderer.render(String(repeating: "中www.a.cn", count: 20_000))
        #expect(www.html.count(of: "中<a href=\"http://www.a.cn\">www.a.cn</a>") == 20_000)
        #expect(Date().timeIntervalSince(started) < 30)
    }

    /// A project id too long for a folder's name is an error on its line, as a long slug is, not
    /// a page the build fails to write.
    @Test func aProjectIDTooLongForAFolder() throws {
        let id = String(repeating: "a", count: 300)
        let csv = "id,title,organizer,organizerType,series,start\n\(id),甲,厅,city,elderly,2025-01-01\nb,乙,厅,city,elderly,2025-01-02\n"
        let site = try TestSite(["content/projects/list.yml": "title: 清单\n", "content/projects/list.csv": csv])
        defer { site.remove() }
        #expect(site.check().diagnostics.filter { $0.severity == .error } == [.error("content/projects/list.csv", line: 2, .addressPartTooLong(id))])
    }

    /// A header cell of a megabyte is compared with the known columns at once, and named by its start.
    @Test func aHugeHeaderCell() throws {
        let cell = String(repeating: "说明", count: 500_000)
        let csv = "id,title,organizer,organizerType,series,start,\(cell)\nb,乙,厅,city,elderly,2025-01-02,x\n"
        let site = try TestSite(["content/projects/list.yml": "title: 清单\n", "content/projects/list.csv": csv])
        defer { site.remove() }
        let started = Date()
        let diagnostics = site.check().diagnostics
        #expect(Date().timeIntervalSince(started) < 20)
        let warnings = diagnostics.filter { $0.path == "content/projects/list.csv" }
        #expect(warnings.count == 1 && warnings[0].message.count < 400, "\(diagnostics.map { $0.message.prefix(100) })")
    }

    /// Quotes that do not open a quoted scalar (`a 'b`) or do not end it (`\"`) cannot hide brackets
    /// from the nesting bound: a document nested 5,000 deep is refused before the parser recurses.
    @Test(arguments: ["x: [\"a\\\" \", ", "x: [a 'b, ", "x: ['it''s [', ", "x: {k: \"a\\\\\"b\", v: "])
    func quotesCannotHideNesting(_ start: String) {
        let deep = start + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "]\n"
        #expect(YAMLLimits.nestingBound(deep) > YAMLLimits.maxDepth)
        let diagnostics = Diagnostics()
        #expect(YAMLReader.parse(deep, path: "site.yml", diagnostics: diagnostics) == nil)
        #expect(diagnostics.hasErrors)
    }

    @Test func quotedBracketsStillDoNotCount() {
        let text = (0..<3_000).map { n in "- {title: \"第[\\\"\(n)\", note: 'it''s [', tags: [a, b]}" }.joined(separator: "\n")
        #expect(YAMLLimits.nestingBound(text) < 10)
    }

    /// A chain of anchors each holding an alias of the one before nests as deep as it is long:
    /// refused before it is read. A list that shares one anchor with every project is read.
    @Test func aChainOfAliasesIsRefused() throws {
        let chain = "x0: &a0 [1]\n" + (1..<60_000).map { "x\($0): &a\($0) [*a\($0 - 1)]" }.joined(separator: "\n") + "\n"
        let diagnostics = Diagnostics()
        #expect(YAMLReader.parse(chain, path: "site.yml", diagnostics: diagnostics) == nil)
        #expect(diagnostics.all.map(\.message) == [Message.yamlTooManyAliasedAnchors(limit: YAMLLimits.maxAliasedAnchors).en])
        let shared = "defaults: &d {organizerType: city}\nprojects:\n" + (0..<5_000).map { "  - {<<: *d, id: p\($0)}" }.joined(separator: "\n")
        let read = Diagnostics()
        #expect(YAMLReader.parse(shared, path: "content/projects/a.yml", diagnostics: read) != nil)
        #expect(read.all.isEmpty)
        #expect(YAMLLimits.shape("a: '*x'\nb: \"*y\"\nc: 2*3 # *z\nd: [*p, *q]\n").aliasedAnchors == 2)
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// `placard audit` takes time about linear in the site's size: a large text finds what a small one
/// would, at the same lines, without reading the text again for each thing found in it. One test at
/// a time, so that each is timed on its own.
@Suite(.serialized) struct AuditLargeInputTests {
    /// A site whose dates are in order, with `files` added.
    func site(_ files: [String: String], extra: String = "") throws -> TestSite {
        try TestSite(everySeries("2025-05-30").merging(files) { $1 }, config: auditConfig(extra: extra))
    }

    /// Runs `body`, and expects it to take less than `seconds` (loosely: the machine may be busy).
    func timed<T>(under seconds: Double = 10, _ body: () throws -> T) rethrows -> T {
        let start = Date()
        let result = try body()
        #expect(Date().timeIntervalSince(start) < seconds)
        return result
    }

    /// A hundred `except` phrases and 20,000 occurrences of the term: the phrases are looked for once.
    @Test func manyOccurrencesOfATermWithExceptions() throws {
        let phrases = (0..<100).map { "x\($0)" } + ["好的"]
        let terms = "- {wrong: 的, right: 地, except: [\(phrases.joined(separator: ", "))]}\n"
        let site = try site([
            "audit/terms.yml": terms,
            "content/elderly/a.zh.md": article("甲", date: "2025-05-01", body: "说好的。\n\n" + String(repeating: "的", count: 20_000)),
        ])
        defer { site.remove() }
        let found = timed { site.findings(.term) }
        #expect(!found.isEmpty && found.allSatisfy { $0.hasPrefix("content/elderly/a.zh.md:8: warning: 「的」 should be written 「地」") }, "\(found.prefix(3))")

        let rules = WordingRules(terms: TermList.parse(terms, path: "terms.yml", diagnostics: Diagnostics()).terms, languages: [])
        let text = Array(("好的" + String(repeating: "的", count: 20_000) + "x7的x99").unicodeScalars)
        let findings = timed { rules.findings(in: ProseText(path: "a.md", line: 1, original: text, masked: text, language: "zh", url: nil)) }
        // All but the 的 of 好的: those of the run, and the one after x7.
        #expect(findings.count == 20_001)
        #expect(findings.first?.context == "好" + String(repeating: "的", count: 18) + "…")
        #expect(findings.last?.context == "…" + String(repeating: "的", count: 14) + "x7的x99")
    }

    /// `except` phrases that overlap, hold the term twice or end where the text ends: the same as
    /// looking for every phrase at every occurrence.
    @Test func exceptionsAreThoseOfEveryPhraseAtEveryOccurrence() {
        var random = TestRandom(seed: 7)
        let alphabet: [Unicode.Scalar] = ["a", "b", "c"]
        func word(_ length: Int) -> [Unicode.Scalar] { (0..<length).map { _ in alphabet.randomElement(using: &random)! } }
        for _ in 0..<500 {
            let term = Term(wrong: word(Int.random(in: 1...2, using: &random)), right: "x", source: nil,
                            except: (0..<Int.random(in: 1...3, using: &random)).map { _ in word(Int.random(in: 1...4, using: &random)) })
            let text = word(Int.random(in: 0...30, using: &random))
            let exceptions = TermExceptions(term, in: text)
            for index in text.indices where index + term.wrong.count <= text.count {
                let everyPhrase = term.except.contains { phrase in
                    WordingRules.occurrences(of: phrase, in: text).contains { $0 <= index && index + term.wrong.count <= $0 + phrase.count }
                }
                #expect(exceptions.covers(index..<(index + term.wrong.count)) == everyPhrase, "\(term) \(text) \(index)")
            }
        }
    }

    /// With unsafe HTML, a line of 20,000 tags: each is read from its place in the line.
    @Test func aLineOfManyHTMLTags() throws {
        let site = try site([
            "content/elderly/a.zh.md": article("甲", date: "2025-05-01", body: String(repeating: "<i>", count: 20_000) + "<img src=\"missing.png\">\n\n"
                                               + String(repeating: "<i>文</i>", count: 5_000) + "<a href=\"b.zh.md\">乙</a>"),
            "content/elderly/b.zh.md": article("乙", date: "2025-05-01"),
        ], extra: "markdown: {unsafe: true}\n")
        defer { site.remove() }
        let report = timed { site.audit().report }
        let found = report.findings.filter { [.missingAlt, .brokenLink].contains($0.rule) }.map { "\($0.line ?? 0) \($0.rule.rawValue) \($0.message.en)" }
        #expect(found.count == 3, "\(found)")
        #expect(found.contains("6 missing-alt \(Message.auditHTMLImageWithoutAlt("missing.png").en)"))
        #expect(found.contains("6 broken-link \(Message.brokenLink("missing.png", target: "content/elderly/missing.png").en)"))
        #expect(found.contains { $0.hasPrefix("8 broken-link `b.zh.md` in HTML is published as written") })

        let tags = timed { RawHTMLLinks.tags(in: (0..<10_000).map { "<img src=\"p\($0).png\" alt='图\($0)'>" }.joined()) }
        #expect(tags.count == 10_000)
        #expect(tags.enumerated().allSatisfy { $1.name == "img" && $1.attributes == ["src": "p\($0).png", "alt": "图\($0)"] && $1.line == 1 })
    }

    /// A project body of 20,000 lines written in one double-quoted string with escapes: no line of it
    /// stands in the file as written, so the lines after the first are read where that one is.
    @Test func aLongValueWrittenWithEscapes() throws {
        let escaped = "截止目前\\n" + Array(repeating: "\\u6578", count: 20_000).joined(separator: "\\n")
        let site = try site(["content/projects/list.yml": oneProjectList("body: {zh: \"\(escaped)\"}")])
        defer { site.remove() }
        let report = timed { site.audit().report }
        #expect(report.findings.filter { $0.path == "content/projects/list.yml" }.map { "\($0.line ?? 0) \($0.rule.rawValue)" } == ["9 term", "9 traditional"])
    }

    /// The same written with the characters themselves: every line is found on the one file line,
    /// and quoted there.
    @Test func aLongValueOnOneLine() throws {
        let value = "截止目前\\n" + Array(repeating: "数", count: 20_000).joined(separator: "\\n") + "\\n數"
        let site = try site(["content/projects/list.yml": oneProjectList("body: {zh: \"\(value)\"}")])
        defer { site.remove() }
        let findings = timed { site.audit().report.findings.filter { $0.path == "content/projects/list.yml" } }
        #expect(findings.map { "\($0.line ?? 0) \($0.rule.rawValue)" } == ["9 term", "9 traditional"])
        #expect(findings.first?.context == #"body: {zh: "截止目前\n数\n数\n数\n数\n数\…"#)
        #expect(findings.last?.context == #"…n数\n数\n数\n数\n数\n數"}"#)
    }

    /// A block scalar of 20,000 lines and as many images: each finding at its own line.
    @Test func aLongBlockScalar() throws {
        let lines = (0..<20_000).map { $0 % 1_000 == 999 ? "截止目前" : $0 % 1_000 == 500 ? "![](n\($0).png)" : "第\($0)行" }
        let site = try site(["content/projects/list.yml": oneProjectList("body:\n  zh: |\n" + lines.map { "    " + $0 }.joined(separator: "\n"))])
        defer { site.remove() }
        let findings = timed { site.audit().report.findings.filter { $0.path == "content/projects/list.yml" } }
        // The body's first line is line 11 of the file.
        let expected = (0..<20).flatMap { block in
            ["\(block * 1_000 + 511) broken-link", "\(block * 1_000 + 511) missing-alt", "\(block * 1_000 + 1_010) term"]
        }
        #expect(findings.map { "\($0.line ?? 0) \($0.rule.rawValue)" } == expected)
    }

    /// 20,000 links in one article: each at its line, a link written again at the place below.
    @Test func manyExternalLinks() throws {
        let body = (0..<20_000).map { "见 https://example.com/p\($0)/ 。" } + ["又见[同一个](https://example.com/p3/)。"]
        let site = try site(["content/elderly/a.zh.md": article("甲", date: "2025-05-01", body: body.joined(separator: "\n"))])
        defer { site.remove() }
        let links = try timed { try externalLinks(site) }.filter { $0.path == "content/elderly/a.zh.md" }
        #expect(links.count == 20_001)
        #expect(links.enumerated().allSatisfy { $1.line == 6 + $0 })
        #expect(links.last?.url == "https://example.com/p3/")
    }

    /// The external links the content rules collect, where `dead-link` would report them.
    func externalLinks(_ site: TestSite) throws -> [ExternalLink] {
        let diagnostics = Diagnostics()
        let loaded = try #require(SiteLoader.load(root: site.root, diagnostics: diagnostics))
        let options = BuildOptions(source: site.root, now: BuildOptions.parseNow("2025-06-01")!)
        let plan = SitePlan(site: loaded, urls: URLs(baseURL: loaded.config.baseURL), options: options)
        return ContentRules(site: loaded, plan: plan, root: site.root, wording: WordingRules(terms: [], languages: [])).run().links
    }

    /// Where the lines of a value are placed, on random files and values: as looking for each with
    /// `contains` from the line of the one before, and for its column in that line, places them.
    @Test func valueLinesArePlacedAsOneByOne() throws {
        let folder = try makeTestFolder("source")
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = TestRandom(seed: 11)
        let alphabet: [Unicode.Scalar] = ["a", "b", "数", " "]
        func word(_ length: Int) -> [Unicode.Scalar] { (0..<length).map { _ in alphabet.randomElement(using: &random)! } }
        for round in 0..<300 {
            let lines = (0..<Int.random(in: 1...12, using: &random)).map { _ in word(Int.random(in: 0...10, using: &random)) }
            try Data(lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("f.yml"))
            let file = SourceFile(root: folder, path: "f.yml")
            let pieces = (0..<Int.random(in: 1...8, using: &random)).map { _ in
                let line = lines.randomElement(using: &random)!
                guard Bool.random(using: &random), !line.isEmpty else { return word(Int.random(in: 0...3, using: &random)) }
                let start = Int.random(in: 0..<line.count, using: &random)
                return Array(line[start..<Int.random(in: (start + 1)...line.count, using: &random)])
            }
            let from = Int.random(in: 1...(lines.count + 1), using: &random)
            var line = from
            let oneByOne = pieces.map { piece -> String in
                line = file.line(containing: String(String.UnicodeScalarView(piece)), from: line) ?? line
                let column = piece.isEmpty ? nil : WordingRules.occurrences(of: piece, in: file.scalars(line: line)).first
                return "\(line) \(column.map(String.init) ?? "-")"
            }
            #expect(file.places(of: pieces, from: from).map { "\($0.line) \($0.column.map(String.init) ?? "-")" } == oneByOne, "round \(round)")
            let needles = pieces.map { String(String.UnicodeScalarView($0)) }
            #expect(file.lines(containing: needles, from: from) == needles.map { file.line(containing: $0, from: from) }, "round \(round)")
        }
    }

    /// 10,000 images in a project body, in Markdown and in HTML: each finding at the line of its address.
    @Test func manyImagesInAProjectBody() throws {
        let lines = (0..<10_000).map { "![](n\($0)/) <img src=\"m\($0)/\">" }
        let site = try site(["content/projects/list.yml": oneProjectList("body:\n  zh: |\n" + lines.map { "    " + $0 }.joined(separator: "\n"))],
                            extra: "markdown: {unsafe: true}\n")
        defer { site.remove() }
        let findings = timed { site.audit().report.findings.filter { $0.path == "content/projects/list.yml" } }
        #expect(findings.count == 40_000)
        // The body's first line is line 11 of the file.
        let lineOf = Dictionary(grouping: findings) { $0.message.en.firstMatch(of: /`([nm][0-9]+)\//)?.1 ?? "" }.mapValues { Set($0.map(\.line)) }
        #expect(lineOf.count == 20_000)
        #expect((0..<10_000).allSatisfy { lineOf["n\($0)"] == [11 + $0] && lineOf["m\($0)"] == [11 + $0] })
    }

    /// 20,000 images on one line: 40,000 findings, each quoting that line, which is not copied
    /// (nor hashed whole) for each; the same image 20,000 times is found once.
    @Test func manyFindingsOnOneLine() throws {
        let line = (0..<20_000).map { "![](n\($0).png)" }.joined(separator: " ")
        let same = Array(repeating: "![](same.png)", count: 20_000).joined(separator: " ")
        let site = try site(["content/elderly/a.zh.md": article("甲", date: "2025-05-01", body: line),
                             "content/elderly/b.zh.md": article("乙", date: "2025-05-01", body: same)])
        defer { site.remove() }
        let report = timed { site.audit().report }
        let findings = report.findings.filter { $0.path == "content/elderly/a.zh.md" }
        #expect(findings.filter { $0.rule == .missingAlt }.count == 20_000)
        #expect(findings.filter { $0.rule == .brokenLink }.count == 20_000)
        #expect(findings.allSatisfy { $0.line == 6 })
        #expect(findings.first?.context == line && findings.last?.context == line)
        #expect(report.findings.filter { $0.path == "content/elderly/b.zh.md" }.map { "\($0.line ?? 0) \($0.rule.rawValue)" } == ["6 broken-link", "6 missing-alt"])
    }

    /// 20,000 warnings of `check` in one file: each quotes its line, the file read once.
    @Test func manyCheckWarningsInOneFile() throws {
        let site = try site(["content/elderly/a.zh.md": article("甲", date: "2025-05-01", body: (0..<20_000).map { "见[x](#h\($0))。" }.joined(separator: "\n"))])
        defer { site.remove() }
        let found = timed { site.audit().report.findings.filter { $0.rule == .check } }
        #expect(found.count == 20_000)
        #expect(found.enumerated().allSatisfy { $1.line == 6 + $0 && $1.context == "见[x](#h\($0))。" && $1.message.en.hasPrefix("the link `#h\($0)` leads to no heading") })
    }

    /// 20,000 ends of links without a start (`](x)`) on one line: the `[` of a link after them is
    /// still found, once, and hidden.
    @Test func manyLinkEndsOnOneLine() throws {
        let line = String(repeating: "](x)", count: 20_000) + "见[中文](https://example.com/),中文" + String(repeating: "[注](https://example.com/)", count: 5_000)
        let masked = timed { MarkdownMask.lines(line)[0].prose.filter { $0 != MarkdownMask.hidden } }
        #expect(String(String.UnicodeScalarView(masked)) == "见中文,中文" + String(repeating: "注", count: 5_000))
        let site = try site(["content/elderly/a.zh.md": article("甲", date: "2025-05-01", body: line)])
        defer { site.remove() }
        let found = timed { site.findings(.punctuation) }
        #expect(found == ["content/elderly/a.zh.md:6: warning: the ASCII `,` between Chinese characters should be the full-width 「，」"])
    }

    /// A list of 2,000 projects whose summaries are folded (not written as they read): each is read
    /// at its project's line, looked for in that project's lines only, not in all the list below it.
    /// Projects written on one line share it.
    @Test func aLongListOfProjects() throws {
        let projects = (0..<2_000).map { i in
            """
              - id: p\(i)
                title: {zh: 项目\(i), en: Project \(i)}
                organizer: 教育厅
                organizerType: department
                series: elderly
                start: 2025-01-01
                summary:
                  zh: 截止目前的第\(i)个
                    项目
                  en: A project
                body:
                  zh: |
                    第\(i)个项目，数据截止目前
            """
        }
        let flow = (1...2).map { "{id: f\($0), title: {zh: 截止目前\($0), en: F\($0)}, organizer: 教育厅, organizerType: department, series: elderly, start: 2025-01-01}" }
        let site = try site(["content/projects/list.yml": "title: {zh: 清单, en: List}\nprojects:\n" + projects.joined(separator: "\n") + "\n",
                             "content/projects/flow.yml": "title: {zh: 清单二, en: List 2}\nprojects: [\(flow.joined(separator: ", "))]\n"])
        defer { site.remove() }
        let findings = timed { site.audit().report.findings.filter { $0.rule == .term } }
        // Project i starts at line 3 + 13i; its body's line is 12 lines below.
        let lines: [Int] = (0..<2_000).flatMap { [3 + 13 * $0, 15 + 13 * $0] }
        #expect(findings.filter { $0.path == "content/projects/list.yml" }.map { $0.line ?? 0 } == lines)
        #expect(findings.filter { $0.path == "content/projects/flow.yml" }.map { "\($0.line ?? 0) \($0.context ?? "")" }
                == ["2 …f1, title: {zh: 截止目前1, en: F1}, orga…", "2 …f2, title: {zh: 截止目前2, en: F2}, orga…"])
        #expect(ContentRules.ends(of: try #require(SiteLoader.load(root: site.root, diagnostics: Diagnostics())).projects).compactMap { $0 }.count == 1_999)
    }
}


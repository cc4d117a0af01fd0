import Foundation
import Testing
@testable import PlacardCore

/// `placard audit` takes time about linear in the site's size: a large text finds what a small one
/// would, at the same lines, without reading the text again for each thing found in it.
@Suite struct AuditLargeInputTests {
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
}

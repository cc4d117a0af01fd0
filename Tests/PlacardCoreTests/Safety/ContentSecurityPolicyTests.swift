import Foundation
import Testing
@testable import PlacardCore

/// SPEC §7.6: every HTML page carries the policy in its <head> before any script, and uses no inline script
/// and no inline event handler.
@Suite struct ContentSecurityPolicyTests {
    @Test func everyPageCarriesThePolicyBeforeAnyScript() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲", date: "2025-01-01"),
            "content/elderly/b.zh.md": article("乙", date: "2025-01-02"),
            "content/elderly/c.zh.md": article("丙", date: "2025-01-03", extra: "tags: [手机]\n"),
            "content/elderly/a.en.md": article("A", date: "2025-01-01"),
            "content/pages/about.zh.md": article("关于"),
            "content/projects/list.yml": """
            title: {zh: 清单, en: List}
            projects:
              - {id: p1, title: 项目, organizer: 教育厅, organizerType: department, series: education, groups: [students], start: 2024-05-20}
            """,
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        let pages = site.outputFiles().filter { $0.hasSuffix(".html") }
        #expect(pages.contains("index.html") && pages.contains("404.html") && pages.contains("zh/elderly/page/1/index.html"))
        let meta = ContentSecurityPolicy.metaTag
        for page in pages {
            let html = try #require(site.read(page))
            let head = html.components(separatedBy: "</head>")[0]
            #expect(head.count(of: meta) == 1, "\(page)")
            if let script = head.range(of: "<script") {
                #expect(head.range(of: meta)!.lowerBound < script.lowerBound, "\(page)")
            }
            #expect(Self.inlineScripts(html).isEmpty, "\(page)")
            #expect(Self.inlineHandlers(html).isEmpty, "\(page)")
            #expect(!html.contains(" style=\""), "\(page)")
        }
    }

    @Test func thePolicyIsStrict() {
        let directives = Dictionary(uniqueKeysWithValues: ContentSecurityPolicy.value.split(separator: ";").map {
            let parts = $0.split(separator: " ").map(String.init)
            return (parts[0], Array(parts.dropFirst()))
        })
        #expect(directives["script-src"] == ["'self'"])
        #expect(directives["object-src"] == ["'none'"])
        #expect(directives["default-src"] == ["'self'"])
        for (_, sources) in directives {
            #expect(!sources.contains("'unsafe-inline'") && !sources.contains("'unsafe-eval'") && !sources.contains("*"))
            #expect(!sources.contains { $0.hasSuffix(":") && $0 != "data:" })
        }
    }

    @Test func linksPeopleWriteKeepOnlySafeSchemes() {
        for good in ["https://example.gov.cn/a?b=1", "http://x.cn", "mailto:a@b.cn", "tel:+861012345", "/zh/about/", "about/", "#top", "a?x=javascript:1"] {
            #expect(SafeLink.href(good) == good)
        }
        for bad in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:x",
                    "data:text/html,<script>", "vbscript:msgbox(1)", "\u{0}javascript:x", "file:///etc/passwd"] {
            #expect(SafeLink.href(bad) == nil, "\(bad)")
        }
    }

    /// `<script>` elements without `src`.
    static func inlineScripts(_ html: String) -> [String] {
        html.components(separatedBy: "<script").dropFirst().compactMap { rest in
            let tag = rest.prefix { $0 != ">" }
            return tag.contains("src=") ? nil : String(tag)
        }
    }

    /// Attributes named `on…` inside tags.
    static func inlineHandlers(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<[a-zA-Z][^>]*\\son[a-z]+\\s*=", options: [])
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).map { String(html[Range($0.range, in: html)!]) }
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// A template that does not parse: one error, on its own line, in words its author can act on (SPEC §5, §7.7).
@Suite struct ThemeParseErrorTests {
    /// The site's own `footer` overrides the built-in one; `base` includes it.
    @Test func aPartialThatDoesNotParseIsNotAlsoMissing() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "themes/default/templates/footer.mustache": "<footer>{{title}\n</footer>\n",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        let problem = "a tag is not finished: its closing `}}` is missing, or its name is not well formed"
        #expect(diagnostics.filter { $0.severity == .error } == [
            .error("themes/default/templates/footer.mustache", line: 1, column: 16, "this template does not parse (\(problem)): `<footer>{{title}`"),
        ], "\(diagnostics)")
        let chinese = try #require(diagnostics.first { $0.severity == .error }).description(in: .zh)
        #expect(chinese == "themes/default/templates/footer.mustache:1: error: 这个模板有语法错误（有一个标签没写完：缺少结尾的 `}}`，或者名字写得不对）：`<footer>{{title}`")
        #expect(!site.exists("index.html"), "nothing is written")
    }

    /// A page template is no longer reported missing either, and each parse error reads as what is wrong.
    @Test func eachParseErrorSaysWhatIsWrong() throws {
        let cases: [(text: String, line: Int, problem: TemplateSyntaxProblem, excerpt: String)] = [
            ("{{<base}}{{$main}}\n<p>{{#a}}x{{/b}}</p>\n{{/main}}{{/base}}\n", 2, .closingNameMismatch, "<p>{{#a}}x{{/b}}</p>"),
            ("{{<base}}{{$main}}\n{{#items}}\n<p>x</p>\n{{/main}}{{/base}}\n", 4, .closingNameMismatch, "{{/main}}{{/base}}"),
            ("<p>{{#items}}x</p>\n", 1, .unclosedSection, "<p>{{#items}}x</p>"),
            ("<ul>\n{{#a}}<li>{{/a}}\n  {{^empty}}\n{{#b}}{{/b}}\n</ul>\n", 3, .unclosedSection, "{{^empty}}"),
            ("<p>{{summary", 1, .endsInsideTag, "<p>{{summary"),
            ("{{=<% =}}\n", 1, .delimiterChange, "{{=<% =}}"),
            ("{{<base}}{{title}}{{/base}}\n", 1, .inheritance, "{{<base}}{{title}}{{/base}}"),
            ("{{% LANGUAGE: zh }}\n", 1, .badPragma, "{{% LANGUAGE: zh }}"),
        ]
        for (text, line, problem, excerpt) in cases {
            let site = try TestSite([
                "content/elderly/a.zh.md": article("甲"),
                "themes/t/theme.yml": "extends: default\n",
                "themes/t/templates/article.mustache": text,
            ])
            defer { site.remove() }
            let errors = site.build(theme: "t").diagnostics.filter { $0.severity == .error }
            #expect(errors.count == 1, "\(text): \(errors)")
            let error = try #require(errors.first)
            #expect(error.path == "themes/t/templates/article.mustache" && error.line == line, "\(text): \(error)")
            #expect(error.text == .templateParse(problem, line: excerpt), "\(text): \(error)")
            #expect(!error.message.contains("CONTENT_TYPE") && !error.text.zh.contains("CONTENT_TYPE"))
        }
    }
}

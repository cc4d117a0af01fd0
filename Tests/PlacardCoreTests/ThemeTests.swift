import Foundation
import Mustache
import Testing
@testable import PlacardCore

@Suite struct ThemeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func builtInThemeIsTheRepositorysDefaultTheme() throws {
        let folder = Self.repository.appendingPathComponent("themes/default")
        let onDisk = ContentFiles.list(folder)
        #expect(onDisk.sorted() == DefaultTheme.files.keys.sorted(), "run tools/embed-default-theme.py")
        let embedded = DefaultTheme.files
        for path in onDisk {
            let data = try Data(contentsOf: folder.appendingPathComponent(path))
            #expect(embedded[path] == data, "\(path) differs: run tools/embed-default-theme.py")
        }
    }

    @Test func childThemeOverridesOnlyWhatItNames() throws {
        var files: [String: String] = ["content/elderly/a.zh.md": article("甲")]
        let fixture = Self.repository.appendingPathComponent("Tests/PlacardCoreTests/Fixtures/themes/compact")
        for path in ContentFiles.list(fixture) {
            files["themes/compact/" + path] = try String(contentsOf: fixture.appendingPathComponent(path), encoding: .utf8)
        }
        let site = try TestSite(files)
        defer { site.remove() }
        let (summary, diagnostics) = site.build(theme: "compact")
        #expect(summary != nil, "\(diagnostics)")
        let html = try #require(site.read("zh/elderly/a/index.html"))
        #expect(html.contains("<footer class=\"compact-footer\"><p>紧凑主题 · 数字素养</p></footer>"))
        #expect(html.contains(">直达正文</a>"), "an overridden string")
        #expect(html.contains("<header class=\"site-header\">"), "an inherited partial")
        #expect(html.contains("搜索"), "an inherited string")
        #expect(site.outputFiles().contains { $0.hasPrefix("extra.") && $0.hasSuffix(".css") })
        #expect(site.outputFiles().contains { $0.hasPrefix("style.") && $0.hasSuffix(".css") }, "inherited static files")
    }

    @Test func assetsAreFingerprintedAndLinked() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        site.build()
        let css = try #require(site.outputFiles().first { $0.hasPrefix("style.") && $0.hasSuffix(".css") })
        #expect(css.split(separator: ".").count == 3)
        let html = try #require(site.read("zh/index.html"))
        #expect(html.contains("href=\"/\(css)\""))
        #expect(!site.exists("style.css"))
        let hash = StaticAssets.hash(Data("a".utf8))
        #expect(hash != StaticAssets.hash(Data("b".utf8)) && hash.count == 10)
    }

    @Test func unknownThemeIsAnError() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        let (summary, diagnostics) = site.build(theme: "nowhere")
        #expect(summary == nil)
        #expect(diagnostics.contains { $0.message.contains("there is no theme `nowhere`") })
    }

    @Test func templatesReferringToMissingPartialsAreErrors() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "themes/t/theme.yml": "extends: default\n",
            "themes/t/templates/page.mustache": "{{<base}}{{$main}}\n{{>nothing-here}}\n{{/main}}{{/base}}\n",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build(theme: "t")
        #expect(summary == nil)
        #expect(diagnostics.contains(.error("themes/t/templates/page.mustache", line: 2, "the template `page` uses the partial `nothing-here`, which the theme does not have")))
    }

    /// Templates are parsed once, compacted; an error is still placed in the text as written.
    @Test func aTemplateErrorPointsAtTheTextAsWritten() throws {
        let text = "{{<base}}{{$main}}\n<div>\n        <p>{{#a}}x{{/b}}</p>\n</div>\n{{/main}}{{/base}}\n"
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "themes/t/theme.yml": "extends: default\n",
            "themes/t/templates/page.mustache": text,
        ])
        defer { site.remove() }
        _ = FastHTMLContentType.registered
        func parserError(_ text: String) -> MustacheTemplate.ParserError? {
            do { _ = try MustacheTemplate(string: FastHTMLContentType.pragma + text) } catch { return error as? MustacheTemplate.ParserError }
            return nil
        }
        let expected = try #require(parserError(text))
        let compacted = try #require(parserError(TemplateWhitespace.compact(text)))
        #expect(expected.context.lineNumber == 3 && compacted.context.lineNumber == 3)
        #expect(expected.context.columnNumber != compacted.context.columnNumber, "the indentation moves the column")
        let (summary, diagnostics) = site.build(theme: "t")
        #expect(summary == nil)
        #expect(diagnostics.contains {
            $0.path == "themes/t/templates/page.mustache" && $0.line == expected.context.lineNumber && $0.column == expected.context.columnNumber
        }, "\(diagnostics)")
    }

    /// Partial references are read as characters: `\r\n` is one (not `\n`), and `>` with a combining mark is not `>`.
    @Test func partialReferencesAreFoundWithTheirLines() {
        let found = PartialReferences.find(in: "a\r\n{{>x}}\n{{> y }}\n{{>\u{301}z}}\n{{<p}}{{/p}}\n\u{600}{{>q}} {{>r}}")
        #expect(found.map(\.0) == ["x", "y", "p", "r"])
        #expect(found.map(\.1) == [1, 2, 4, 5])
    }
}

import Foundation
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
}

import Testing
@testable import PlacardCore

/// A theme's template or stylesheet that makes pages load something from another host is warned
/// of on its line (SPEC §2: no page loads anything from another host); links are not loads.
@Suite struct ThemeRemoteLoadsTests {
    @Test func loadsAreFoundWithTheLineTheirTagStartsOn() {
        let template = """
        <head>
        <SCRIPT SRC=https://cdn.example.com/a.js></SCRIPT>
        <link
          rel="preload stylesheet" href="//fonts.example.com/f.css">
        <img src="{{cover}}" srcset="/a.png 1x, https://img.example.com/b.png 2x" alt="">
        <video poster='http://v.example.com/p.jpg'></video>
        </head>
        """
        #expect(RemoteLoads.find(in: template).map { "\($0.line) \($0.url)" } == [
            "2 https://cdn.example.com/a.js", "3 //fonts.example.com/f.css", "5 https://img.example.com/b.png",
            "6 http://v.example.com/p.jpg",
        ])
    }

    @Test func linksCommentsAndTheThemesOwnAddressesAreNotLoads() {
        let template = """
        <link rel="canonical" href="https://www.example.gov.cn/zh/">
        <link rel="alternate" hreflang="en" href="https://www.example.gov.cn/en/">
        <a href="https://beian.miit.gov.cn/">备案</a>
        <form action="https://search.example.com/"></form>
        <!-- <script src="https://cdn.example.com/old.js"></script> -->
        {{! <img src="https://img.example.com/x.png"> }}
        <script src="{{assets.app_js}}"></script>
        <img {{#lazy}}loading="lazy"{{/lazy}} src="/images/a.png" alt="">
        """
        #expect(RemoteLoads.find(in: template).isEmpty)
    }

    /// Read once from start to end: tags, comments and Mustache tags that never end stop the reading
    /// instead of each being read to the end again (100,000 of them would take minutes).
    @Test func unendedTagsAreReadOnce() {
        for piece in ["<img src=https://a.cn/x ", "<script {{", "<!--", "{{! <img src=https://a.cn/y>", "<link rel=icon href='https://a.cn/z"] {
            let template = String(repeating: piece, count: 100_000)
            #expect(RemoteLoads.find(in: template).count <= 1, "\(piece)")
        }
    }

    @Test func stylesheetReferencesToAnotherHostAreFound() {
        let css = "body { color: red }\n@import url(\"https://fonts.example.com/x.css\");\n.a { background: url(//img.example.com/a.png) }\n.b { background: url(b.png) }\n"
        #expect(StaticAssetReferences.remote(in: css).map { "\($0.line) \($0.url)" } == [
            "2 https://fonts.example.com/x.css", "3 //img.example.com/a.png",
        ])
    }

    /// The site's own host (its base URL's), written whole, is not another host.
    @Test func aThemeLoadingFromAnotherHostIsWarnedOfAndStillBuilds() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "themes/blue/theme.yml": "extends: default\n",
            "themes/blue/templates/card.mustache": "<li><img src=\"https://img.example.com/{{title}}.png\" alt=\"\"><a href=\"{{url}}\">{{title}}</a>"
                + "<img src=\"https://digital.example.gov.cn/logo.png\" alt=\"\"></li>\n",
            "themes/blue/static/blue.css": "\n@import \"https://fonts.example.com/x.css\";\n",
        ], config: TestSite.defaultConfig + "\ntheme: blue\n")
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil)
        #expect(diagnostics.filter { $0.message.contains("from another host") } == [
            .warning("themes/blue/static/blue.css", line: 2, .themeLoadsFromAnotherHost("https://fonts.example.com/x.css")),
            .warning("themes/blue/templates/card.mustache", line: 1, .themeLoadsFromAnotherHost("https://img.example.com/{{title}}.png")),
        ])
    }

    @Test func theDefaultThemeLoadsNothingFromAnotherHost() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil)
        #expect(!diagnostics.contains { $0.message.contains("from another host") })
    }
}

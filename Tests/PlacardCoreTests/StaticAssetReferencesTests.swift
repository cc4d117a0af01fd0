import Testing
@testable import PlacardCore

/// A theme's stylesheet that imports its other stylesheets by name still finds them once every
/// CSS file has a content hash in its name.
@Suite struct StaticAssetReferencesTests {
    private func theme(parts: String) -> [String: String] {
        [
            "content/elderly/a.zh.md": article("甲"),
            "themes/t/theme.yml": "extends: default\n",
            "themes/t/templates/head-extra.mustache": "<link rel=\"stylesheet\" href=\"{{assets.css_main_css}}\">\n",
            "themes/t/static/css/main.css": "@import \"parts.css\";\n@import url('../print.css');\nbody { background: url(img/dot.png); }\n",
            "themes/t/static/css/parts.css": parts,
            "themes/t/static/print.css": "@media print { nav { display: none } }\n",
            "themes/t/static/css/img/dot.png": "png",
        ]
    }

    @Test func importsNameTheHashedFiles() throws {
        let site = try TestSite(theme(parts: "h1 { color: red }\n"), config: TestSite.defaultConfig + "\ntheme: t\n")
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        let files = site.outputFiles()
        let main = try #require(files.first { $0.hasPrefix("css/main.") && $0.hasSuffix(".css") })
        let parts = try #require(files.first { $0.hasPrefix("css/parts.") && $0.hasSuffix(".css") })
        let print = try #require(files.first { $0.hasPrefix("print.") && $0.hasSuffix(".css") })
        let css = try #require(site.read(main))
        let partsName = String(parts.dropFirst("css/".count))
        #expect(css.contains("@import \"\(partsName)\";"))
        #expect(css.contains("@import url('../\(print)');"))
        #expect(css.contains("url(img/dot.png)"), "images keep their names")
        #expect(site.exists("css/img/dot.png"))
        #expect(try #require(site.read("zh/index.html")).contains("href=\"/\(main)\""))

        // A change to an imported file gives the importing file a new name too.
        let changed = try TestSite(theme(parts: "h1 { color: blue }\n"), config: TestSite.defaultConfig + "\ntheme: t\n")
        defer { changed.remove() }
        #expect(changed.build().summary != nil)
        #expect(!changed.outputFiles().contains(main))
    }

    @Test func referencesResolveAgainstTheFilesFolder() {
        #expect(StaticAssetReferences.resolve("parts.css", from: "css/main.css") == "css/parts.css")
        #expect(StaticAssetReferences.resolve("../print.css", from: "css/main.css") == "print.css")
        #expect(StaticAssetReferences.resolve("/print.css", from: "css/main.css") == "print.css")
        #expect(StaticAssetReferences.resolve("https://example.org/a.css", from: "main.css") == nil)
        #expect(StaticAssetReferences.resolve("../../a.css", from: "main.css") == nil)
        let hashed = ["a.css": "a.0123456789.css"]
        #expect(StaticAssetReferences.rewrite("@import 'a.css';@import \"b.css\";", path: "x.css", hashed: hashed)
                == "@import 'a.0123456789.css';@import \"b.css\";")
        #expect(StaticAssetReferences.rewrite("p{filter:blur(2px)} q{background:URL( /a.css )}", path: "x.css", hashed: hashed)
                == "p{filter:blur(2px)} q{background:URL( a.0123456789.css )}")
        // Root-absolute references become relative ones, which hold under any base path.
        #expect(StaticAssetReferences.rewrite("p{background:url(/img/dot.png)} @import '/a.css';", path: "css/x.css", hashed: hashed)
                == "p{background:url(../img/dot.png)} @import '../a.0123456789.css';")
        #expect(StaticAssetReferences.rewrite("p{background:url(//cdn.example.org/a.png)}", path: "css/x.css", hashed: hashed)
                == "p{background:url(//cdn.example.org/a.png)}")
        // A query or fragment stays after the new name.
        #expect(StaticAssetReferences.rewrite("@import 'a.css?v=2'; p{background:url(a.css#x)}", path: "x.css", hashed: hashed)
                == "@import 'a.0123456789.css?v=2'; p{background:url(a.0123456789.css#x)}")
    }
}

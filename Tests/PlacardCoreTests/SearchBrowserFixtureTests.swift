import Foundation
import Mustache
import Testing
@testable import PlacardCore

/// Writes the site the browser tests (`Tests/browser/`) use until the build pipeline lands:
/// a `gen_corpus.py` corpus indexed in both languages, the search page rendered from the
/// theme's real templates, the theme's static files, and the corpus source beside it.
/// Runs only when `PLACARD_BROWSER_FIXTURE_DIR` is set (`conftest.py` sets it).
@Suite struct SearchBrowserFixtureTests {
    static let target = ProcessInfo.processInfo.environment["PLACARD_BROWSER_FIXTURE_DIR"]

    /// UI strings from a theme i18n file (one `key: value` a line).
    static func strings(_ language: String) throws -> [String: String] {
        let url = SearchTestSupport.repositoryRoot.appendingPathComponent("themes/default/i18n/\(language).yml")
        var result: [String: String] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            result[String(line[..<colon])] = value
        }
        return result
    }

    static func context(language: String, locale: String, strings t: [String: String], docs: [SearchDocument]) -> [String: Any] {
        let series = Array(Set(docs.compactMap(\.series))).sorted()
        let groups = Array(Set(docs.flatMap(\.groups))).sorted()
        return [
            "t": t,
            "lang": ["code": language, "locale": locale],
            "page": ["fullTitle": t["search"] ?? "Search", "canonical": "https://example.org/\(language)/search/", "kind": "search"],
            "site": ["title": "Placard"],
            "urls": ["home": "/\(language)/", "search": "/\(language)/search/", "searchIndex": "/\(language)/search-index.json",
                     "projects": "/\(language)/projects/"],
            "assets": ["search_js": "/search.js", "search_engine_js": "/search-engine.js", "search_css": "/search.css", "search_script_json": "/search-script.json", "style_css": "/style.css", "textsize_js": "/textsize.js"],
            "languages": [["name": "中文", "locale": "zh-CN", "url": "/zh/search/", "current": language == "zh"],
                          ["name": "English", "locale": "en-US", "url": "/en/search/", "current": language == "en"]],
            "search": [
                "kinds": SearchDocument.Kind.allCases.map { ["value": $0.rawValue, "label": t["kind_\($0.rawValue)"] ?? $0.rawValue] },
                "series": series.map { ["key": $0, "title": $0] },
                "groups": groups.map { ["key": $0, "title": $0] },
            ],
        ]
    }

    @Test(.enabled(if: target != nil)) func export() async throws {
        let out = URL(fileURLWithPath: try #require(Self.target))
        let site = out.appendingPathComponent("site")
        try? FileManager.default.removeItem(at: out)
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        // PLACARD_BROWSER_FIXTURE_CORPUS: an existing corpus's `placard/` folder (for measuring).
        let given = ProcessInfo.processInfo.environment["PLACARD_BROWSER_FIXTURE_CORPUS"].map { URL(fileURLWithPath: $0) }
        let source: URL
        if let given {
            source = given
        } else {
            let corpus = try #require(try SearchCorpus.generate(articles: 150, seed: 5))
            source = out.appendingPathComponent("source")
            try FileManager.default.moveItem(at: corpus, to: source)
        }
        let library = try await MustacheLibrary(directory: SearchTestSupport.repositoryRoot.appendingPathComponent("themes/default/templates").path)
        for (language, locale) in [("zh", "zh-CN"), ("en", "en-US")] {
            var docs = try SearchCorpus.documents(site: source, language: language)
            if language == "zh" && given == nil { docs += SearchWholeSiteTests.docs }
            let folder = site.appendingPathComponent(language)
            try SearchTestSupport.write(SearchIndexWriter.files(for: docs, language: language), to: folder)
            let html = try #require(library.render(Self.context(language: language, locale: locale, strings: try Self.strings(language), docs: docs),
                                                   withTemplate: "search"))
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("search"), withIntermediateDirectories: true)
            try Data(html.utf8).write(to: folder.appendingPathComponent("search/index.html"))
        }
        for name in ["search.js", "search-engine.js", "search-script.json", "search.css", "style.css"] {
            try FileManager.default.copyItem(at: SearchTestSupport.repositoryRoot.appendingPathComponent("themes/default/static/\(name)"),
                                             to: site.appendingPathComponent(name))
        }
        try Data("<!doctype html><meta http-equiv=\"refresh\" content=\"0; url=/zh/\"><a href=\"/zh/\">中文</a> <a href=\"/en/\">English</a>\n".utf8)
            .write(to: site.appendingPathComponent("index.html"))
    }
}

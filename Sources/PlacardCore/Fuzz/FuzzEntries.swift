import Foundation

/// The entry points of the libFuzzer targets (`Sources/placard-fuzz`, `scripts/fuzz.sh`): each feeds
/// one input to one stage of the loader the way a build would, and must return without crashing.
public enum FuzzEntries {
    public static let names = ["front-matter", "site-yml", "yaml-list", "csv-list", "xlsx", "xlsx-part", "markdown", "search-query", "search-index"]

    /// Runs the entry `name` on `data`; false for an unknown name.
    @discardableResult
    public static func run(_ name: String, _ data: Data) -> Bool {
        switch name {
        case "front-matter": frontMatter(data)
        case "site-yml": siteYML(data)
        case "yaml-list": yamlList(data)
        case "csv-list": csvList(data)
        case "xlsx": xlsx(data)
        case "xlsx-part": xlsxPart(data)
        case "markdown": markdown(data)
        case "search-query": searchQuery(data)
        case "search-index": searchIndex(data)
        default: return false
        }
        return true
    }

    private static let site = FuzzSite.make()

    private static func frontMatter(_ data: Data) {
        let diagnostics = Diagnostics()
        guard let text = TextFile.decode(data, path: "content/elderly/a.zh.md", diagnostics: diagnostics) else { return }
        let loader = DocumentLoader(config: site.config, diagnostics: diagnostics)
        _ = loader.load(text: text, path: "content/elderly/a.zh.md", kind: .article(series: "elderly"), fileSlug: "a", language: "zh")
    }

    private static func siteYML(_ data: Data) {
        let diagnostics = Diagnostics()
        guard let text = TextFile.decode(data, path: "site.yml", diagnostics: diagnostics),
              let node = YAMLReader.parse(text, path: "site.yml", diagnostics: diagnostics), node.isMapping else { return }
        _ = SiteConfigLoader.read(node, diagnostics: diagnostics)
    }

    private static func yamlList(_ data: Data) {
        let diagnostics = Diagnostics()
        let path = "content/projects/list.yml"
        guard let text = TextFile.decode(data, path: path, diagnostics: diagnostics),
              let node = YAMLReader.parse(text, path: path, diagnostics: diagnostics) else { return }
        let reader = NodeReader(path: path, lineOffset: 0, diagnostics: diagnostics)
        _ = reader.localized(node[key: "title"], "title", languages: ["zh", "en"])
        guard let projects = node[key: "projects"] else { return }
        let builder = ProjectBuilder(config: site.config, path: path, listKey: "list", diagnostics: diagnostics)
        _ = YAMLProjects.read(projects, reader: reader, languages: ["zh", "en"]).projects.compactMap(builder.build)
    }

    private static func csvList(_ data: Data) {
        let diagnostics = Diagnostics()
        let path = "content/projects/list.csv"
        guard let text = CSVProjects.decode(data, path: path, diagnostics: diagnostics) else { return }
        let builder = ProjectBuilder(config: site.config, path: path, listKey: "list", diagnostics: diagnostics)
        _ = CSVProjects.read(text, path: path, languages: site.config.languages, diagnostics: diagnostics)?.compactMap(builder.build)
    }

    /// A whole workbook: the ZIP archive and its parts.
    private static func xlsx(_ data: Data) {
        let diagnostics = Diagnostics()
        let path = "content/projects/list.xlsx"
        let builder = ProjectBuilder(config: site.config, path: path, listKey: "list", diagnostics: diagnostics)
        _ = XLSXProjects.read(data, path: path, languages: site.config.languages, diagnostics: diagnostics)?.compactMap(builder.build)
    }

    /// One XML part of a workbook, past the archive (whose checksums make most changed bytes
    /// "damaged"): the first byte picks the worksheet (with fixed shared strings and styles, style 1
    /// a built-in date, style 2 a custom one), the shared strings or the styles; the rest is the part.
    private static func xlsxPart(_ data: Data) {
        guard let first = data.first else { return }
        let part = data.dropFirst()
        switch first % 3 {
        case 0:
            guard let sheet = try? XLSXSheet(part, sharedStrings: ["编号", "项目名称", "系列", "2024-05-01"], styles: xlsxStyles, uses1904: first & 4 == 4) else { return }
            let diagnostics = Diagnostics()
            let path = "content/projects/list.xlsx"
            let rows = sheet.rows.map { ProjectTableRow(line: $0.number, cells: $0.cells, errorColumns: []) }
            let table = ProjectTable(path: path, languages: site.config.languages, diagnostics: diagnostics, uses1904: false)
            let builder = ProjectBuilder(config: site.config, path: path, listKey: "list", diagnostics: diagnostics)
            _ = table.read(rows: rows, countCells: false).compactMap(builder.build)
        case 1: _ = try? XLSXSharedStrings.read(part)
        default: _ = try? XLSXStyles(part)
        }
    }

    private static let xlsxStyles = (try? XLSXStyles(Data("""
        <styleSheet><numFmts><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
        <cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/></cellXfs></styleSheet>
        """.utf8))) ?? XLSXStyles()

    /// The first byte picks raw HTML on or off; the rest is the body of `content/elderly/a.zh.md`.
    private static func markdown(_ data: Data) {
        guard let first = data.first, let text = String(validating: data.dropFirst(), as: UTF8.self) else { return }
        let renderer = MarkdownRenderer(options: MarkdownOptions(unsafe: first & 1 == 1))
        let resolver = LinkResolver(plan: site.plan)
        let rendered = renderer.render(text) { destination, _ in resolver.resolve(destination, from: "content/elderly/a.zh.md") }
        _ = Summary.make(from: rendered.firstParagraph)
    }

    private static func searchQuery(_ data: Data) {
        guard let text = String(validating: data, as: UTF8.self) else { return }
        _ = SearchQuery(text)
    }
}

/// A small site loaded once, so that Markdown links have articles and files to resolve against.
private struct FuzzSite {
    let config: SiteConfig
    let plan: SitePlan

    static func make() -> FuzzSite {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("placard-fuzz-site-\(getpid())")
        let files = [
            "site.yml": """
            title: {zh: 数字素养, en: Digital Literacy}
            baseURL: https://example.gov.cn/sub/
            languages: [{code: zh, locale: zh-CN, name: 中文}, {code: en, locale: en-US, name: English}]
            series: [{key: elderly, title: {zh: 助老篇, en: Older People}}]
            groups: {elderly: {zh: 老年人, en: Older people}}
            """,
            "content/elderly/a.zh.md": "---\ntitle: 甲\ndate: 2024-05-20\n---\n正文\n",
            "content/elderly/b.en.md": "---\ntitle: B\ndate: 2024-05-21\ndraft: true\n---\nBody\n",
            "content/elderly/cover.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
            "content/pages/about.zh.md": "---\ntitle: 关于\n---\n关于\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: url)
        }
        defer { FileSystem.removeTree(root.path) }
        let diagnostics = Diagnostics()
        guard let site = SiteLoader.load(root: root, diagnostics: diagnostics) else {
            fatalError("the fuzz site does not load: \(diagnostics.all)")
        }
        let options = BuildOptions(source: root, now: Date(timeIntervalSince1970: 1_750_000_000))
        return FuzzSite(config: site.config, plan: SitePlan(site: site, urls: URLs(baseURL: site.config.baseURL), options: options))
    }
}

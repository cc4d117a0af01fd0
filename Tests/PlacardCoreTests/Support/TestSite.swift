import Foundation
@testable import PlacardCore

/// A new empty folder made for one test, below the system's temporary folder (a test never writes
/// into the temporary folder itself). Every test that needs a scratch folder makes it here.
func makeTestFolder(_ name: String = "test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("placard-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The helper for whole-site tests: a small site written inline (`[path: text]`, `site.yml`
/// defaulting to `defaultConfig`) into its own folder, built with a fixed "now" into
/// `output`; `read`, `exists` and `outputFiles` assert on what was written.
///
///     let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
///     defer { site.remove() }
///     #expect(site.build().summary != nil)
///     #expect(site.read("zh/elderly/a/index.html")?.contains("甲") == true)
struct TestSite {
    static let defaultConfig = """
    title: {zh: 数字素养, en: Digital Literacy}
    description: {zh: 全民数字素养与技能提升, en: Digital skills for all}
    baseURL: https://digital.example.gov.cn/
    languages:
      - {code: zh, locale: zh-CN, name: 中文}
      - {code: en, locale: en-US, name: English}
    paginate: 2
    feeds: {items: 20}
    series:
      - key: elderly
        title: {zh: 助老助残篇, en: Older People}
        description: {zh: 帮助老年人, en: Helping older people}
      - key: education
        title: {zh: 教育篇, en: Education}
    groups:
      elderly: {zh: 老年人, en: Older people}
      students: {zh: 学生, en: Students}
    identity:
      organizer: {zh: 四川省委网信办, en: Cyberspace Affairs Office of Sichuan}
      siteCode: "5100000001"
      icp: 蜀ICP备00000000号
      police: 川公网安备 51010402000001号
      reportURL: https://example.gov.cn/report
    """

    let root: URL
    var output: URL { root.appendingPathComponent("public") }

    /// Writes `files` (path → text) into a new folder; `site.yml` defaults to `defaultConfig`.
    init(_ files: [String: String], config: String? = defaultConfig) throws {
        root = try makeTestFolder("site")
        var all = files
        if let config, all["site.yml"] == nil { all["site.yml"] = config }
        for (path, text) in all { try write(Data(text.utf8), to: path) }
    }

    func write(_ data: Data, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func options(now: String = "2025-06-01", drafts: Bool = false, future: Bool = false, baseURL: String? = nil, theme: String? = nil, output: URL? = nil) -> BuildOptions {
        var options = BuildOptions(source: root, output: output ?? self.output, baseURL: baseURL, includeDrafts: drafts, includeFuture: future,
                                   now: BuildOptions.parseNow(now)!, theme: theme)
        options.nowDay = BuildOptions.parseNowDay(now)
        return options
    }

    /// Builds; returns the summary (nil on errors) and every diagnostic.
    @discardableResult
    func build(now: String = "2025-06-01", drafts: Bool = false, future: Bool = false, baseURL: String? = nil, theme: String? = nil, output: URL? = nil) -> (summary: BuildSummary?, diagnostics: [Diagnostic]) {
        let diagnostics = Diagnostics()
        let summary = Build.run(options(now: now, drafts: drafts, future: future, baseURL: baseURL, theme: theme, output: output), diagnostics: diagnostics)
        return (summary, diagnostics.all)
    }

    func check() -> (ok: Bool, diagnostics: [Diagnostic]) {
        let diagnostics = Diagnostics()
        let summary = Build.run(options(), diagnostics: diagnostics, write: false)
        return (summary != nil, diagnostics.all)
    }

    func read(_ path: String, in folder: URL? = nil) -> String? {
        let url = (folder ?? output).appendingPathComponent(path)
        return (try? Data(contentsOf: url)).flatMap { String(data: $0, encoding: .utf8) }
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Every file below the output folder, relative and sorted.
    func outputFiles(in folder: URL? = nil) -> [String] {
        let base = (folder ?? output).standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder), !isFolder.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// An article file's text.
func article(_ title: String, date: String = "2025-01-10", extra: String = "", body: String = "正文第一段。") -> String {
    let quoted = title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    return "---\ntitle: \"\(quoted)\"\ndate: \(date)\n\(extra)---\n\n\(body)\n"
}

extension String {
    /// Occurrences of `needle`.
    func count(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}

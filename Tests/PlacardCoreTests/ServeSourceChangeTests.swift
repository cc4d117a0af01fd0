import Foundation
import Testing
@testable import PlacardCore

/// Changes to the site's folders and settings while `placard serve` runs: after each, the served files are a
/// full build's of the folder as it is now.
@Suite struct ServeSourceChangeTests {
    static let files: [String: String] = [
        "content/elderly/a.zh.md": article("手机课堂", date: "2025-01-02", body: "老年人学手机。"),
        "content/education/b.zh.md": article("编程课", date: "2025-01-03", body: "学编程。"),
        "content/education/b.en.md": article("Coding class", date: "2025-01-03", body: "Learn to code."),
    ]

    /// A series folder moved out of the site (to the desktop's wastebasket) is one event for the folder, none for its files.
    @Test func aFolderMovedOutOfTheSiteIsBuiltWithout() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = ServeSession(options: site.options(), followsClock: false)
        #expect(session.rebuild(changed: nil, diagnostics: Diagnostics()).succeeded)
        #expect(site.exists("zh/education/b/index.html"))
        let away = site.root.appendingPathComponent("away")
        try FileManager.default.moveItem(at: site.root.appendingPathComponent("content/education"), to: away)
        let result = session.rebuild(changed: ["content/education"], diagnostics: Diagnostics())
        #expect(result.succeeded && result.summary != nil)
        #expect(!site.exists("zh/education/b/index.html") && !site.exists("en/education/b/index.html"))
        try expectServedEqualsAFullBuild(site)
    }

    /// serve builds at `http://127.0.0.1:PORT` followed by site.yml's base path, read again at each full build.
    @Test func aNewBaseURLPathIsServedAtOnce() throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "https://digital.example.gov.cn/", with: "https://www.example.gov.cn/zt/szsy/")
        let site = try TestSite(Self.files, config: config)
        defer { site.remove() }
        let origin = "http://127.0.0.1:1313"
        var session = ServeSession(options: site.options(), followsClock: false, origin: origin)
        #expect(session.rebuild(changed: nil, diagnostics: Diagnostics()).basePath == "/zt/szsy/")
        #expect(site.read("zh/elderly/a/index.html")?.contains("href=\"/zt/szsy/zh/elderly/\"") == true)
        try site.write(Data(config.replacingOccurrences(of: "/zt/szsy/", with: "/zt/数字/").utf8), to: "site.yml")
        let result = session.rebuild(changed: ["site.yml"], diagnostics: Diagnostics())
        #expect(result.succeeded && result.basePath == "/zt/%E6%95%B0%E5%AD%97/")
        try expectServedEqualsAFullBuild(site, baseURL: origin + "/zt/数字/")
        #expect(site.read("zh/elderly/a/index.html")?.contains("href=\"/zt/%E6%95%B0%E5%AD%97/zh/elderly/\"") == true)
    }

    /// An article dated with a time of day is left out until then; the first save after that time publishes it.
    @Test func anArticleWhoseTimeCameIsPublishedByTheNextSave() throws {
        var files = Self.files
        files["content/elderly/noon.zh.md"] = article("午间发布", date: "2025-06-01T12:00:00+08:00", body: "中午发布。")
        let site = try TestSite(files)
        defer { site.remove() }
        var built: BuiltSite?
        #expect(Build.run(site.options(now: "2025-06-01T10:00:00+08:00"), diagnostics: Diagnostics(), keep: { built = $0 }) != nil)
        #expect(!site.exists("zh/elderly/noon/index.html"))
        try site.write(Data(article("手机课堂", date: "2025-01-02", body: "老年人学手机。\n\n第二段。").utf8), to: "content/elderly/a.zh.md")
        let later = try #require(BuildOptions.parseNow("2025-06-01T12:30:00+08:00"))
        let outcome = built?.update(changed: ["content/elderly/a.zh.md"], now: later, diagnostics: Diagnostics())
        #expect(outcome == .needsFullBuild("an entry dated with a time came due"))
    }

    @Test func theServedBasePathFollowsFullBuildsOnly() {
        let state = ServeState(basePath: "/zt/szsy/")
        state.finished(errors: [], succeeded: true)
        #expect(state.snapshot.basePath == "/zt/szsy/")
        state.finished(errors: [], succeeded: true, basePath: "/")
        #expect(state.snapshot.basePath == "/")
        #expect(state.snapshot.formerBasePaths == ["/zt/szsy/"])
        state.finished(errors: [], succeeded: true, basePath: "/zt/new/")
        state.finished(errors: [], succeeded: true, basePath: "/zt/szsy/")
        #expect(state.snapshot.formerBasePaths == ["/", "/zt/new/"], "the one served now is no former one")
    }

    /// A page open at the address served before `baseURL`'s path changed is sent to its new address,
    /// and only to a page the site has.
    @Test func aPageAtAFormerBasePathMovesToItsNewAddress() throws {
        let site = try TestSite(["content/elderly/手机.zh.md": article("手机"), "content/elderly/b.zh.md": article("乙")])
        defer { site.remove() }
        site.build(baseURL: "https://x.gov.cn/zt/数字/")
        let (out, base) = (site.output, "/zt/%E6%95%B0%E5%AD%97/")
        #expect(ServedFile.moved("/zh/elderly/b/", from: ["/"], to: base, in: out) == base + "zh/elderly/b/")
        #expect(ServedFile.moved("/zt/szsy/zh/elderly/%E6%89%8B%E6%9C%BA/", from: ["/", "/zt/szsy/"], to: base, in: out)
                == base + "zh/elderly/%E6%89%8B%E6%9C%BA/", "the longest former path that holds the request")
        #expect(ServedFile.moved("/zh/elderly/gone/", from: ["/"], to: base, in: out) == nil, "no such page: no redirect")
        #expect(ServedFile.moved("/zh/elderly/b/", from: [], to: base, in: out) == nil)
    }

    private func expectServedEqualsAFullBuild(_ site: TestSite, baseURL: String? = nil) throws {
        let fresh = site.root.appendingPathComponent("fresh")
        #expect(site.build(baseURL: baseURL, output: fresh).summary != nil)
        let served = site.outputFiles(), built = site.outputFiles(in: fresh)
        #expect(served == built, "\(Set(served).symmetricDifference(built).sorted())")
        let different = built.filter {
            (try? Data(contentsOf: site.output.appendingPathComponent($0))) != (try? Data(contentsOf: fresh.appendingPathComponent($0)))
        }
        #expect(different.isEmpty, "\(different)")
    }
}

/// A CSV list's title is in the `.yml` beside it: removing that file is an error, as in a full build.
@Suite struct ServeListTitleTests {
    @Test func removingTheTitleFileOfACSVListIsAnError() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("手机课堂", date: "2025-01-02", body: "老年人学手机。"),
            "content/projects/list.csv": "id,title.zh,title.en,organizer.zh,organizer.en,organizerType,series,groups,region.zh,region.en,start,end,reach,summary.zh,summary.en,link\n"
                + "class,课堂,Class,社区,Community,base,elderly,elderly,成都,Chengdu,2025-03-01,,,摘要,Summary,\n",
            "content/projects/list.yml": "title: {zh: 清单, en: List}\n",
        ])
        defer { site.remove() }
        var session = ServeSession(options: site.options(), followsClock: false)
        #expect(session.rebuild(changed: nil, diagnostics: Diagnostics()).succeeded)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/projects/list.yml"))
        let diagnostics = Diagnostics()
        let result = session.rebuild(changed: ["content/projects/list.yml"], diagnostics: diagnostics)
        #expect(!result.succeeded)
        #expect(diagnostics.errors.map(\.path) == ["content/projects/list.csv"])
    }
}

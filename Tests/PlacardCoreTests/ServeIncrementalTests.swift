import Foundation
import Testing
@testable import PlacardCore

/// `placard serve` updates the output in place after a change; whatever it does, every served file must
/// equal, byte for byte, a full build of the changed folder.
@Suite(.serialized) struct ServeIncrementalTests {
    static let files: [String: String] = {
        var files: [String: String] = [
            "content/projects/list.yml": """
            title: {zh: 清单, en: List}
            projects:
              - id: class
                title: {zh: 课堂, en: Class}
                organizer: {zh: 社区, en: Community}
                organizerType: base
                series: elderly
                groups: [elderly]
                region: 成都市
                start: 2025-03-01
                summary: {zh: 课堂摘要, en: Class summary}
            """,
            "content/pages/about.zh.md": "---\ntitle: 关于\ndate: 2024-01-01\n---\n\n关于本站。\n",
            "content/pages/about.en.md": "---\ntitle: About\ndate: 2024-01-01\n---\n\nAbout the site.\n",
        ]
        for day in 1...7 {
            let groups = day % 2 == 0 ? "groups: [elderly]\n" : "groups: [students]\n"
            let tags = "tags: [手机, 第\(day % 3)组]\n"
            files["content/elderly/a\(day).zh.md"] = article("第\(day)篇", date: "2025-01-0\(day)", extra: groups + tags,
                                                              body: "第\(day)篇正文，见[第一篇](a1.zh.md)。")
            files["content/elderly/a\(day).en.md"] = article("Article \(day)", date: "2025-01-0\(day)", extra: groups,
                                                              body: "Article \(day) body.")
        }
        files["content/education/b1.zh.md"] = article("教育", date: "2025-02-01", extra: "tags: [手机]\n", body: "教育正文。")
        return files
    }()

    /// Each change, what serve must do with it (update in place or build everything), in order on one session.
    static let changes: [(name: String, path: String, text: String?, inPlace: Bool)] = [
        ("a paragraph below the first, in the newest article (its card stays)", "content/elderly/a7.zh.md",
         article("第7篇", date: "2025-01-07", extra: "groups: [students]\ntags: [手机, 第1组]\n", body: "第7篇正文，见[第一篇](a1.zh.md)。\n\n第二段。"), true),
        ("one word of the oldest article's body (outside the home page's lists and short feeds)", "content/elderly/a1.zh.md",
         article("第1篇", date: "2025-01-01", extra: "groups: [students]\ntags: [手机, 第1组]\n", body: "第1篇新正文，见[第一篇](a1.zh.md)。"), true),
        ("a second paragraph in an English article", "content/elderly/a2.en.md",
         article("Article 2", date: "2025-01-02", extra: "groups: [elderly]\n", body: "Article 2 body.\n\nA second paragraph."), true),
        ("one word of the body", "content/elderly/a3.zh.md",
         article("第3篇", date: "2025-01-03", extra: "groups: [students]\ntags: [手机, 第0组]\n", body: "第3篇新正文，见[第一篇](a1.zh.md)。"), true),
        ("the title", "content/elderly/a3.zh.md",
         article("改过的第3篇", date: "2025-01-03", extra: "groups: [students]\ntags: [手机, 第0组]\n", body: "第3篇新正文。"), true),
        ("the date, to the newest", "content/elderly/a3.zh.md",
         article("改过的第3篇", date: "2025-01-09", extra: "groups: [students]\ntags: [手机, 第0组]\n", body: "第3篇新正文。"), true),
        ("the date, with a time of day", "content/elderly/a3.zh.md",
         article("改过的第3篇", date: "2025-01-09T00:30:00+08:00", extra: "groups: [students]\ntags: [手机, 第0组]\n", body: "第3篇新正文。"), true),
        ("the date, the same moment written in another offset (the sitemap's day changes)", "content/elderly/a3.zh.md",
         article("改过的第3篇", date: "2025-01-08T16:30:00Z", extra: "groups: [students]\ntags: [手机, 第0组]\n", body: "第3篇新正文。"), true),
        ("the date, to the oldest", "content/elderly/a5.en.md",
         article("Article 5", date: "2024-12-01", extra: "groups: [students]\n", body: "Article 5 body."), true),
        ("the groups", "content/elderly/a2.zh.md",
         article("第2篇", date: "2025-01-02", extra: "groups: [students, elderly]\ntags: [手机, 第2组]\n", body: "第2篇正文。"), true),
        ("the tags, among existing ones", "content/elderly/a2.zh.md",
         article("第2篇", date: "2025-01-02", extra: "groups: [students, elderly]\ntags: [第1组]\n", body: "第2篇正文。"), true),
        ("a page's body", "content/pages/about.en.md", "---\ntitle: About\ndate: 2024-01-01\n---\n\nAbout this site.\n", true),
        ("a new tag", "content/elderly/a2.zh.md",
         article("第2篇", date: "2025-01-02", extra: "groups: [students, elderly]\ntags: [新标签]\n", body: "第2篇正文。"), false),
        ("the draft flag", "content/elderly/a4.zh.md",
         article("第4篇", date: "2025-01-04", extra: "draft: true\n", body: "第4篇正文。"), false),
        ("a deleted article", "content/elderly/a6.en.md", nil, false),
        ("an added article", "content/education/b2.zh.md", article("新文章", date: "2025-02-02", body: "新正文。"), false),
        ("the body after a full build", "content/education/b2.zh.md", article("新文章", date: "2025-02-02", body: "新的正文。"), true),
        ("a page's title", "content/pages/about.zh.md", "---\ntitle: 关于我们\ndate: 2024-01-01\n---\n\n关于本站。\n", false),
    ]

    /// With the default 20 feed items every article is in the feeds; with 3, most are not.
    @Test(arguments: [20, 3]) func everyServedFileEqualsAFullBuild(feedItems: Int) throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "feeds: {items: 20}", with: "feeds: {items: \(feedItems)}")
        let site = try TestSite(Self.files, config: config)
        defer { site.remove() }
        var session = ServeSession(options: site.options(), followsClock: false)
        let first = session.rebuild(changed: nil, diagnostics: Diagnostics())
        #expect(first.succeeded && first.summary != nil)
        let fresh = site.root.appendingPathComponent("fresh")
        for change in Self.changes {
            if let text = change.text {
                try site.write(Data(text.utf8), to: change.path)
            } else {
                try FileManager.default.removeItem(at: site.root.appendingPathComponent(change.path))
            }
            let diagnostics = Diagnostics()
            let result = session.rebuild(changed: [change.path], diagnostics: diagnostics)
            #expect(result.succeeded, "\(change.name): \(diagnostics.all)")
            #expect((result.updatedFiles > 0) == change.inPlace, "\(change.name): updated in place \(result.updatedFiles > 0)")
            session.writeSearchIndexes(languages: result.searchLanguages, diagnostics: diagnostics)
            #expect(diagnostics.errors.isEmpty, "\(change.name): \(diagnostics.errors)")

            FileSystem.removeTree(fresh.path)
            #expect(site.build(output: fresh).summary != nil)
            let served = site.outputFiles(), built = site.outputFiles(in: fresh)
            #expect(served == built, "\(change.name): \(Set(served).symmetricDifference(built).sorted())")
            let different = built.filter { readData(site.output, $0) != readData(fresh, $0) }
            #expect(different.isEmpty, "\(change.name): \(different)")
        }
    }

    @Test func aBodyChangeBelowTheCardOfAnOldArticleRewritesOnlyItsPage() throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "feeds: {items: 20}", with: "feeds: {items: 3}")
        let site = try TestSite(Self.files, config: config)
        defer { site.remove() }
        var session = ServeSession(options: site.options(), followsClock: false)
        #expect(session.rebuild(changed: nil, diagnostics: Diagnostics()).succeeded)
        let sitemap = site.read("sitemap.xml")
        try site.write(Data(article("Article 1", date: "2025-01-01", extra: "groups: [students]\n", body: "Article 1 body.\n\nMore.").utf8),
                       to: "content/elderly/a1.en.md")
        let result = session.rebuild(changed: ["content/elderly/a1.en.md"], diagnostics: Diagnostics())
        #expect(result.updatedFiles == 1 && result.searchLanguages == ["en"])
        #expect(site.read("en/elderly/a1/index.html")?.contains("More.") == true)
        #expect(site.read("sitemap.xml") == sitemap)
    }

    @Test func aSearchRefresherWritesTheIndexesOfAFullBuildOnItsOwnThread() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let written = DispatchSemaphore(value: 0)
        let refresher = SearchRefresher(onPending: {}) { errors in
            #expect(errors.isEmpty)
            written.signal()
        }
        var session = ServeSession(options: site.options(), followsClock: false, searchRefresher: refresher)
        #expect(session.rebuild(changed: nil, diagnostics: Diagnostics()).succeeded)
        for (number, change) in Self.changes.prefix(3).enumerated() {
            try site.write(Data(change.text!.utf8), to: change.path)
            let result = session.rebuild(changed: [change.path], diagnostics: Diagnostics())
            #expect(result.updatedFiles > 0 && result.searchLanguages.isEmpty, "\(number)")
            session.submitSearchIndexes()
            #expect(written.wait(timeout: .now() + 60) == .success)
        }
        let fresh = site.root.appendingPathComponent("fresh")
        #expect(site.build(output: fresh).summary != nil)
        let index = site.outputFiles().filter { $0.contains("search-index") }
        #expect(!index.isEmpty && index == site.outputFiles(in: fresh).filter { $0.contains("search-index") })
        #expect(index.filter { readData(site.output, $0) != readData(fresh, $0) }.isEmpty)
    }

    /// Saves that come while the search indexes are being written (none waits for them): once the refresher
    /// has nothing left, every served file, index included, is a full build's of the newest sources.
    @Test func savesWhileTheIndexIsWrittenEndWithTheIndexOfTheNewestSite() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let (refresher, waitUntilIdle) = Self.refresherTellingIdle()
        var session = ServeSession(options: site.options(), followsClock: false, searchRefresher: refresher)
        #expect(session.rebuild(changed: nil, diagnostics: Diagnostics()).succeeded)
        for round in 0..<6 {
            for day in [1, 4, 7] {
                let path = "content/elderly/a\(day).zh.md"
                let text = article("第\(day)篇", date: "2025-01-0\(day)", extra: (day % 2 == 0 ? "groups: [elderly]\n" : "groups: [students]\n") + "tags: [手机, 第\(day % 3)组]\n",
                                   body: "第\(day)篇第\(round)版正文，词\(round)语。")
                try site.write(Data(text.utf8), to: path)
                let result = session.rebuild(changed: [path], diagnostics: Diagnostics())
                #expect(result.updatedFiles > 0, "round \(round), \(path)")
                session.submitSearchIndexes()
            }
        }
        waitUntilIdle()
        let fresh = site.root.appendingPathComponent("fresh")
        #expect(site.build(output: fresh).summary != nil)
        let served = site.outputFiles(), built = site.outputFiles(in: fresh)
        #expect(served == built)
        #expect(built.filter { readData(site.output, $0) != readData(fresh, $0) }.isEmpty)
    }

    /// A language's newer documents make the refresher give up what it writes for the older ones.
    @Test func newerDocumentsGiveUpAnIndexBeingWritten() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("placard-refresher-\(UUID().uuidString)")
        defer { FileSystem.removeTree(output.path) }
        func source(_ word: String, count: Int) -> SearchIndexSource {
            let documents = (0..<count).map { n in
                SearchDocument(url: "/zh/a/\(n)/", title: "第\(n)篇\(word)", kind: .article, series: "a", groups: [], groupNames: [], tags: [],
                               summary: "", body: String(repeating: "数字素养与技能提升\(n)。", count: 40), organizer: "", region: "", date: "2025-01-01")
            }
            return SearchIndexSource(language: "zh", documents: documents, synonyms: [], folder: "zh/", output: output)
        }
        let done = DispatchSemaphore(value: 0)
        let refresher = SearchRefresher(onPending: {}) { errors in
            #expect(errors.isEmpty)
            done.signal()
        }
        refresher.submit([source("旧", count: 3000)])
        refresher.submit([source("新", count: 300)])
        #expect(done.wait(timeout: .now() + 120) == .success)
        let expected = SearchIndexWriter.files(for: source("新", count: 300).documents, language: "zh")
        for file in expected {
            #expect((try? Data(contentsOf: output.appendingPathComponent("zh/" + file.path))) == file.data, "\(file.path)")
        }
        #expect(SearchIndexWriter.files(for: source("旧", count: 300).documents, language: "zh", synonyms: [], until: { true }) == nil)
    }

    /// An index written again over a larger one keeps only its own files: the shards it no longer has,
    /// in each kind's folder, a kind's folder it no longer needs, and a file of an older format beside them.
    @Test func anIndexWrittenAgainRemovesTheShardsItNoLongerHas() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("placard-rewrite-\(UUID().uuidString)")
        defer { FileSystem.removeTree(output.path) }
        func source(count: Int, words: Int) -> SearchIndexSource {
            let documents = (0..<count).map { n in
                SearchDocument(url: "/zh/a/\(n)/", title: "第\(n)篇", kind: .article, series: "a", groups: [], groupNames: [], tags: [],
                               summary: "", body: (0..<words).map { "词\($0 * 7 + n)数字素养" }.joined(separator: "，"),
                               organizer: "", region: "", date: "2025-01-01")
            }
            return SearchIndexSource(language: "zh", documents: documents, synonyms: [], folder: "zh/", output: output)
        }
        func written() -> Set<String> {
            let root = output.appendingPathComponent("zh").path
            let found = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
            return Set(found.filter { path in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
            })
        }
        var digests: [String: Int] = [:]
        let large = source(count: 1500, words: 40), small = source(count: 3, words: 2)
        #expect(large.write(digests: &digests, diagnostics: Diagnostics(), until: { false }))
        let before = written()
        #expect(before.contains { $0.hasPrefix("search-index/l/") } && before.filter { $0.hasPrefix("search-index/t/") }.count > 1, "\(before.sorted())")
        try Data("old".utf8).write(to: output.appendingPathComponent("zh/search-index/t-0.bin.gz"))
        #expect(small.write(digests: &digests, diagnostics: Diagnostics(), until: { false }))
        let expected = SearchIndexWriter.files(for: small.documents, language: "zh")
        #expect(written() == Set(expected.map(\.path)))
        for file in expected {
            #expect((try? Data(contentsOf: output.appendingPathComponent("zh/" + file.path))) == file.data, "\(file.path)")
        }
        let kinds = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("zh/search-index").path)
        #expect(Set(kinds) == Set(expected.compactMap { $0.path.split(separator: "/").dropFirst().first.map(String.init) }.filter { !$0.contains(".") }))
    }

    @Test func scratchFilesOfEditorsChangeNothing() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = ServeSession(options: site.options(), followsClock: false)
        #expect(session.rebuild(changed: nil, diagnostics: Diagnostics()).succeeded)
        let result = session.rebuild(changed: ["content/elderly/4913"], diagnostics: Diagnostics())
        #expect(result.succeeded && result.summary == nil && result.updatedFiles == 0)
    }

    @Test func anErrorInTheChangedArticleBuildsEverythingAndKeepsTheLastGoodSite() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        var session = ServeSession(options: site.options(), followsClock: false)
        #expect(session.rebuild(changed: nil, diagnostics: Diagnostics()).succeeded)
        let before = site.read("zh/elderly/a3/index.html")
        try site.write(Data(article("第3篇", body: "见[不存在](nothing.zh.md)。").utf8), to: "content/elderly/a3.zh.md")
        let diagnostics = Diagnostics()
        let result = session.rebuild(changed: ["content/elderly/a3.zh.md"], diagnostics: diagnostics)
        #expect(!result.succeeded)
        #expect(diagnostics.errors.contains { $0.path == "content/elderly/a3.zh.md" })
        #expect(site.read("zh/elderly/a3/index.html") == before)
        try site.write(Data(Self.files["content/elderly/a3.zh.md"]!.utf8), to: "content/elderly/a3.zh.md")
        #expect(session.rebuild(changed: ["content/elderly/a3.zh.md"], diagnostics: Diagnostics()).summary != nil, "a full build after a failed one")
    }

    /// A save that breaks the site while an update's index is being written: the full build fails and
    /// stops that write, and the last good site, still served, gets its index written again from itself.
    @Test func aFailedBuildWritesAgainTheIndexItStopped() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let (refresher, waitUntilIdle) = Self.refresherTellingIdle()
        var session = ServeSession(options: site.options(), followsClock: false, searchRefresher: refresher)
        #expect(session.rebuild(changed: nil, diagnostics: Diagnostics()).succeeded)
        let (a1, a3) = ("content/elderly/a1.zh.md", "content/elderly/a3.zh.md")
        try site.write(Data((Self.files[a1]! + "\n甲乙丙丁新词。\n").utf8), to: a1)
        #expect(session.rebuild(changed: [a1], diagnostics: Diagnostics()).updatedFiles > 0)
        session.submitSearchIndexes()
        // At once, while that index is being written: a save that breaks another article.
        try site.write(Data(article("第3篇", body: "见[不存在](nothing.zh.md)。").utf8), to: a3)
        #expect(!session.rebuild(changed: [a3], diagnostics: Diagnostics()).succeeded)
        waitUntilIdle()
        // The served index is the last good site's: a1 with its new word, a3 as it was.
        try site.write(Data(Self.files[a3]!.utf8), to: a3)
        let fresh = site.root.appendingPathComponent("fresh")
        #expect(site.build(output: fresh).summary != nil)
        let index = site.outputFiles(in: fresh).filter { $0.contains("search-index") }
        #expect(!index.isEmpty && index == site.outputFiles().filter { $0.contains("search-index") })
        #expect(index.filter { readData(site.output, $0) != readData(fresh, $0) }.isEmpty)
    }

    /// A search refresher, and a wait that returns once it has nothing left to write (each round reported no error).
    private static func refresherTellingIdle() -> (SearchRefresher, waitUntilIdle: () -> Void) {
        let pending = Locked(0)
        let idle = NSCondition()
        let refresher = SearchRefresher(onPending: { pending.update { $0 += 1 } }) { errors in
            #expect(errors.isEmpty)
            idle.lock()
            pending.update { $0 -= 1 }
            idle.broadcast()
            idle.unlock()
        }
        return (refresher, {
            idle.lock()
            while pending.value > 0 { #expect(idle.wait(until: Date() + 60)) }
            idle.unlock()
        })
    }

    private func readData(_ folder: URL, _ path: String) -> Data? {
        try? Data(contentsOf: folder.appendingPathComponent(path))
    }
}

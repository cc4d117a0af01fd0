import Foundation
import Testing
@testable import PlacardCore

@Suite struct ServeTests {
    @Test func theReloadWaitEndsWithTheBuildAndOtherwiseAtItsTime() async throws {
        let state = ServeState()
        let started = Date()
        let idle = await state.wait(timeout: 0.05) { $0.number != 0 }
        #expect(idle.number == 0 && Date().timeIntervalSince(started) >= 0.05)
        state.started()
        // A time limit far longer than the test: an answer with the new number comes from the change.
        async let woken = state.wait(timeout: 600) { $0.number != 0 }
        try await Task.sleep(nanoseconds: 20_000_000)
        state.searchStarted()
        state.finished(errors: [], succeeded: true)
        #expect(await woken.number == 1)
        async let search = state.wait(timeout: 600) { !$0.building && !$0.searchPending }
        state.searchWritten(errors: [])
        #expect(await search.searchPending == false)
    }

    /// The search indexes are written at the lowest priority; their parallel work stays at it (threads of its
    /// own, not the shared pool) and gives the same results in the same order.
    @Test func parallelWorkOfALoweredThreadStaysLowered() throws {
        let result = Locked<[(Int, Bool)]>([])
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            ThreadPriority.lowerCurrentThread()
            result.value = Parallel.map(64) { ($0 * $0, ThreadPriority.isLowered) }
            done.signal()
        }
        thread.start()
        #expect(done.wait(timeout: .now() + 60) == .success)
        #expect(result.value.map(\.0) == (0..<64).map { $0 * $0 })
        #if os(Linux)
        #expect(result.value.allSatisfy { $0.1 })
        #expect(!Parallel.map(8) { _ in ThreadPriority.isLowered }.contains(true), "the test's own threads keep their priority")
        #endif
    }

    @Test func requestPathsMapToBuiltFiles() throws {
        let site = try TestSite(["content/elderly/手机.zh.md": article("手机")])
        defer { site.remove() }
        site.build(baseURL: "https://x.gov.cn/zt/")
        let out = site.output
        #expect(ServedFile.resolve("/zt/zh/", basePath: "/zt/", in: out)?.lastPathComponent == "index.html")
        #expect(ServedFile.resolve("/zt/zh/elderly/%E6%89%8B%E6%9C%BA/?q=1", basePath: "/zt/", in: out)?.path.hasSuffix("zh/elderly/手机/index.html") == true)
        #expect(ServedFile.resolve("/zt/zh/feed.xml", basePath: "/zt/", in: out) != nil)
        #expect(ServedFile.resolve("/zh/", basePath: "/zt/", in: out) == nil, "outside the base path")
        #expect(ServedFile.resolve("/zt/../../etc/passwd", basePath: "/zt/", in: out) == nil)
        #expect(ServedFile.resolve("/zt/nothing/", basePath: "/zt/", in: out) == nil)
        // A base path with Chinese characters is percent-encoded; a request may come either way.
        let chinese = "/%E4%B8%93%E9%A2%98/"
        #expect(ServedFile.resolve("/%E4%B8%93%E9%A2%98/zh/feed.xml", basePath: chinese, in: out) != nil)
        #expect(ServedFile.resolve("/专题/zh/elderly/手机/", basePath: chinese, in: out) != nil)
        #expect(ServedFile.resolve("/zt/zh/feed.xml", basePath: chinese, in: out) == nil)
        #expect(ServedFile.contentType(of: URL(fileURLWithPath: "a.css")) == "text/css; charset=utf-8")
        // The directory's open data opens in a calendar or a spreadsheet, as a web server would send it.
        #expect(ServedFile.contentType(of: URL(fileURLWithPath: "projects.ics")) == "text/calendar; charset=utf-8")
        #expect(ServedFile.contentType(of: URL(fileURLWithPath: "projects.CSV")) == "text/csv; charset=utf-8")
        let page = String(decoding: ServeOverlay.decorate(Data("<html><body class=\"a\">x</body></html>".utf8), errors: [], language: .en), as: UTF8.self)
        #expect(page == "<html><body class=\"a\">x<script src=\"/__placard/reload.js\"></script></body></html>")
        let broken = [Diagnostic.error("content/a.zh.md", line: 3, Message(en: "a <b> & c", zh: "甲 <b>"))]
        let overlay = String(decoding: ServeOverlay.decorate(Data("<html><body class=\"a\">x</body></html>".utf8), errors: broken, language: .zh), as: UTF8.self)
        #expect(overlay.hasPrefix("<html><body class=\"a\"><link rel=\"stylesheet\" href=\"/__placard/serve.css\"><section class=\"placard-serve-errors\""))
        #expect(overlay.contains("<li><code>content/a.zh.md:3</code>: 甲 &lt;b&gt;</li>"))
        #expect(!overlay.contains("<script>"))
        let first = String(decoding: ServeOverlay.errorPage(broken, language: .en), as: UTF8.self)
        #expect(first.contains(ContentSecurityPolicy.metaTag) && first.contains("content/a.zh.md:3") && !first.contains("<script>"))
        #expect(first.range(of: ContentSecurityPolicy.metaTag)!.lowerBound < first.range(of: "<script")!.lowerBound)
    }

    @Test func watcherNoticesChanges() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        var watcher = SourceWatcher(root: site.root)
        var changed = watcher.changed()
        #expect(!changed)
        try site.write(Data(article("乙").utf8), to: "content/elderly/b.zh.md")
        changed = watcher.changed()
        #expect(changed)
        changed = watcher.changed()
        #expect(!changed)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/elderly/a.zh.md"))
        changed = watcher.changed()
        #expect(changed)
    }
}

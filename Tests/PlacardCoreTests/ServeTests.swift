import Foundation
import Testing
@testable import PlacardCore

@Suite struct ServeTests {
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
        #expect(ServedFile.contentType(of: URL(fileURLWithPath: "a.css")) == "text/css; charset=utf-8")
        let page = ServedFile.withReloadScript(Data("<html><body>x</body></html>".utf8))
        #expect(String(decoding: page, as: UTF8.self).contains("__placard/build\")"))
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

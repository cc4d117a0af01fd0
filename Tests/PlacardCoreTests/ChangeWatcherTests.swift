import Foundation
import Testing
@testable import PlacardCore

/// `placard serve` starts watching before its first build: a file saved at any moment after
/// `ChangeWatcher.start` returns is a change it reports, even one saved at once.
@Suite struct ChangeWatcherTests {
    @Test func aSaveRightAfterTheStartIsSeen() async throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        let seen = Locked<Set<String>>([])
        ChangeWatcher.start(root: site.root) { paths in seen.withLock { $0.formUnion(paths ?? ["(unknown)"]) } }
        try site.write(Data(article("乙").utf8), to: "content/elderly/a.zh.md")
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, seen.withLock({ $0.isEmpty }) { try await Task.sleep(nanoseconds: 50_000_000) }
        #expect(seen.withLock { $0 } == ["content/elderly/a.zh.md"])
    }
}

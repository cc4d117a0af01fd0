import Foundation
import Testing
@testable import PlacardCore

/// `placard serve` answers every address a page links to, percent-encoded as browsers send them
/// (SPEC §6: a tag's segment keeps its characters and is percent-encoded inside links).
@Suite(.serialized) struct ServeRequestPathTests {
    @Test func tagPagesWithPercentAndChineseAreServed() async throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲", extra: "tags: [\"50%\", \"%41\", 数字 素养]\n")])
        defer { site.remove() }
        let port = ServeCommandTests.freePort()
        let server = try ServeCommandTests.Server(["serve", "--source", site.root.path, "--port", "\(port)"])
        defer { if server.process.isRunning { kill(server.process.processIdentifier, SIGKILL) } }
        let page = try #require(await ServeCommandTests.wait("http://127.0.0.1:\(port)/zh/elderly/a/") { status, _ in status == 200 })
        for link in ["/zh/tags/50%25/", "/zh/tags/%2541/", "/zh/tags/%E6%95%B0%E5%AD%97-%E7%B4%A0%E5%85%BB/"] {
            #expect(page.body.contains("href=\"\(link)\""), "the article links \(link)")
            let answer = await ServeCommandTests.get("http://127.0.0.1:\(port)\(link)")
            #expect(answer?.status == 200, "\(link)")
        }
        // `%41` is a tag of its own, not the letter A it would spell if decoded twice.
        #expect(await ServeCommandTests.get("http://127.0.0.1:\(port)/zh/tags/%2541/")?.body.contains("%41") == true)
        #expect(await ServeCommandTests.get("http://127.0.0.1:\(port)/zh/tags/A/")?.status == 404)
        // HEAD answers as GET does, with the length and without the body.
        let head = try #require(await ServeCommandTests.request("http://127.0.0.1:\(port)/zh/elderly/a/", method: "HEAD"))
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.header.lowercased().contains("content-length: \(page.body.utf8.count)"), "\(head.header)")
        #expect(await ServeCommandTests.request("http://127.0.0.1:\(port)/zh/tags/A/", method: "HEAD")?.status == 404)
        _ = server.finish()
    }
}

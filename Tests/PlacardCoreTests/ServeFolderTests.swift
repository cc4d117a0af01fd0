import Foundation
import Testing
@testable import PlacardCore

/// `placard serve` builds into the system's temporary folder and leaves nothing there: its own folder
/// goes when it stops (Ctrl-C or TERM), and one left by a serve that was killed goes when the next starts.
@Suite(.serialized) struct ServeFolderTests {
    @Test(arguments: [SIGINT, SIGTERM])
    func stoppingServeRemovesItsFolderAndStartingItRemovesLeftovers(signal: Int32) async throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        let temporary = try makeTestFolder("tmp")
        defer { try? FileManager.default.removeItem(at: temporary) }
        // What a serve killed with -9 leaves: its process is gone.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        try FileManager.default.createDirectory(at: temporary.appendingPathComponent("placard-serve-\(ended.processIdentifier)/site"),
                                                withIntermediateDirectories: true)

        let port = ServeCommandTests.freePort()
        let server = try ServeCommandTests.Server(["serve", "--source", site.root.path, "--port", "\(port)"], environment: ["TMPDIR": temporary.path])
        defer { if server.process.isRunning { kill(server.process.processIdentifier, SIGKILL) } }
        let page = await ServeCommandTests.wait("http://127.0.0.1:\(port)/zh/elderly/a/") { status, _ in status == 200 }
        #expect(page?.status == 200)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == ["placard-serve-\(server.process.processIdentifier)"])

        kill(server.process.processIdentifier, signal)
        let result = server.finish(stop: false)
        #expect(server.process.terminationReason == .uncaughtSignal && result.status == signal, "\(result)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
    }
}

import FlyingFox
import Foundation
import Testing
@testable import PlacardCore

/// `dead-link` with `--external-links`, against servers started on 127.0.0.1 only (SPEC §7.4).
@Suite(.serialized) struct AuditExternalLinkTests {
    /// A server whose paths answer as their names say, counting the requests it gets.
    /// `@unchecked Sendable`: `log` is touched only under `lock`, and `port` is set once in `start()`,
    /// before any request is made.
    final class LinkServer: @unchecked Sendable {
        let server = HTTPServer(address: try! .inet(ip4: "127.0.0.1", port: 0), timeout: 30, logger: .disabled)
        private let lock = NSLock()
        private var log: [String] = []
        var port: UInt16 = 0

        var requests: [String] {
            lock.lock()
            defer { lock.unlock() }
            return log
        }

        func start() async throws {
            await server.appendRoute("*") { [self] request in
                record("\(request.method.rawValue) \(request.path)")
                return try await answer(request)
            }
            Task { try await server.run() }
            try await server.waitUntilListening()
            guard case .ip4(_, let port)? = await server.listeningAddress else { throw CancellationError() }
            self.port = port
        }

        func stop() async { await server.stop() }

        private func record(_ request: String) {
            lock.lock()
            log.append(request)
            lock.unlock()
        }

        func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

        private func answer(_ request: HTTPRequest) async throws -> HTTPResponse {
            switch request.path {
            case "/ok": return HTTPResponse(statusCode: .ok)
            case "/one": return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: "/two"]))
            case "/two": return HTTPResponse(statusCode: HTTPStatusCode(302, phrase: "Found"), headers: HTTPHeaders([.location: url("/ok")]))
            case "/loop": return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: "/loop"]))
            case "/to-missing": return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: "/missing"]))
            case "/broken": return HTTPResponse(statusCode: HTTPStatusCode(500, phrase: "Internal Server Error"))
            case "/get-only":
                return HTTPResponse(statusCode: request.method == .HEAD ? .methodNotAllowed : .ok)
            case "/slow":
                try await Task.sleep(nanoseconds: 3_000_000_000)
                return HTTPResponse(statusCode: .ok)
            default: return HTTPResponse(statusCode: .notFound)
            }
        }
    }

    /// A port nothing listens on.
    static func closedPort() -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                _ = bind(fd, $0, length)
                _ = getsockname(fd, $0, &length)
            }
        }
        return UInt16(bigEndian: address.sin_port)
    }

    /// Audits on a thread of its own, so the server's tasks keep running meanwhile.
    func audit(_ site: TestSite, externalLinks: Bool, clock: Date = Date()) async -> (report: AuditReport?, diagnostics: [Diagnostic]) {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: site.audit(externalLinks: externalLinks, clock: clock)) }
        }
    }

    func site(_ server: LinkServer, refused: UInt16) throws -> TestSite {
        let body = ["/ok", "/one", "/loop", "/to-missing", "/missing", "/broken", "/get-only", "/slow"]
            .map { "- [\($0)](\(server.url($0)))" }.joined(separator: "\n")
        var files = everySeries("2025-05-30")
        files["content/elderly/links.zh.md"] = article("链接", date: "2025-05-01", body: body + "\n\n再见[同一个](\(server.url("/ok")))和 http://127.0.0.1:\(refused)/")
        files["content/projects/list.yml"] = """
            title: 清单
            projects:
              - {id: p1, title: 项目, organizer: 教育厅, organizerType: department, series: elderly, start: 2025-01-01,
                 link: "\(server.url("/missing"))"}
            """
        return try TestSite(files, config: auditConfig(extra: "audit: {linkTimeout: 1}\nidentity:\n  reportURL: \(server.url("/ok"))\n"))
    }

    @Test func deadLinksAreFoundOnceEachAndNothingIsAskedWithoutTheFlag() async throws {
        let server = LinkServer()
        try await server.start()
        let site = try site(server, refused: Self.closedPort())
        defer { site.remove() }

        let quiet = await audit(site, externalLinks: false)
        #expect(quiet.report?.findings.contains { $0.rule == .deadLink } == false)
        #expect(server.requests.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".placard").path))

        let (report, diagnostics) = await audit(site, externalLinks: true)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let dead = try #require(report).findings.filter { $0.rule == .deadLink }
            .map { "\($0.path):\($0.line ?? 0): \($0.severity.rawValue): \($0.message.en)" }
        let port = server.port
        #expect(dead == [
            "content/elderly/links.zh.md:8: warning: the link http://127.0.0.1:\(port)/loop does not work: it redirects too many times; correct or remove it",
            "content/elderly/links.zh.md:9: warning: the link http://127.0.0.1:\(port)/to-missing does not work: the server answers 404; correct or remove it",
            "content/elderly/links.zh.md:10: warning: the link http://127.0.0.1:\(port)/missing does not work: the server answers 404; correct or remove it",
            "content/elderly/links.zh.md:11: warning: the link http://127.0.0.1:\(port)/broken does not work: the server answers 500; correct or remove it",
            "content/elderly/links.zh.md:13: warning: the link http://127.0.0.1:\(port)/slow does not work: no answer within 1 s; correct or remove it",
        ] + dead.filter { $0.contains("links.zh.md:15") } + [
            "content/projects/list.yml:4: warning: the link http://127.0.0.1:\(port)/missing does not work: the server answers 404; correct or remove it",
        ])
        #expect(dead.filter { $0.contains("links.zh.md:15") && $0.contains("cannot connect (connection refused)") }.count == 1)
        #expect(report?.externalLinksChecked == 9)

        let requests = server.requests
        // Each URL once: /ok is written three times (twice in the article, once in site.yml).
        #expect(requests.filter { $0 == "HEAD /ok" }.count == 2, "\(requests)")  // itself, and the end of /one → /two
        // /missing is asked once for itself and once at the end of /to-missing.
        #expect(requests.filter { $0.hasSuffix(" /missing") }.sorted() == ["GET /missing", "GET /missing", "HEAD /missing", "HEAD /missing"])
        #expect(requests.filter { $0.hasSuffix(" /get-only") } == ["HEAD /get-only", "GET /get-only"])
        #expect(requests.filter { $0 == "HEAD /loop" }.count == 11)
        #expect(!requests.contains("GET /slow"))
        await server.stop()
    }

    @Test func goodLinksAreCachedForADay() async throws {
        let server = LinkServer()
        try await server.start()
        var files = everySeries("2025-05-30")
        files["content/elderly/links.zh.md"] = article("链接", date: "2025-05-01", body: "[好](\(server.url("/ok")))和[坏](\(server.url("/broken")))")
        let site = try TestSite(files, config: auditConfig(extra: "audit: {linkTimeout: 2}\n"))
        defer { site.remove() }
        let start = Date(timeIntervalSince1970: 1_780_000_000)

        _ = await audit(site, externalLinks: true, clock: start)
        let cache = try String(contentsOf: site.root.appendingPathComponent(".placard/link-cache.json"), encoding: .utf8)
        #expect(cache.contains("\"\(server.url("/ok"))\""))
        #expect(!cache.contains("/broken"))
        #expect(server.requests.sorted() == ["GET /broken", "HEAD /broken", "HEAD /ok"])

        // Within a day: the good link is not asked again; the bad one is.
        let second = await audit(site, externalLinks: true, clock: start.addingTimeInterval(23 * 3600))
        #expect(server.requests.count == 5)
        #expect(second.report?.findings.filter { $0.rule == .deadLink }.count == 1)
        // A day later: asked again.
        _ = await audit(site, externalLinks: true, clock: start.addingTimeInterval(25 * 3600))
        #expect(server.requests.filter { $0 == "HEAD /ok" }.count == 2)
        await server.stop()
    }
}

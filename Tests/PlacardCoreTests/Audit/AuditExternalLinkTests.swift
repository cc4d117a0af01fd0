import Foundation
import Testing
@testable import PlacardCore

/// `dead-link` with `--external-links`, against servers started on 127.0.0.1 only (SPEC §7.4).
@Suite(.serialized) struct AuditExternalLinkTests {
    /// A server whose paths answer as their names say, counting the requests it gets. It runs on
    /// threads of its own, not on the shared task pool: other suites' builds can fill that pool for
    /// seconds, and a server waiting behind them would look dead to the audit.
    /// `@unchecked Sendable`: `log` is touched only under `lock`; `port` and `listener` are set once in
    /// `start()`, before any request is made.
    final class LinkServer: @unchecked Sendable {
        private let lock = NSLock()
        private var log: [String] = []
        private var listener: Int32 = -1
        private(set) var port: UInt16 = 0

        var requests: [String] {
            lock.lock()
            defer { lock.unlock() }
            return log
        }

        func start() throws {
            listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(listener, $0, length) == 0 && getsockname(listener, $0, &length) == 0
                }
            }
            guard bound, listen(listener, 64) == 0 else { throw CancellationError() }
            port = UInt16(bigEndian: address.sin_port)
            let listening = listener
            Thread.detachNewThread { [self] in
                while true {
                    let connection = accept(listening, nil, nil)
                    guard connection >= 0 else { return }
                    Thread.detachNewThread { self.handle(connection) }
                }
            }
        }

        func stop() {
            shutdown(listener, Int32(SHUT_RDWR))
            close(listener)
        }

        func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

        /// Reads one request's head and answers it; the connection closes after.
        private func handle(_ connection: Int32) {
            defer { close(connection) }
            var head: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while head.count < 65536 {
                let count = read(connection, &buffer, buffer.count)
                guard count > 0 else { return }
                head += buffer[0..<count]
                if String(decoding: head, as: UTF8.self).contains("\r\n\r\n") { break }
            }
            let requestLine = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")[0].split(separator: " ")
            guard requestLine.count >= 2 else { return }
            let method = String(requestLine[0]), path = String(requestLine[1])
            record("\(method) \(path)")
            if path == "/big" && method == "GET" { return drip(connection) }
            let (status, location) = answer(method: method, path: path)
            var response = "HTTP/1.1 \(status)\r\nContent-Length: 0\r\nConnection: close\r\n"
            if let location { response += "Location: \(location)\r\n" }
            response += "\r\n"
            // MSG_NOSIGNAL: the audit may have given up on /slow and closed the connection.
            _ = response.withCString { send(connection, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        }

        /// A large file on a slow line: the status at once, then a byte every half second for longer than
        /// the tests' `linkTimeout`.
        private func drip(_ connection: Int32) {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: 100000\r\n\r\n"
            guard head.withCString({ send(connection, $0, strlen($0), Int32(MSG_NOSIGNAL)) }) > 0 else { return }
            for _ in 0..<30 {
                Thread.sleep(forTimeInterval: 0.5)
                guard send(connection, "x", 1, Int32(MSG_NOSIGNAL)) == 1 else { return }
            }
        }

        private func record(_ request: String) {
            lock.lock()
            log.append(request)
            lock.unlock()
        }

        private func answer(method: String, path: String) -> (status: String, location: String?) {
            switch path {
            case "/ok": return ("200 OK", nil)
            case "/one": return ("301 Moved Permanently", "/two")
            case "/two": return ("302 Found", url("/ok"))
            case "/loop": return ("301 Moved Permanently", "/loop")
            case "/to-missing": return ("301 Moved Permanently", "/missing")
            case "/broken": return ("500 Internal Server Error", nil)
            case "/get-only": return (method == "HEAD" ? "405 Method Not Allowed" : "200 OK", nil)
            case "/big": return ("405 Method Not Allowed", nil)
            case "/slow":
                Thread.sleep(forTimeInterval: 6)
                return ("200 OK", nil)
            default: return ("404 Not Found", nil)
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
    func audit(_ site: TestSite, externalLinks: Bool) async -> (report: AuditReport, diagnostics: [Diagnostic]) {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: site.audit(externalLinks: externalLinks)) }
        }
    }

    func site(_ server: LinkServer, refused: UInt16) throws -> TestSite {
        let body = ["/ok", "/one", "/loop", "/to-missing", "/missing", "/broken", "/get-only", "/slow"]
            .map { "- [\($0)](\(server.url($0)))" }.joined(separator: "\n")
        var files = everySeries("2025-05-30")
        files["content/elderly/links.zh.md"] = article("链接", date: "2025-05-01", body: body + "\n\n再见[同一个](\(server.url("/ok")))和 http://127.0.0.1:\(refused)/\n\n又见[坏的](\(server.url("/broken")))")
        files["content/projects/list.yml"] = """
            title: 清单
            projects:
              - {id: p1, title: 项目, organizer: 教育厅, organizerType: department, series: elderly, start: 2025-01-01,
                 link: "\(server.url("/missing"))"}
            """
        return try TestSite(files, config: auditConfig(extra: "audit: {linkTimeout: 2}\nidentity:\n  reportURL: \(server.url("/ok"))\n"))
    }

    @Test func deadLinksAreFoundOnceEachAndNothingIsAskedWithoutTheFlag() async throws {
        let server = LinkServer()
        try server.start()
        let site = try site(server, refused: Self.closedPort())
        defer { site.remove() }

        let quiet = await audit(site, externalLinks: false)
        #expect(quiet.report.findings.contains { $0.rule == .deadLink } == false)
        #expect(server.requests.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".placard").path))

        let (report, diagnostics) = await audit(site, externalLinks: true)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let dead = report.findings.filter { $0.rule == .deadLink }
            .map { "\($0.path):\($0.line ?? 0): \($0.severity.rawValue): \($0.message.en)" }
        let port = server.port
        #expect(dead == [
            "content/elderly/links.zh.md:8: warning: the link http://127.0.0.1:\(port)/loop does not work: it redirects too many times; correct or remove it",
            "content/elderly/links.zh.md:9: warning: the link http://127.0.0.1:\(port)/to-missing does not work: the server answers 404; correct or remove it",
            "content/elderly/links.zh.md:10: warning: the link http://127.0.0.1:\(port)/missing does not work: the server answers 404; correct or remove it",
            "content/elderly/links.zh.md:11: warning: the link http://127.0.0.1:\(port)/broken does not work: the server answers 500; correct or remove it",
            "content/elderly/links.zh.md:13: warning: the link http://127.0.0.1:\(port)/slow does not work: no answer within 2 s; correct or remove it",
        ] + dead.filter { $0.contains("links.zh.md:15") } + [
            // The same dead link written again: a finding where it stands too.
            "content/elderly/links.zh.md:17: warning: the link http://127.0.0.1:\(port)/broken does not work: the server answers 500; correct or remove it",
            "content/projects/list.yml:4: warning: the link http://127.0.0.1:\(port)/missing does not work: the server answers 404; correct or remove it",
        ])
        #expect(dead.filter { $0.contains("links.zh.md:15") && $0.contains("cannot connect (connection refused)") }.count == 1)
        #expect(report.externalLinksChecked == 9)

        let requests = server.requests
        // Each URL once: /ok is written three times (twice in the article, once in site.yml).
        #expect(requests.filter { $0 == "HEAD /ok" }.count == 2, "\(requests)")  // itself, and the end of /one → /two
        // /missing is asked once for itself and once at the end of /to-missing.
        #expect(requests.filter { $0.hasSuffix(" /missing") }.sorted() == ["GET /missing", "GET /missing", "HEAD /missing", "HEAD /missing"])
        #expect(requests.filter { $0.hasSuffix(" /get-only") } == ["HEAD /get-only", "GET /get-only"])
        #expect(requests.filter { $0 == "HEAD /loop" }.count == 11)
        #expect(!requests.contains("GET /slow"))
        server.stop()
    }

    @Test func everyRunAsksEveryLinkAgainAndWritesNothing() async throws {
        let server = LinkServer()
        try server.start()
        var files = everySeries("2025-05-30")
        files["content/elderly/links.zh.md"] = article("链接", date: "2025-05-01", body: "[好](\(server.url("/ok")))和[坏](\(server.url("/broken")))")
        let site = try TestSite(files, config: auditConfig(extra: "audit: {linkTimeout: 10}\n"))
        defer { site.remove() }
        let before = try FileManager.default.subpathsOfDirectory(atPath: site.root.path).sorted()

        for run in 1...2 {
            let (report, _) = await audit(site, externalLinks: true)
            #expect(report.findings.filter { $0.rule == .deadLink }.count == 1)
            #expect(server.requests.filter { $0 == "HEAD /ok" }.count == run)
        }
        #expect(try FileManager.default.subpathsOfDirectory(atPath: site.root.path).sorted() == before)
        server.stop()
    }

    @Test func aLargeFileOnASlowLineAnswersAtItsStatusLine() async throws {
        let server = LinkServer()
        try server.start()
        var files = everySeries("2025-05-30")
        files["content/elderly/links.zh.md"] = article("链接", date: "2025-05-01", body: "[政策原文](\(server.url("/big")))")
        let site = try TestSite(files, config: auditConfig(extra: "audit: {linkTimeout: 10}\n"))
        defer { site.remove() }
        let (report, _) = await audit(site, externalLinks: true)
        #expect(report.findings.filter { $0.rule == .deadLink }.isEmpty, "\(report.findings)")
        #expect(server.requests == ["HEAD /big", "GET /big"])
        server.stop()
    }

    @Test func aLinkWrittenAsHTMLIsChecked() async throws {
        let server = LinkServer()
        try server.start()
        var files = everySeries("2025-05-30")
        files["content/elderly/links.zh.md"] = article("链接", date: "2025-05-01", body: "第一段。\n\n<a href=\"\(server.url("/missing"))\">原文</a>")
        let site = try TestSite(files, config: auditConfig(extra: "markdown: {unsafe: true}\naudit: {linkTimeout: 10}\n"))
        defer { site.remove() }
        let dead = await audit(site, externalLinks: true).report.findings.filter { $0.rule == .deadLink }
        #expect(dead.map { "\($0.path):\($0.line ?? 0)" } == ["content/elderly/links.zh.md:8"])
        server.stop()
    }

    @Test func aSchemeInCapitalsIsFollowed() async throws {
        let server = LinkServer()
        try server.start()
        var files = everySeries("2025-05-30")
        files["content/elderly/links.zh.md"] = article("链接", date: "2025-05-01",
                                                      body: "[大写](HTTP://127.0.0.1:\(server.port)/ok)和[混写](Http://127.0.0.1:\(server.port)/missing)")
        let site = try TestSite(files, config: auditConfig(extra: "audit: {linkTimeout: 10}\n"))
        defer { site.remove() }
        let dead = await audit(site, externalLinks: true).report.findings.filter { $0.rule == .deadLink }
        #expect(dead.map(\.message.en) == ["the link Http://127.0.0.1:\(server.port)/missing does not work: the server answers 404; correct or remove it"])
        server.stop()
    }
}

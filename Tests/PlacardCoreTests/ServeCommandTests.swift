import Foundation
import Testing
@testable import PlacardCore

/// `placard serve` as staff use it: errors in the browser, a busy port, a missing site.yml (SPEC §7.7).
@Suite(.serialized) struct ServeCommandTests {
    final class Server {
        let process = Process()
        let out = Pipe(), err = Pipe()

        init(_ arguments: [String], environment: [String: String] = [:]) throws {
            process.executableURL = CommandLineTests.binary
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.merging(["LANG": "C", "LC_ALL": "", "LC_MESSAGES": ""].merging(environment) { $1 }) { $1 }
            process.standardOutput = out
            process.standardError = err
            try process.run()
        }

        /// Stops the server (or, with `stop: false`, waits up to 30 s for it to end); its status and output.
        func finish(stop: Bool = true) -> (status: Int32, out: String, err: String) {
            let deadline = Date().addingTimeInterval(stop ? 0 : 30)
            while process.isRunning && Date() < deadline { usleep(50_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            let errData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
        }
    }

    static func freePort() -> UInt16 {
        while true {
            let port = UInt16.random(in: 20000...60000)
            if LocalPort.isFree(port) { return port }
        }
    }

    /// A plain HTTP/1.0 GET on a socket, so the test depends on nothing but the server.
    static func get(_ url: String) async -> (status: Int, body: String)? {
        await request(url).map { ($0.status, $0.body) }
    }

    /// One request by `method`: the status, the header lines and the body.
    static func request(_ url: String, method: String = "GET") async -> (status: Int, header: String, body: String)? {
        guard let parsed = URL(string: url), let port = parsed.port else { return nil }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        // Percent-encoded, as a browser sends it.
        let path = URLComponents(string: url)?.percentEncodedPath ?? parsed.path
        let request = Array("\(method) \(path.isEmpty ? "/" : path) HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        guard send(fd, request, request.count, 0) == request.count else { return nil }
        var response = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            response += buffer[0..<count]
        }
        let text = String(decoding: response, as: UTF8.self)
        guard let head = text.range(of: "\r\n\r\n"), let status = Int(text.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return (status, String(text[..<head.lowerBound]), String(text[head.upperBound...]))
    }

    /// Polls `url` until `condition` holds (at most `seconds`).
    /// Generous: the whole test suite runs at once, and a build on a busy machine can take a minute.
    static func wait(_ url: String, seconds: Double = 240, until condition: (Int, String) -> Bool) async -> (status: Int, body: String)? {
        let deadline = Date().addingTimeInterval(seconds)
        var last: (status: Int, body: String)?
        while Date() < deadline {
            last = await get(url)
            if let last, condition(last.status, last.body) { return last }
            try? await Task.sleep(nanoseconds: 250_000_000)
        }
        return last
    }

    @Test func rebuildErrorsShowOverTheLastGoodSiteUntilFixed() async throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("手机课堂")])
        defer { site.remove() }
        let port = Self.freePort()
        let server = try Server(["serve", "--source", site.root.path, "--port", "\(port)"])
        defer { if server.process.isRunning { kill(server.process.processIdentifier, SIGKILL) } }
        let page = "http://127.0.0.1:\(port)/zh/elderly/a/"
        let first = try #require(await Self.wait(page) { status, _ in status == 200 })
        #expect(first.status == 200)
        #expect(first.body.contains("<script src=\"/__placard/reload.js\"></script></body>") == true)
        #expect(!first.body.contains("data-placard-errors"))
        let script = await Self.get("http://127.0.0.1:\(port)/__placard/reload.js")
        #expect(script?.status == 200 && script?.body.contains("/__placard/build") == true)

        // A second server on the same port: exit 1, the reason on stderr, nothing on stdout.
        let busy = try Server(["serve", "--source", site.root.path, "--port", "\(port)"]).finish(stop: false)
        #expect(busy.status == 1)
        #expect(busy.out.isEmpty)
        #expect(busy.err.contains("the port \(port) is already in use"))

        // Written atomically, so a rebuild never sees a half-written file.
        let file = site.root.appendingPathComponent("content/elderly/a.zh.md")
        try Data(article("手机<课堂>", date: "2025-13-01").utf8).write(to: file, options: .atomic)
        let broken = await Self.wait(page, seconds: 120) { _, body in body.contains("is not a real date") }
        #expect(broken?.status == 200)
        #expect(broken?.body.contains("<code>content/elderly/a.zh.md:3</code>: date `2025-13-01` is not a real date") == true)
        #expect(broken?.body.contains("手机课堂") == true, "the last good page is still served")
        let other = await Self.get("http://127.0.0.1:\(port)/zh/")
        #expect(other?.body.contains("data-placard-errors") == true, "every page shows the errors")

        try Data(article("手机课堂二").utf8).write(to: file, options: .atomic)
        let fixed = await Self.wait(page, seconds: 120) { _, body in body.contains("手机课堂二") && !body.contains("data-placard-errors") }
        #expect(fixed?.body.contains("data-placard-errors") == false)
        let result = server.finish()
        #expect(result.out.contains("Serving on http://127.0.0.1:\(port)/"))
        let lines = result.out.split(separator: "\n")
        let built = lines.firstIndex { $0.hasPrefix("Built ") }, serving = lines.firstIndex { $0.hasPrefix("Serving on ") }
        #expect(built != nil && serving != nil && built! < serving!, "the first build's summary comes first: \(result.out)")
    }

    /// Saves that come one after the other, none waiting for the search index: the reload comes for each,
    /// a request for the index waits until it is written, and then every file serve has is a full build's.
    @Test func updatesEndWithTheFilesOfAFullBuildSearchIndexIncluded() async throws {
        var files: [String: String] = [:]
        for day in 1...6 {
            files["content/elderly/a\(day).zh.md"] = article("第\(day)篇", date: "2025-01-0\(day)", body: "第\(day)篇正文。")
        }
        let site = try TestSite(files)
        defer { site.remove() }
        let port = Self.freePort()
        let server = try Server(["serve", "--source", site.root.path, "--port", "\(port)"])
        defer { if server.process.isRunning { kill(server.process.processIdentifier, SIGKILL) } }
        let base = "http://127.0.0.1:\(port)"
        _ = try #require(await Self.wait(base + "/zh/elderly/a1/") { status, _ in status == 200 })
        for (n, day) in [2, 5, 2, 3].enumerated() {
            let number = await Self.get(base + "/__placard/build")?.body ?? ""
            let text = article("第\(day)篇", date: "2025-01-0\(day)", body: "第\(day)篇新正文\(n)，词语\(n)。")
            try Data(text.utf8).write(to: site.root.appendingPathComponent("content/elderly/a\(day).zh.md"), options: .atomic)
            let reloaded = await Self.wait(base + "/__placard/build", seconds: 120) { _, body in body != number }
            #expect(reloaded != nil && reloaded?.body != number, "save \(n)")
        }
        let index = await Self.get(base + "/zh/search-index.json")
        #expect(index?.status == 200)
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
        let fresh = site.root.appendingPathComponent("fresh")
        #expect(site.build(now: today, baseURL: base, output: fresh).summary != nil)
        let served = FileManager.default.temporaryDirectory.appendingPathComponent("placard-serve-\(server.process.processIdentifier)/site")
        let built = site.outputFiles(in: fresh)
        #expect(site.outputFiles(in: served) == built)
        #expect(built.contains("zh/search-index.json"))
        let different = built.filter { (try? Data(contentsOf: served.appendingPathComponent($0))) != (try? Data(contentsOf: fresh.appendingPathComponent($0))) }
        #expect(different.isEmpty, "\(different)")
        _ = server.finish()
    }

    @Test func aFirstBuildThatFailsAnswersEveryRequestWithTheErrors() async throws {
        let site = try TestSite(["content/elderly/a.zh.md": "---\ntitle: 甲\ndate: 2025-13-01\n---\n"])
        defer { site.remove() }
        let port = Self.freePort()
        let server = try Server(["serve", "--source", site.root.path, "--port", "\(port)"])
        defer { if server.process.isRunning { kill(server.process.processIdentifier, SIGKILL) } }
        let answer = await Self.wait("http://127.0.0.1:\(port)/zh/anything/") { status, _ in status == 500 }
        #expect(answer?.body.contains("<code>content/elderly/a.zh.md:3</code>: date `2025-13-01` is not a real date") == true)
        #expect(answer?.body.contains("<script src=\"/__placard/reload.js\"></script>") == true)
        try Data(article("甲").utf8).write(to: site.root.appendingPathComponent("content/elderly/a.zh.md"), options: .atomic)
        let fixed = await Self.wait("http://127.0.0.1:\(port)/zh/elderly/a/", seconds: 120) { status, _ in status == 200 }
        #expect(fixed?.body.contains("data-placard-errors") == false)
        _ = server.finish()
    }

    @Test func aMissingSiteYAMLFailsCleanly() throws {
        let site = try TestSite([:], config: nil)
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root, withIntermediateDirectories: true)
        let result = try Server(["serve", "--source", site.root.path, "--port", "\(Self.freePort())"]).finish(stop: false)
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("there is no site.yml"))
    }
}

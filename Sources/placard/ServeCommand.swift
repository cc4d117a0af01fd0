import ArgumentParser
import FlyingFox
import Foundation
import PlacardCore

/// `placard serve`: build into a temporary folder, serve it on 127.0.0.1, rebuild when a source
/// changes, and reload open pages.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Build, serve on 127.0.0.1, rebuild on change, reload the browser.")

    @Option(name: .long, help: "The site folder.")
    var source: String = "."

    @Option(name: .long, help: "The port to listen on.")
    var port: UInt16 = 1313

    @Flag(name: .long, help: "Include drafts.")
    var drafts = false

    @Flag(name: .long, help: "Include articles dated in the future.")
    var future = false

    func run() throws {
        // The server is asynchronous; the command line waits for it here until it stops.
        let done = DispatchSemaphore(value: 0)
        let result = ResultBox()
        Task {
            do { try await serve() } catch { result.error = error }
            done.signal()
        }
        done.wait()
        if let error = result.error { throw error }
    }

    private func serve() async throws {
        setvbuf(stdout, nil, _IOLBF, 0)
        let root = URL(fileURLWithPath: source).standardizedFileURL
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("placard-serve-\(ProcessInfo.processInfo.processIdentifier)/site")
        let state = ServeState()
        // The base path is read once from site.yml: the server's routes are fixed when it starts.
        let basePath = SiteLoader.basePath(root: root)
        let build: @Sendable () -> Bool = {
            let diagnostics = Diagnostics()
            let options = BuildOptions(source: root, output: output, baseURL: "http://127.0.0.1:\(port)\(basePath)",
                                       includeDrafts: drafts, includeFuture: future)
            let summary = Build.run(options, diagnostics: diagnostics)
            Console(quiet: false).report(diagnostics)
            if let summary { print(summary.message.text(in: .current)) }
            return summary != nil
        }
        if build() { await state.bump() }

        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
        await server.appendRoute("GET /__placard/build") { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .init("Cache-Control"): "no-store"], body: Data("\(await state.number)".utf8))
        }
        let base = basePath
        await server.appendRoute("GET *") { request in
            guard let file = ServedFile.resolve(request.path, basePath: base, in: output) else {
                if request.path == "/" && base != "/" {
                    let headers: HTTPHeaders = [.location: base]
                    return HTTPResponse(statusCode: .found, headers: headers)
                }
                let notFound = (try? Data(contentsOf: output.appendingPathComponent("404.html"))) ?? Data("Not found".utf8)
                return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"], body: ServedFile.withReloadScript(notFound))
            }
            var data = (try? Data(contentsOf: file)) ?? Data()
            let type = ServedFile.contentType(of: file)
            if type.hasPrefix("text/html") { data = ServedFile.withReloadScript(data) }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .init("Cache-Control"): "no-store"], body: data)
        }
        print("Serving on http://127.0.0.1:\(port)\(basePath) (Ctrl-C to stop)")
        let watcher = Task.detached {
            var sources = SourceWatcher(root: root)
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 500_000_000)
                if sources.changed(), build() { await state.bump() }
            }
        }
        defer { watcher.cancel() }
        try await server.run()
    }
}

final class ResultBox: @unchecked Sendable {
    var error: Error?
}

/// The number of the newest successful build, which open pages poll.
actor ServeState {
    private(set) var number = 0
    func bump() { number += 1 }
}

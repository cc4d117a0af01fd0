import ArgumentParser
import FlyingFox
import Foundation
import PlacardCore

/// `placard serve`: build into a temporary folder, serve it on 127.0.0.1, rebuild when a source
/// changes, and reload open pages.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Build, serve on 127.0.0.1, rebuild on change, reload the browser.")

    @Option(name: .long, help: "The site folder.")
    var source: String = "."

    @Option(name: .long, help: "The port to listen on.")
    var port: UInt16 = 1313

    @Flag(name: .long, help: "Include drafts.")
    var drafts = false

    @Flag(name: .long, help: "Include articles dated in the future.")
    var future = false

    func run() async throws {
        let language = MessageLanguage.current
        let root = URL(fileURLWithPath: source).standardizedFileURL
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("site.yml").path) else {
            fail(.siteConfigMissing(folder: root.path), prefix: "site.yml: error: ")
        }
        // Checked before anything is printed: a busy port leaves stdout empty.
        guard LocalPort.isFree(port) else { fail(.portBusy(Int(port))) }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("placard-serve-\(ProcessInfo.processInfo.processIdentifier)/site")
        let state = ServeState()
        // The base path is read once from site.yml: the server's routes are fixed when it starts.
        let basePath = SiteLoader.basePath(root: root)
        let builds = ServeBuilds(ServeSession(options: BuildOptions(source: root, output: output, baseURL: "http://127.0.0.1:\(port)\(basePath)",
                                                                    includeDrafts: drafts, includeFuture: future)))
        let build: @Sendable (Set<String>?) async -> Void = { changed in
            await state.started()
            let started = Date()
            let diagnostics = Diagnostics()
            let result = await builds.rebuild(changed: changed, diagnostics: diagnostics)
            Console(quiet: false).report(diagnostics)
            if let summary = result.summary {
                Self.say(summary.message.text(in: language))
            } else if result.updatedFiles > 0 {
                Self.say(Message.serveUpdated(files: result.updatedFiles, seconds: Date().timeIntervalSince(started)).text(in: language))
            }
            // Pages reload now; requests for the search indexes wait until they are written too.
            await state.finished(errors: diagnostics.errors, succeeded: result.succeeded, searchPending: !result.searchLanguages.isEmpty)
            if !result.searchLanguages.isEmpty {
                let searchDiagnostics = Diagnostics()
                await builds.writeSearchIndexes(languages: result.searchLanguages, diagnostics: searchDiagnostics)
                Console(quiet: false).report(searchDiagnostics)
                await state.searchWritten(errors: searchDiagnostics.errors)
            }
        }
        await build(nil)

        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
        // `?wait=N` answers when the build number is no longer N (at the latest after 10 s, within the server's time limit for an answer): open pages
        // learn of a new build at once instead of asking again and again.
        await server.appendRoute("GET /__placard/build") { request in
            if let seen = request.query["wait"].flatMap(Int.init) {
                let deadline = Date().addingTimeInterval(10)
                while await state.number == seen && Date() < deadline { try? await Task.sleep(nanoseconds: 5_000_000) }
            }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .init("Cache-Control"): "no-store"], body: Data("\(await state.number)".utf8))
        }
        await server.appendRoute("GET /__placard/reload.js") { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .init("Cache-Control"): "no-store"],
                         body: Data(ServeOverlay.reloadScript.utf8))
        }
        await server.appendRoute("GET /__placard/serve.css") { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/css; charset=utf-8", .init("Cache-Control"): "no-store"],
                         body: Data(ServeOverlay.stylesheet.utf8))
        }
        let base = basePath
        await server.appendRoute("GET *") { request in
            // A page and the errors shown over it come from the same build: not from one in the middle of swapping.
            while await state.building { try? await Task.sleep(nanoseconds: 5_000_000) }
            if request.path.contains("/\(SearchIndexFormat.entryPath.dropLast(5))") {
                while await state.searchPending { try? await Task.sleep(nanoseconds: 5_000_000) }
            }
            let (errors, hasSite) = await (state.errors, state.hasSite)
            // No good build yet: every request answers with the errors.
            guard hasSite else {
                return HTTPResponse(statusCode: .internalServerError, headers: [.contentType: "text/html; charset=utf-8", .init("Cache-Control"): "no-store"],
                                    body: ServeOverlay.errorPage(errors, language: language))
            }
            guard let file = ServedFile.resolve(request.path, basePath: base, in: output) else {
                if request.path == "/" && base != "/" {
                    let headers: HTTPHeaders = [.location: base]
                    return HTTPResponse(statusCode: .found, headers: headers)
                }
                let notFound = (try? Data(contentsOf: output.appendingPathComponent(Route.notFound.path))) ?? Data("<!DOCTYPE html><title>404</title><body>Not found</body>".utf8)
                return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
                                    body: ServeOverlay.decorate(notFound, errors: errors, language: language))
            }
            var data = (try? Data(contentsOf: file)) ?? Data()
            let type = ServedFile.contentType(of: file)
            if type.hasPrefix("text/html") { data = ServeOverlay.decorate(data, errors: errors, language: language) }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .init("Cache-Control"): "no-store"], body: data)
        }
        Self.say(Message.serving("http://127.0.0.1:\(port)\(basePath)").text(in: language))
        // Changes are built one batch at a time; those that come during a build are the next batch.
        let queue = ChangeQueue()
        let (signals, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        ChangeWatcher.start(root: root) { changed in
            queue.add(changed)
            continuation.yield()
        }
        let watcher = Task.detached {
            for await _ in signals { await build(queue.take()) }
        }
        defer { watcher.cancel() }
        do {
            try await server.run()
        } catch {
            fail(.serveFailed("\(error)"))
        }
    }

    /// A line on stdout, written at once: whoever reads serve's output sees each line as it happens.
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private func fail(_ message: Message, prefix: String = "error: ") -> Never {
        FileHandle.standardError.write(Data((prefix + message.text(in: .current) + "\n").utf8))
        Foundation.exit(1)
    }
}

/// What open pages poll and show: a number that changes with every build whose outcome they
/// should see, the errors of the newest build, and whether any build succeeded yet.
actor ServeState {
    private(set) var number = 0
    private(set) var errors: [Diagnostic] = []
    private(set) var hasSite = false
    private(set) var building = false
    /// The pages are up to date, the search indexes not yet.
    private(set) var searchPending = false

    func started() { building = true }

    func finished(errors: [Diagnostic], succeeded: Bool, searchPending: Bool = false) {
        building = false
        self.searchPending = searchPending
        if succeeded || errors != self.errors { number += 1 }
        self.errors = errors
        hasSite = hasSite || succeeded
    }

    func searchWritten(errors: [Diagnostic]) {
        searchPending = false
        if !errors.isEmpty {
            self.errors += errors
            number += 1
        }
    }
}

/// The site's builds, one at a time.
actor ServeBuilds {
    private var session: ServeSession

    init(_ session: ServeSession) { self.session = session }

    func rebuild(changed: Set<String>?, diagnostics: Diagnostics) -> ServeRebuild {
        session.rebuild(changed: changed, diagnostics: diagnostics)
    }

    func writeSearchIndexes(languages: [String], diagnostics: Diagnostics) {
        session.writeSearchIndexes(languages: languages, diagnostics: diagnostics)
    }
}

/// Changed paths waiting for the next build, merged (nil, "not known", wins over any set).
final class ChangeQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: Set<String>? = []

    func add(_ paths: Set<String>?) {
        lock.lock()
        defer { lock.unlock() }
        if let paths, pending != nil { pending?.formUnion(paths) } else { pending = nil }
    }

    func take() -> Set<String>? {
        lock.lock()
        defer { lock.unlock() }
        let taken = pending
        pending = []
        return taken
    }
}

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

    func validate() throws {
        // Port 0 would listen on a port the system picks, while the site's addresses and the printed one said 0.
        if port == 0 { throw ValidationError(Message.portZero().text(in: .current)) }
    }

    func run() async throws {
        let language = MessageLanguage.current
        let root = URL(fileURLWithPath: source).standardizedFileURL
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("site.yml").path) else {
            fail(.siteConfigMissing(folder: root.path), prefix: "site.yml: error: ")
        }
        // Checked before anything is printed: a busy port leaves stdout empty.
        guard LocalPort.isFree(port) else { fail(.portBusy(Int(port))) }
        let folder = try ServeFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("site")
        // Each full build reads the base path from site.yml again (`origin`); requests follow the served site's.
        let origin = "http://127.0.0.1:\(port)"
        let state = ServeState(basePath: SiteLoader.basePath(root: root))
        let options = BuildOptions(source: root, output: output, baseURL: origin + state.snapshot.basePath,
                                   includeDrafts: drafts, includeFuture: future)
        // Builds run on a thread of their own, one batch of changes at a time (those that come during a build
        // are the next batch): never on the pool that answers requests, which a long build would starve.
        let queue = ChangeQueue()
        let searchRefresher = SearchRefresher(onPending: { state.searchStarted() }) { errors in
            let diagnostics = Diagnostics()
            for error in errors { diagnostics.report(error) }
            Console(quiet: false).report(diagnostics)
            state.searchWritten(errors: errors)
        }
        let builder = Thread {
            var session = ServeSession(options: options, searchRefresher: searchRefresher, origin: origin)
            while true {
                let changed = queue.next()
                state.started()
                let started = Date()
                let diagnostics = Diagnostics()
                let result = session.rebuild(changed: changed, diagnostics: diagnostics)
                let moved = state.snapshot.finishedBuilds > 0 && result.basePath.map { $0 != state.snapshot.basePath } == true
                Console(quiet: false).report(diagnostics, closing: Message.lastGoodSiteServed(errors:))
                if moved, let path = result.basePath { Self.say(Message.serving(origin + path).text(in: language)) }
                if let summary = result.summary {
                    Self.say(summary.message.text(in: language))
                } else if result.updatedFiles > 0 {
                    Self.say(Message.serveUpdated(files: result.updatedFiles, seconds: Date().timeIntervalSince(started)).text(in: language))
                }
                // Pages reload now; requests for the search indexes wait until they are written too. After the
                // lines above, so that the first build's summary comes before "Serving on …".
                state.finished(errors: diagnostics.errors, succeeded: result.succeeded, basePath: result.basePath)
                session.submitSearchIndexes()
            }
        }
        builder.name = "placard builds"
        builder.stackSize = 8 << 20
        // Watching starts before the first build: a save while it runs is the next batch, not lost.
        ChangeWatcher.start(root: root) { queue.add($0) }
        queue.add(nil)
        builder.start()
        _ = await state.wait(timeout: nil) { $0.finishedBuilds > 0 }

        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
        // `?wait=N` answers when the build number is no longer N (at the latest after 10 s, within the server's time limit for an answer): open pages
        // learn of a new build at once instead of asking again and again.
        await server.appendRoute("GET /__placard/build") { request in
            var number = state.snapshot.number
            if let seen = request.query["wait"].flatMap(Int.init) {
                number = await state.wait(timeout: 10) { $0.number != seen }.number
            }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .init("Cache-Control"): "no-store"], body: Data("\(number)".utf8))
        }
        await server.appendRoute("GET /__placard/reload.js") { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .init("Cache-Control"): "no-store"],
                         body: Data(ServeOverlay.reloadScript.utf8))
        }
        await server.appendRoute("GET /__placard/serve.css") { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/css; charset=utf-8", .init("Cache-Control"): "no-store"],
                         body: Data(ServeOverlay.stylesheet.utf8))
        }
        let answer: @Sendable (HTTPRequest) async -> HTTPResponse = { request in
            // A page and the errors shown over it come from the same build: not from one in the middle of writing.
            // A full build writes beside the served folder, so after 10 s (the server's limit is 15) the last one is served.
            let search = request.path.contains("/\(SearchIndexFormat.entryPath.dropLast(5))")
            let snapshot = await state.wait(timeout: 10) { !$0.building && !(search && $0.searchPending) }
            let (errors, hasSite, base) = (snapshot.errors, snapshot.hasSite, snapshot.basePath)
            // No good build yet: every request answers with the errors.
            guard hasSite else {
                return HTTPResponse(statusCode: .internalServerError, headers: [.contentType: "text/html; charset=utf-8", .init("Cache-Control"): "no-store"],
                                    body: ServeOverlay.errorPage(errors, language: language))
            }
            // The path as sent, still percent-encoded: FlyingFox's `path` is decoded once already, and a second
            // decoding would lose a file whose name holds `%` (the tag `50%` is /zh/tags/50%25/).
            guard let file = ServedFile.resolve(request.target.path(), basePath: base, in: output) else {
                if request.path == "/" && base != "/" {
                    let headers: HTTPHeaders = [.location: base]
                    return HTTPResponse(statusCode: .found, headers: headers)
                }
                // A page open at the address served before baseURL's path changed reloads to its new one.
                if let moved = ServedFile.moved(request.target.path(), from: snapshot.formerBasePaths, to: base, in: output) {
                    return HTTPResponse(statusCode: .found, headers: [.location: moved])
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
        await server.appendRoute("GET *", handler: answer)
        // HEAD (`curl -I`, link checkers): the GET answer's status and headers, with its length and no body.
        await server.appendRoute("HEAD *") { request in
            var response = await answer(request)
            let length = (try? await response.bodyData.count) ?? 0
            response.headers[.contentLength] = String(length)
            response.payload = .httpBody(HTTPBodySequence(data: Data()))
            return response
        }
        Self.say(Message.serving(origin + state.snapshot.basePath).text(in: language))
        do {
            try await server.run()
        } catch {
            folder.remove()
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

/// Changed paths waiting for the next build, merged (nil, "not known", wins over any set).
/// `@unchecked Sendable`: `pending` is only touched while holding `condition`.
final class ChangeQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: Set<String>?? = .none

    func add(_ paths: Set<String>?) {
        condition.lock()
        defer { condition.unlock() }
        switch pending {
        case .none: pending = .some(paths)
        case .some(let waiting?): pending = .some(paths.map { waiting.union($0) })
        case .some(nil): break
        }
        condition.signal()
    }

    /// The next batch, once there is one.
    func next() -> Set<String>? {
        condition.lock()
        defer { condition.unlock() }
        while pending == nil { condition.wait() }
        let taken = pending!
        pending = .none
        return taken
    }
}

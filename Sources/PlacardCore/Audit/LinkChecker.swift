import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Checks external links (`--external-links` only): each URL once, a few at a time, HEAD first and
/// GET when HEAD fails or is refused, redirects followed up to `maxRedirects`; 2xx and 3xx are good.
/// A request ends at the status line and headers: the body is never read, so a large file on a slow
/// line answers at once and takes no memory.
struct LinkChecker: Sendable {
    var timeout: Double = 10
    var concurrency = 8
    var maxRedirects = 10

    /// URL → nil when it works, else why not.
    func check(_ urls: [String]) -> [String: LinkProblem?] {
        let results = Locked<[String: LinkProblem?]>([:])
        // Each URL handed out once to the checking threads.
        let queue = Locked(Array(urls.reversed()))
        let answers = FirstAnswers()
        let session = URLSession(configuration: configuration, delegate: answers, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let group = DispatchGroup()
        for _ in 0..<min(concurrency, urls.count) {
            group.enter()
            Thread.detachNewThread {
                while let url = queue.withLock({ $0.popLast() }) {
                    let problem = check(url, session: session, answers: answers)
                    results.update { $0[url] = .some(problem) }
                }
                group.leave()
            }
        }
        group.wait()
        return results.value
    }

    /// The session's own timers, set far past any `timeout`: swift-corelibs-foundation stops the
    /// process ("Received callback for HTTP redirection, but we're not waiting for it") when its
    /// timer ends a task whose redirect answer is still queued, as it is on a busy machine. The
    /// checker keeps `timeout` itself, waiting for each answer (`request`).
    static let sessionTimeout: Double = 24 * 3600

    private var configuration: URLSessionConfiguration {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = Self.sessionTimeout
        configuration.timeoutIntervalForResource = Self.sessionTimeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        // A request that timed out is never cancelled (`request`), and keeps its connection until the
        // server gives up: with the usual 6 a host, a few slow links to one portal would queue the next
        // ones behind them, and their wait would count against their own time.
        configuration.httpMaximumConnectionsPerHost = 256
        configuration.httpAdditionalHeaders = ["User-Agent": "placard-audit (link check)"]
        return configuration
    }

    private func check(_ text: String, session: URLSession, answers: FirstAnswers) -> LinkProblem? {
        guard var url = Self.url(text) else { return .unreachable("not a valid address") }
        for _ in 0...maxRedirects {
            var outcome = request(url, method: "HEAD", session: session, answers: answers)
            // Some servers refuse HEAD (405, 501) or answer it wrongly: GET has the last word.
            if case .success(let status, _) = outcome, status >= 400 {
                outcome = request(url, method: "GET", session: session, answers: answers)
            }
            switch outcome {
            case .failure(let problem): return problem
            case .success(let status, nil): return (200..<400).contains(status) ? nil : .status(status)
            case .success(_, let location?): url = location
            }
        }
        return .tooManyRedirects
    }

    /// `text` as a URL with its scheme in lower case: schemes are case-insensitive (RFC 3986 §3.1),
    /// and URLSession refuses `HTTP://`.
    static func url(_ text: String) -> URL? {
        guard var components = URLComponents(string: text) else { return nil }
        components.scheme = components.scheme?.lowercased()
        return components.url
    }

    fileprivate enum Outcome {
        /// A status, and where a redirect leads.
        case success(Int, URL?)
        case failure(LinkProblem)
    }

    private func request(_ url: URL, method: String, session: URLSession, answers: FirstAnswers) -> Outcome {
        var request = URLRequest(url: url, timeoutInterval: Self.sessionTimeout)
        request.httpMethod = method
        let task = session.dataTask(with: request)
        let answer = answers.expect(task, timeout: timeout)
        task.resume()
        // A task that has not answered is left to end on its own (when the server answers or closes,
        // or the process ends), never cancelled: cancelling a task whose redirect answer
        // (`willPerformHTTPRedirection`) is still queued stops the process in swift-corelibs-foundation,
        // as its timer does (`sessionTimeout`).
        if answer.done.wait(timeout: .now() + timeout) == .timedOut {
            return .failure(.timeout(seconds: timeout))
        }
        return answer.outcome.value ?? Outcome.failure(.unreachable("no answer"))
    }

    fileprivate static func outcome(_ response: HTTPURLResponse, of url: URL?) -> Outcome {
        let location = (300..<400).contains(response.statusCode)
            ? response.value(forHTTPHeaderField: "Location").flatMap { URL(string: $0, relativeTo: url)?.absoluteURL } : nil
        return .success(response.statusCode, location)
    }

    fileprivate static func problem(_ error: Error?, timeout: Double) -> LinkProblem {
        guard let error = error as? URLError else { return .unreachable(error.map { "\($0)" } ?? "no answer") }
        switch error.code {
        case .timedOut: return .timeout(seconds: timeout)
        case .cannotConnectToHost: return .unreachable("connection refused")
        case .cannotFindHost, .dnsLookupFailed: return .unreachable("unknown host")
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid:
            return .unreachable("HTTPS certificate problem")
        default: return .unreachable("error \(error.code.rawValue)")
        }
    }
}

/// Hands each request its first answer, the status line and headers, and stops the transfer there;
/// leaves redirects to `LinkChecker`, which follows them itself and counts them.
/// `@unchecked Sendable`: its one mutable field is `Locked`.
private final class FirstAnswers: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    final class Answer: Sendable {
        let done = DispatchSemaphore(value: 0)
        let outcome = Locked<LinkChecker.Outcome?>(nil)
        let timeout: Double
        init(timeout: Double) { self.timeout = timeout }
    }

    private let waiting = Locked<[Int: Answer]>([:])

    func expect(_ task: URLSessionTask, timeout: Double) -> Answer {
        let answer = Answer(timeout: timeout)
        waiting.update { $0[task.taskIdentifier] = answer }
        return answer
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        if let http = response as? HTTPURLResponse, let answer = waiting.withLock({ $0[dataTask.taskIdentifier] }) {
            answer.outcome.update { $0 = $0 ?? LinkChecker.outcome(http, of: dataTask.originalRequest?.url) }
            answer.done.signal()
            // The status is known: the body is not wanted. swift-corelibs-foundation ignores the disposition,
            // so the task is cancelled too; not a redirect's, whose own answer may still be queued (see `request`).
            if !(300..<400).contains(http.statusCode) { dataTask.cancel() }
        }
        completionHandler(.cancel)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let answer = waiting.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
        answer.outcome.update { outcome in
            if case .some = outcome { return }
            if let http = task.response as? HTTPURLResponse {
                outcome = LinkChecker.outcome(http, of: task.originalRequest?.url)
            } else {
                outcome = .failure(LinkChecker.problem(error, timeout: answer.timeout))
            }
        }
        answer.done.signal()
    }
}

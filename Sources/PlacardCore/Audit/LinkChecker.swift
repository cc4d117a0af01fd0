import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Checks external links (`--external-links` only): each URL once, a few at a time, HEAD first and
/// GET when HEAD fails or is refused, redirects followed up to `maxRedirects`; 2xx and 3xx are good.
struct LinkChecker: Sendable {
    var timeout: Double = 10
    var concurrency = 8
    var maxRedirects = 10

    /// URL → nil when it works, else why not.
    func check(_ urls: [String]) -> [String: LinkProblem?] {
        let results = Locked<[String: LinkProblem?]>([:])
        // Each URL handed out once to the checking threads.
        let queue = Locked(Array(urls.reversed()))
        let session = URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let group = DispatchGroup()
        for _ in 0..<min(concurrency, urls.count) {
            group.enter()
            Thread.detachNewThread {
                while let url = queue.withLock({ $0.popLast() }) {
                    let problem = check(url, session: session)
                    results.update { $0[url] = .some(problem) }
                }
                group.leave()
            }
        }
        group.wait()
        return results.value
    }

    private var configuration: URLSessionConfiguration {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpAdditionalHeaders = ["User-Agent": "placard-audit (link check)"]
        return configuration
    }

    private func check(_ text: String, session: URLSession) -> LinkProblem? {
        guard var url = URL(string: text) else { return .unreachable("not a valid address") }
        for _ in 0...maxRedirects {
            var outcome = request(url, method: "HEAD", session: session)
            // Some servers refuse HEAD (405, 501) or answer it wrongly: GET has the last word.
            if case .success(let status, _) = outcome, status >= 400 {
                outcome = request(url, method: "GET", session: session)
            }
            switch outcome {
            case .failure(let problem): return problem
            case .success(let status, nil): return (200..<400).contains(status) ? nil : .status(status)
            case .success(_, let location?): url = location
            }
        }
        return .tooManyRedirects
    }

    private enum Outcome {
        /// A status, and where a redirect leads.
        case success(Int, URL?)
        case failure(LinkProblem)
    }

    private func request(_ url: URL, method: String, session: URLSession) -> Outcome {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = method
        let done = DispatchSemaphore(value: 0)
        let box = Locked<Outcome?>(nil)
        let task = session.dataTask(with: request) { _, response, error in
            if let http = response as? HTTPURLResponse {
                let location = (300..<400).contains(http.statusCode)
                    ? http.value(forHTTPHeaderField: "Location").flatMap { URL(string: $0, relativeTo: url)?.absoluteURL } : nil
                box.value = .success(http.statusCode, location)
            } else {
                box.value = .failure(Self.problem(error, timeout: timeout))
            }
            done.signal()
        }
        task.resume()
        // The task is not cancelled: the session's own timeout ends its transfer, and cancelling a task
        // whose redirect answer (`NoRedirects`) is still queued stops the process in swift-corelibs-foundation
        // ("Received callback for HTTP redirection, but we're not waiting for it").
        if done.wait(timeout: .now() + timeout + 2) == .timedOut {
            return .failure(.timeout(seconds: timeout))
        }
        return box.value ?? Outcome.failure(.unreachable("no answer"))
    }

    private static func problem(_ error: Error?, timeout: Double) -> LinkProblem {
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

/// Leaves redirects to `LinkChecker`, which follows them itself and counts them.
/// `@unchecked Sendable`: it has no state (URLSession wants a Sendable delegate; NSObject cannot say so).
private final class NoRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}

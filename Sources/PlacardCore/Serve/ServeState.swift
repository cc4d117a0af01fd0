import Foundation

/// What `placard serve`'s requests read and wait for: the build number open pages poll (it changes with
/// every build whose outcome they should see), the newest build's errors, and whether a build is writing.
public struct ServeSnapshot: Sendable {
    public var number = 0
    public var errors: [Diagnostic] = []
    /// Whether any build succeeded yet.
    public var hasSite = false
    /// A build or update is writing the output.
    public var building = false
    /// The pages are up to date, the search indexes not yet.
    public var searchPending = false
    /// Builds finished, failed ones included.
    public var finishedBuilds = 0
    /// The base URL's path the served site was built with: requests below it are its files.
    public var basePath = "/"
    /// Base paths served before `basePath` (site.yml's `baseURL` changed while serving): a page still
    /// open at one of them is sent to its new address.
    public var formerBasePaths: [String] = []
}

/// The state of `placard serve`, shared by the build thread (which changes it) and the request handlers
/// (which wait on it). Waiting holds no thread: a waiter is resumed by the change that satisfies it, at
/// once (the reload event needs no polling), or when its time is up.
/// `@unchecked Sendable`: `snapshot` and `waiters` are only touched while holding `lock`.
public final class ServeState: @unchecked Sendable {
    private struct Waiter {
        let ready: @Sendable (ServeSnapshot) -> Bool
        let continuation: CheckedContinuation<ServeSnapshot, Never>
    }

    private let lock = NSLock()
    private var current = ServeSnapshot()
    private var waiters: [Int: Waiter] = [:]
    private var nextWaiter = 0

    public init(basePath: String = "/") {
        current.basePath = basePath
    }

    public var snapshot: ServeSnapshot {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// The snapshot as soon as `ready` holds for it, or after `timeout` seconds (if any), whichever comes first.
    public func wait(timeout: Double?, until ready: @escaping @Sendable (ServeSnapshot) -> Bool) async -> ServeSnapshot {
        await withCheckedContinuation { continuation in
            guard let id = register(Waiter(ready: ready, continuation: continuation)), let timeout else { return }
            Task { [weak self] in
                try? await Task.sleep(nanoseconds: UInt64(timeout * 1_000_000_000))
                self?.expire(id)
            }
        }
    }

    /// Keeps `waiter` until its condition holds; nil when it holds already (the waiter is then resumed).
    private func register(_ waiter: Waiter) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if waiter.ready(current) {
            waiter.continuation.resume(returning: current)
            return nil
        }
        nextWaiter += 1
        waiters[nextWaiter] = waiter
        return nextWaiter
    }

    /// A build or update starts writing.
    public func started() { change { $0.building = true } }

    /// A build or update is done; open pages reload when it succeeded or its errors differ. `basePath`: the
    /// path a full build's site is served at (nil: as before).
    public func finished(errors: [Diagnostic], succeeded: Bool, basePath: String? = nil) {
        change { state in
            state.building = false
            if let basePath, basePath != state.basePath {
                // The path served until now is never among the former ones: it left them when it became current.
                state.formerBasePaths = state.formerBasePaths.filter { $0 != basePath } + [state.basePath]
                state.basePath = basePath
            }
            if succeeded || errors != state.errors { state.number += 1 }
            state.errors = errors
            state.hasSite = state.hasSite || succeeded
            state.finishedBuilds += 1
        }
    }

    /// The search indexes are being made after an update.
    public func searchStarted() { change { $0.searchPending = true } }

    /// The search indexes are written too.
    public func searchWritten(errors: [Diagnostic]) {
        change { state in
            state.searchPending = false
            if !errors.isEmpty {
                state.errors += errors
                state.number += 1
            }
        }
    }

    private func change(_ body: (inout ServeSnapshot) -> Void) {
        lock.lock()
        body(&current)
        let state = current
        let ready = waiters.filter { $0.value.ready(state) }
        for id in ready.keys { waiters[id] = nil }
        lock.unlock()
        for waiter in ready.values { waiter.continuation.resume(returning: state) }
    }

    private func expire(_ id: Int) {
        lock.lock()
        let waiter = waiters.removeValue(forKey: id)
        let state = current
        lock.unlock()
        waiter?.continuation.resume(returning: state)
    }
}

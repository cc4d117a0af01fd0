import Foundation

/// Writes the search indexes after updates in place, on a thread of its own, so that the next save's
/// update does not wait for the index of the last one (at 10,000 articles a language's index takes
/// seconds, its pages milliseconds). Work that comes while it writes is merged: the newest site, the
/// union of the languages. `onPending` is called when it has work, `onWritten` when it has none left
/// (both on the thread that causes them, in order).
/// `@unchecked Sendable`: every stored value is only touched while holding `condition`; `digests`
/// only by the writing thread, or by `stop` once that thread is idle.
public final class SearchRefresher: @unchecked Sendable {
    private let condition = NSCondition()
    private var queued: (site: BuiltSite, languages: Set<String>)?
    private var writing = false
    private var errors: [Diagnostic] = []
    private var digests: [String: Int] = [:]
    private let onPending: @Sendable () -> Void
    private let onWritten: @Sendable ([Diagnostic]) -> Void

    public init(onPending: @escaping @Sendable () -> Void, onWritten: @escaping @Sendable ([Diagnostic]) -> Void) {
        self.onPending = onPending
        self.onWritten = onWritten
        let thread = Thread { [unowned self] in self.run() }
        thread.name = "placard search indexes"
        thread.start()
    }

    /// Writes the indexes of `languages` from `site` (merged with what waits).
    func submit(_ site: BuiltSite, languages: [String]) {
        guard !languages.isEmpty else { return }
        condition.lock()
        defer { condition.unlock() }
        queued = (site, (queued?.languages ?? []).union(languages))
        if !writing { onPending() }
        writing = true
        condition.broadcast()
    }

    /// Drops what waits and returns once nothing is being written; forgets what was written (a full build
    /// is about to write every file).
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        queued = nil
        while writing { condition.wait() }
        digests = [:]
    }

    private func run() {
        while true {
            condition.lock()
            while queued == nil { condition.wait() }
            let (site, languages) = queued!
            queued = nil
            condition.unlock()
            let diagnostics = Diagnostics()
            var digests = self.digests
            site.writeSearchIndexes(languages: languages.sorted(), digests: &digests, diagnostics: diagnostics)
            condition.lock()
            self.digests = digests
            errors += diagnostics.errors
            if queued == nil {
                writing = false
                onWritten(errors)
                errors = []
                condition.broadcast()
            }
            condition.unlock()
        }
    }
}

import Foundation

/// Writes the search indexes after updates in place, on a thread of its own at the lowest priority, so
/// that the next save's update neither waits for the index of the last one nor shares the cores with it
/// (at 10,000 articles a language's index takes seconds, its pages milliseconds). It is given each
/// language's documents (`SearchIndexSource`), not the site, so an update meanwhile copies none of the
/// site's arrays. Work that comes while it writes wins: a language whose newer documents arrive is given
/// up at the writer's next stage or document and written again from the newest ones. `onPending` is
/// called when it has work, `onWritten` when it has none left (both on the thread that causes them, in order).
/// `@unchecked Sendable`: every stored value is only touched while holding `condition`; `digests`
/// only by the writing thread, or by `stop` once that thread is idle.
public final class SearchRefresher: @unchecked Sendable {
    private let condition = NSCondition()
    /// Language → the newest documents to write its index from.
    private var queued: [String: SearchIndexSource] = [:]
    /// Languages whose newer documents are on their way (`reserve`).
    private var reserved: Set<String> = []
    /// Languages reserved or submitted whose index is not yet written to the end: what `stop` leaves out of date.
    private var owed: Set<String> = []
    /// Something is being written, waits or is reserved (`onPending` was called, `onWritten` not yet).
    private var pending = false
    /// The thread is pending a round.
    private var busy = false
    /// Set by `stop`: what is being written is given up.
    private var dropping = false
    private var errors: [Diagnostic] = []
    private var digests: [String: Int] = [:]
    private let onPending: @Sendable () -> Void
    private let onWritten: @Sendable ([Diagnostic]) -> Void

    public init(onPending: @escaping @Sendable () -> Void, onWritten: @escaping @Sendable ([Diagnostic]) -> Void) {
        self.onPending = onPending
        self.onWritten = onWritten
        let thread = Thread { [unowned self] in
            ThreadPriority.lowerCurrentThread()
            self.run()
        }
        thread.name = "placard search indexes"
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Says that the indexes of `languages` are out of date and their documents follow (`submit`): from
    /// now on they count as pending, and what is being written for them is given up.
    func reserve(_ languages: [String]) {
        guard !languages.isEmpty else { return }
        condition.lock()
        defer { condition.unlock() }
        reserved.formUnion(languages)
        owed.formUnion(languages)
        if !pending { onPending() }
        pending = true
    }

    /// Writes the indexes of these sources' languages, in place of what waits or is being written for them.
    func submit(_ sources: [SearchIndexSource]) {
        condition.lock()
        defer { condition.unlock() }
        for source in sources { queued[source.language] = source }
        owed.formUnion(sources.map(\.language))
        // What was reserved comes now: one thread reserves and submits, in turn.
        reserved = []
        if queued.isEmpty {
            if pending && !busy { end() }
            return
        }
        if !pending { onPending() }
        pending = true
        condition.broadcast()
    }

    /// Drops what waits, gives up what is being written and returns once nothing is; forgets what was
    /// written (a full build is about to write every file). Returns the languages whose indexes it left
    /// out of date, which a full build that fails must have written again.
    @discardableResult
    func stop() -> Set<String> {
        condition.lock()
        defer { condition.unlock() }
        queued = [:]
        reserved = []
        dropping = true
        if pending && !busy { end() }
        while pending { condition.wait() }
        dropping = false
        digests = [:]
        defer { owed = [] }
        return owed
    }

    /// Nothing is left to write (holding `condition`).
    private func end() {
        pending = false
        onWritten(errors)
        errors = []
        condition.broadcast()
    }

    /// Whether newer documents for `language` wait, or `stop` drops everything.
    private func superseded(_ language: String) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return dropping || queued[language] != nil || reserved.contains(language)
    }

    private func run() {
        while true {
            condition.lock()
            while queued.isEmpty { condition.wait() }
            var round = queued
            queued = [:]
            busy = true
            condition.unlock()
            let diagnostics = Diagnostics()
            var digests = self.digests
            for language in round.keys.sorted() {
                let source = round.removeValue(forKey: language)!
                let written = source.write(digests: &digests, diagnostics: diagnostics, until: { [unowned self] in self.superseded(language) })
                if written {
                    // Done unless newer documents came meanwhile (checked and marked under one lock).
                    condition.withLock {
                        if !dropping && queued[language] == nil && !reserved.contains(language) { owed.remove(language) }
                    }
                }
            }
            condition.lock()
            self.digests = digests
            errors += diagnostics.errors
            busy = false
            if queued.isEmpty && reserved.isEmpty { end() }
            condition.unlock()
        }
    }
}

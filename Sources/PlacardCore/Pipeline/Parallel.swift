import Foundation

/// Work spread over every core: the one place a build goes parallel. As many workers as the
/// process may use processors take the next index (or the next few, when there are many) until
/// none is left, so a slow item does not hold up a fixed share of the others; results come back
/// in input order, so output never depends on timing. Work started on a thread of lowered
/// priority (`ThreadPriority`) runs on threads of its own, which inherit that priority, not on
/// the shared pool, whose threads would run it at the usual one.
enum Parallel {
    /// How many workers run at once.
    static var width: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `body(i)` for every `i` in `0..<count`, on every core; returns when all are done.
    static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        let next = Locked(0)
        // A worker takes a few indices at a time when there are many: a search index maps each
        // of a million terms in a few nanoseconds, less than taking the lock costs.
        let step = max(1, count / (width * 128))
        // `body` does not escape: every worker is done when this returns.
        withoutActuallyEscaping(body) { body in
            let work: @Sendable () -> Void = {
                while let first = next.withLock({ (value: inout Int) -> Int? in
                    guard value < count else { return nil }
                    value += step
                    return value - step
                }) {
                    for index in first..<min(first + step, count) { body(index) }
                }
            }
            if ThreadPriority.isLowered {
                onOwnThreads(min(width, count), work)
            } else {
                DispatchQueue.concurrentPerform(iterations: min(width, count)) { _ in work() }
            }
        }
    }

    /// `work` on the calling thread and on `count - 1` threads it starts; returns when all are done, having
    /// let go of `work` (`withoutActuallyEscaping` checks it: a finished `Thread` may still hold its block).
    private static func onOwnThreads(_ count: Int, _ work: @escaping @Sendable () -> Void) {
        let held = Locked<(@Sendable () -> Void)?>(work)
        let done = DispatchSemaphore(value: 0)
        for _ in 1..<count {
            let thread = Thread {
                held.value?()
                done.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        work()
        for _ in 1..<count { done.wait() }
        held.withLock { $0 = nil }
    }

    /// `first()` and `second()` side by side, one on the calling thread and one on a thread of its
    /// own (`onOwnThreads`); returns both results once both are done. Unlike `map(2)`, work inside
    /// either runs on every core: Dispatch runs a `concurrentPerform` started inside another one on
    /// fewer threads (on two cores, on one).
    static func both<A, B>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let a = Locked<A?>(nil), b = Locked<B?>(nil)
        let next = Locked(0)
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                onOwnThreads(2) {
                    if next.withLock({ (value: inout Int) -> Int in value += 1; return value - 1 }) == 0 {
                        let made = first()
                        a.withLock { $0 = made }
                    } else {
                        let made = second()
                        b.withLock { $0 = made }
                    }
                }
            }
        }
        return (a.withLock { $0.take()! }, b.withLock { $0.take()! })
    }

    /// `(0..<count).map(transform)`, on every core.
    /// A result is made by one worker and handed to the caller once every worker is done: it is
    /// passed on, never shared, so it need not be `Sendable` (a search postings builder is not).
    static func map<Result>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        // Each worker puts its results in place in the array's own storage: no second copy of
        // them (a search index maps millions of terms).
        Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(buffer.baseAddress)
            forEach(count) { slots.put(transform($0), at: $0) }
            initialized = count
        }
    }

    /// `items.map(transform)`, on every core.
    static func map<Element: Sendable, Result>(_ items: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
        map(items.count) { transform(items[$0]) }
    }
}

/// The uninitialized storage of `Parallel.map`'s results, each place written by one worker.
private struct Slots<Value>: @unchecked Sendable {
    // Safe: each index is written by exactly one worker (`Parallel.forEach` hands out each index
    // once), and the array is used only after every worker has finished.
    private let base: UnsafeMutablePointer<Value>?

    init(_ base: UnsafeMutablePointer<Value>?) { self.base = base }

    /// Moves `value` into its place: a copy would retain what it holds and the caller then release it.
    func put(_ value: consuming Value, at index: Int) { (base.unsafelyUnwrapped + index).initialize(to: consume value) }
}

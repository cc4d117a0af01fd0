import Foundation

/// A value shared between threads, read and changed only while holding its lock.
/// `@unchecked Sendable`: every access to `stored` goes through `lock`.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        get { withLock { $0 } }
        set { withLock { $0 = newValue } }
    }

    func update(_ change: (inout Value) -> Void) {
        withLock(change)
    }

    /// Runs `body` on the value, holding the lock; keep it short.
    @discardableResult
    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&stored)
    }
}

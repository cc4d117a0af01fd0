import Foundation

/// Collects diagnostics from every stage (and from many threads); a stage goes on after a
/// problem so that one run reports all of them.
/// `@unchecked Sendable`: its list is read and changed only while holding `lock`.
public final class Diagnostics: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    public init() {}

    public func report(_ diagnostic: Diagnostic) {
        lock.lock()
        items.append(diagnostic)
        lock.unlock()
    }

    public func error(_ path: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        report(.error(path, line: line, column: column, message))
    }

    public func warning(_ path: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        report(.warning(path, line: line, column: column, message))
    }

    public func error(_ path: String, line: Int? = nil, column: Int? = nil, _ message: Message) {
        report(.error(path, line: line, column: column, message))
    }

    public func warning(_ path: String, line: Int? = nil, column: Int? = nil, _ message: Message) {
        report(.warning(path, line: line, column: column, message))
    }

    /// Every diagnostic so far, sorted by path, line and column, without duplicates.
    public var all: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        var seen = Set<Diagnostic>()
        return items.filter { seen.insert($0).inserted }.sorted {
            ($0.path, $0.line ?? 0, $0.column ?? 0, $0.severity == .error ? 0 : 1, $0.message)
                < ($1.path, $1.line ?? 0, $1.column ?? 0, $1.severity == .error ? 0 : 1, $1.message)
        }
    }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    public var hasErrors: Bool {
        lock.lock()
        defer { lock.unlock() }
        return items.contains { $0.severity == .error }
    }
}

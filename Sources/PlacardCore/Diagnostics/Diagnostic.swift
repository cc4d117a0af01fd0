/// One problem found in the site's files, printed as `path:line:col: error: message`.
public struct Diagnostic: Equatable, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning
        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    /// Path relative to the site folder (or as given, for files outside it).
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String
    public var severity: Severity

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String, severity: Severity = .error) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
    }

    public static func error(_ path: String, line: Int? = nil, column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, message: message, severity: .error)
    }

    public static func warning(_ path: String, line: Int? = nil, column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, message: message, severity: .warning)
    }

    public var description: String {
        var location = path
        if let line { location += ":\(line)" }
        if line != nil, let column { location += ":\(column)" }
        return "\(location): \(severity.rawValue): \(message)"
    }
}

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
    /// The message in every language; `message` is its English text (what tests compare).
    public var text: Message
    public var severity: Severity

    public var message: String { text.en }

    /// Diagnostics are equal when they say the same in English at the same place (tests write
    /// the English text).
    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.path, a.line, a.column, a.severity, a.message) == (b.path, b.line, b.column, b.severity, b.message)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(severity)
        hasher.combine(message)
    }

    public init(path: String, line: Int? = nil, column: Int? = nil, text: Message, severity: Severity = .error) {
        self.path = path
        self.line = line
        self.column = column
        self.text = text
        self.severity = severity
    }

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String, severity: Severity = .error) {
        self.init(path: path, line: line, column: column, text: Message(untranslated: message), severity: severity)
    }

    public static func error(_ path: String, line: Int? = nil, column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, message: message, severity: .error)
    }

    public static func warning(_ path: String, line: Int? = nil, column: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, message: message, severity: .warning)
    }

    public static func error(_ path: String, line: Int? = nil, column: Int? = nil, _ message: Message) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, text: message, severity: .error)
    }

    public static func warning(_ path: String, line: Int? = nil, column: Int? = nil, _ message: Message) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, text: message, severity: .warning)
    }

    /// `path:line: error: message`, the message in the environment's language.
    public var description: String { description(in: .current) }

    /// The prefix stays in English in every language, so tools can parse it; it is `path:line:` as SPEC §5
    /// writes it, without the column (the `github` format gives that as `col=`).
    public func description(in language: MessageLanguage) -> String {
        // A file name may hold a line break: shown escaped, it cannot start a line that reads as another diagnostic.
        var location = Self.escapingControls(path, keepIndentedBreaks: false)
        if let line { location += ":\(line)" }
        return "\(location): \(severity.rawValue): \(Self.escapingControls(text.text(in: language), keepIndentedBreaks: true))"
    }

    /// `text` with control characters escaped (`\n`, `\u{1B}`); with `keepIndentedBreaks`, a line break
    /// followed by two spaces stays, as messages break before an indented example.
    static func escapingControls(_ text: String, keepIndentedBreaks: Bool) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = ""
        for (i, scalar) in scalars.enumerated() {
            let indentedBreak = keepIndentedBreaks && scalar == "\n" && i + 2 < scalars.count && scalars[i + 1] == " " && scalars[i + 2] == " "
            if (scalar.value < 0x20 || scalar.value == 0x7F) && !indentedBreak {
                out += scalar.escaped(asASCII: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

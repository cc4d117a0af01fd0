import Foundation

/// How `placard check` (and later `placard audit`) prints its findings (SPEC §7.1): `text` on stderr
/// as `path:line: error: message`; the others on stdout, for CI.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case text, github, gitlab, json

    /// Whether the output goes to stdout (a report for a tool) rather than stderr (for a person).
    public var isReport: Bool { self != .text }

    /// The findings in this format. `rule` names the check behind a finding (GitLab's `check_name`);
    /// without one it is `placard-check`. Messages are in `language`; keys and severities stay English.
    public func render(_ diagnostics: [Diagnostic], language: MessageLanguage = .current,
                       rule: (Diagnostic) -> String? = { _ in nil }) -> String {
        switch self {
        case .text:
            return diagnostics.map { $0.description(in: language) + "\n" }.joined()
        case .github:
            return diagnostics.map { GitHubCommand.line(for: $0, language: language) + "\n" }.joined()
        case .gitlab:
            var seen = Set<String>()
            let issues = diagnostics.map { diagnostic -> CodeQualityIssue in
                var fingerprint = Self.fingerprint(diagnostic)
                var attempt = 1
                while !seen.insert(fingerprint).inserted {
                    fingerprint = Self.fingerprint(diagnostic, salt: attempt)
                    attempt += 1
                }
                return CodeQualityIssue(diagnostic, language: language, checkName: rule(diagnostic) ?? "placard-check", fingerprint: fingerprint)
            }
            return Self.encode(issues)
        case .json:
            return Self.encode(diagnostics.map { JSONFinding($0, language: language) })
        }
    }

    /// A stable hash of path, line, column, severity and message (English): 32 hex digits.
    static func fingerprint(_ diagnostic: Diagnostic, salt: Int = 0) -> String {
        let key = "\(diagnostic.path)\u{0}\(diagnostic.line ?? 0)\u{0}\(diagnostic.column ?? 0)\u{0}\(diagnostic.severity.rawValue)\u{0}\(diagnostic.message)\u{0}\(salt)"
        func fnv(_ basis: UInt64) -> String {
            var value = basis
            for byte in key.utf8 {
                value ^= UInt64(byte)
                value &*= 0x100000001b3
            }
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }
        return fnv(0xcbf29ce484222325) + fnv(0x84222325cbf29ce4)
    }

    private static func encode<T: Encodable>(_ value: [T]) -> String {
        if value.isEmpty { return "[]\n" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "[]\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// GitHub Actions workflow commands: `::error file=PATH,line=N::MESSAGE`.
enum GitHubCommand {
    static func line(for diagnostic: Diagnostic, language: MessageLanguage) -> String {
        var properties = "file=\(escapeProperty(diagnostic.path))"
        if let line = diagnostic.line { properties += ",line=\(line)" }
        if diagnostic.line != nil, let column = diagnostic.column { properties += ",col=\(column)" }
        return "::\(diagnostic.severity.rawValue) \(properties)::\(escapeData(diagnostic.text.text(in: language)))"
    }

    /// As GitHub's toolkit escapes a command's message.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// As GitHub's toolkit escapes a command's property values.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

/// One entry of a GitLab Code Quality report.
struct CodeQualityIssue: Encodable {
    struct Location: Encodable {
        struct Lines: Encodable { var begin: Int }
        var path: String
        var lines: Lines
    }

    var description: String
    var check_name: String
    var fingerprint: String
    var severity: String
    var location: Location

    init(_ diagnostic: Diagnostic, language: MessageLanguage, checkName: String, fingerprint: String) {
        description = diagnostic.text.text(in: language)
        check_name = checkName
        self.fingerprint = fingerprint
        severity = diagnostic.severity == .error ? "major" : "minor"
        location = Location(path: diagnostic.path, lines: .init(begin: diagnostic.line ?? 1))
    }
}

/// One entry of `--format json`: `line` is null when no line is known.
struct JSONFinding: Encodable {
    var path: String
    var line: JSONNullable<Int>
    var severity: String
    var message: String

    init(_ diagnostic: Diagnostic, language: MessageLanguage) {
        path = diagnostic.path
        line = JSONNullable(diagnostic.line)
        severity = diagnostic.severity.rawValue
        message = diagnostic.text.text(in: language)
    }
}

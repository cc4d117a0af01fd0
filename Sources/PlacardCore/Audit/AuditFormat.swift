import Foundation

/// The output formats of `placard audit`: text (stderr), JSON, GitHub workflow commands and the
/// HTML report (stdout). Messages are in the environment's language; keys and rule names stay English.
public enum AuditFormat: String, CaseIterable, Sendable {
    case text, json, html, github

    public func render(_ report: AuditReport, language: MessageLanguage = .current) -> String {
        switch self {
        case .text: report.findings.map { Self.textLine($0, language) + "\n" }.joined()
        case .json: Self.json(report, language)
        case .github: report.findings.map { Self.githubLine($0, language) + "\n" }.joined()
        case .html: AuditHTMLReport(report: report, language: language).html
        }
    }

    /// The text format's last line, on stdout.
    public static func summaryLine(_ report: AuditReport, language: MessageLanguage = .current) -> String {
        (report.passes ? ReportText.passes(warnings: report.warnings) : ReportText.fails(errors: report.errors, warnings: report.warnings)).text(in: language)
    }

    /// `path:line: error: [rule] message`.
    static func textLine(_ finding: AuditFinding, _ language: MessageLanguage) -> String {
        let location = finding.path + (finding.line.map { ":\($0)" } ?? "")
        return "\(location): \(finding.severity.rawValue): [\(finding.rule.rawValue)] \(finding.message.text(in: language))"
    }

    /// A JSON array of `{rule, severity, path, line, message}`.
    static func json(_ report: AuditReport, _ language: MessageLanguage) -> String {
        let items = report.findings.map { finding in
            "  {\"rule\": \(SearchJSONWriter.quoted(finding.rule.rawValue)), \"severity\": \"\(finding.severity.rawValue)\", "
                + "\"path\": \(SearchJSONWriter.quoted(finding.path)), \"line\": \(finding.line.map(String.init) ?? "null"), "
                + "\"message\": \(SearchJSONWriter.quoted(finding.message.text(in: language)))}"
        }
        return items.isEmpty ? "[]\n" : "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }

    /// `::error file=PATH,line=N::[rule] message`, escaped as GitHub's workflow commands ask.
    static func githubLine(_ finding: AuditFinding, _ language: MessageLanguage) -> String {
        func data(_ text: String) -> String {
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        }
        func property(_ text: String) -> String {
            data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        var properties = "file=\(property(finding.path))"
        if let line = finding.line { properties += ",line=\(line)" }
        return "::\(finding.severity.rawValue) \(properties)::\(data("[\(finding.rule.rawValue)] \(finding.message.text(in: language))"))"
    }
}

import Foundation
@testable import PlacardCore

extension TestSite {
    /// Audits with a fixed "now"; the report and the diagnostics about the run.
    func audit(now: String = "2025-06-01", externalLinks: Bool = false) -> (report: AuditReport, diagnostics: [Diagnostic]) {
        let diagnostics = Diagnostics()
        let options = AuditOptions(source: root, now: BuildOptions.parseNow(now)!, externalLinks: externalLinks)
        return (Audit.run(options, diagnostics: diagnostics), diagnostics.all)
    }

    /// The findings of one rule, as `path:line: severity: message` (English).
    func findings(_ rule: AuditRule, now: String = "2025-06-01") -> [String] {
        audit(now: now).report.findings.filter { $0.rule == rule }.map {
            "\($0.path):\($0.line.map(String.init) ?? "-"): \($0.severity.rawValue): \($0.message.en)"
        }
    }
}

/// site.yml with both series and both languages, and `extra` appended (an `audit:` block, say).
func auditConfig(series: String = """
      - key: elderly
        title: {zh: 助老助残篇, en: Older People}
      - key: education
        title: {zh: 教育篇, en: Education}
    """, extra: String = "") -> String {
    """
    title: {zh: 数字素养, en: Digital Literacy}
    baseURL: https://digital.example.gov.cn/
    languages:
      - {code: zh, locale: zh-CN, name: 中文}
      - {code: en, locale: en-US, name: English}
    series:
    \(series)
    \(extra)
    """
}

/// Articles in every series and language, dated `date`, so only the rule under test finds anything.
func everySeries(_ date: String, series: [String] = ["elderly", "education"]) -> [String: String] {
    var files: [String: String] = [:]
    for key in series {
        files["content/\(key)/fresh.zh.md"] = article("新闻", date: date)
        files["content/\(key)/fresh.en.md"] = article("News", date: date, body: "Text.")
    }
    return files
}

/// A project list of one project, p1 in the series elderly, its fields after `start:` (line 8) being `fields`.
func oneProjectList(_ fields: String) -> String {
    """
    title: {zh: 清单, en: List}
    projects:
      - id: p1
        title: {zh: 老年人手机课堂, en: Phone class}
        organizer: 教育厅
        organizerType: department
        series: elderly
        start: 2025-01-01

    """ + fields.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
}

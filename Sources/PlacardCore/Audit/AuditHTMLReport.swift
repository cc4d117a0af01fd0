/// The audit as one self-contained HTML page an office can send its leadership: inline CSS, no
/// script, accessible like the default theme (18px/1.6 text, contrast of 7:1 and more, landmarks).
struct AuditHTMLReport {
    let report: AuditReport
    let language: MessageLanguage

    var html: String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(language == .zh ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        let site = report.siteTitle.isEmpty ? "" : " · " + e(report.siteTitle)
        out += "<title>\(e(t(ReportText.title)))\(site)</title>\n<style>\(Self.css)</style>\n</head>\n<body>\n"
        out += "<header>\n"
        if !report.siteTitle.isEmpty { out += "<p class=\"site\">\(e(report.siteTitle))</p>\n" }
        out += "<h1>\(e(t(ReportText.title)))</h1>\n"
        out += "<p>\(e(t(ReportText.dated(report.now))))</p>\n</header>\n<main>\n"
        out += summary + findings
        out += "</main>\n<footer>\n<p>\(e(t(ReportText.footer)))</p>\n</footer>\n</body>\n</html>\n"
        return out
    }

    private var summary: String {
        let verdict = report.passes ? ReportText.passes(warnings: report.warnings) : ReportText.fails(errors: report.errors, warnings: report.warnings)
        var out = "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">\(e(t(ReportText.summary)))</h2>\n"
        out += "<p class=\"verdict \(report.passes ? "pass" : "fail")\">\(e(t(verdict)))</p>\n"
        out += "<table>\n<caption>\(e(t(ReportText.tableCaption)))</caption>\n<thead><tr>"
        out += "<th scope=\"col\">\(e(t(ReportText.ruleColumn)))</th><th scope=\"col\">\(e(t(ReportText.indicatorColumn)))</th>"
        out += "<th scope=\"col\" class=\"num\">\(e(t(ReportText.errorsColumn)))</th><th scope=\"col\" class=\"num\">\(e(t(ReportText.warningsColumn)))</th>"
        out += "</tr></thead>\n<tbody>\n"
        for rule in rows {
            let found = report.findings.filter { $0.rule == rule }
            let errors = found.filter { $0.severity == .error }.count
            let notChecked = rule == .deadLink && report.externalLinksChecked == nil
            out += "<tr><th scope=\"row\">\(e(t(ReportText.name(rule))))<br><code>\(rule.rawValue)</code></th>"
            out += "<td>\(e(t(ReportText.indicator(rule))))</td>"
            if notChecked {
                out += "<td colspan=\"2\">\(e(t(ReportText.notChecked)))</td></tr>\n"
            } else {
                out += "<td class=\"num\(errors > 0 ? " error" : "")\">\(errors)</td><td class=\"num\">\(found.count - errors)</td></tr>\n"
            }
        }
        out += "</tbody>\n</table>\n</section>\n"
        return out
    }

    /// The rules of the summary table: `check` only when it found something, the others only when they ran.
    private var rows: [AuditRule] {
        AuditRule.allCases.filter { $0 == .check ? report.findings.contains { $0.rule == .check } : report.siteRead }
    }

    private var findings: String {
        var out = "<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">\(e(t(ReportText.findings)))</h2>\n"
        if report.findings.isEmpty { out += "<p>\(e(t(ReportText.none)))</p>\n" }
        for rule in AuditRule.allCases {
            let found = report.findings.filter { $0.rule == rule }
            guard !found.isEmpty else { continue }
            out += "<section aria-labelledby=\"rule-\(rule.rawValue)\">\n"
            out += "<h3 id=\"rule-\(rule.rawValue)\">\(e(t(ReportText.name(rule)))) <code>\(rule.rawValue)</code> (\(found.count))</h3>\n<ol>\n"
            for finding in found { out += item(finding) }
            out += "</ol>\n</section>\n"
        }
        return out + "</section>\n"
    }

    private func item(_ finding: AuditFinding) -> String {
        let severity = finding.severity == .error ? ReportText.error : ReportText.warning
        var out = "<li>\n<p class=\"where\"><span class=\"badge \(finding.severity.rawValue)\">\(e(t(severity)))</span> "
        out += "<code>\(e(finding.path + (finding.line.map { ":\($0)" } ?? "")))</code></p>\n"
        out += "<p>\(e(finding.message.text(in: language)))</p>\n"
        if let context = finding.context, !context.isEmpty {
            out += "<p class=\"context\"><span class=\"label\">\(e(t(ReportText.context)))</span> \(e(context))</p>\n"
        }
        if let url = finding.url {
            out += "<p class=\"page\"><span class=\"label\">\(e(t(ReportText.page)))</span> <a href=\"\(HTMLEscape.attribute(url))\">\(e(url))</a></p>\n"
        }
        return out + "</li>\n"
    }

    private func t(_ message: Message) -> String { message.text(in: language) }
    private func e(_ text: String) -> String { HTMLEscape.text(text) }

    static let css = """
    body{margin:0;background:#fff;color:#1a1a1a;font:18px/1.6 system-ui,-apple-system,"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif}
    header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
    header{border-bottom:4px solid #8b0000;padding-bottom:.5rem}
    .site{margin:1rem 0 0;font-weight:bold}
    h1{font-size:1.8rem;margin:.25rem 0}h2{font-size:1.5rem;margin-top:2rem}h3{font-size:1.25rem;margin-top:1.5rem}
    .verdict{font-size:1.25rem;font-weight:bold;padding:.75rem 1rem;border-left:6px solid}
    .verdict.pass{background:#e9f5ec;color:#0b5d1e}.verdict.fail{background:#fdecec;color:#8b0000}
    table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:bold;padding:.5rem 0}
    th,td{border:1px solid #767676;padding:.4rem .6rem;text-align:left;vertical-align:top}
    thead th{background:#f3f3f3}td.error{color:#8b0000;font-weight:bold}.num{width:3.5em;text-align:right}
    tbody th code{white-space:nowrap;overflow-wrap:normal}
    @media (max-width:600px){body{font-size:18px}th,td{padding:.3rem .4rem}.num{width:2.5em}}
    code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em;overflow-wrap:anywhere}
    ol{padding-left:1.5rem}li{margin:0 0 1.25rem;padding-bottom:.75rem;border-bottom:1px solid #d0d0d0}
    li p{margin:.25rem 0}.context{background:#f3f3f3;padding:.25rem .5rem;overflow-wrap:anywhere}
    .label{font-weight:bold;margin-right:.5rem}.page a{color:#00458a;overflow-wrap:anywhere}
    .badge{display:inline-block;padding:0 .5rem;border:2px solid;border-radius:4px;font-weight:bold}
    .badge.error{color:#8b0000}.badge.warning{color:#5c3900}
    footer{margin-top:2rem;border-top:1px solid #d0d0d0;color:#444}
    """
}

import Foundation

/// `dead-link`: every external link of the content checked on every run (nothing is kept between
/// runs, so a link that broke since the last one is always reported), one finding for each place a
/// dead one is written.
struct DeadLinkRule {
    let checker: LinkChecker

    func findings(_ links: [ExternalLink]) -> (findings: [AuditFinding], checked: Int) {
        let unique = Array(Set(links.map(\.url))).sorted()
        let results = checker.check(unique)
        let findings = links.compactMap { link -> AuditFinding? in
            guard let problem = results[link.url] ?? nil else { return nil }
            return AuditFinding(rule: .deadLink, severity: .warning, path: link.path, line: link.line,
                                message: .auditDeadLink(link.url, problem), context: link.context, url: link.page)
        }
        return (findings, unique.count)
    }
}

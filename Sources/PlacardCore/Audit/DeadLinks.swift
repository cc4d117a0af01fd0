import Foundation

/// The external links that answered well, with when: `.placard/link-cache.json` in the site
/// folder. A link checked within the last day is not asked again, so CI runs do not hammer hosts;
/// a link that failed is asked again on every run, so its finding is always current.
struct LinkCache {
    static let path = ".placard/link-cache.json"
    static let freshFor: TimeInterval = 24 * 60 * 60

    private struct File: Codable {
        var version = 1
        /// URL → when it last answered 2xx/3xx (RFC 3339, UTC).
        var good: [String: String] = [:]
    }

    let url: URL
    let clock: Date
    private var file = File()

    init(root: URL, clock: Date) {
        url = root.appendingPathComponent(Self.path)
        self.clock = clock
        if let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data) {
            self.file.good = file.good.filter { isFresh($0.value) }
        }
    }

    func isGood(_ link: String) -> Bool { file.good[link] != nil }

    mutating func record(good links: [String]) {
        let stamp = Self.formatter.string(from: clock)
        for link in links { file.good[link] = stamp }
    }

    func save() throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(file).write(to: url, options: .atomic)
    }

    private func isFresh(_ stamp: String) -> Bool {
        guard let date = Self.formatter.date(from: stamp) else { return false }
        return clock.timeIntervalSince(date) < Self.freshFor && date <= clock.addingTimeInterval(60)
    }

    private static var formatter: ISO8601DateFormatter { ISO8601DateFormatter() }
}

/// `dead-link`: every external link of the content checked (or found good in the cache), one
/// finding for each place a dead one is written.
struct DeadLinkRule {
    let root: URL
    let checker: LinkChecker
    let clock: Date

    func findings(_ links: [ExternalLink], diagnostics: Diagnostics) -> (findings: [AuditFinding], checked: Int) {
        var cache = LinkCache(root: root, clock: clock)
        let unique = Array(Set(links.map(\.url))).sorted()
        let results = checker.check(unique.filter { !cache.isGood($0) })
        cache.record(good: results.filter { $0.value == nil }.map(\.key))
        do {
            try cache.save()
        } catch {
            diagnostics.warning(LinkCache.path, .auditCacheNotWritten(error.localizedDescription))
        }
        let findings = links.compactMap { link -> AuditFinding? in
            guard let problem = results[link.url] ?? nil else { return nil }
            return AuditFinding(rule: .deadLink, severity: .warning, path: link.path, line: link.line,
                                message: .auditDeadLink(link.url, problem), context: link.context, url: link.page)
        }
        return (findings, unique.count)
    }
}

import Foundation

/// Which entries each list shows, computed once so that no page scans every entry.
struct ListIndex: Sendable {
    /// Language → article indices (into `SitePlan.entries`), newest first.
    let articles: [String: [Int]]
    /// Language → series key → article indices, newest first.
    let bySeries: [String: [String: [Int]]]
    /// Language → group key → entry indices (articles and pages), newest first.
    let byGroup: [String: [String: [Int]]]

    init(plan: SitePlan) {
        var articles: [String: [Int]] = [:]
        var bySeries: [String: [String: [Int]]] = [:]
        var byGroup: [String: [String: [Int]]] = [:]
        for (index, entry) in plan.entries.enumerated() {
            if let series = entry.seriesKey {
                articles[entry.language, default: []].append(index)
                bySeries[entry.language, default: [:]][series, default: []].append(index)
            }
            for group in Set(entry.document.groups) {
                byGroup[entry.language, default: [:]][group, default: []].append(index)
            }
        }
        self.articles = articles
        self.bySeries = bySeries
        self.byGroup = byGroup
    }
}

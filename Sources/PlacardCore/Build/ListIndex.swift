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

/// Each entry's card and each project's row, rendered once per language by the theme's `card`
/// and `project-row` partials, then reused by every list that shows them.
struct RenderedSnippets: Sendable {
    /// Index into `SitePlan.entries` → card HTML.
    let cards: [String]
    /// Language → project id → row HTML.
    let projectRows: [String: [String: String]]

    init(cards: [String], projectRows: [String: [String: String]]) {
        self.cards = cards
        self.projectRows = projectRows
    }

    /// The card of one entry.
    static func card(_ entry: Entry, theme: Theme, contexts: [String: LanguageContext]) throws -> String {
        guard let context = contexts[entry.language] else { return "" }
        return try theme.render("card", context.snippet(context.card(entry)))
    }

    init(plan: SitePlan, projects: [Project], theme: Theme, contexts: [String: LanguageContext], now: Day) throws {
        var cards = [String](repeating: "", count: plan.entries.count)
        var failure: Error?
        let lock = NSLock()
        cards.withUnsafeMutableBufferPointer { buffer in
            let out = buffer
            DispatchQueue.concurrentPerform(iterations: plan.entries.count) { index in
                do {
                    out[index] = try Self.card(plan.entries[index], theme: theme, contexts: contexts)
                } catch {
                    lock.lock(); failure = error; lock.unlock()
                }
            }
        }
        if let failure { throw failure }
        let pairs = contexts.keys.sorted().flatMap { code in projects.map { (code, $0) } }
        var rendered = [String](repeating: "", count: pairs.count)
        rendered.withUnsafeMutableBufferPointer { buffer in
            let out = buffer
            DispatchQueue.concurrentPerform(iterations: pairs.count) { index in
                let (code, project) = pairs[index]
                guard let context = contexts[code] else { return }
                do {
                    out[index] = try theme.render("project-row", context.snippet(context.projectRow(project, now: now)))
                } catch {
                    lock.lock(); failure = error; lock.unlock()
                }
            }
        }
        if let failure { throw failure }
        var rows: [String: [String: String]] = [:]
        for (index, pair) in pairs.enumerated() { rows[pair.0, default: [:]][pair.1.id] = rendered[index] }
        self.cards = cards
        projectRows = rows
    }
}

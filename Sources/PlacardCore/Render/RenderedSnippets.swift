import Foundation

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
    static func card(_ entry: Entry, _ body: EntryBody, theme: Theme, contexts: [String: LanguageContext]) throws -> String {
        guard let context = contexts[entry.language] else { return "" }
        let card = context.card(entry, body)
        return theme.directCard ? DefaultThemePages.card(card) : try theme.render("card", context.snippet(card))
    }

    init(plan: SitePlan, bodies: [EntryBody], projects: [Project], theme: Theme, contexts: [String: LanguageContext], now: Day) throws {
        let cards = Parallel.map(plan.entries.count) { index -> Result<String, Error> in
            Result { try Self.card(plan.entries[index], bodies[index], theme: theme, contexts: contexts) }
        }
        let pairs = contexts.keys.sorted().flatMap { code in projects.map { (code, $0) } }
        let rendered = Parallel.map(pairs.count) { index -> Result<String, Error> in
            let (code, project) = pairs[index]
            guard let context = contexts[code] else { return .success("") }
            return Result { try theme.render("project-row", context.snippet(context.projectRow(project, now: now))) }
        }
        self.cards = try cards.map { try $0.get() }
        var rows: [String: [String: String]] = [:]
        for (index, pair) in pairs.enumerated() { rows[pair.0, default: [:]][pair.1.id] = try rendered[index].get() }
        projectRows = rows
    }
}

import Foundation

/// How a build's search indexes are split into jobs. The indexes are a build's longest jobs, and one
/// after another they would finish alone after the pages, so they are made side by side on two cores
/// when that does not hold two large indexes at once (the peak of a build's memory):
/// - a small site's languages each make a job of their own;
/// - on a larger site, the language with the most text makes its index alone, and the others, one
///   after another, make theirs in a second job when together they have at most half its text:
///   they are done long before its index reaches its peak;
/// - else the largest language starts alone, and the others make theirs one after another in a
///   job given after the pages: it runs on the core the pages leave while the largest index ends
///   (the part of it that one core does alone), not after it.
enum SearchSchedule {
    /// The most plain text (UTF-8 bytes, every body together) of a site whose indexes are made side by
    /// side: about 3,000 articles. Each index then holds some 100 MB at its peak.
    static let sideBySideText = 24 << 20

    /// The jobs to start now and those to give after the pages. Each language's document shards
    /// are a job of their own, started now.
    static func jobs(site: Site, plan: SitePlan, bodies: RenderedBodies, contexts: [String: LanguageContext],
                     urls: URLs) -> (now: [PageJob], afterPages: [PageJob]) {
        let groups = groups(texts: text(of: site, plan: plan, bodies: bodies), cores: Parallel.width)
        let codes = site.config.languages.map(\.code)
        var documents: [String: [SearchDocument]] = [:]
        for code in codes {
            documents[code] = SearchJobs.documents(site: site, plan: plan, bodies: bodies, context: contexts[code]!, urls: urls)
        }
        let dictionaries = { (group: [String]) in
            SearchJobs.dictionaries(codes: group, documents: group.map { documents[$0]! }, synonyms: site.config.searchSynonyms)
        }
        let documentShards = codes.map { SearchJobs.documentShards(code: $0, documents: documents[$0]!) }
        return (groups.now.map(dictionaries) + documentShards, groups.afterPages.map(dictionaries))
    }

    /// The languages of each job: `now`, started as soon as the bodies are rendered, and
    /// `afterPages`, given after the pages.
    struct Groups: Equatable {
        var now: [[String]]
        var afterPages: [[String]] = []
    }

    /// The languages of each job, from each language's text (`[(code, UTF-8 bytes)]`, in site.yml's order).
    static func groups(texts: [(code: String, bytes: Int)], cores: Int) -> Groups {
        let codes = texts.map(\.code)
        guard cores > 1, codes.count > 1 else { return Groups(now: codes.isEmpty ? [] : [codes]) }
        if texts.reduce(0, { $0 + $1.bytes }) <= sideBySideText { return Groups(now: codes.map { [$0] }) }
        let largest = texts.indices.max { texts[$0].bytes < texts[$1].bytes }!
        let others = texts.indices.filter { $0 != largest }
        let otherCodes = others.map { codes[$0] }
        guard others.reduce(0, { $0 + texts[$1].bytes }) * 2 <= texts[largest].bytes else {
            return Groups(now: [[codes[largest]]], afterPages: [otherCodes])
        }
        return Groups(now: [[codes[largest]], otherCodes])
    }

    /// Each language's plain text, in bytes.
    private static func text(of site: Site, plan: SitePlan, bodies: RenderedBodies) -> [(code: String, bytes: Int)] {
        var bytes: [String: Int] = [:]
        for (entry, body) in zip(plan.entries, bodies.entries) { bytes[entry.language, default: 0] += body.plainText.utf8.count }
        return site.config.languages.map { ($0.code, bytes[$0.code] ?? 0) }
    }
}

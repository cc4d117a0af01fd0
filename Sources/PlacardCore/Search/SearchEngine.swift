/// A document that matches, with its integer score and its tier: 0 when it holds the query as
/// typed (after folding), 1 when a chunk matched only through a synonym, 2 through full pinyin,
/// 3 through pinyin initials. Lower tiers come first.
public struct SearchHit: Equatable, Sendable {
    public var doc: Int
    public var score: Int
    public var tier: Int = 0

    /// Rank order: tier, then score (higher first), then document id (newer first).
    static func before(_ a: SearchHit, _ b: SearchHit) -> Bool {
        if a.tier != b.tier { return a.tier < b.tier }
        return a.score != b.score ? a.score > b.score : a.doc < b.doc
    }
}

/// Answers queries from an index: the algorithm of `docs/search.md`, "Answering a query",
/// which `search-engine-match.js` and `search-engine-answer.js` implement step for step.
public final class SearchEngine {
    public let reader: SearchIndexReader
    let folder = SearchFolder()

    /// The synonym groups (site.yml's `search.synonyms`), their words as query chunks.
    private lazy var synonymGroups: [[SearchQuery.Chunk]] = (reader.entry.synonyms ?? []).map { group in
        group.compactMap { word -> SearchQuery.Chunk? in
            let parsed = SearchQuery(word, folder: folder).chunks
            guard parsed.count == 1 else { return nil }
            return SearchQuery.Chunk(units: parsed[0].units, prefix: false)
        }
    }

    /// For each word of a synonym group (by `signature`), where it stands: its group and its
    /// place there. A list of the other words for each would take memory quadratic in the
    /// size of a group (16,000 words: gigabytes).
    private lazy var synonymPlaces: [String: [(group: Int, word: Int)]] = {
        var result: [String: [(group: Int, word: Int)]] = [:]
        for (g, chunks) in synonymGroups.enumerated() {
            for (i, chunk) in chunks.enumerated() { result[Self.signature(chunk), default: []].append((g, i)) }
        }
        return result
    }()

    /// The other words of the groups that hold `chunk`, group after group.
    private func synonyms(of chunk: SearchQuery.Chunk) -> [SearchQuery.Chunk] {
        (synonymPlaces[Self.signature(chunk)] ?? []).flatMap { place in
            synonymGroups[place.group].enumerated().filter { $0.offset != place.word }.map(\.element)
        }
    }

    public init(reader: SearchIndexReader) {
        self.reader = reader
    }

    /// What identifies a chunk's folded text, whatever its prefix flag.
    static func signature(_ chunk: SearchQuery.Chunk) -> String {
        chunk.units.map { "\($0.offset):\($0.text)" }.joined(separator: "\u{1}")
    }

    /// What one chunk matched: score and, where the index keeps positions, start offsets.
    struct ChunkResult {
        var scores: [UInt32: Int]
        var starts: [UInt32: [UInt32]]?
        var length: Int
    }

    /// Every matching document, best first (score descending, then document id).
    public func search(_ text: String, filters: SearchFilters = SearchFilters()) throws -> [SearchHit] {
        let query = SearchQuery(text, folder: folder)
        if query.isEmpty { return [] }
        var hits = try typedHits(query)
        var seen = Set(hits.map(\.doc))
        for hit in try pinyinHits(folder.foldedString(text)) where seen.insert(hit.doc).inserted { hits.append(hit) }
        var allowed: Set<UInt32>?
        for facet in SearchFilters.facets where !filters.values(facet).isEmpty {
            var docs = Set<UInt32>()
            for value in filters.values(facet) { docs.formUnion(try reader.term(SearchTermKey.filter(facet, value))?.docs ?? []) }
            allowed = allowed.map { $0.intersection(docs) } ?? docs
        }
        if let allowed { hits.removeAll { !allowed.contains(UInt32($0.doc)) } }
        hits.sort(by: SearchHit.before)
        return hits
    }

    /// The documents holding every chunk (or one of its synonyms), unfiltered.
    private func typedHits(_ query: SearchQuery) throws -> [SearchHit] {
        // Positions of every chunk are read only when a phrase bonus is possible.
        let phrase = query.chunks.count > 1 && query.chunks.allSatisfy(Self.keepsPositions)
        var results: [ChunkResult] = []
        // Documents that hold some chunk only as one of its synonyms (tier 1).
        var throughSynonym = Set<UInt32>()
        for chunk in query.chunks {
            var result = try match(chunk, needStarts: phrase) ?? ChunkResult(scores: [:], starts: nil, length: chunk.length)
            for other in synonyms(of: chunk) {
                for (doc, score) in try match(other, needStarts: false)?.scores ?? [:] where result.scores[doc] == nil {
                    result.scores[doc] = score
                    throughSynonym.insert(doc)
                }
            }
            guard !result.scores.isEmpty else { return [] }
            results.append(result)
        }
        let smallest = results.indices.min { results[$0].scores.count < results[$1].scores.count }!
        var hits: [SearchHit] = []
        for doc in results[smallest].scores.keys {
            var total = 0
            var all = true
            for r in results {
                guard let s = r.scores[doc] else { all = false; break }
                total += s
            }
            guard all else { continue }
            if phrase && results.allSatisfy({ $0.starts != nil }) && Self.inSequence(results, doc: doc) { total += total / 2 }
            hits.append(SearchHit(doc: Int(doc), score: total, tier: throughSynonym.contains(doc) ? 1 : 0))
        }
        return hits
    }

    /// The terms of the runs of `size` adjacent units of a chunk, one slot per run; the
    /// last run expands to every word it begins when the chunk ends in a prefix.
    private func slots(_ chunk: SearchQuery.Chunk, size: Int) throws -> [[SearchIndexReader.Term]] {
        let units = chunk.units
        var slots: [[SearchIndexReader.Term]] = []
        for i in 0...(units.count - size) {
            let run = units[i..<(i + size)]
            if chunk.prefix && i == units.count - size {
                if size == 1 {
                    slots.append(try reader.terms(withPrefix: run.last!.text, accept: SearchTermKey.isWord))
                } else {
                    let head = SearchTermKey.join(run.dropLast()) + " "
                    slots.append(try reader.terms(withPrefix: head + run.last!.text) { SearchTermKey.isWord(String($0.dropFirst(head.count))) })
                }
            } else {
                slots.append(try reader.term(SearchTermKey.join(run)).map { [$0] } ?? [])
            }
        }
        return slots
    }

    /// Whether the index keeps positions for a chunk: a lone word, or three units or more
    /// (their triples). Two units are a pair, which has none, even when the first is a word (`2024年`).
    static func keepsPositions(_ chunk: SearchQuery.Chunk) -> Bool {
        chunk.units.count >= 3 || (chunk.units.count == 1 && chunk.units[0].kind == .word)
    }

    /// The triples whose positions settle a chunk of `k` units (`k` ≥ 3): those starting at
    /// 0, 3, 6, … and at `k` − 3, which cover every unit. Fixed, so that the engine reads the
    /// same few terms whatever the index holds.
    static func cover(_ k: Int) -> [Int] {
        var starts = Array(stride(from: 0, to: k - 2, by: 3))
        if starts.last != k - 3 { starts.append(k - 3) }
        return starts
    }

    /// The order in which the records of a cover of `count` triples are read: the last, then
    /// the others from the first.
    static func readingOrder(_ count: Int) -> [Int] {
        [count - 1] + Array(0..<(count - 1))
    }

    /// Whether a chunk is a run of four Han characters or more (answered by `matchRun`).
    static func isHanRun(_ chunk: SearchQuery.Chunk) -> Bool {
        chunk.units.count >= 4 && chunk.units.allSatisfy { $0.kind == .han }
    }

    /// The documents holding a chunk. One unit, two and three are looked up directly (a pair
    /// or a triple is an exact adjacency); a run of Han characters by `matchRun`; other longer
    /// chunks are checked against the positions of a cover of their triples, which makes the
    /// answer exact. `needStarts` asks for start offsets too (for the phrase bonus): a chunk
    /// of Han characters gives them only from a rare triple's positions (inline, small).
    private func match(_ chunk: SearchQuery.Chunk, needStarts: Bool) throws -> ChunkResult? {
        if Self.isHanRun(chunk) { return try matchRun(chunk, needStarts: needStarts) }
        if let marks = Self.joins(chunk) { return try matchJoined(chunk, marks: marks) }
        let k = chunk.units.count
        let triples = k >= 3 ? try slots(chunk, size: 3) : []
        if triples.contains(where: \.isEmpty) { return nil }
        let scored = try slots(chunk, size: min(k, 2))
        if scored.contains(where: \.isEmpty) { return nil }
        let perSlot = Self.bestScores(scored)
        let tripleDocs = triples.map { Set($0.flatMap(\.docs)) }
        let smallest = perSlot.indices.min { perSlot[$0].count < perSlot[$1].count }!
        var scores: [UInt32: Int] = [:]
        for doc in perSlot[smallest].keys where tripleDocs.allSatisfy({ $0.contains(doc) }) {
            var total = 0
            var all = true
            for slot in perSlot {
                guard let s = slot[doc] else { all = false; break }
                total += s
            }
            if all { scores[doc] = total }
        }
        let han = chunk.units.allSatisfy { $0.kind == .han }
        guard Self.keepsPositions(chunk) && (k >= 4 || needStarts) && !(han && triples[0][0].isCommon) else {
            return ChunkResult(scores: scores, starts: nil, length: chunk.length)
        }
        let chosen = k >= 3 ? Self.cover(k) : [0]
        let starts = try self.starts(chunk, at: chosen, terms: chosen.map { (k >= 3 ? triples : scored)[$0] }, among: Set(scores.keys))
        scores = scores.filter { starts[$0.key] != nil }
        return ChunkResult(scores: scores, starts: starts, length: chunk.length)
    }

    /// For each slot (the terms that may stand at one place of a chunk), each document's best
    /// score among those terms: `idf × score byte`.
    static func bestScores(_ slots: [[SearchIndexReader.Term]]) -> [[UInt32: Int]] {
        slots.map { terms in
            var best: [UInt32: Int] = [:]
            for term in terms {
                for (i, doc) in term.docs.enumerated() {
                    let s = term.idf * Int(term.scores[i])
                    if s > best[doc, default: -1] { best[doc] = s }
                }
            }
            return best
        }
    }

    /// A run of four Han characters or more: up to `maxLongGram` (12) characters,
    /// `matchWindow`; longer, the windows of `windows`, read one after the other, stopping at the first
    /// that no document holds: the run starts at `p` in a document when each window starts
    /// at `p` plus its offset there, and its score is the sum of the windows' scores.
    private func matchRun(_ chunk: SearchQuery.Chunk, needStarts: Bool) throws -> ChunkResult? {
        let k = chunk.units.count
        guard k > SearchIndexFormat.maxLongGram else {
            guard let found = try matchWindow(chunk.units[...], positions: false) else { return nil }
            return ChunkResult(scores: found.scores, starts: needStarts ? found.starts : nil, length: chunk.length)
        }
        var scores: [UInt32: Int] = [:]
        var starts: [UInt32: Set<UInt32>] = [:]
        for (n, w) in Self.windows(k).enumerated() {
            let units = chunk.units[w..<(w + SearchIndexFormat.maxLongGram)]
            guard let found = try matchWindow(units, positions: true), let at = found.starts else { return nil }
            let shift = UInt32(chunk.units[w].offset)
            if n == 0 {
                for (doc, list) in at {
                    starts[doc] = Set(list)
                    scores[doc] = found.scores[doc]
                }
            } else {
                for (doc, run) in starts {
                    let here = run.filter { at[doc]?.contains($0 + shift) ?? false }
                    if here.isEmpty {
                        starts[doc] = nil
                        scores[doc] = nil
                    } else {
                        starts[doc] = here
                        scores[doc]! += found.scores[doc] ?? 0
                    }
                }
            }
            if starts.isEmpty { return nil }
        }
        return ChunkResult(scores: scores, starts: needStarts ? starts.mapValues { $0.sorted() } : nil, length: chunk.length)
    }

    /// The windows that settle a run of `k` > `maxLongGram` (12) Han characters: 12 characters
    /// each, starting at 0, 12, 24, … and at `k` − 12, which together hold every character.
    /// Fixed, like `cover`.
    static func windows(_ k: Int) -> [Int] {
        let size = SearchIndexFormat.maxLongGram
        var starts = Array(stride(from: 0, to: k - size + 1, by: size))
        if starts.last != k - size { starts.append(k - size) }
        return starts
    }

    /// A run of 4 to `maxLongGram` Han characters (`units`, offsets from the chunk's start): its long
    /// gram when the index has it (with `positions`, the gram's positions give its starts;
    /// only grams of `maxLongGram` characters carry them); else, when every run is a gram (a small
    /// site), nothing; else the triples of `cover`, read without
    /// their postings first, one at a time: one missing or common, and no document holds the
    /// run (it would be a long gram); else their positions settle it and their scores add
    /// up. Starts are offsets of the run's first character, when known.
    private func matchWindow(_ units: ArraySlice<SearchUnit>, positions: Bool) throws -> (scores: [UInt32: Int], starts: [UInt32: [UInt32]]?)? {
        let window = SearchQuery.Chunk(units: units.map {
            SearchUnit(kind: $0.kind, text: $0.text, offset: $0.offset - units.first!.offset, length: $0.length)
        }, prefix: false)
        let k = window.units.count
        if let gram = try reader.term(SearchTermKey.join(window.units[...])) {
            // A long gram's postings are exact and carry its own scores.
            var scores: [UInt32: Int] = [:]
            for (i, doc) in gram.docs.enumerated() { scores[doc] = gram.idf * Int(gram.scores[i]) }
            guard positions else { return (scores, nil) }
            guard gram.hasPositions else { throw SearchIndexError.malformed("long gram \(gram.key) without positions") }
            return (scores, try reader.positions(of: gram))
        }
        // On a small site every run is a long gram.
        if reader.entry.everyRun == true { return nil }
        let chosen = Self.cover(k)
        var heads: [SearchIndexReader.Term?] = Array(repeating: nil, count: chosen.count)
        // One after the other, stopping at the first that settles it (the browser does the same),
        // the last first: a query typed a character at a time is absent first at its end.
        for n in Self.readingOrder(chosen.count) {
            let i = chosen[n]
            guard let head = try reader.term(SearchTermKey.join(window.units[i..<(i + 3)]), postings: false), !head.isCommon else { return nil }
            heads[n] = head
        }
        var terms: [SearchIndexReader.Term] = []
        for head in heads { terms.append(try reader.term(head!.key)!) }
        var candidates = Set(terms[0].docs)
        for term in terms.dropFirst() { candidates.formIntersection(term.docs) }
        let starts = try self.starts(window, at: chosen, terms: terms.map { [$0] }, among: candidates)
        var scores: [UInt32: Int] = [:]
        for term in terms {
            for (i, doc) in term.docs.enumerated() where starts[doc] != nil {
                scores[doc, default: 0] += term.idf * Int(term.scores.isEmpty ? 0 : term.scores[i])
            }
        }
        return (scores, starts)
    }

    /// The start offsets of a chunk in each document of `among`: one offset `p` such that the
    /// terms of slot `i` (the run starting at unit `at[i]`) have a position at `p` plus that
    /// unit's offset.
    func starts(_ chunk: SearchQuery.Chunk, at chosen: [Int], terms: [[SearchIndexReader.Term]], among: Set<UInt32>) throws -> [UInt32: [UInt32]] {
        var slotPositions: [[UInt32: Set<UInt32>]] = []
        for slot in terms {
            var merged: [UInt32: Set<UInt32>] = [:]
            for term in slot {
                for (doc, list) in try reader.positions(of: term) where among.contains(doc) {
                    merged[doc, default: []].formUnion(list)
                }
            }
            slotPositions.append(merged)
        }
        return Self.starts(chunk, at: chosen, positions: slotPositions, among: among)
    }

    /// The start offsets of a chunk in each document of `among`, from each slot's positions.
    static func starts(_ chunk: SearchQuery.Chunk, at chosen: [Int], positions slotPositions: [[UInt32: Set<UInt32>]],
                       among: Set<UInt32>) -> [UInt32: [UInt32]] {
        let offsets = chosen.map { UInt32(chunk.units[$0].offset) }
        var starts: [UInt32: [UInt32]] = [:]
        for doc in among {
            var found: [UInt32] = []
            for p in slotPositions[0][doc] ?? [] where p >= offsets[0] {
                let start = p - offsets[0]
                var ok = true
                for s in 1..<slotPositions.count where !(slotPositions[s][doc]?.contains(start + offsets[s]) ?? false) {
                    ok = false
                    break
                }
                if ok { found.append(start) }
            }
            if !found.isEmpty { starts[doc] = found.sorted() }
        }
        return starts
    }

    /// Whether the chunks occur in query order, each starting one or two scalars after the
    /// previous one ends (the exact-phrase bonus).
    private static func inSequence(_ results: [ChunkResult], doc: UInt32) -> Bool {
        var reachable = Set(results[0].starts?[doc] ?? [])
        for j in 1..<results.count {
            let length = UInt32(results[j - 1].length)
            var next = Set<UInt32>()
            for q in results[j].starts?[doc] ?? [] {
                if q >= length + 1, reachable.contains(q - length - 1) || (q >= length + 2 && reachable.contains(q - length - 2)) {
                    next.insert(q)
                }
            }
            if next.isEmpty { return false }
            reachable = next
        }
        return true
    }
}

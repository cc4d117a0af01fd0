/// A sentence pasted with its punctuation (index version 8): a chunk of Han runs joined by
/// single marks, answered from the join terms of `SearchJoinTerms`.
extension SearchEngine {
    /// The marks of a chunk of runs of Han characters joined by single punctuation marks
    /// (`为让老年人真正跨越数字鸿沟，区融媒体中心还编印了图文并茂的操作手册`), its first and last run
    /// of four characters or more: their unit indices. Nil for any other chunk.
    static func joins(_ chunk: SearchQuery.Chunk) -> [Int]? {
        let units = chunk.units
        var marks: [Int] = []
        for (i, unit) in units.enumerated() where unit.kind != .han {
            guard unit.kind == .symbol, i > 0, i + 1 < units.count, units[i - 1].kind == .han, units[i + 1].kind == .han else { return nil }
            marks.append(i)
        }
        guard let first = marks.first, let last = marks.last, first >= 4, units.count - last - 1 >= 4 else { return nil }
        return marks
    }

    /// A chunk of runs joined by marks (`joins`), from its join terms (`SearchJoinTerms`). One
    /// slot per mark (but the first, when there are two or more): the heads after the mark
    /// (exactly the chunk's run up to the next mark; starting with its last run after the
    /// last mark) with one of the tails before it (those that start with the run before the
    /// mark, reversed, then the mark before that and the run before that, reversed: exact
    /// but for the chunk's first run, which may be the end of a longer one). With one slot
    /// (two or three runs) the documents whose heads have one of those tails hold the chunk,
    /// and no positions are read; with more, the chunk starts at `p` when each slot's mark is
    /// at `p` plus its offset in the chunk, with one of its tails. Its score: each slot's
    /// highest idf among its heads (they carry no score bytes), added up. Only a chunk of
    /// four runs or more has start offsets.
    func matchJoined(_ chunk: SearchQuery.Chunk, marks: [Int]) throws -> ChunkResult? {
        let units = chunk.units
        let scalars = units.map { $0.text.unicodeScalars.first! }
        let slotMarks = marks.count == 1 ? 0..<1 : 1..<marks.count
        var slots: [(tails: ClosedRange<Int>, heads: [SearchIndexReader.Term])] = []
        for n in slotMarks {
            let mark = marks[n]
            guard let tails = try reader.tailOrdinals(withPrefix: Self.tailPrefix(units, scalars, marks: marks, n)) else { return nil }
            let heads = n + 1 < marks.count
                ? try reader.term(SearchJoinTerms.headKey(mark: units[mark].text, after: scalars[(mark + 1)..<marks[n + 1]])).map { [$0] } ?? []
                : try reader.terms(withPrefix: SearchJoinTerms.headKey(mark: units[mark].text, after: scalars[(mark + 1)...])) { _ in true }
            if heads.isEmpty { return nil }
            slots.append((tails, heads))
        }
        // Each slot's heads count only where one of its tails stood before them.
        var perSlot: [[UInt32: Int]] = []
        for slot in slots {
            var best: [UInt32: Int] = [:]
            for term in slot.heads {
                for (i, doc) in term.docs.enumerated() where term.tails[i].contains(where: slot.tails.contains) {
                    if term.idf > best[doc, default: -1] { best[doc] = term.idf }
                }
            }
            perSlot.append(best)
        }
        var candidates = Set(perSlot[0].keys)
        for slot in perSlot.dropFirst() { candidates = candidates.filter { slot[$0] != nil } }
        if candidates.isEmpty { return nil }
        if slots.count == 1 { return ChunkResult(scores: perSlot[0], starts: nil, length: chunk.length) }
        var positions: [[UInt32: Set<UInt32>]] = []
        for slot in slots {
            var merged: [UInt32: Set<UInt32>] = [:]
            for term in slot.heads {
                for (doc, list) in try reader.occurrences(of: term) where candidates.contains(doc) {
                    for o in list where slot.tails.contains(o.tail) { merged[doc, default: []].insert(o.offset) }
                }
            }
            positions.append(merged)
        }
        let starts = Self.starts(chunk, at: slotMarks.map { marks[$0] }, positions: positions, among: candidates)
        var scores: [UInt32: Int] = [:]
        for doc in starts.keys { scores[doc] = perSlot.reduce(0) { $0 + $1[doc]! } }
        return ChunkResult(scores: scores, starts: starts, length: chunk.length)
    }

    /// What the tails before mark `n` of a joined chunk start with: U+0004, the mark, the run
    /// before it reversed and, from the second mark on, the mark before that and its run
    /// reversed (`SearchJoinTerms`).
    static func tailPrefix(_ units: [SearchUnit], _ scalars: [Unicode.Scalar], marks: [Int], _ n: Int) -> String {
        func run(_ k: Int) -> ArraySlice<Unicode.Scalar> { scalars[(k == 0 ? 0 : marks[k - 1] + 1)..<marks[k]] }
        var key = SearchJoinTerms.tailKey(mark: units[marks[n]].text, before: run(n))
        if n > 0 {
            key.unicodeScalars.append(contentsOf: SearchJoinTerms.tailKey(mark: units[marks[n - 1]].text, before: run(n - 1)).unicodeScalars.dropFirst())
        }
        return key
    }
}

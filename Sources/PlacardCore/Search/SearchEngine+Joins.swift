/// A sentence pasted with its punctuation (index version 7): a chunk of Han runs joined by
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

    /// A chunk of runs joined by marks (`joins`), from its join terms (`SearchJoinTerms`): the
    /// runs ending with its first run before its first mark, the runs that follow each mark
    /// (exactly the chunk's run between two marks; starting with its last run after the last
    /// mark). It starts at `p` in a document when each of those has its mark at `p` plus the
    /// mark's offset in the chunk. Its score: the best term of each of these, added up.
    func matchJoined(_ chunk: SearchQuery.Chunk, marks: [Int]) throws -> ChunkResult? {
        let units = chunk.units
        let scalars = units.map { $0.text.unicodeScalars.first! }
        var slots: [[SearchIndexReader.Term]] = []
        slots.append(try reader.terms(withPrefix: SearchJoinTerms.tailKey(mark: units[marks[0]].text, before: scalars[..<marks[0]])) { _ in true })
        if slots[0].isEmpty { return nil }
        for (n, mark) in marks.enumerated() {
            if n + 1 < marks.count {
                slots.append(try reader.term(SearchJoinTerms.headKey(mark: units[mark].text, after: scalars[(mark + 1)..<marks[n + 1]])).map { [$0] } ?? [])
            } else {
                slots.append(try reader.terms(withPrefix: SearchJoinTerms.headKey(mark: units[mark].text, after: scalars[(mark + 1)...])) { _ in true })
            }
            if slots.last!.isEmpty { return nil }
        }
        let perSlot = Self.bestScores(slots)
        var candidates = Set(perSlot[0].keys)
        for slot in perSlot.dropFirst() { candidates = candidates.filter { slot[$0] != nil } }
        if candidates.isEmpty { return nil }
        let starts = try self.starts(chunk, at: [marks[0]] + marks, terms: slots, among: candidates)
        var scores: [UInt32: Int] = [:]
        for doc in starts.keys { scores[doc] = perSlot.reduce(0) { $0 + $1[doc]! } }
        return ChunkResult(scores: scores, starts: starts, length: chunk.length)
    }
}

/// Pinyin hits (SPEC §7.5): a Latin query read as full pinyin or as initials finds titles,
/// organizers and regions whose characters read so; these hits come after the others.
extension SearchEngine {
    /// Documents the query finds as pinyin, not yet filtered: full pinyin (tier 2), then
    /// initials (tier 3), each by document id.
    func pinyinHits(_ folded: String) throws -> [SearchHit] {
        guard let syllables = reader.entry.pinyin, !syllables.isEmpty else { return [] }
        let query = SearchPinyinQuery(folded: folded, syllables: Set(syllables))
        var full = Set<UInt32>()
        for reading in query.full {
            full.formUnion(try pinyinDocs(reading, prefix: query.prefix ? syllables : nil, marker: SearchPinyinTerms.fullMarker, separator: " "))
        }
        var initials = Set<UInt32>()
        if !query.initials.isEmpty {
            initials = try pinyinDocs(query.initials, prefix: nil, marker: SearchPinyinTerms.initialsMarker, separator: "").subtracting(full)
        }
        return full.sorted().map { SearchHit(doc: Int($0), score: 0, tier: 2) }
            + initials.sorted().map { SearchHit(doc: Int($0), score: 0, tier: 3) }
    }

    /// Documents holding the syllables (or initials) `units` in a row: two by their pair,
    /// three by their triple, four or more by the triples of `SearchEngine.cover` at the right
    /// distances (positions). With `prefix` (the syllables), the last unit stands for every
    /// syllable it begins, each looked up by its key.
    private func pinyinDocs(_ units: [String], prefix: [String]?, marker: String, separator: String) throws -> Set<UInt32> {
        let k = units.count
        guard k >= 2 else { return [] }
        let lasts = prefix.map { $0.filter { $0.hasPrefix(units[k - 1]) } } ?? [units[k - 1]]
        func slot(_ i: Int, _ size: Int) throws -> [SearchIndexReader.Term] {
            let head = units[i..<(i + size - 1)].joined(separator: separator) + separator
            let ends = i + size == k ? lasts : [units[i + size - 1]]
            return try ends.compactMap { try reader.term(marker + head + $0) }
        }
        let chosen = k == 2 ? [0] : Self.cover(k)
        var slots: [[SearchIndexReader.Term]] = []
        var result: Set<UInt32>?
        for i in chosen {
            let terms = try slot(i, min(k, 3))
            slots.append(terms)
            let docs = Set(terms.flatMap(\.docs))
            result = result.map { $0.intersection(docs) } ?? docs
            if result!.isEmpty { return [] }
        }
        guard k >= 4, var result else { return result ?? [] }
        var positions: [[UInt32: Set<UInt32>]] = []
        for terms in slots {
            var merged: [UInt32: Set<UInt32>] = [:]
            for term in terms {
                for (doc, list) in try reader.positions(of: term) where result.contains(doc) { merged[doc, default: []].formUnion(list) }
            }
            positions.append(merged)
        }
        result = result.filter { doc in
            (positions[0][doc] ?? []).contains { p in
                p >= UInt32(chosen[0]) && chosen.indices.allSatisfy { positions[$0][doc]?.contains(p - UInt32(chosen[0]) + UInt32(chosen[$0])) ?? false }
            }
        }
        return result
    }
}

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

    /// Documents holding the syllables (or initials) `units` in a row: every pair and triple,
    /// and for four or more, triples at the right distances (positions). With `prefix` (the
    /// syllables), the last unit stands for every syllable it begins, each looked up by its key.
    private func pinyinDocs(_ units: [String], prefix: [String]?, marker: String, separator: String) throws -> Set<UInt32> {
        let k = units.count
        guard k >= 2 else { return [] }
        let lasts = prefix.map { $0.filter { $0.hasPrefix(units[k - 1]) } } ?? [units[k - 1]]
        func slot(_ i: Int, _ size: Int) throws -> [SearchIndexReader.Term] {
            let head = units[i..<(i + size - 1)].joined(separator: separator) + separator
            let ends = i + size == k ? lasts : [units[i + size - 1]]
            return try ends.compactMap { try reader.term(marker + head + $0) }
        }
        var candidates: Set<UInt32>?
        var triples: [Int: [SearchIndexReader.Term]] = [:]
        for size in [2, 3] where size <= k {
            for i in 0...(k - size) {
                let terms = try slot(i, size)
                if size == 3 { triples[i] = terms }
                let docs = Set(terms.flatMap(\.docs))
                candidates = candidates.map { $0.intersection(docs) } ?? docs
                if candidates!.isEmpty { return [] }
            }
        }
        guard k >= 4, var result = candidates else { return candidates ?? [] }
        // Triples starting at 0, 3, 6, ... and at k - 3 cover every unit.
        let chosen = Array(Set(Array(stride(from: 0, to: k - 2, by: 3)) + [k - 3])).sorted()
        var positions: [[UInt32: Set<UInt32>]] = []
        for i in chosen {
            var merged: [UInt32: Set<UInt32>] = [:]
            for term in triples[i] ?? [] {
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

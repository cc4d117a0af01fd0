/// Cuts the dictionary into files (format version 5, `docs/search.md`, "Files"): term shards
/// hold the keys and small postings; large postings go to list shards and large position
/// blocks to position shards, so that learning what a term is (its flags, its count) costs
/// a small term shard; a rare triple's positions are written inline, beside its postings.
extension SearchTermTable {
    /// Packs blocks into shards of about `target` bytes (or twice the total divided by `cap`):
    /// a shard is closed before a block would take it past the target, so a large block sits
    /// alone and two shards in a row always hold more than the target, under the cap.
    static func pack(_ blocks: [[UInt8]?], target minimum: Int, cap: Int) -> (shards: [[UInt8]], locations: [Location?]) {
        let total = blocks.reduce(0) { $0 + ($1?.count ?? 0) }
        let target = max(minimum, 2 * total / cap + 1)
        var shards: [[UInt8]] = []
        var current: [UInt8] = []
        var locations: [Location?] = []
        for block in blocks {
            guard let block, !block.isEmpty else { locations.append(nil); continue }
            if !current.isEmpty && current.count + block.count > target {
                shards.append(current)
                current = []
            }
            locations.append(Location(shard: shards.count, offset: current.count, length: block.count))
            current.append(contentsOf: block)
        }
        if !current.isEmpty { shards.append(current) }
        return (shards, locations)
    }

    /// Whether term `i`'s positions are written inline: a triple of Han characters that is
    /// not common (its block is at most `SearchIndexFormat.commonTriplePositionBytes`), or a
    /// pinyin triple whose block is at most 4 KB.
    func inlinePositions(_ i: Int) -> Bool {
        let term = terms[i]
        guard !term.positions.isEmpty else { return false }
        if term.key.first.map({ $0 == 2 || $0 == 3 }) ?? false { return term.positions.count <= SearchIndexFormat.inlinePositionBytes }
        return !term.common && SearchLongGrams.tripleKey(term.key) != nil
    }

    /// Whether term `i`'s postings carry score bytes (a common triple's are dropped: no
    /// query scores from it).
    func scored(_ i: Int) -> Bool { !terms[i].scores.isEmpty && !terms[i].common }

    /// The encoded postings of term `i`: document deltas, each with its score byte when scored.
    func postings(_ i: Int) -> [UInt8] {
        let term = terms[i], withScores = scored(i)
        var w = SearchByteWriter()
        w.bytes.reserveCapacity(term.docs.count * 2)
        var previous: UInt32 = 0
        for (k, doc) in term.docs.enumerated() {
            w.varint(Int(doc - previous))
            if withScores { w.byte(term.scores[k]) }
            previous = doc
        }
        return w.bytes
    }

    /// Position shards: the blocks that are not inline.
    func positionShards() -> (shards: [[UInt8]], locations: [Location?]) {
        Self.pack(terms.indices.map { inlinePositions($0) ? nil : terms[$0].positions },
                  target: SearchIndexFormat.positionShardBytes, cap: SearchIndexFormat.maxPositionShards)
    }

    /// List shards: the longest postings, each in a file of its own: those over
    /// `SearchIndexFormat.inlinePostingsBytes` or, when more than the cap are, over the length
    /// of the cap-th longest + 1, so that there are never more than the cap.
    func listShards(postings: [[UInt8]]) -> (shards: [[UInt8]], locations: [Location?]) {
        var lengths = postings.map(\.count).filter { $0 > SearchIndexFormat.inlinePostingsBytes }
        var limit = SearchIndexFormat.inlinePostingsBytes
        if lengths.count > SearchIndexFormat.maxListShards {
            lengths.sort(by: >)
            limit = lengths[SearchIndexFormat.maxListShards]
        }
        var shards: [[UInt8]] = []
        var locations: [Location?] = []
        for list in postings {
            guard list.count > limit else { locations.append(nil); continue }
            locations.append(Location(shard: shards.count, offset: 0, length: list.count))
            shards.append(list)
        }
        return (shards, locations)
    }

    /// Encodes the term records and cuts them into shards; returns the shards and
    /// the separator of each (the shortest start of its first key after the shard before).
    func termShards(postings: [[UInt8]], positions: [Location?], lists: [Location?]) -> (shards: [[UInt8]], firstKeys: [String]) {
        let records: [[UInt8]] = Parallel.map(terms.count) { i in
            let term = terms[i]
            let inline = inlinePositions(i)
            var w = SearchByteWriter()
            w.bytes.reserveCapacity(16 + (lists[i] == nil ? postings[i].count : 0) + (inline ? term.positions.count : 0))
            w.varint(term.docs.count)
            w.varint(term.idf)
            w.varint((scored(i) ? 1 : 0) | (positions[i] == nil ? 0 : 2) | (term.common ? 4 : 0) | (term.alias ? 8 : 0)
                     | (lists[i] == nil ? 0 : 16) | (inline ? 32 : 0))
            if let location = positions[i] {
                w.varint(location.shard)
                w.varint(location.offset)
                w.varint(location.length)
            }
            if inline {
                w.varint(term.positions.count)
                w.bytes.append(contentsOf: term.positions)
            }
            if let location = lists[i] {
                w.varint(location.shard)
                w.varint(location.offset)
                w.varint(location.length)
            } else {
                w.varint(postings[i].count)
                w.bytes.append(contentsOf: postings[i])
            }
            return w.bytes
        }
        // The key goes before each record when the shard is put together, front-coded.
        let total = records.indices.reduce(0) {
            $0 + records[$1].count + terms[$1].key.count + 2 - ($1 == 0 ? 0 : SearchShardKeys.shared(terms[$1 - 1].key, terms[$1].key))
        }
        let target = max(SearchIndexFormat.termShardBytes, 2 * total / SearchIndexFormat.maxTermShards + 1)
        var shards: [[UInt8]] = []
        var firstKeys: [String] = []
        var current: [Int] = []
        var size = 0
        func close() {
            var w = SearchByteWriter()
            w.varint(current.count)
            var previous: [UInt8] = []
            for i in current {
                let key = terms[i].key
                let shared = SearchShardKeys.shared(previous, key)
                w.varint(shared)
                w.varint(key.count - shared)
                w.bytes.append(contentsOf: key[shared...])
                w.bytes.append(contentsOf: records[i])
                previous = key
            }
            shards.append(w.bytes)
            current = []
            size = 0
        }
        for (i, record) in records.enumerated() {
            let key = terms[i].key
            let shared = current.last.map { SearchShardKeys.shared(terms[$0].key, key) } ?? 0
            // Two varints of the key's front coding are mostly a byte each.
            let length = record.count + key.count - shared + 2
            if !current.isEmpty && size + length > target { close() }
            if current.isEmpty {
                let key = i == 0 ? terms[i].key : SearchShardKeys.separator(after: terms[i - 1].key, upTo: terms[i].key)
                firstKeys.append(String(decoding: key, as: UTF8.self))
            }
            current.append(i)
            size += length
        }
        if !current.isEmpty || shards.isEmpty { close() }
        if firstKeys.isEmpty { firstKeys.append("") }
        return (shards, firstKeys)
    }
}

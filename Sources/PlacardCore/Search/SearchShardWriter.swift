/// Cuts the dictionary into files (format version 10, `docs/search.md`, "Files"): term shards
/// hold the keys and small postings; large postings go to list shards and large position
/// blocks to position shards, so that learning what a term is (its flags, its count) costs
/// a small term shard; a rare triple's positions are written inline, beside its postings.
extension SearchTermTable {
    /// Shards cut from blocks: the blocks each shard holds (`shards`, ranges of block indices,
    /// where an absent block is skipped) and where each block is (nil when absent).
    struct Packing {
        var shards: [Range<Int>] = []
        var locations: [Location?] = []
    }

    /// Packs blocks of `sizes` bytes (0: no block) into shards of about `target` bytes (or
    /// twice the total divided by `cap`): a shard is closed before a block would take it past
    /// the target, so a large block sits alone and two shards in a row always hold more than
    /// the target, under the cap.
    static func pack(_ sizes: [Int], target minimum: Int, cap: Int) -> Packing {
        let total = sizes.reduce(0, +)
        let target = max(minimum, 2 * total / cap + 1)
        var packing = Packing()
        packing.locations.reserveCapacity(sizes.count)
        var start = 0
        var size = 0
        for (i, n) in sizes.enumerated() {
            guard n > 0 else { packing.locations.append(nil); continue }
            if size > 0 && size + n > target {
                packing.shards.append(start..<i)
                start = i
                size = 0
            }
            packing.locations.append(Location(shard: packing.shards.count, offset: size, length: n))
            size += n
        }
        if size > 0 { packing.shards.append(start..<sizes.count) }
        return packing
    }

    /// Whether term `i`'s positions are written inline: a triple of Han characters that is
    /// not common (its block is at most `SearchIndexFormat.commonTriplePositionBytes`), a
    /// long gram of `maxLongGram` characters, a pinyin triple or a join term's head whose
    /// block is at most 4 KB.
    func inlinePositions(_ i: Int) -> Bool {
        guard !terms[i].positions.isEmpty else { return false }
        if terms[i].longGram || (terms[i].key.first.map { $0 == 2 || $0 == 3 || $0 == 5 } ?? false) {
            return terms[i].positions.count <= SearchIndexFormat.inlinePositionBytes
        }
        return !terms[i].common && SearchLongGrams.tripleKey(terms[i].key) != nil
    }

    /// Position shards: the blocks that are not inline. A long gram's (a phrase over a thousand
    /// documents share) has a shard of its own, after the others (the largest half the cap at
    /// most), so that a long run reads its block and nothing else.
    func positionShards() -> Packing {
        let own = Set(terms.indices.filter { terms[$0].longGram && !inlinePositions($0) && !terms[$0].positions.isEmpty }
            .sorted { (terms[$0].positions.count, $1) > (terms[$1].positions.count, $0) }
            .prefix(SearchIndexFormat.maxPositionShards / 2))
        var packing = Self.pack(terms.indices.map { inlinePositions($0) || own.contains($0) ? 0 : terms[$0].positions.count },
                                target: SearchIndexFormat.positionShardBytes, cap: SearchIndexFormat.maxPositionShards - own.count)
        for i in terms.indices where own.contains(i) {
            packing.locations[i] = Location(shard: packing.shards.count, offset: 0, length: terms[i].positions.count)
            packing.shards.append(i..<(i + 1))
        }
        return packing
    }

    /// The bytes of position shard `s` of `packing` (a packed shard's range may span a block
    /// that has a shard of its own: only the blocks placed in `s` are written).
    func positionShard(_ s: Int, _ packing: Packing) -> [UInt8] {
        let blocks = packing.shards[s]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(blocks.reduce(0) { $0 + (packing.locations[$1].map { $0.shard == s ? $0.length : 0 } ?? 0) })
        for i in blocks where packing.locations[i]?.shard == s { bytes.append(contentsOf: terms[i].positions) }
        return bytes
    }

    /// List shards: the longest postings, each in a file of its own (the shard is the term's
    /// postings): those over `SearchIndexFormat.inlinePostingsBytes` or, when more than the
    /// cap are, over the length of the cap-th longest + 1, so that there are never more than the cap.
    /// A join term's head keeps its postings in its record (read with it, and only by the
    /// queries that read it).
    func listShards() -> Packing {
        let listed = terms.indices.map { i in terms[i].key.first == 5 ? 0 : terms[i].postings.count }
        var lengths = listed.filter { $0 > SearchIndexFormat.inlinePostingsBytes }
        var limit = SearchIndexFormat.inlinePostingsBytes
        if lengths.count > SearchIndexFormat.maxListShards {
            lengths.sort(by: >)
            limit = lengths[SearchIndexFormat.maxListShards]
        }
        var packing = Packing()
        packing.locations.reserveCapacity(terms.count)
        for i in terms.indices {
            let length = terms[i].postings.count
            guard listed[i] > limit else { packing.locations.append(nil); continue }
            packing.locations.append(Location(shard: packing.shards.count, offset: 0, length: length))
            packing.shards.append(i..<(i + 1))
        }
        return packing
    }

    /// Cuts the term records into shards from their sizes; returns the terms of each shard and
    /// its separator (the shortest start of its first key after the shard before). Each shard
    /// is then encoded straight into its own buffer (`termShard`), no copy of every record on the way.
    func termShards(positions: [Location?], lists: [Location?]) -> (shards: [Range<Int>], firstKeys: [String]) {
        let sizes: [Int] = Parallel.map(terms.count) { i in
            var size = SearchByteCount()
            recordHeader(i, positions[i], inList: lists[i] != nil, into: &size)
            postingsHeader(i, lists[i], into: &size)
            return size.count + inlineBytes(i, lists[i])
        }
        // The key goes before each record when the shard is put together, front-coded.
        let shared: [Int] = Parallel.map(terms.count) { $0 == 0 ? 0 : sharedBytes($0) }
        let lengths = sizes.indices.map { sizes[$0] + terms[$0].key.count + 2 - shared[$0] }
        // Join terms (read only by the chunks that read them) do not make every other shard
        // larger, unless the shards would then pass the cap.
        let joins = terms.indices.reduce(0) { $0 + (SearchJoinTerms.isJoinKey(terms[$1].key) ? lengths[$1] : 0) }
        let total = lengths.reduce(0, +)
        let target = max(SearchIndexFormat.termShardBytes, 2 * (total - joins) / SearchIndexFormat.maxTermShards + 1)
        // On a small site (every run a long gram) a run reads one shard and a joined chunk two
        // (a tail's and a head's): join terms' shards are half as large.
        let cut = cutTermShards(sizes, shared: shared, target: target, joinTarget: everyRun ? target / 2 : target)
        if cut.shards.count <= SearchIndexFormat.maxTermShards { return cut }
        let larger = max(SearchIndexFormat.termShardBytes, 2 * total / SearchIndexFormat.maxTermShards + 1)
        return cutTermShards(sizes, shared: shared, target: larger, joinTarget: larger)
    }

    /// Cuts the term records (`sizes`: each record's bytes but its key; `shared`: the bytes each
    /// key shares with the one before) into shards of at most about `target` bytes. A shard
    /// that would pass it ends where its keys' family does: at the record, in its last
    /// `1 - termShardFill` of the target, whose key shares the fewest bytes with the key
    /// before (the latest of those). So a long gram stays beside its triple and the grams it
    /// refers to, and the tails of one clause (whatever clause came before it) stay together,
    /// and a query that reads a family reads one shard where it read two. A shard that starts
    /// with a join term is cut at `joinTarget`.
    private func cutTermShards(_ sizes: [Int], shared sharedWithPrevious: [Int], target textTarget: Int,
                               joinTarget: Int) -> (shards: [Range<Int>], firstKeys: [String]) {
        // Two varints of the key's front coding are mostly a byte each.
        func length(_ i: Int, first: Bool) -> Int { sizes[i] + terms[i].key.count - (first ? 0 : sharedWithPrevious[i]) + 2 }
        var ranges: [Range<Int>] = []
        var start = 0
        /// `filled[k]`: the bytes of records `start ..< start + k + 1`.
        var filled: [Int] = []
        var i = 0
        while i < sizes.count {
            let n = length(i, first: i == start)
            let size = filled.last ?? 0
            let target = SearchJoinTerms.isJoinKey(terms[start].key) ? joinTarget : textTarget
            guard i > start && size + n > target else {
                filled.append(size + n)
                i += 1
                continue
            }
            // Cut before `i`, or before an earlier record that starts a family.
            let fill = Int(Double(target) * SearchIndexFormat.termShardFill)
            var cut = i
            var j = i - 1
            while j > start && filled[j - start - 1] >= fill {
                if sharedWithPrevious[j] < sharedWithPrevious[cut] { cut = j }
                j -= 1
            }
            ranges.append(start..<cut)
            start = cut
            filled.removeAll(keepingCapacity: true)
            var total = 0
            for k in start..<i {
                total += length(k, first: k == start)
                filled.append(total)
            }
        }
        if start < sizes.count || ranges.isEmpty { ranges.append(start..<sizes.count) }
        let firstKeys = ranges.map { range -> String in
            let i = range.lowerBound
            guard i > 0, i < terms.count else { return i < terms.count ? String(decoding: terms[i].key, as: UTF8.self) : "" }
            return String(decoding: SearchShardKeys.separator(after: Array(terms[i - 1].key), upTo: Array(terms[i].key)), as: UTF8.self)
        }
        return (ranges, firstKeys)
    }

    /// How many leading bytes the key of term `i` shares with the key before
    /// (`SearchShardKeys.shared`, on the keys' buffers).
    private func sharedBytes(_ i: Int) -> Int {
        let (a, b) = (terms[i - 1].key, terms[i].key)
        let n = min(a.count, b.count)
        guard n > 0, let pa = a.baseAddress, let pb = b.baseAddress else { return 0 }
        // Neighbouring keys share long starts: eight bytes at a time, then one.
        var k = 0
        while k + 8 <= n && UnsafeRawPointer(pa + k).loadUnaligned(as: UInt64.self) == UnsafeRawPointer(pb + k).loadUnaligned(as: UInt64.self) {
            k += 8
        }
        while k < n && a[k] == b[k] { k += 1 }
        return k
    }

    /// The bytes of the term shard that holds the records of `range`.
    func termShard(_ range: Range<Int>, positions: [Location?], lists: [Location?]) -> [UInt8] {
        // Written to memory of its own: an array's append checks each time whether its storage is shared.
        var w = SearchGrowableBytes()
        // Room for each record's key, inline bytes and headers (a few numbers; grown if longer).
        w.reserve(range.reduce(8) { $0 + terms[$1].key.count + 32 + inlineBytes($1, lists[$1]) })
        w.varint(range.count)
        for i in range {
            let shared = i == range.lowerBound ? 0 : sharedBytes(i)
            w.varint(shared)
            w.varint(terms[i].key.count - shared)
            w.append(UnsafeBufferPointer(rebasing: terms[i].key[shared...]))
            recordHeader(i, positions[i], inList: lists[i] != nil, into: &w)
            if inlinePositions(i) { w.append(terms[i].positions) }
            postingsHeader(i, lists[i], into: &w)
            if lists[i] == nil { w.append(terms[i].postings) }
        }
        return w.withBytes { Array($0) }
    }

    /// A term's record up to its inline positions: df, idf, flags, the position block's
    /// place, the inline positions' length. (The postings' place or length follows them.)
    private func recordHeader(_ i: Int, _ position: Location?, inList: Bool, into w: inout some SearchVarintSink & ~Copyable) {
        let inline = inlinePositions(i)
        w.varint(terms[i].df)
        w.varint(terms[i].idf)
        // A join term's tail or head (`SearchJoinTerms`): its postings start with its ordinal or its table.
        let join = terms[i].key.first == 4 ? 64 : terms[i].key.first == 5 ? 128 : 0
        w.varint((terms[i].scored ? 1 : 0) | (position == nil ? 0 : 2) | (terms[i].common ? 4 : 0) | (terms[i].alias ? 8 : 0)
                 | (inList ? 16 : 0) | (inline ? 32 : 0) | join)
        if let position {
            w.varint(position.shard)
            w.varint(position.offset)
            w.varint(position.length)
        }
        if inline { w.varint(terms[i].positions.count) }
    }

    /// After the inline positions: the list shard's place, or the postings' length.
    private func postingsHeader(_ i: Int, _ list: Location?, into w: inout some SearchVarintSink & ~Copyable) {
        if let list {
            w.varint(list.shard)
            w.varint(list.offset)
            w.varint(list.length)
        } else {
            w.varint(terms[i].postings.count)
        }
    }

    /// The inline bytes of a record: its positions when inline, its postings unless in a list shard.
    private func inlineBytes(_ i: Int, _ list: Location?) -> Int {
        (inlinePositions(i) ? terms[i].positions.count : 0) + (list == nil ? terms[i].postings.count : 0)
    }
}

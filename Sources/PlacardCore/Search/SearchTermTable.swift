import Foundation

/// The sorted dictionary of one language's terms with their scored postings, cut into
/// term shards and position shards.
struct SearchTermTable {
    struct Term {
        var key: [UInt8]
        /// The postings as the index writes them: per document, the delta from the one before
        /// (the first from 0), then its score byte when `scored`.
        var postings: [UInt8]
        /// Documents holding the term (0 for an alias).
        var df: Int
        /// Whether postings carry scores (not triples, filters and pinyin).
        var scored: Bool
        var idf: Int
        /// Encoded position block (empty when the term keeps no positions).
        var positions: [UInt8]
        /// A triple of Han characters whose runs of 4+ are long grams (`SearchLongGrams`).
        var common = false
        /// A long gram with the postings of the key one character shorter, not repeated.
        var alias = false

        init(key: [UInt8], postings: [UInt8], df: Int, scored: Bool, idf: Int, positions: [UInt8]) {
            self.key = key
            self.postings = postings
            self.df = df
            self.scored = scored
            self.idf = idf
            self.positions = positions
        }

        /// `scores`: one a document, or empty for a term without scores.
        init(key: [UInt8], docs: [UInt32], scores: [UInt8], idf: Int, positions: [UInt8]) {
            var w = SearchByteWriter()
            w.bytes.reserveCapacity(docs.count * 2)
            var previous: UInt32 = 0
            for (k, doc) in docs.enumerated() {
                w.varint(Int(doc - previous))
                if !scores.isEmpty { w.byte(scores[k]) }
                previous = doc
            }
            self.init(key: key, postings: w.bytes, df: docs.count, scored: !scores.isEmpty, idf: idf, positions: positions)
        }
    }

    struct Location { var shard: Int; var offset: Int; var length: Int }

    private(set) var terms: [Term] = []

    /// Merges builders that indexed consecutive runs of `documents` (in order), then scores.
    init(builders: [SearchPostingsBuilder], documents: [SearchDocument]) {
        let n = documents.count
        let lengths = builders.flatMap(\.fieldLengths)
        var average = [Double](repeating: 0, count: 4)
        for d in 0..<n { for f in 0..<4 { average[f] += Double(lengths[d * 4 + f]) } }
        for f in 0..<4 { average[f] = max(1, average[f] / Double(max(n, 1))) }

        terms = Self.textTerms(builders, lengths: lengths, average: average)
        // Triples of Han characters with large position blocks: runs starting or ending with
        // one become long grams.
        var common = SearchTermHashTable(capacity: 1 << 10)
        let threshold = SearchIndexFormat.commonTriplePositionBytes(documents: n)
        for t in terms.indices where terms[t].positions.count > threshold {
            guard let packed = SearchLongGrams.tripleKey(terms[t].key) else { continue }
            if common.find(packed) < 0 { common.insert(packed, Int32(common.count)) }
            terms[t].common = true
        }
        let averageLengths = average
        terms.append(contentsOf: SearchLongGrams.terms(documents, common: common) { counts, doc in
            Self.score(counts: counts, lengths: lengths, doc: doc, average: averageLengths)
        })
        terms.append(contentsOf: Self.filterTerms(documents))
        terms.append(contentsOf: SearchPinyinTerms.terms(documents))
        terms.sort { SearchTermKey.less($0.key, $1.key) }
    }

    /// The units, pairs and triples of builders that indexed consecutive runs of the
    /// documents, merged and scored; the builders' postings are freed.
    private static func textTerms(_ builders: [SearchPostingsBuilder], lengths: [UInt32], average: [Double]) -> [Term] {
        // One entry per distinct key, with its postings in each builder that has it.
        let parts = builders.count
        var sources: [SearchPostingsBuilder.Postings?] = []
        var keys: [String] = []
        var triple: [Bool] = []
        var index: [String: Int] = [:]
        var offsets: [UInt32] = []
        var offset: UInt32 = 0
        for (b, builder) in builders.enumerated() {
            offsets.append(offset)
            for t in 0..<builder.termCount {
                let key = builder.key(of: t)
                let i: Int
                if let found = index[key] { i = found } else {
                    i = keys.count
                    index[key] = i
                    keys.append(key)
                    triple.append(builder.isTriple(t))
                    sources.append(contentsOf: repeatElement(nil, count: parts))
                }
                sources[i * parts + b] = builder.postings[t]
            }
            offset += UInt32(builder.fieldLengths.count / 4)
        }
        index = [:]

        // Scores and position blocks, term by term, on every core.
        let (allSources, termKeys, isTriple, documentOffsets, n) = (sources, keys, triple, offsets, lengths.count / 4)
        let terms = Parallel.map(keys.count) { t in
            var w = SearchByteWriter()
            var df = 0
            var previous: UInt32 = 0
            var positions: [UInt8] = []
            for b in 0..<parts {
                guard let postings = allSources[t * parts + b] else { continue }
                w.bytes.reserveCapacity(w.bytes.count + postings.count * (isTriple[t] ? 1 : 2))
                df += postings.count
                var doc: UInt32 = 0
                postings.bytes.bytes.withUnsafeBufferPointer { bytes in
                    var i = 0
                    while i < bytes.count {
                        doc += SearchPostingsBuilder.Postings.readVarint(bytes, &i)
                        let id = doc + documentOffsets[b]
                        w.varint(Int(id - previous))
                        previous = id
                        if !isTriple[t] {
                            let counts = SearchPostingsBuilder.Postings.readCounts(bytes, &i)
                            w.byte(Self.score(counts: counts, lengths: lengths, doc: Int(id), average: average))
                        }
                    }
                }
                // Position blocks are per posting, with no document ids: they join as they are.
                positions.append(contentsOf: postings.positions.bytes)
            }
            return Term(key: Array(termKeys[t].utf8), postings: w.bytes, df: df, scored: !isTriple[t],
                        idf: Self.idf(documents: n, containing: df), positions: positions)
        }
        sources = []
        for builder in builders { builder.release() }
        return terms
    }

    /// Filter terms: which documents have each kind, series and group.
    private static func filterTerms(_ documents: [SearchDocument]) -> [Term] {
        var postings: [String: [UInt32]] = [:]
        for (i, doc) in documents.enumerated() {
            postings[SearchTermKey.filter("kind", doc.kind.rawValue), default: []].append(UInt32(i))
            if let series = doc.series { postings[SearchTermKey.filter("series", series), default: []].append(UInt32(i)) }
            for group in Set(doc.groups) { postings[SearchTermKey.filter("group", group), default: []].append(UInt32(i)) }
        }
        return postings.map { key, docs in
            Term(key: Array(key.utf8), docs: docs, scores: [], idf: 0, positions: [])
        }
    }

    /// idf × 1000, rounded: the integer weight of a term.
    static func idf(documents n: Int, containing df: Int) -> Int {
        let value = log(1 + (Double(n - df) + 0.5) / (Double(df) + 0.5))
        return max(1, Int((value * 1000).rounded()))
    }

    /// The score of a term in one document, 1...255: 128 when the title holds it, plus up to
    /// 127 from BM25F over summary, other fields and body.
    static func score(counts: UInt64, lengths: [UInt32], doc: Int, average: [Double]) -> UInt8 {
        func tf(_ f: SearchIndexFormat.Field) -> Double { Double((counts >> UInt64(16 * f.rawValue)) & 0xFFFF) }
        func norm(_ f: SearchIndexFormat.Field) -> Double {
            let b = SearchIndexFormat.b[f.rawValue]
            return 1 - b + b * Double(lengths[doc * 4 + f.rawValue]) / average[f.rawValue]
        }
        let weighted = SearchIndexFormat.summaryWeight * tf(.summary) / norm(.summary)
            + SearchIndexFormat.metaWeight * tf(.meta) / norm(.meta)
            + SearchIndexFormat.bodyWeight * tf(.body) / norm(.body)
            + tf(.title) / norm(.title)
        let saturated = weighted / (SearchIndexFormat.k1 + weighted)
        let value = (tf(.title) > 0 ? 128 : 0) + Int((127 * saturated).rounded())
        return UInt8(max(1, min(255, value)))
    }

    /// Packs the position blocks into shards; returns the shards and where each term's block is.
    func positionShards() -> (shards: [[UInt8]], locations: [Location?]) {
        let total = terms.reduce(0) { $0 + $1.positions.count }
        // A shard is closed before a block would take it past the target, so a large block
        // sits alone; two shards in a row then always hold more than the target, which keeps
        // the count under the cap.
        let target = max(SearchIndexFormat.positionShardBytes, 2 * total / SearchIndexFormat.maxPositionShards + 1)
        var shards: [[UInt8]] = []
        var current: [UInt8] = []
        var locations: [Location?] = []
        for term in terms {
            guard !term.positions.isEmpty else { locations.append(nil); continue }
            if !current.isEmpty && current.count + term.positions.count > target {
                shards.append(current)
                current = []
            }
            locations.append(Location(shard: shards.count, offset: current.count, length: term.positions.count))
            current.append(contentsOf: term.positions)
        }
        if !current.isEmpty { shards.append(current) }
        return (shards, locations)
    }

    /// Encodes the term records and cuts them into shards; returns the shards and
    /// the separator of each (the shortest start of its first key after the shard before).
    /// Shards are cut from the records' sizes, then each is encoded straight into its own
    /// buffer on every core (no copy of every record on the way).
    func termShards(positions: [Location?]) -> (shards: [[UInt8]], firstKeys: [String]) {
        let sizes: [Int] = Parallel.map(terms.count) { recordHeader($0, positions[$0]).count + terms[$0].postings.count }
        // The key goes before each record when the shard is put together, front-coded.
        let total = sizes.indices.reduce(0) {
            $0 + sizes[$1] + terms[$1].key.count + 2 - ($1 == 0 ? 0 : SearchShardKeys.shared(terms[$1 - 1].key, terms[$1].key))
        }
        let target = max(SearchIndexFormat.termShardBytes, 2 * total / SearchIndexFormat.maxTermShards + 1)
        var ranges: [Range<Int>] = []
        var firstKeys: [String] = []
        var start = 0
        var size = 0
        for i in sizes.indices {
            let key = terms[i].key
            let shared = i > start ? SearchShardKeys.shared(terms[i - 1].key, key) : 0
            // Two varints of the key's front coding are mostly a byte each.
            let length = sizes[i] + key.count - shared + 2
            if i > start && size + length > target {
                ranges.append(start..<i)
                start = i
                size = 0
            }
            if i == start {
                let key = i == 0 ? terms[i].key : SearchShardKeys.separator(after: terms[i - 1].key, upTo: terms[i].key)
                firstKeys.append(String(decoding: key, as: UTF8.self))
            }
            size += length
        }
        if start < sizes.count || ranges.isEmpty { ranges.append(start..<sizes.count) }
        if firstKeys.isEmpty { firstKeys.append("") }
        let cuts = ranges
        let shards: [[UInt8]] = Parallel.map(cuts.count) { r in
            var w = SearchByteWriter()
            w.bytes.reserveCapacity(cuts[r].reduce(8) { $0 + sizes[$1] + terms[$1].key.count + 4 })
            w.varint(cuts[r].count)
            var previous: [UInt8] = []
            for i in cuts[r] {
                let key = terms[i].key
                let shared = SearchShardKeys.shared(previous, key)
                w.varint(shared)
                w.varint(key.count - shared)
                w.bytes.append(contentsOf: key[shared...])
                w.bytes.append(contentsOf: recordHeader(i, positions[i]))
                w.bytes.append(contentsOf: terms[i].postings)
                previous = key
            }
            return w.bytes
        }
        return (shards, firstKeys)
    }

    /// A term's record up to its postings: df, idf, flags, the position block's place, and
    /// the postings' length.
    private func recordHeader(_ i: Int, _ location: Location?) -> [UInt8] {
        let term = terms[i]
        var w = SearchByteWriter()
        w.varint(term.df)
        w.varint(term.idf)
        w.varint((term.scored ? 1 : 0) | (location == nil ? 0 : 2) | (term.common ? 4 : 0) | (term.alias ? 8 : 0))
        if let location {
            w.varint(location.shard)
            w.varint(location.offset)
            w.varint(location.length)
        }
        w.varint(term.postings.count)
        return w.bytes
    }
}

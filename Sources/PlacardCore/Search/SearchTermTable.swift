import Foundation

/// The sorted dictionary of one language's terms with their scored postings, cut into
/// term shards and position shards.
struct SearchTermTable {
    /// Where a block (positions or postings) sits in its shard. Twelve bytes (sixteen as an
    /// optional, was thirty-two): a dictionary holds two arrays of them, one entry a term, and at
    /// 10,000 articles they were the largest part of the build's peak memory.
    struct Location {
        private let storedShard: UInt32, storedOffset: UInt32, storedLength: UInt32
        var shard: Int { Int(storedShard) }
        var offset: Int { Int(storedOffset) }
        var length: Int { Int(storedLength) }

        init(shard: Int, offset: Int, length: Int) {
            // Traps on a shard past 4 GiB: a whole index of 50,000 articles is under 2 GB.
            (storedShard, storedOffset, storedLength) = (UInt32(shard), UInt32(offset), UInt32(length))
        }
    }

    private(set) var terms: [Term] = []
    /// What holds the terms' bytes: a term may be read while the table lives.
    private let bytes: [SearchTermBytes]
    /// Whether every run of 4 to `maxLongGram` Han characters is a long gram (`SearchLongGrams.Policy`).
    let everyRun: Bool

    /// Merges builders that indexed consecutive runs of `documents` (in order), then scores.
    /// `runs`: which runs are long grams (`SearchLongGrams.Policy`).
    init(builders: [SearchPostingsBuilder], documents: [SearchDocument], runs: SearchLongGrams.Policy = .automatic) {
        let n = documents.count
        let lengths = builders.flatMap(\.fieldLengths)
        let units = lengths.reduce(0) { $0 + Int($1) }
        var average = [Double](repeating: 0, count: 4)
        for d in 0..<n { for f in 0..<4 { average[f] += Double(lengths[d * 4 + f]) } }
        for f in 0..<4 { average[f] = max(1, average[f] / Double(max(n, 1))) }

        let norms = Self.norms(lengths: lengths, average: average)
        var hanRuns = builders.map { $0.takeHanRuns() }
        var text = Self.textTerms(builders, norms: norms)
        SearchMemory.giveBack()
        // Triples of Han characters with large position blocks: runs starting or ending with
        // one become long grams.
        var common = SearchTermHashTable(capacity: 1 << 10)
        let threshold = SearchIndexFormat.commonTriplePositionBytes(documents: n)
        for p in text.parts.indices {
            for t in text.parts[p].indices where text.parts[p][t].positions.count > threshold {
                guard let packed = SearchLongGrams.tripleKey(text.parts[p][t].key) else { continue }
                if common.find(packed) < 0 { common.insert(packed, Int32(common.count)) }
                text.parts[p][t].common = true
                // No query scores from a common triple: its postings keep no score bytes.
                text.parts[p][t].dropScores()
            }
        }
        // Long grams are collected on one core (`SearchLongGrams.collectingParts`); the terms
        // made from the documents alone (joins, filters, pinyin) are made on the other meanwhile.
        let coverage = runs.coverage(units: units)
        let ((grams, everyRun), (joins, filters, pinyin)) = Parallel.both({ [common, hanRuns] in
            SearchLongGrams.terms(documents, hanRuns: hanRuns, common: common, runs: coverage) { counts, doc in
                Self.score(counts: counts, norms: norms, doc: doc)
            }
        }, {
            (SearchJoinTerms.terms(documents), Self.filterTerms(documents), SearchPinyinTerms.terms(documents))
        })
        self.everyRun = everyRun
        hanRuns = []
        SearchMemory.giveBack()
        text.append(grams)
        text.append(joins)
        text.append(filters)
        text.append(pinyin)
        bytes = text.bytes
        terms = Self.sortedByKey(text.parts)
    }

    /// The units, pairs and triples of builders that indexed consecutive runs of the
    /// documents, merged and scored; the builders' postings are freed.
    private static func textTerms(_ builders: [SearchPostingsBuilder], norms: [Double]) -> Batch {
        // One entry per distinct key, with its postings in each builder that has it.
        let parts = builders.count
        let merge = SearchTermMerge(builders)
        var sources = [SearchPostingsBuilder.Postings?](repeating: nil, count: merge.count * parts)
        var offsets: [UInt32] = []
        var offset: UInt32 = 0
        for (b, builder) in builders.enumerated() {
            offsets.append(offset)
            for t in 0..<builder.termCount { sources[Int(merge.merged[b][t]) * parts + b] = builder.postings[t] }
            offset += UInt32(builder.fieldLengths.count / 4)
        }

        // Scores and position blocks, term by term, on every core.
        let (allSources, documentOffsets, n) = (sources, offsets, norms.count / 4)
        let bodyScores = BodyScores(norms: norms)
        let terms = Batch.make(merge.count) { t, bytes in
            let scored = merge.keepsCounts(t)
            var df = 0, positionBytes = 0
            for b in 0..<parts {
                guard let postings = allSources[t * parts + b] else { continue }
                df += postings.count
                positionBytes += postings.positions.count
            }
            // Written in place: each posting a delta of at most five bytes and a score; then the
            // position blocks, which are per posting, with no document ids: they join as they are.
            bytes.scratch.removeAll(keepingCapacity: true)
            merge.appendKey(t, to: &bytes.scratch)
            return bytes.scratch.withUnsafeBufferPointer { key in
                Term(key: key, writingAtMost: df * (scored ? 6 : 5) + positionBytes, df: df, scored: scored,
                     idf: Self.idf(documents: n, containing: df), in: bytes) { w in
                    var previous: UInt32 = 0
                    for b in 0..<parts {
                        guard let postings = allSources[t * parts + b] else { continue }
                        var doc: UInt32 = 0
                        postings.bytes.withBytes { bytes in
                            var i = 0
                            while i < bytes.count {
                                doc += SearchPostingsBuilder.Postings.readVarint(bytes, &i)
                                let id = doc + documentOffsets[b]
                                w.varint(UInt64(id - previous))
                                previous = id
                                if scored {
                                    let counts = SearchPostingsBuilder.Postings.readCounts(bytes, &i)
                                    w.byte(bodyScores.score(counts: counts, doc: Int(id)) ?? Self.score(counts: counts, norms: norms, doc: Int(id)))
                                }
                            }
                        }
                    }
                    let postingsEnd = w.count
                    for b in 0..<parts {
                        allSources[t * parts + b]?.positions.withBytes { w.append($0) }
                    }
                    return postingsEnd
                }
            }
        }
        sources = []
        for builder in builders { builder.release() }
        return terms
    }

    /// Filter terms: which documents have each kind, series and group.
    private static func filterTerms(_ documents: [SearchDocument]) -> Batch {
        var postings: [String: [UInt32]] = [:]
        for (i, doc) in documents.enumerated() {
            postings[SearchTermKey.filter("kind", doc.kind.rawValue), default: []].append(UInt32(i))
            if let series = doc.series { postings[SearchTermKey.filter("series", series), default: []].append(UInt32(i)) }
            for group in Set(doc.groups) { postings[SearchTermKey.filter("group", group), default: []].append(UInt32(i)) }
        }
        return Batch { bytes in
            postings.map { key, docs in
                Term(key: Array(key.utf8), docs: docs, scores: [], idf: 0, positions: [], in: bytes)
            }
        }
    }

    /// idf × 1000, rounded: the integer weight of a term.
    static func idf(documents n: Int, containing df: Int) -> Int {
        let value = log(1 + (Double(n - df) + 0.5) / (Double(df) + 0.5))
        return max(1, Int((value * 1000).rounded()))
    }

    /// The scores of the postings found only in a document's body, a few times: most postings of a
    /// language's text terms. Worked out once a document (`score(counts:norms:doc:)`, so the same bytes)
    /// instead of once a posting.
    struct BodyScores {
        /// Body counts 1 to `most` of each document: `scores[doc * most + count - 1]`.
        private let scores: [UInt8]
        private static let most = 8

        init(norms: [Double]) {
            let documents = norms.count / 4
            let body = UInt64(16 * SearchIndexFormat.Field.body.rawValue)
            var scores = [UInt8](repeating: 0, count: documents * Self.most)
            for doc in 0..<documents {
                for count in 1...Self.most {
                    scores[doc * Self.most + count - 1] = SearchTermTable.score(counts: UInt64(count) << body, norms: norms, doc: doc)
                }
            }
            self.scores = scores
        }

        /// The score of `counts` in `doc` when only the body has the term, at most `most` times; else nil.
        @inline(__always)
        func score(counts: UInt64, doc: Int) -> UInt8? {
            let body = UInt64(16 * SearchIndexFormat.Field.body.rawValue)
            let count = counts >> body
            guard counts & ~(0xFFFF << body) == 0, count >= 1, count <= UInt64(Self.most) else { return nil }
            return scores[doc * Self.most + Int(count) - 1]
        }
    }

    /// BM25F's length normalisation of each field of each document (four a document), worked
    /// out once rather than for every posting.
    static func norms(lengths: [UInt32], average: [Double]) -> [Double] {
        lengths.indices.map { i in
            let b = SearchIndexFormat.b[i % 4]
            return 1 - b + b * Double(lengths[i]) / average[i % 4]
        }
    }

    /// The score of a term in one document, 1...255: 128 when the title holds it, plus up to
    /// 127 from BM25F over summary, other fields and body (`norms`: `norms(lengths:average:)`).
    static func score(counts: UInt64, norms: [Double], doc: Int) -> UInt8 {
        func tf(_ f: SearchIndexFormat.Field) -> Double { Double((counts >> UInt64(16 * f.rawValue)) & 0xFFFF) }
        func norm(_ f: SearchIndexFormat.Field) -> Double { norms[doc * 4 + f.rawValue] }
        let weighted = SearchIndexFormat.summaryWeight * tf(.summary) / norm(.summary)
            + SearchIndexFormat.metaWeight * tf(.meta) / norm(.meta)
            + SearchIndexFormat.bodyWeight * tf(.body) / norm(.body)
            + tf(.title) / norm(.title)
        let saturated = weighted / (SearchIndexFormat.k1 + weighted)
        let value = (tf(.title) > 0 ? 128 : 0) + Int((127 * saturated).rounded())
        return UInt8(max(1, min(255, value)))
    }
}

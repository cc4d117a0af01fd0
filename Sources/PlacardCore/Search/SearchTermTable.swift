import Foundation

/// The sorted dictionary of one language's terms with their scored postings, cut into
/// term shards and position shards.
struct SearchTermTable {
    struct Term {
        var key: [UInt8]
        var docs: [UInt32]
        /// Empty for terms that carry no scores (filters, triples other than Han ones).
        var scores: [UInt8]
        var idf: Int
        /// Encoded position block (empty when the term keeps no positions).
        var positions: [UInt8]
        /// A triple of Han characters whose runs of 4+ are long grams (`SearchLongGrams`).
        var common = false
        /// A long gram with the postings of the key one character shorter, not repeated.
        var alias = false
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

        // One entry per distinct key: the first builder's postings, the others' appended.
        var merged: [SearchPostingsBuilder.Postings] = []
        var keys: [String] = []
        var triple: [Bool] = []
        var positional: [Bool] = []
        var index: [String: Int] = [:]
        var offset: UInt32 = 0
        for builder in builders {
            for t in 0..<builder.termCount {
                let key = builder.key(of: t)
                let postings = builder.postings[t]
                if let i = index[key] {
                    let target = merged[i]
                    target.docs.append(contentsOf: postings.docs.map { $0 + offset })
                    target.counts.append(contentsOf: postings.counts)
                    target.positionCounts.append(contentsOf: postings.positionCounts)
                    target.positions.append(contentsOf: postings.positions)
                } else {
                    index[key] = merged.count
                    if offset > 0 { for d in postings.docs.indices { postings.docs[d] += offset } }
                    merged.append(postings)
                    keys.append(key)
                    triple.append(builder.isTriple(t))
                    positional.append(builder.hasPositions[t])
                }
            }
            offset += UInt32(builder.fieldLengths.count / 4)
        }

        // Scores and position blocks, term by term, on every core.
        let (allPostings, termKeys, isTriple, hasPositions, averages) = (merged, keys, triple, positional, average)
        terms = Parallel.map(allPostings.count) { t in
            let postings = allPostings[t]
            let docs = postings.docs
            // Triples of Han characters carry scores too: a run answered by positions scores from them.
            let scored = !isTriple[t] || SearchLongGrams.tripleKey(Array(termKeys[t].utf8)) != nil
            var scores = [UInt8](repeating: 0, count: scored ? docs.count : 0)
            for (i, doc) in docs.enumerated() where !scores.isEmpty {
                scores[i] = Self.score(counts: postings.counts[i], lengths: lengths, doc: Int(doc), average: averages)
            }
            var positions: [UInt8] = []
            if hasPositions[t] {
                var w = SearchByteWriter()
                w.bytes.reserveCapacity(postings.positions.count * 2 + postings.positionCounts.count)
                var p = 0
                for count in postings.positionCounts {
                    w.varint(Int(count))
                    var previous: UInt32 = 0
                    for k in 0..<Int(count) {
                        let value = postings.positions[p + k]
                        w.varint(Int(value - previous))
                        previous = value
                    }
                    p += Int(count)
                }
                positions = w.bytes
            }
            return Term(key: Array(termKeys[t].utf8), docs: docs, scores: scores,
                        idf: Self.idf(documents: n, containing: docs.count), positions: positions)
        }
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
}

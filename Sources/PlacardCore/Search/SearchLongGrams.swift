import Foundation

/// Long grams (`docs/search.md`, "Terms"): runs of 4 to `SearchIndexFormat.maxLongGram`
/// adjacent Han characters kept as terms of their own, with scored postings and no
/// positions, so that a query of that many characters reads one posting list instead of the
/// position blocks of its triples (which, for a phrase a site repeats on every page, are ten
/// times the bytes of a two-character query).
///
/// A run is indexed wherever it occurs when one of its triples (first, last or inner) is
/// *common* (a position block over `SearchIndexFormat.commonTriplePositionBytes`). That
/// depends on the run's text alone, so a long gram's postings are exact; a run the dictionary
/// lacks either occurs nowhere (when a triple is common, which the triple's flag tells) or has
/// only rare triples, whose positions are cheap to check.
/// On a small site (`SearchIndexFormat.everyRunUnits`), or a larger one where that adds few
/// grams (`everyRunTryUnits`), every run is indexed, and one the dictionary lacks occurs nowhere.
enum SearchLongGrams {
    /// Which runs of Han characters are long grams.
    enum Policy: Sendable {
        /// Every run on a small site (`SearchIndexFormat.everyRunUnits`), or on one of up to
        /// `everyRunTryUnits` units when that adds few grams; else those with a common triple.
        case automatic
        /// Those that hold a common triple, whatever the site (tests of the cover path).
        case commonTriples

        /// What to collect for a site of `units` units.
        func coverage(units: Int) -> Coverage {
            guard self == .automatic else { return .commonTriples }
            if units <= SearchIndexFormat.everyRunUnits { return .everyRun }
            if units <= SearchIndexFormat.everyRunTryUnits {
                return .everyRunIfFew(extra: Int(Double(units) * SearchIndexFormat.everyRunExtraGrams))
            }
            return .commonTriples
        }
    }

    enum Coverage: Equatable {
        case commonTriples, everyRun
        /// Every run, unless that adds more than `extra` grams to those with a common triple.
        case everyRunIfFew(extra: Int)
    }

    /// The packed key of the triple term `key` when it is three Han characters (as the
    /// `common` set holds it: `tripleKey(_:_:_:)`).
    /// Read from the UTF-8 bytes with no string made: it is asked of most terms, several times.
    static func tripleKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        // A Han character takes 3 or 4 bytes.
        guard bytes.count >= 9 && bytes.count <= 12 else { return nil }
        var i = 0
        var packed: UInt64 = 0
        for k in 0..<3 {
            guard i < bytes.count else { return nil }
            let lead = UInt32(bytes[i])
            let value: UInt32
            if lead & 0xF0 == 0xE0, i + 2 < bytes.count {
                value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else if lead & 0xF8 == 0xF0, i + 3 < bytes.count {
                value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F)
                i += 4
            } else {
                return nil
            }
            guard let scalar = Unicode.Scalar(value), CJK.isHan(scalar) else { return nil }
            packed |= UInt64(value) << UInt64(21 * k)
        }
        return i == bytes.count ? packed : nil
    }

    /// Three Han scalars packed as the `common` set holds them (21 bits each).
    @inline(__always)
    static func tripleKey(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt64 {
        UInt64(a) | UInt64(b) << 21 | UInt64(c) << 42
    }

    /// Runs of documents whose long grams are collected side by side. One: a site repeats its
    /// phrases, so each run's table holds nearly every gram (with grams of up to 64 characters, 40 MB more
    /// at the peak of a 10,000-article build for a second one), and in `placard build` the page
    /// jobs and the terms made from the documents alone (`SearchTermTable`) keep the other core busy meanwhile.
    static let collectingParts = 1

    /// The tables of consecutive runs of documents, read as one without copying their postings:
    /// the first table is given the others' grams (ids as a merge would give them), and a
    /// gram's postings are its chain in each table, in table order (so in document order).
    struct Parts {
        /// Every gram: the first table, with the grams only the others have added.
        private(set) var grams: SearchLongGramTable
        private let others: [SearchLongGramTable]
        /// For gram `g` and other table `k`, the gram's id there (-1 when it has none): `ids[g * others.count + k]`.
        private let ids: [Int32]

        init(_ tables: consuming [SearchLongGramTable]) {
            // Taken out of the array, so that adding grams to it copies nothing.
            var grams = tables.removeFirst()
            var ids: [Int32] = []
            let width = tables.count
            for k in tables.indices {
                let mine = grams.addGrams(of: tables[k])
                tables[k].dropLookup()
                if ids.count < grams.count * width { ids.append(contentsOf: repeatElement(-1, count: grams.count * width - ids.count)) }
                for (g, id) in mine.enumerated() { ids[Int(id) * width + k] = Int32(g) }
            }
            grams.dropHashes()
            self.grams = grams
            others = tables
            self.ids = ids
        }

        var count: Int { grams.count }

        /// How many postings gram `g` has.
        func postingCount(_ g: Int) -> Int {
            others.indices.reduce(grams.postingCount(g)) { total, k in
                let id = ids[g * others.count + k]
                return total + (id < 0 ? 0 : others[k].postingCount(Int(id)))
            }
        }

        /// Gram `g`'s postings (documents and score bytes), in document order: each table's in turn.
        func postings(_ g: Int) -> Cursor {
            var cursor = Cursor(grams.cursor(g))
            for k in others.indices where ids[g * others.count + k] >= 0 {
                cursor.then(others[k].cursor(Int(ids[g * others.count + k])))
            }
            return cursor
        }

        /// Gram `g`'s position block (per posting, in document order, the count of its start
        /// offsets, then their deltas), or empty when it is shorter than the longest grams.
        func positionBlock(_ g: Int) -> [UInt8] {
            guard grams.isLongest(g) else { return [] }
            var w = SearchByteWriter()
            grams.appendPositions(g, to: &w)
            for k in others.indices where ids[g * others.count + k] >= 0 {
                others[k].appendPositions(Int(ids[g * others.count + k]), to: &w)
            }
            return w.bytes
        }

        /// Whether grams `g` and `p` have the same postings.
        func samePostings(_ g: Int, _ p: Int) -> Bool {
            // One table (as `collectingParts` makes them): its chains' bytes.
            if others.isEmpty { return grams.samePostings(g, p) }
            guard postingCount(g) == postingCount(p) else { return false }
            var a = postings(g), b = postings(p)
            while let x = a.next() {
                guard let y = b.next(), x == y else { return false }
            }
            return true
        }

        /// Reads a gram's postings in every table, in table order.
        /// The table being read and the next one are held apart from the rest, so that a cursor
        /// over one or two tables (one a core, on two cores) makes no array.
        struct Cursor {
            private var current: SearchLongGramPostings.Cursor
            private var following: SearchLongGramPostings.Cursor?
            private var rest: [SearchLongGramPostings.Cursor] = []

            fileprivate init(_ first: SearchLongGramPostings.Cursor) { current = first }

            /// Reads `table` after those given so far.
            fileprivate mutating func then(_ table: SearchLongGramPostings.Cursor) {
                if following == nil { following = table } else { rest.append(table) }
            }

            mutating func next() -> (doc: UInt32, score: UInt8)? {
                while true {
                    if let posting = current.next() { return posting }
                    guard let next = following else { return nil }
                    current = next
                    following = rest.isEmpty ? nil : rest.removeFirst()
                }
            }
        }
    }

    /// The long grams of `documents` (sorted by id), collected in `collectingParts` runs of
    /// documents, and whether they are every run of 4 or more (`runs`); `score` turns a
    /// posting's field counts into its score byte. `hanRuns`: the documents' runs of Han
    /// characters, noted by the postings builders of consecutive parts (nil: found here).
    static func terms(_ documents: [SearchDocument], hanRuns: [SearchHanRuns]? = nil, common: SearchTermHashTable,
                      runs: Coverage = .commonTriples, runsCapacity: Int = SearchLongGramRuns.defaultCapacity,
                      score: @escaping @Sendable (UInt64, Int) -> UInt8) -> (terms: SearchTermTable.Batch, everyRun: Bool) {
        let collectEvery = runs != .commonTriples
        guard common.count > 0 || collectEvery else { return (SearchTermTable.Batch(), false) }
        let hanRuns = hanRuns ?? [SearchHanRuns.of(documents)]
        let parts = min(collectingParts, max(1, documents.count / 128))
        let tables = Parallel.map(parts) { part in
            let collector = Collector(common: common, everyRun: collectEvery, runsCapacity: runsCapacity, score: score)
            let range = (documents.count * part / parts)..<(documents.count * (part + 1) / parts)
            collector.scan(hanRuns, documents: range)
            collector.settle()
            for d in range { collector.add(doc: UInt32(d)) }
            return collector.finish()
        }
        let table = Parts(consume tables)
        // Every run collected, but too many more grams than those with a common triple: only those.
        let kept: [Bool] = {
            guard case .everyRunIfFew(let extra) = runs else { return [] }
            let holding = table.grams.holdingCommonTriple(common)
            return holding.count - holding.reduce(0) { $0 + ($1 ? 1 : 0) } > extra ? holding : []
        }()
        // The grams kept, when not all are: an index into them is a gram id.
        let chosen = kept.isEmpty ? [] : kept.indices.filter { kept[$0] }
        // A long gram whose postings equal those of the gram one character shorter (a phrase
        // that always goes on the same way) refers to it instead (flag 8): its key sorts
        // just after, so the reader finds it in the same shard or the one before. Told here,
        // so that an alias's postings are never kept.
        let terms = SearchTermTable.Batch.make(kept.isEmpty ? table.count : chosen.count) { k, bytes -> SearchTermTable.Term in
            let g = kept.isEmpty ? k : chosen[k]
            let df = table.postingCount(g)
            let idf = SearchTermTable.idf(documents: documents.count, containing: df)
            // One of `maxLongGram` characters keeps its own positions, even as an alias (read with the shorter gram's postings).
            let positions = table.positionBlock(g)
            let alias = table.grams.shorter(g).map { p in (kept.isEmpty || kept[p]) && table.samePostings(g, p) } ?? false
            // Written in place: the key, then the postings unless an alias (as the index writes them: the
            // delta from the document before, five bytes at most, then the score byte), then the positions.
            var term = SearchTermTable.Term(writingAtMost: 4 * table.grams.scalarCount(g) + (alias ? 0 : df * 6) + positions.count,
                                            df: alias ? 0 : df, scored: !alias, idf: idf, in: bytes) { w in
                table.grams.writeUTF8(g, to: &w)
                let keyEnd = w.count
                if !alias {
                    var previous: UInt32 = 0
                    var postings = table.postings(g)
                    while let (doc, score) = postings.next() {
                        w.varint(UInt64(doc - previous))
                        w.byte(score)
                        previous = doc
                    }
                }
                let postingsEnd = w.count
                positions.withUnsafeBufferPointer { w.append($0) }
                return (keyEnd, postingsEnd)
            }
            term.alias = alias
            term.longGram = true
            return term
        }
        return (terms, collectEvery && kept.isEmpty)
    }
}

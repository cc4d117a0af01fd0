/// Collects, for every term of one language's documents (units, pairs and triples of adjacent
/// units), the documents that hold it, how often in each field, and (for words and triples)
/// where. Documents must be added in id order.
final class SearchPostingsBuilder {
    private let folder = SearchFolder()
    @exclusivity(unchecked) private var wordTable = SearchWordTable()
    var words: [String] { wordTable.words }
    @exclusivity(unchecked) private var termIDs = SearchTermHashTable()
    /// Packed key of each term: a unit id, or a pair of unit ids with the top bit set.
    @exclusivity(unchecked) private(set) var termKeys: [UInt64] = []
    @exclusivity(unchecked) private(set) var hasPositions: [Bool] = []
    /// Whether a term's postings keep field counts for scores: all but triples, and triples
    /// of Han characters (a run answered by positions scores from them).
    @exclusivity(unchecked) private(set) var keepsCounts: [Bool] = []
    /// One term's postings, compact: per document, the delta from the term's previous
    /// document (the first from 0) and, for a term that carries scores, its field counts;
    /// for a term with positions, its position block as the index writes it. A class, so
    /// appending never copies the outer array.
    /// `@unchecked Sendable`: built on one thread, then only read by the scoring workers of
    /// `SearchTermTable` after every builder has finished.
    final class Postings: @unchecked Sendable {
        @exclusivity(unchecked) var bytes = SearchGrowableBytes()
        @exclusivity(unchecked) var positions = SearchGrowableBytes()
        @exclusivity(unchecked) var count = 0
        @exclusivity(unchecked) var lastDoc: UInt32 = 0

        /// A posting: the document's delta from the term's previous one, then, for a term
        /// that carries scores, its four 16-bit field counters as a byte saying which are not
        /// 0 and those. One check for room covers it all (at most 5 + 1 + 4 × 3 bytes).
        @inline(__always)
        func append(doc: UInt32, counts: UInt64?) {
            bytes.reserve(18)
            bytes.uncheckedVarint(UInt64(doc - lastDoc))
            lastDoc = doc
            count += 1
            guard let counts else { return }
            var mask: UInt8 = 0
            for f in 0..<4 where (counts >> UInt64(16 * f)) & 0xFFFF != 0 { mask |= 1 << UInt8(f) }
            bytes.uncheckedByte(mask)
            for f in 0..<4 where mask & (1 << UInt8(f)) != 0 { bytes.uncheckedVarint((counts >> UInt64(16 * f)) & 0xFFFF) }
        }

        /// Reads what `append(doc:counts:)` wrote, from `i`.
        @inline(__always)
        static func readVarint(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32 {
            var result: UInt32 = 0
            var shift: UInt32 = 0
            while true {
                let b = bytes[i]
                i += 1
                result |= UInt32(b & 0x7F) << shift
                if b < 0x80 { return result }
                shift += 7
            }
        }

        @inline(__always)
        static func readCounts(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt64 {
            let mask = bytes[i]
            i += 1
            var counts: UInt64 = 0
            for f in 0..<4 where mask & (1 << UInt8(f)) != 0 { counts |= UInt64(readVarint(bytes, &i)) << UInt64(16 * f) }
            return counts
        }
    }
    @exclusivity(unchecked) private(set) var postings: [Postings] = []
    /// The same postings, unretained (`postings` holds them): `flush` reaches a term's without
    /// retaining and releasing it.
    @exclusivity(unchecked) private var handles: [Unmanaged<Postings>] = []

    /// Units per field, four per document.
    @exclusivity(unchecked) private(set) var fieldLengths: [UInt32] = []

    /// The runs of Han characters that can hold long grams, noted while folding (`SearchHanRuns`).
    @exclusivity(unchecked) private(set) var hanRuns = SearchHanRuns()

    /// The runs noted, taken out: the builder lives on while the dictionary is sorted, the runs need not.
    func takeHanRuns() -> SearchHanRuns {
        defer { hanRuns = SearchHanRuns() }
        return hanRuns
    }

    @exclusivity(unchecked) private var scalars: [Unicode.Scalar] = []
    @exclusivity(unchecked) private var currentDoc: Int32 = -1

    static let wordBase: UInt32 = 0x110000
    static let pairFlag: UInt64 = 1 << 63
    /// Triples are packed as both top bits, the pair's term id and the third unit.
    static let tripleFlag: UInt64 = 3 << 62

    var termCount: Int { termKeys.count }

    /// Per-document scratch, kept between documents to reuse its memory. A class, so that its
    /// arrays are only ever held by it and are written in place.
    private final class Scratch {
        /// One entry per occurrence: term << 34 | field << 32 | position (only a prefix is used).
        @exclusivity(unchecked) var occurrences: [UInt64] = []
        /// Per term: the slot it has in the current document, valid when `slotDoc` is it.
        @exclusivity(unchecked) var slotOf: [Int32] = []
        @exclusivity(unchecked) var slotDoc: [Int32] = []
        @exclusivity(unchecked) var slotTerm: [Int32] = []
        @exclusivity(unchecked) var slotCounts: [UInt64] = []
        @exclusivity(unchecked) var slotPositions: [Int32] = []
        @exclusivity(unchecked) var fill: [Int32] = []
        @exclusivity(unchecked) var positions: [UInt32] = []
    }
    @exclusivity(unchecked) private var scratch = Scratch()

    /// Adds the next document: its fields as (field, text) segments in a fixed order.
    func add(segments: [(SearchIndexFormat.Field, String)]) {
        currentDoc += 1
        let w = scratch
        var used = 0
        var lengths: [UInt32] = [0, 0, 0, 0]
        var base = 0
        for (field, text) in segments {
            let count = fold(text, into: &scalars)
            // At most a unit, a pair and a triple start at each scalar.
            let need = used + 3 * count
            if w.occurrences.count < need { w.occurrences.append(contentsOf: repeatElement(0, count: need - w.occurrences.count + 1024)) }
            let units = scalars.withUnsafeBufferPointer { scalars in
                w.occurrences.withUnsafeMutableBufferPointer { buffer in
                    addSegment(UnsafeBufferPointer(rebasing: scalars[0..<count]), field: field.rawValue, base: base, into: buffer, used: &used)
                }
            }
            lengths[field.rawValue] += UInt32(units)
            base += count + SearchIndexFormat.fieldGap
        }
        fieldLengths.append(contentsOf: lengths)
        hanRuns.endDocument()
        flush(w, count: used)
    }

    @exclusivity(unchecked) private var expansion: [Unicode.Scalar] = []

    /// Folds `text` into the front of `buffer` (grown as needed); returns the scalar count.
    private func fold(_ text: String, into buffer: inout [Unicode.Scalar]) -> Int {
        folder.fold(text, into: &buffer, expansion: &expansion)
    }

    /// Records the units, pairs and triples of one segment starting at `base` into
    /// `occurrences[used...]`, and its runs of 4 or more Han characters into `hanRuns`; returns
    /// its number of units.
    private func addSegment(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, field: Int, base: Int,
                            into occurrences: UnsafeMutableBufferPointer<UInt64>, used: inout Int) -> Int {
        var units = 0
        var previousUnit: UInt32 = 0
        var previousStart = -1
        var previousEnd = -1
        // The pair that ended at the previous unit (its term and start), for triples.
        var previousPair: Int32 = -1
        var previousPairStart = -1
        var i = 0
        var k = used
        let n = scalars.count
        let fieldBits = UInt64(field) << 32
        // Where the run of Han characters up to `i` started (-1: none).
        var hanStart = -1
        while i < n {
            let cls = SearchScalarClass(scalars[i])
            if cls == .han {
                if hanStart < 0 { hanStart = i }
            } else if hanStart >= 0 {
                if i - hanStart >= 4 { hanRuns.add(run: UnsafeBufferPointer(rebasing: scalars[hanStart..<i]), field: field, offset: base + hanStart) }
                hanStart = -1
            }
            var end = i + 1
            let unit: UInt32
            switch cls {
            case .space:
                i += 1
                continue
            case .han, .symbol:
                unit = scalars[i].value
            case .word:
                while end < n && SearchScalarClass(scalars[end]) == .word { end += 1 }
                unit = wordID(scalars, i, end)
            }
            units += 1
            let t = term(UInt64(unit), positional: cls == .word)
            occurrences[k] = UInt64(t) << 34 | fieldBits | UInt64(base + i)
            k += 1
            if previousEnd == i {
                if previousPair >= 0 {
                    let triple = term(Self.tripleFlag | UInt64(previousPair) << 32 | UInt64(unit), positional: true)
                    occurrences[k] = UInt64(triple) << 34 | fieldBits | UInt64(base + previousPairStart)
                    k += 1
                }
                let pair = term(Self.pairFlag | (UInt64(previousUnit) << 31) | UInt64(unit), positional: false)
                occurrences[k] = UInt64(pair) << 34 | fieldBits | UInt64(base + previousStart)
                k += 1
                previousPair = pair
                previousPairStart = previousStart
            } else {
                previousPair = -1
            }
            previousUnit = unit
            previousStart = i
            previousEnd = end
            i = end
        }
        if hanStart >= 0 && n - hanStart >= 4 {
            hanRuns.add(run: UnsafeBufferPointer(rebasing: scalars[hanStart..<n]), field: field, offset: base + hanStart)
        }
        used = k
        return units
    }

    /// Groups the document's occurrences by term and appends one posting per term. Runs
    /// for every occurrence of every document, so it works on raw buffers.
    private func flush(_ w: Scratch, count n: Int) {
        let doc = currentDoc
        let termCount = termKeys.count
        if w.slotOf.count < termCount {
            w.slotOf.append(contentsOf: repeatElement(0, count: termCount - w.slotOf.count))
            w.slotDoc.append(contentsOf: repeatElement(-1, count: termCount - w.slotDoc.count))
        }
        if w.slotTerm.count < n + 1 {
            w.slotTerm = [Int32](repeating: 0, count: n + 1)
            w.slotCounts = [UInt64](repeating: 0, count: n + 1)
            w.slotPositions = [Int32](repeating: 0, count: n + 1)
            w.fill = [Int32](repeating: 0, count: n + 1)
        }
        if w.positions.count < n { w.positions = [UInt32](repeating: 0, count: n) }
        var slots = 0
        hasPositions.withUnsafeBufferPointer { positional in
        keepsCounts.withUnsafeBufferPointer { scoring in
        w.occurrences.withUnsafeBufferPointer { occ in
        w.slotOf.withUnsafeMutableBufferPointer { slotOf in
        w.slotDoc.withUnsafeMutableBufferPointer { slotDoc in
        w.slotTerm.withUnsafeMutableBufferPointer { slotTerm in
        w.slotCounts.withUnsafeMutableBufferPointer { slotCounts in
        w.slotPositions.withUnsafeMutableBufferPointer { slotPositions in
        w.fill.withUnsafeMutableBufferPointer { fill in
        w.positions.withUnsafeMutableBufferPointer { positions in
            for o in occ[0..<n] {
                let t = Int(o >> 34)
                var s = Int(slotOf[t])
                if slotDoc[t] != doc {
                    s = slots
                    slots += 1
                    slotDoc[t] = doc
                    slotOf[t] = Int32(s)
                    slotTerm[s] = Int32(t)
                    slotCounts[s] = 0
                    slotPositions[s] = 0
                }
                let shift = ((o >> 32) & 3) * 16
                if (slotCounts[s] >> shift) & 0xFFFF < 0xFFFF { slotCounts[s] += 1 << shift }
                if positional[t] { slotPositions[s] += 1 }
            }
            // Positions grouped by slot (a counting sort, which keeps them ascending); the
            // slot's count becomes its start.
            var total: Int32 = 0
            for s in 0..<slots {
                let count = slotPositions[s]
                slotPositions[s] = total
                fill[s] = total
                total += count
            }
            slotPositions[slots] = total
            for o in occ[0..<n] {
                let t = Int(o >> 34)
                guard positional[t] else { continue }
                let s = Int(slotOf[t])
                positions[Int(fill[s])] = UInt32(truncatingIfNeeded: o)
                fill[s] += 1
            }
            handles.withUnsafeBufferPointer { handles in
                for s in 0..<slots {
                    let t = Int(slotTerm[s])
                    handles[t]._withUnsafeGuaranteedRef { p in
                        p.append(doc: UInt32(doc), counts: scoring[t] ? slotCounts[s] : nil)
                        if positional[t] {
                            let from = Int(slotPositions[s]), to = Int(slotPositions[s + 1])
                            p.positions.varint(UInt64(to - from))
                            var previous: UInt32 = 0
                            for k in from..<to {
                                p.positions.varint(UInt64(positions[k] - previous))
                                previous = positions[k]
                            }
                        }
                    }
                }
            }
        } } } } } } } } } }
    }

    private func wordID(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> UInt32 {
        Self.wordBase + UInt32(wordTable.number(scalars, start, end))
    }

    @inline(__always)
    private func term(_ key: UInt64, positional: Bool) -> Int32 {
        let next = Int32(termKeys.count)
        let id = termIDs.findOrInsert(key) { next }
        guard id == next else { return id }
        termKeys.append(key)
        hasPositions.append(positional)
        keepsCounts.append(key & Self.tripleFlag != Self.tripleFlag || isHanTriple(key))
        let made = Postings()
        postings.append(made)
        handles.append(Unmanaged.passUnretained(made))
        return id
    }

    /// Frees the postings (once `SearchTermTable` has read them); keys stay.
    func release() {
        postings = []
        handles = []
        termIDs = SearchTermHashTable(capacity: 0)
        scratch = Scratch()
        scalars = []
    }

    /// Whether a term is a triple.
    func isTriple(_ term: Int) -> Bool { termKeys[term] & Self.tripleFlag == Self.tripleFlag }

    /// Whether a packed triple's three units are Han characters.
    private func isHanTriple(_ packed: UInt64) -> Bool {
        let pair = termKeys[Int((packed >> 32) & 0x3FFF_FFFF)]
        return isHan(UInt32((pair >> 31) & 0x7FFF_FFFF)) && isHan(UInt32(pair & 0x7FFF_FFFF)) && isHan(UInt32(packed & 0xFFFF_FFFF))
    }

    /// The dictionary key of a term.
    func key(of term: Int) -> String {
        String(decoding: keyBytes(of: term), as: UTF8.self)
    }

    /// The dictionary key of a term, as UTF-8.
    func keyBytes(of term: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        appendKey(of: term, to: &bytes)
        return bytes
    }

    /// Appends the dictionary key of a term, as UTF-8.
    func appendKey(of term: Int, to bytes: inout [UInt8]) {
        let packed = termKeys[term]
        if packed & Self.tripleFlag == Self.tripleFlag {
            let pair = Int((packed >> 32) & 0x3FFF_FFFF), third = UInt32(packed & 0xFFFF_FFFF)
            let second = UInt32(termKeys[pair] & 0x7FFF_FFFF)
            appendKey(of: pair, to: &bytes)
            if !(isHan(second) && isHan(third)) { bytes.append(0x20) }
            appendUnit(third, to: &bytes)
        } else if packed & Self.pairFlag != 0 {
            let a = UInt32((packed >> 31) & 0x7FFF_FFFF), b = UInt32(packed & 0x7FFF_FFFF)
            appendUnit(a, to: &bytes)
            if !(isHan(a) && isHan(b)) { bytes.append(0x20) }
            appendUnit(b, to: &bytes)
        } else {
            appendUnit(UInt32(packed), to: &bytes)
        }
    }

    private func appendUnit(_ unit: UInt32, to bytes: inout [UInt8]) {
        if unit >= Self.wordBase {
            bytes.append(contentsOf: wordTable.words[Int(unit - Self.wordBase)].utf8)
        } else {
            bytes.appendUTF8(unit)
        }
    }

    private func isHan(_ unit: UInt32) -> Bool {
        unit < Self.wordBase && CJK.isHan(Unicode.Scalar(unit)!)
    }
}

/// Collects, for every term of one language's documents (units, pairs and triples of adjacent
/// units), the documents that hold it, how often in each field, and (for words and triples)
/// where. Documents must be added in id order.
final class SearchPostingsBuilder {
    private let folder = SearchFolder()
    @exclusivity(unchecked) private var wordIDs: [String: UInt32] = [:]
    @exclusivity(unchecked) private(set) var words: [String] = []
    @exclusivity(unchecked) private var termIDs = SearchTermHashTable()
    /// Packed key of each term: a unit id, or a pair of unit ids with the top bit set.
    @exclusivity(unchecked) private(set) var termKeys: [UInt64] = []
    @exclusivity(unchecked) private(set) var hasPositions: [Bool] = []
    /// One term's postings, a class so appending never copies the outer array.
    final class Postings {
        @exclusivity(unchecked) var docs: [UInt32] = []
        /// Four 16-bit counters (title, summary, body, meta) per posting.
        @exclusivity(unchecked) var counts: [UInt64] = []
        @exclusivity(unchecked) var positionCounts: [UInt32] = []
        @exclusivity(unchecked) var positions: [UInt32] = []
    }
    @exclusivity(unchecked) private(set) var postings: [Postings] = []
    /// Units per field, four per document.
    @exclusivity(unchecked) private(set) var fieldLengths: [UInt32] = []

    @exclusivity(unchecked) private var scalars: [Unicode.Scalar] = []
    @exclusivity(unchecked) private var currentDoc: Int32 = -1

    static let wordBase: UInt32 = 0x110000
    static let pairFlag: UInt64 = 1 << 63
    /// Triples are packed as both top bits, the pair's term id and the third unit.
    static let tripleFlag: UInt64 = 3 << 62

    var termCount: Int { termKeys.count }

    /// Per-document scratch, kept between documents to reuse its memory.
    private struct Scratch {
        /// One entry per occurrence: term << 34 | field << 32 | position.
        var occurrences: [UInt64] = []
        /// Per term: the slot it has in the current document, valid when `slotDoc` is it.
        var slotOf: [Int32] = []
        var slotDoc: [Int32] = []
        var slotTerm: [Int32] = []
        var slotCounts: [UInt64] = []
        var slotPositions: [Int32] = []
        var positions: [UInt32] = []
    }
    @exclusivity(unchecked) private var scratch = Scratch()

    /// Adds the next document: its fields as (field, text) segments in a fixed order.
    func add(segments: [(SearchIndexFormat.Field, String)]) {
        currentDoc += 1
        var work = Scratch()
        swap(&work, &scratch)
        work.occurrences.removeAll(keepingCapacity: true)
        var lengths: [UInt32] = [0, 0, 0, 0]
        var base = 0
        var folded = self.scalars
        self.scalars = []
        for (field, original) in segments {
            var text = original
            text.makeContiguousUTF8()
            folded.removeAll(keepingCapacity: true)
            for s in text.unicodeScalars { folder.fold(s, into: &folded) }
            lengths[field.rawValue] += UInt32(addSegment(folded, field: field.rawValue, base: base, into: &work.occurrences))
            base += folded.count + SearchIndexFormat.fieldGap
        }
        fieldLengths.append(contentsOf: lengths)
        flush(&work)
        swap(&work, &scratch)
        self.scalars = folded
    }

    /// Records the units and pairs of one segment starting at `base`; returns its number of units.
    private func addSegment(_ scalars: [Unicode.Scalar], field: Int, base: Int, into occurrences: inout [UInt64]) -> Int {
        var units = 0
        var previousUnit: UInt32 = 0
        var previousStart = -1
        var previousEnd = -1
        // The pair that ended at the previous unit (its term and start), for triples.
        var previousPair: Int32 = -1
        var previousPairStart = -1
        var i = 0
        let n = scalars.count
        let fieldBits = UInt64(field) << 32
        while i < n {
            let cls = SearchScalarClass(scalars[i])
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
            occurrences.append(UInt64(t) << 34 | fieldBits | UInt64(base + i))
            if previousEnd == i {
                if previousPair >= 0 {
                    let triple = term(Self.tripleFlag | UInt64(previousPair) << 32 | UInt64(unit), positional: true)
                    occurrences.append(UInt64(triple) << 34 | fieldBits | UInt64(base + previousPairStart))
                }
                let pair = term(Self.pairFlag | (UInt64(previousUnit) << 31) | UInt64(unit), positional: false)
                occurrences.append(UInt64(pair) << 34 | fieldBits | UInt64(base + previousStart))
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
        return units
    }

    /// Groups the document's occurrences by term and appends one posting per term.
    private func flush(_ w: inout Scratch) {
        let doc = currentDoc
        if w.slotOf.count < termKeys.count {
            w.slotOf.append(contentsOf: repeatElement(0, count: termKeys.count - w.slotOf.count))
            w.slotDoc.append(contentsOf: repeatElement(-1, count: termKeys.count - w.slotDoc.count))
        }
        w.slotTerm.removeAll(keepingCapacity: true)
        w.slotCounts.removeAll(keepingCapacity: true)
        w.slotPositions.removeAll(keepingCapacity: true)
        for o in w.occurrences {
            let t = Int(o >> 34)
            var s = Int(w.slotOf[t])
            if w.slotDoc[t] != doc {
                s = w.slotTerm.count
                w.slotDoc[t] = doc
                w.slotOf[t] = Int32(s)
                w.slotTerm.append(Int32(t))
                w.slotCounts.append(0)
                w.slotPositions.append(0)
            }
            let shift = ((o >> 32) & 3) * 16
            if (w.slotCounts[s] >> shift) & 0xFFFF < 0xFFFF { w.slotCounts[s] += 1 << shift }
            if hasPositions[t] { w.slotPositions[s] += 1 }
        }
        // Positions grouped by slot (a counting sort, which keeps them ascending).
        var start = [Int32](repeating: 0, count: w.slotTerm.count + 1)
        for s in 0..<w.slotTerm.count { start[s + 1] = start[s] + w.slotPositions[s] }
        w.positions.removeAll(keepingCapacity: true)
        w.positions.append(contentsOf: repeatElement(0, count: Int(start[w.slotTerm.count])))
        var fill = start
        for o in w.occurrences {
            let t = Int(o >> 34)
            guard hasPositions[t] else { continue }
            let s = Int(w.slotOf[t])
            w.positions[Int(fill[s])] = UInt32(truncatingIfNeeded: o)
            fill[s] += 1
        }
        for s in 0..<w.slotTerm.count {
            let t = Int(w.slotTerm[s])
            let p = postings[t]
            p.docs.append(UInt32(doc))
            p.counts.append(w.slotCounts[s])
            if hasPositions[t] {
                p.positionCounts.append(UInt32(w.slotPositions[s]))
                p.positions.append(contentsOf: w.positions[Int(start[s])..<Int(start[s + 1])])
            }
        }
    }

    @exclusivity(unchecked) private var wordBytes: [UInt8] = []

    private func wordID(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt32 {
        wordBytes.removeAll(keepingCapacity: true)
        for k in start..<end {
            let v = scalars[k].value
            if v < 0x80 { wordBytes.append(UInt8(v)) } else { wordBytes.append(contentsOf: String(Character(scalars[k])).utf8) }
        }
        let word = String(decoding: wordBytes, as: UTF8.self)
        if let id = wordIDs[word] { return id }
        let id = Self.wordBase + UInt32(words.count)
        words.append(word)
        wordIDs[word] = id
        return id
    }

    @inline(__always)
    private func term(_ key: UInt64, positional: Bool) -> Int32 {
        let found = termIDs.find(key)
        if found >= 0 { return found }
        let id = Int32(termKeys.count)
        termIDs.insert(key, id)
        termKeys.append(key)
        hasPositions.append(positional)
        postings.append(Postings())
        return id
    }

    /// The dictionary key of a term.
    func key(of term: Int) -> String {
        let packed = termKeys[term]
        if packed & Self.tripleFlag == Self.tripleFlag {
            let pair = Int((packed >> 32) & 0x3FFF_FFFF), third = UInt32(packed & 0xFFFF_FFFF)
            let second = UInt32(termKeys[pair] & 0x7FFF_FFFF)
            return key(of: pair) + (isHan(second) && isHan(third) ? "" : " ") + unitText(third)
        }
        if packed & Self.pairFlag != 0 {
            let a = UInt32((packed >> 31) & 0x7FFF_FFFF), b = UInt32(packed & 0x7FFF_FFFF)
            return unitText(a) + (isHan(a) && isHan(b) ? "" : " ") + unitText(b)
        }
        return unitText(UInt32(packed))
    }

    private func isHan(_ unit: UInt32) -> Bool {
        unit < Self.wordBase && CJK.isHan(Unicode.Scalar(unit)!)
    }

    private func unitText(_ unit: UInt32) -> String {
        if unit >= Self.wordBase { return words[Int(unit - Self.wordBase)] }
        return String(Character(Unicode.Scalar(unit)!))
    }
}

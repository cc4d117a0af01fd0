/// Collects, for every term of one language's documents, the documents that hold it, how
/// often in each field, and (for words and pairs) where. Documents must be added in id order.
struct SearchPostingsBuilder {
    private let folder = SearchFolder()
    private var wordIDs: [String: UInt32] = [:]
    private(set) var words: [String] = []
    private var termIDs: [UInt64: Int32] = [:]
    /// Packed key of each term: a unit id, or a pair of unit ids with the top bit set.
    private(set) var termKeys: [UInt64] = []
    private(set) var hasPositions: [Bool] = []
    private var lastDoc: [Int32] = []
    private(set) var docs: [[UInt32]] = []
    /// Four 16-bit counters (title, summary, body, meta) per posting.
    private(set) var counts: [[UInt64]] = []
    private(set) var positionCounts: [[UInt32]] = []
    private(set) var positions: [[UInt32]] = []
    /// Units per field, four per document.
    private(set) var fieldLengths: [UInt32] = []

    private var scalars: [Unicode.Scalar] = []
    private var currentDoc: Int32 = -1

    static let wordBase: UInt32 = 0x110000
    static let pairFlag: UInt64 = 1 << 63

    var termCount: Int { termKeys.count }

    /// Adds the next document: its fields as (field, text) segments in a fixed order.
    mutating func add(segments: [(SearchIndexFormat.Field, String)]) {
        currentDoc += 1
        var lengths: [UInt32] = [0, 0, 0, 0]
        var base = 0
        for (field, text) in segments {
            scalars.removeAll(keepingCapacity: true)
            for s in text.unicodeScalars { folder.fold(s, into: &scalars) }
            lengths[field.rawValue] += UInt32(addSegment(field: field.rawValue, base: base))
            base += scalars.count + SearchIndexFormat.fieldGap
        }
        fieldLengths.append(contentsOf: lengths)
    }

    /// Indexes `scalars` as one segment starting at `base`; returns its number of units.
    private mutating func addSegment(field: Int, base: Int) -> Int {
        var units = 0
        var previousUnit: UInt32 = 0
        var previousStart = -1
        var previousEnd = -1
        var i = 0
        let n = scalars.count
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
                unit = wordID(i, end)
            }
            units += 1
            occur(term(UInt64(unit), positional: cls == .word), field: field, position: UInt32(base + i))
            if previousEnd == i {
                let pair = Self.pairFlag | (UInt64(previousUnit) << 31) | UInt64(unit)
                occur(term(pair, positional: true), field: field, position: UInt32(base + previousStart))
            }
            previousUnit = unit
            previousStart = i
            previousEnd = end
            i = end
        }
        return units
    }

    private mutating func wordID(_ start: Int, _ end: Int) -> UInt32 {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        let word = String(view)
        if let id = wordIDs[word] { return id }
        let id = Self.wordBase + UInt32(words.count)
        words.append(word)
        wordIDs[word] = id
        return id
    }

    private mutating func term(_ key: UInt64, positional: Bool) -> Int32 {
        if let id = termIDs[key] { return id }
        let id = Int32(termKeys.count)
        termIDs[key] = id
        termKeys.append(key)
        hasPositions.append(positional)
        lastDoc.append(-1)
        docs.append([])
        counts.append([])
        positionCounts.append([])
        positions.append([])
        return id
    }

    @inline(__always)
    private mutating func occur(_ t: Int32, field: Int, position: UInt32) {
        let t = Int(t)
        if lastDoc[t] != currentDoc {
            lastDoc[t] = currentDoc
            docs[t].append(UInt32(currentDoc))
            counts[t].append(0)
            if hasPositions[t] { positionCounts[t].append(0) }
        }
        let last = counts[t].count - 1
        let shift = UInt64(16 * field)
        if (counts[t][last] >> shift) & 0xFFFF < 0xFFFF { counts[t][last] += 1 << shift }
        if hasPositions[t] {
            positions[t].append(position)
            positionCounts[t][last] += 1
        }
    }

    /// The dictionary key of a term.
    func key(of term: Int) -> String {
        let packed = termKeys[term]
        if packed & Self.pairFlag != 0 {
            let a = UInt32((packed >> 31) & 0x7FFF_FFFF), b = UInt32(packed & 0x7FFF_FFFF)
            let bothHan = a < Self.wordBase && b < Self.wordBase
                && CJK.isHan(Unicode.Scalar(a)!) && CJK.isHan(Unicode.Scalar(b)!)
            return bothHan ? unitText(a) + unitText(b) : unitText(a) + " " + unitText(b)
        }
        return unitText(UInt32(packed))
    }

    private func unitText(_ unit: UInt32) -> String {
        if unit >= Self.wordBase { return words[Int(unit - Self.wordBase)] }
        return String(Character(Unicode.Scalar(unit)!))
    }
}

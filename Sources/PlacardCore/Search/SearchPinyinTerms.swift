/// The index's pinyin terms (SPEC §7.5): for each run of adjacent Chinese characters in a
/// document's title, organizer and region, the toneless pinyin of each pair and triple of
/// characters (`U+0002` then the syllables with spaces: `\u{2}shu zi`, `\u{2}shu zi su`) and
/// of their initials (`U+0003` then the letters: `\u{3}sz`, `\u{3}szs`), every reading of a
/// heteronym. Triples keep positions (the character's offset, fields laid end to end with 8
/// unused offsets between them), so that four syllables or more are checked exactly.
enum SearchPinyinTerms {
    static let fullMarker = "\u{2}"
    static let initialsMarker = "\u{3}"

    /// Whether a key is a pinyin term.
    static func isPinyin(_ key: UnsafeBufferPointer<UInt8>) -> Bool { key.first == 2 || key.first == 3 }

    static func fields(of doc: SearchDocument) -> [String] { [doc.title, doc.organizer, doc.region] }

    static func terms(_ documents: [SearchDocument]) -> SearchTermTable.Batch {
        let folder = SearchFolder()
        var syllables = Syllables()
        // Terms are numbered by their keys packed in 64 bits (`Syllables.key`), spelled out at the end.
        var index: [UInt64: Int] = [:]
        var keys: [UInt64] = []
        var docs: [[UInt32]] = []
        var positions: [[[UInt32]]] = []
        func record(_ key: UInt64, doc: UInt32, position: UInt32?) {
            let t: Int
            if let found = index[key] { t = found } else {
                t = keys.count
                index[key] = t
                keys.append(key)
                docs.append([])
                positions.append([])
            }
            if docs[t].last != doc {
                docs[t].append(doc)
                positions[t].append([])
            }
            if let position, positions[t][positions[t].count - 1].last != position { positions[t][positions[t].count - 1].append(position) }
        }
        for d in documents.indices {
            var base: UInt32 = 0
            for field in fields(of: documents[d]) {
                let scalars = folder.fold(field)
                let readings = scalars.map { syllables.readings($0) }
                for i in readings.indices where !readings[i].isEmpty {
                    guard i + 1 < readings.count, !readings[i + 1].isEmpty else { continue }
                    let hasThird = i + 2 < readings.count && !readings[i + 2].isEmpty
                    for a in readings[i] {
                        for b in readings[i + 1] {
                            record(Syllables.key(.full, a, b), doc: UInt32(d), position: nil)
                            record(Syllables.key(.initials, syllables.initial(a), syllables.initial(b)), doc: UInt32(d), position: nil)
                            guard hasThird else { continue }
                            for c in readings[i + 2] {
                                let at = base + UInt32(i)
                                record(Syllables.key(.full, a, b, c), doc: UInt32(d), position: at)
                                record(Syllables.key(.initials, syllables.initial(a), syllables.initial(b), syllables.initial(c)),
                                       doc: UInt32(d), position: at)
                            }
                        }
                    }
                }
                base += UInt32(scalars.count) + 8
            }
        }
        return SearchTermTable.Batch { bytes in keys.indices.map { t in
            var block = SearchByteWriter()
            if Syllables.isTriple(keys[t]) {
                for list in positions[t] {
                    block.varint(list.count)
                    var previous: UInt32 = 0
                    for p in list.sorted() {
                        block.varint(Int(p - previous))
                        previous = p
                    }
                }
            }
            return SearchTermTable.Term(key: Array(syllables.spelled(keys[t]).utf8), docs: docs[t], scores: [],
                                        idf: SearchTermTable.idf(documents: documents.count, containing: docs[t].count),
                                        positions: block.bytes, in: bytes)
        } }
    }

    /// The syllables and initials met, numbered in the order met, and each folded scalar's readings
    /// by those numbers: a term's key is then a few numbers, not a string made for every pair.
    private struct Syllables {
        enum Kind: UInt64 { case full = 1, initials = 2 }

        private var names: [String] = [], numbers: [String: UInt16] = [:]
        private var initialNames: [String] = [], initialNumbers: [String: UInt16] = [:]
        private var initialOf: [UInt16] = []
        private var known: [UInt32: [UInt16]] = [:]

        /// The numbers of the syllables `scalar` is read as (`Pinyin.readings`).
        mutating func readings(_ scalar: Unicode.Scalar) -> [UInt16] {
            if let found = known[scalar.value] { return found }
            let made = Pinyin.readings(scalar).map { number(of: $0) }
            known[scalar.value] = made
            return made
        }

        /// The number of a syllable's initial (its first letter).
        func initial(_ syllable: UInt16) -> UInt16 { initialOf[Int(syllable)] }

        private mutating func number(of syllable: String) -> UInt16 {
            if let found = numbers[syllable] { return found }
            let made = UInt16(names.count)
            names.append(syllable)
            numbers[syllable] = made
            let letter = String(syllable.prefix(1))
            if initialNumbers[letter] == nil {
                initialNumbers[letter] = UInt16(initialNames.count)
                initialNames.append(letter)
            }
            initialOf.append(initialNumbers[letter]!)
            return made
        }

        /// A pair's or triple's key: the kind, whether it has a third, and the three numbers.
        static func key(_ kind: Kind, _ a: UInt16, _ b: UInt16, _ c: UInt16? = nil) -> UInt64 {
            kind.rawValue << 52 | (c == nil ? 0 : 1 << 48) | UInt64(a) << 32 | UInt64(b) << 16 | UInt64(c ?? 0)
        }

        static func isTriple(_ key: UInt64) -> Bool { key >> 48 & 1 == 1 }

        /// The term's key as the index spells it: `\u{2}shu zi su` or `\u{3}szs`.
        func spelled(_ key: UInt64) -> String {
            let parts = [key >> 32 & 0xFFFF, key >> 16 & 0xFFFF, key & 0xFFFF].prefix(Self.isTriple(key) ? 3 : 2).map { Int($0) }
            if key >> 52 == Kind.full.rawValue {
                return fullMarker + parts.map { names[$0] }.joined(separator: " ")
            }
            return initialsMarker + parts.map { initialNames[$0] }.joined()
        }
    }
}

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
    static func isPinyin(_ key: [UInt8]) -> Bool { key.first == 2 || key.first == 3 }

    static func fields(of doc: SearchDocument) -> [String] { [doc.title, doc.organizer, doc.region] }

    static func terms(_ documents: [SearchDocument]) -> [SearchTermTable.Term] {
        let folder = SearchFolder()
        var index: [String: Int] = [:]
        var keys: [String] = []
        var docs: [[UInt32]] = []
        var positions: [[[UInt32]]] = []
        func record(_ key: String, doc: UInt32, position: UInt32?) {
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
        for (d, document) in documents.enumerated() {
            var base: UInt32 = 0
            for field in fields(of: document) {
                let scalars = folder.fold(field)
                let readings = scalars.map(Pinyin.readings)
                for i in readings.indices where !readings[i].isEmpty {
                    guard i + 1 < readings.count, !readings[i + 1].isEmpty else { continue }
                    let hasThird = i + 2 < readings.count && !readings[i + 2].isEmpty
                    for a in readings[i] {
                        for b in readings[i + 1] {
                            record(fullMarker + a + " " + b, doc: UInt32(d), position: nil)
                            record(initialsMarker + String(a.prefix(1) + b.prefix(1)), doc: UInt32(d), position: nil)
                            guard hasThird else { continue }
                            for c in readings[i + 2] {
                                let at = base + UInt32(i)
                                record(fullMarker + a + " " + b + " " + c, doc: UInt32(d), position: at)
                                record(initialsMarker + String(a.prefix(1) + b.prefix(1) + c.prefix(1)), doc: UInt32(d), position: at)
                            }
                        }
                    }
                }
                base += UInt32(scalars.count) + 8
            }
        }
        return keys.indices.map { t in
            let triple = keys[t].hasPrefix(initialsMarker) ? keys[t].unicodeScalars.count == 4 : keys[t].filter { $0 == " " }.count == 2
            var block = SearchByteWriter()
            if triple {
                for list in positions[t] {
                    block.varint(list.count)
                    var previous: UInt32 = 0
                    for p in list.sorted() {
                        block.varint(Int(p - previous))
                        previous = p
                    }
                }
            }
            return SearchTermTable.Term(key: Array(keys[t].utf8), docs: docs[t], scores: [],
                                        idf: SearchTermTable.idf(documents: documents.count, containing: docs[t].count),
                                        positions: block.bytes)
        }
    }
}

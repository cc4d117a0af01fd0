/// The distinct terms of postings builders that indexed consecutive runs of the documents,
/// told apart by their packed keys (`SearchPostingsBuilder.termKeys`) made comparable across
/// builders, instead of by their text: no key is written out and hashed as a string for each
/// builder that has it. A builder's words are numbered in the order it met them, and its
/// triples hold its own id of their pair; both are renumbered here, so that one key stands
/// for one text in every builder.
///
/// `@unchecked Sendable`: only read once made, while the builders are no longer changed.
struct SearchTermMerge: @unchecked Sendable {
    let builders: [SearchPostingsBuilder]
    /// Per distinct term, in the order met (each builder's terms in turn): the first builder
    /// that has it and its id there.
    private(set) var ownerBuilder: [Int32] = []
    private(set) var ownerTerm: [Int32] = []
    /// Per builder, per term id: the index of its distinct term.
    private(set) var merged: [[Int32]] = []

    init(_ builders: [SearchPostingsBuilder]) {
        self.builders = builders
        var table = SearchTermHashTable(capacity: builders.first?.termCount ?? 0)
        var wordNumbers: [String: UInt32] = [:]
        for (b, builder) in builders.enumerated() {
            let words = builder.words.map { word in
                if let number = wordNumbers[word] { return number }
                let number = UInt32(wordNumbers.count)
                wordNumbers[word] = number
                return number
            }
            @inline(__always) func unit(_ u: UInt32) -> UInt64 {
                u >= SearchPostingsBuilder.wordBase ? UInt64(SearchPostingsBuilder.wordBase + words[Int(u - SearchPostingsBuilder.wordBase)]) : UInt64(u)
            }
            var local = [Int32](repeating: 0, count: builder.termCount)
            for t in 0..<builder.termCount {
                let packed = builder.termKeys[t]
                let key: UInt64
                if packed & SearchPostingsBuilder.tripleFlag == SearchPostingsBuilder.tripleFlag {
                    // The pair's id: a pair is always met before a triple that starts with it.
                    let pair = UInt64(local[Int((packed >> 32) & 0x3FFF_FFFF)])
                    key = SearchPostingsBuilder.tripleFlag | pair << 32 | unit(UInt32(packed & 0xFFFF_FFFF))
                } else if packed & SearchPostingsBuilder.pairFlag != 0 {
                    key = SearchPostingsBuilder.pairFlag | unit(UInt32((packed >> 31) & 0x7FFF_FFFF)) << 31
                        | unit(UInt32(packed & 0x7FFF_FFFF))
                } else {
                    key = unit(UInt32(packed))
                }
                let next = Int32(ownerBuilder.count)
                let id = table.findOrInsert(key) { next }
                if id == next {
                    ownerBuilder.append(Int32(b))
                    ownerTerm.append(Int32(t))
                }
                local[t] = id
            }
            merged.append(local)
        }
    }

    var count: Int { ownerBuilder.count }

    /// The text of distinct term `i`, as UTF-8.
    func key(_ i: Int) -> [UInt8] {
        builders[Int(ownerBuilder[i])].keyBytes(of: Int(ownerTerm[i]))
    }

    /// Appends the text of distinct term `i`, as UTF-8, to `bytes`.
    func appendKey(_ i: Int, to bytes: inout [UInt8]) {
        builders[Int(ownerBuilder[i])].appendKey(of: Int(ownerTerm[i]), to: &bytes)
    }

    /// Whether distinct term `i`'s postings keep field counts.
    func keepsCounts(_ i: Int) -> Bool {
        builders[Int(ownerBuilder[i])].keepsCounts[Int(ownerTerm[i])]
    }
}

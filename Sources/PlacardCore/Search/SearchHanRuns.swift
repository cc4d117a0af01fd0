/// The runs of 4 or more Han characters of consecutive documents' folded text (those that can
/// hold long grams, `SearchLongGrams`), in order: each different run kept once, and each
/// occurrence as that run, its field and the offset of its first scalar (fields end to end, a
/// gap between, as `SearchPostingsBuilder` counts them).
///
/// The postings builders note them while they fold each document for its units, so that the
/// long grams' collector, which reads every occurrence, folds no text of its own (a site repeats
/// its phrases: at 10,000 articles of `tools/gen-corpus.py`, 1.3 million runs, 26,000 of them different).
struct SearchHanRuns {
    /// The different runs, each kept once.
    private(set) var runs = SearchRunTable()

    /// An occurrence of a run: 8 bytes, the field (one of four) in the run's top two bits.
    struct Occurrence {
        private let fieldAndRun: UInt32
        let offset: UInt32

        init(run: Int, field: Int, offset: Int) {
            precondition(run < 1 << 30 && field < 4, "a run number takes 30 bits, a field 2")
            fieldAndRun = UInt32(field) << 30 | UInt32(run)
            self.offset = UInt32(offset)
        }

        var run: Int { Int(fieldAndRun & (1 << 30 - 1)) }
        var field: Int { Int(fieldAndRun >> 30) }
    }
    private(set) var occurrences: [Occurrence] = []
    /// Per document, where its occurrences end.
    private(set) var documentEnds: [Int] = []

    var documentCount: Int { documentEnds.count }

    /// The occurrences of document `d` (counted from the first document noted here).
    func occurrences(ofDocument d: Int) -> Range<Int> {
        (d == 0 ? 0 : documentEnds[d - 1])..<documentEnds[d]
    }

    /// Notes the runs of one folded segment of the current document: `folded` starts at `base`
    /// in `field`.
    mutating func add(folded: UnsafeBufferPointer<Unicode.Scalar>, field: Int, base: Int) {
        let n = folded.count
        var i = 0
        while i < n {
            guard folded[i].value >= 0x80 && CJK.isHan(folded[i]) else { i += 1; continue }
            var end = i + 1
            while end < n && folded[end].value >= 0x80 && CJK.isHan(folded[end]) { end += 1 }
            if end - i >= 4 { add(run: UnsafeBufferPointer(rebasing: folded[i..<end]), field: field, offset: base + i) }
            i = end
        }
    }

    /// Notes one run of the current document (Han characters, 4 or more, with none just before
    /// or after it) whose first scalar is at `offset` in `field`.
    mutating func add(run: UnsafeBufferPointer<Unicode.Scalar>, field: Int, offset: Int) {
        let r = run.withMemoryRebound(to: UInt32.self) { runs.index($0) }
        occurrences.append(Occurrence(run: r, field: field, offset: offset))
    }

    /// Ends the current document.
    mutating func endDocument() {
        documentEnds.append(occurrences.count)
    }

    /// The runs of `documents`, folded here (as the postings builders fold them).
    static func of<Documents: Sequence<SearchDocument>>(_ documents: Documents) -> SearchHanRuns {
        let folder = SearchFolder()
        var noted = SearchHanRuns()
        var scalars: [Unicode.Scalar] = []
        var expansion: [Unicode.Scalar] = []
        for document in documents {
            var base = 0
            for (field, text) in SearchIndexWriter.segments(of: document) {
                let count = folder.fold(text, into: &scalars, expansion: &expansion)
                scalars.withUnsafeBufferPointer { noted.add(folded: UnsafeBufferPointer(rebasing: $0[0..<count]), field: field.rawValue, base: base) }
                base += count + SearchIndexFormat.fieldGap
            }
            noted.endDocument()
        }
        return noted
    }
}

/// A parsed query: the folded text split at white space into chunks, each a run of
/// adjacent units. A document matches when it contains every chunk (see `docs/search.md`,
/// "Matching").
public struct SearchQuery: Equatable, Sendable {
    public struct Chunk: Equatable, Sendable {
        /// Units with offsets counted from the chunk's first scalar.
        public var units: [SearchUnit]
        /// The last unit is a word that may be the start of a longer word.
        public var prefix: Bool
        /// Folded scalars from the chunk's start to the end of its last unit.
        public var length: Int { units.last.map { $0.offset + $0.length } ?? 0 }
    }

    public var chunks: [Chunk]
    public var isEmpty: Bool { chunks.isEmpty }

    public init(_ text: String, folder: SearchFolder = SearchFolder()) {
        let scalars = folder.fold(text)
        var chunks: [Chunk] = []
        var current: [SearchUnit] = []
        var chunkStart = 0
        SearchTokenizer.forEachUnit(scalars) { kind, start, end, adjacent in
            if !adjacent, !current.isEmpty {
                chunks.append(Chunk(units: current, prefix: false))
                current = []
            }
            if current.isEmpty { chunkStart = start }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            current.append(SearchUnit(kind: kind, text: String(view), offset: start - chunkStart, length: end - start))
        }
        if !current.isEmpty {
            let endsInSpace = scalars.last.map { SearchScalarClass($0) == .space } ?? true
            chunks.append(Chunk(units: current, prefix: current.last?.kind == .word && !endsInSpace))
        }
        self.chunks = chunks
    }
}

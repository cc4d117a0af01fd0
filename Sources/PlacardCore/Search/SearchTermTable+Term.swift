import Foundation

extension SearchTermTable {
    /// A term of the dictionary: its key, postings and positions lie one after another in a
    /// batch's `SearchTermBytes`, and may be read while that batch lives. Thirty-two bytes (was
    /// forty, with three arrays) and nothing to release: the Chinese index of 10,000 articles holds
    /// some 1.4 million, twice over for a moment when the long grams join them (the build's peak).
    ///
    /// `@unchecked Sendable`: its bytes are read by many threads, and changed (`dropScores`)
    /// only by the one that holds the term, before it is shared.
    struct Term: @unchecked Sendable {
        private var start: UnsafeMutablePointer<UInt8>
        private var keyCount: UInt32
        private var postingsCount: UInt32
        private var positionsCount: UInt32
        private var storedDF: Int32
        private var storedIDF: Int32
        /// Whether postings carry scores (not filters, pinyin, triples other than Han ones, common triples).
        var scored: Bool
        /// A triple of Han characters whose runs of 4+ are long grams (`SearchLongGrams`).
        var common = false
        /// A long gram with the postings of the key one character shorter, not repeated.
        var alias = false
        /// A long gram (`SearchLongGrams`); one of `SearchIndexFormat.maxLongGram` characters has positions (inline when small).
        var longGram = false

        /// The key, as UTF-8.
        var key: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: Int(keyCount)) }

        /// The postings as the index writes them: per document, the delta from the one before
        /// (the first from 0), then its score byte when `scored`.
        var postings: UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: start + Int(keyCount), count: Int(postingsCount))
        }

        /// Encoded position block (empty when the term keeps no positions).
        var positions: UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: start + Int(keyCount) + Int(postingsCount), count: Int(positionsCount))
        }

        /// Documents holding the term (0 for an alias).
        var df: Int {
            get { Int(storedDF) }
            set { storedDF = Int32(newValue) }
        }

        var idf: Int {
            get { Int(storedIDF) }
            set { storedIDF = Int32(newValue) }
        }

        /// A term whose bytes are copied into `bytes`.
        init(key: [UInt8], postings: [UInt8], df: Int, scored: Bool, idf: Int, positions: [UInt8], in bytes: SearchTermBytes) {
            self = key.withUnsafeBufferPointer { key in
                Term(key: key, writingAtMost: postings.count + positions.count, df: df, scored: scored, idf: idf, in: bytes) { w in
                    postings.withUnsafeBufferPointer { w.append($0) }
                    let postingsEnd = w.count
                    positions.withUnsafeBufferPointer { w.append($0) }
                    return postingsEnd
                }
            }
        }

        /// A term whose bytes `write` writes into `bytes`, at most `most` of them: its key, its
        /// postings, then its positions, returning where its key and its postings end. No array
        /// is made on the way.
        init(writingAtMost most: Int, df: Int, scored: Bool, idf: Int, in bytes: SearchTermBytes,
             write: (inout SearchTermBytes.Writer) -> (keyEnd: Int, postingsEnd: Int)) {
            start = bytes.allocate(most)
            var writer = SearchTermBytes.Writer(start)
            let (keyEnd, postingsEnd) = write(&writer)
            precondition(writer.count <= most && keyEnd <= postingsEnd && postingsEnd <= writer.count, "a term's bytes past their bound")
            bytes.giveBack(most - writer.count)
            (keyCount, postingsCount, positionsCount) = (UInt32(keyEnd), UInt32(postingsEnd - keyEnd), UInt32(writer.count - postingsEnd))
            storedDF = Int32(df)
            storedIDF = Int32(idf)
            self.scored = scored
        }

        /// A term whose key is copied into `bytes` and whose postings and then positions `write`
        /// writes after it, at most `most` bytes together, returning where the postings end (the
        /// writer's count, the key included).
        init(key: UnsafeBufferPointer<UInt8>, writingAtMost most: Int, df: Int, scored: Bool, idf: Int,
             in bytes: SearchTermBytes, write: (inout SearchTermBytes.Writer) -> Int) {
            self.init(writingAtMost: key.count + most, df: df, scored: scored, idf: idf, in: bytes) { w in
                w.append(key)
                return (key.count, write(&w))
            }
        }

        /// `scores`: one a document, or empty for a term without scores.
        init(key: [UInt8], docs: [UInt32], scores: [UInt8], idf: Int, positions: [UInt8], in bytes: SearchTermBytes) {
            self = key.withUnsafeBufferPointer { key in
                positions.withUnsafeBufferPointer { positions in
                    // A delta takes five bytes at most, and a score one.
                    Term(key: key, writingAtMost: docs.count * 6 + positions.count, df: docs.count, scored: !scores.isEmpty,
                         idf: idf, in: bytes) { w in
                        var previous: UInt32 = 0
                        for (k, doc) in docs.enumerated() {
                            w.varint(UInt64(doc - previous))
                            if !scores.isEmpty { w.byte(scores[k]) }
                            previous = doc
                        }
                        let postings = w.count
                        w.append(positions)
                        return postings
                    }
                }
            }
        }

        /// Re-encodes the postings without their score bytes, in place (the positions move up
        /// to follow them).
        mutating func dropScores() {
            guard scored else { return }
            let postingsStart = start + Int(keyCount)
            var w = SearchTermBytes.Writer(postingsStart)
            // Each posting is rewritten over its own first bytes: the reader stays ahead.
            var i = 0
            let postings = self.postings
            while i < postings.count {
                w.varint(UInt64(SearchPostingsBuilder.Postings.readVarint(postings, &i)))
                i += 1
            }
            memmove(postingsStart + w.count, postingsStart + Int(postingsCount), Int(positionsCount))
            postingsCount = UInt32(w.count)
            scored = false
        }
    }
}

extension SearchTermBytes {
    /// Writes bytes from `start` on, with no check for room: the caller allocated enough.
    struct Writer: SearchVarintSink {
        private let start: UnsafeMutablePointer<UInt8>
        private(set) var count = 0

        init(_ start: UnsafeMutablePointer<UInt8>) { self.start = start }

        @inline(__always)
        mutating func byte(_ value: UInt8) {
            start[count] = value
            count += 1
        }

        @inline(__always)
        mutating func varint(_ value: UInt64) {
            count += SearchGrowableBytes.writeVarint(value, at: start + count)
        }

        @inline(__always)
        mutating func varint(_ value: Int) { varint(UInt64(value)) }

        /// A scalar's UTF-8 (four bytes at most).
        @inline(__always)
        mutating func utf8(_ scalar: UInt32) {
            forEachUTF8Byte(of: scalar) { byte($0) }
        }

        @inline(__always)
        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress else { return }
            (start + count).initialize(from: base, count: bytes.count)
            count += bytes.count
        }
    }
}

extension SearchTermTable {
    /// Terms made together, in parts, with the batches of bytes that hold them (`SearchTermBytes`):
    /// a term may be read while `bytes` lives.
    struct Batch {
        var parts: [[Term]] = []
        var bytes: [SearchTermBytes] = []

        init(parts: [[Term]] = [], bytes: [SearchTermBytes] = []) {
            self.parts = parts
            self.bytes = bytes
        }

        /// Terms made one after another on one thread by `make`, given the bytes to put them in.
        init(_ make: (SearchTermBytes) -> [Term]) {
            let bytes = SearchTermBytes()
            self.init(parts: [make(bytes)], bytes: [bytes])
        }

        /// `count` terms in one part, term `i` made by `make(i, bytes)`, on every core: a step
        /// of `stepSize` terms at a time, each step into bytes of its own.
        static func make(_ count: Int, _ make: @Sendable (Int, SearchTermBytes) -> Term) -> Batch {
            let steps = (count + stepSize - 1) / stepSize
            let bytes = (0..<steps).map { _ in SearchTermBytes() }
            let terms = [Term](unsafeUninitializedCapacity: count) { buffer, initialized in
                let places = Places(base: buffer.baseAddress)
                Parallel.forEach(steps) { s in
                    for i in (s * stepSize)..<min(count, (s + 1) * stepSize) { (places.base! + i).initialize(to: make(i, bytes[s])) }
                }
                initialized = count
            }
            return Batch(parts: [terms], bytes: bytes)
        }

        /// The terms' places, shared by the workers of `make`: each place is written by one worker.
        private struct Places: @unchecked Sendable {
            let base: UnsafeMutablePointer<Term>?
        }

        static let stepSize = 4096

        var count: Int { parts.reduce(0) { $0 + $1.count } }

        /// Adds `other`'s parts after these.
        mutating func append(_ other: consuming Batch) {
            parts += other.parts
            bytes += other.bytes
        }
    }
}

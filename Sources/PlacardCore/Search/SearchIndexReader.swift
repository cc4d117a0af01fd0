import Foundation

/// Reads one language's index files lazily, the way the browser does: the entry file first,
/// then only the shards a query needs. `placard search` and the tests use it.
public final class SearchIndexReader {
    /// Returns the bytes of a file, given its path relative to the language folder.
    public typealias Loader = (String) throws -> Data

    public struct Entry: Decodable, Sendable {
        /// The term shards' separators (`SearchShardKeys`), front-coded in the file as `keys`.
        public struct Terms: Decodable, Sendable {
            public var first: [String]
            enum CodingKeys: String, CodingKey { case keys }
            public init(from decoder: Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                guard let keys = SearchShardKeys.decode(try c.decode(String.self, forKey: .keys)) else {
                    throw DecodingError.dataCorruptedError(forKey: .keys, in: c, debugDescription: "damaged shard keys")
                }
                first = keys
            }
        }
        public struct Filters: Decodable, Sendable { public var kind: [String]; public var series: [String]; public var group: [String] }
        public var format: String
        public var version: Int
        public var language: String
        public var documents: Int
        public var terms: Terms
        public var positionShards: Int
        public var docsPerMetaShard: Int
        public var docsPerBodyShard: Int
        public var filters: Filters
        /// Folded synonym groups (site.yml's `search.synonyms`).
        public var synonyms: [[String]]?
        /// The pinyin syllables, when the index has pinyin terms.
        public var pinyin: [String]?
        /// Every run of 4 to `maxLongGram` Han characters is a long gram (a small site): a run the
        /// dictionary lacks occurs nowhere.
        public var everyRun: Bool?
    }

    /// One dictionary entry with its postings.
    public struct Term: Sendable {
        public var key: String
        public var docs: [UInt32]
        public var scores: [UInt8]
        public var idf: Int
        /// How many documents hold it (`docs` is empty until the postings are read when they
        /// live in a list shard).
        public var df: Int
        var positionShard: Int?
        var positionOffset: Int
        var positionLength: Int
        /// Positions written in the record (flag 32), rare triples' and pinyin triples'.
        var inlinePositions: [UInt8]?
        /// Where the postings are when they live in a list shard (flag 16).
        var listShard: Int?
        var listOffset = 0
        var listLength = 0
        var withScores = false
        /// A triple of Han characters whose runs of 4+ are long grams (flag 4).
        var isCommon = false
        /// A long gram with the postings of the key one character shorter (flag 8).
        var isAlias = false
        /// 64 for a join term's tail, 128 for a head (`SearchJoinTerms`): their postings start
        /// with the tail's ordinal or the head's table.
        var join = 0
        /// A join term's tail: its ordinal among the tails (flag 64).
        public var tailOrdinal: Int?
        /// A join term's head: the ordinals of the tails before it (flag 128).
        var headTable: [Int] = []
        /// A head's postings: the ordinals of the tails before it in each document.
        public var tails: [[Int]] = []
        public var hasPositions: Bool { positionShard != nil || inlinePositions != nil }
    }

    /// The stored fields of a document, as the meta shard holds them.
    public struct Meta: Decodable, Sendable, Equatable {
        public var url: String
        public var title: String
        public var kind: String
        public var date: String?
        public var series: String?
        public var groups: [String]?
    }

    public let entry: Entry
    private let loader: Loader
    private let firstKeys: [[UInt8]]
    private var termShards: [Int: [Term]] = [:]
    private var positionShards: [Int: [UInt8]] = [:]
    private var metaShards: [Int: [Meta]] = [:]
    private var listShards: [Int: [UInt8]] = [:]
    private var decodedPositions: [String: [UInt32: [UInt32]]] = [:]

    public init(loader: @escaping Loader) throws {
        self.loader = loader
        let data = try loader(SearchIndexFormat.entryPath)
        let entry: Entry
        do { entry = try JSONDecoder().decode(Entry.self, from: data) } catch { throw SearchIndexError.malformed("entry file: \(error)") }
        guard entry.format == "placard-search" else { throw SearchIndexError.malformed("not a Placard search index") }
        guard entry.version == SearchIndexFormat.version else { throw SearchIndexError.unsupportedVersion(entry.version) }
        guard !entry.terms.first.isEmpty else { throw SearchIndexError.malformed("no term shards") }
        self.entry = entry
        self.firstKeys = entry.terms.first.map { Array($0.utf8) }
    }

    /// Reads the index of a built site's language folder (`public/zh`).
    public convenience init(directory: URL) throws {
        try self.init { path in
            let url = directory.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else { throw SearchIndexError.missing(url.path) }
            return data
        }
    }

    /// A shard's bytes, inflated when its name ends in `.gz` (and the bytes are still gzip: a
    /// server that sends the file with `Content-Encoding: gzip` hands over the inflated bytes).
    private func read(_ path: String) throws -> Data {
        let data = try loader(path)
        guard path.hasSuffix(".gz"), SearchGzip.isGzip(data) else { return data }
        guard let inflated = SearchGzip.decompress(data) else { throw SearchIndexError.malformed("\(path) is not whole") }
        return inflated
    }

    /// The shard whose range holds `key`: the last one whose first key is not after it.
    private func shardIndex(for key: [UInt8]) -> Int {
        var lo = 0, hi = firstKeys.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if SearchTermKey.less(key, firstKeys[mid]) { hi = mid - 1 } else { lo = mid }
        }
        return lo
    }

    private func shard(_ i: Int) throws -> [Term] {
        if let cached = termShards[i] { return cached }
        let data = try read(SearchIndexFormat.termShardPath(i))
        var r = SearchByteReader([UInt8](data))
        let count = try r.varint()
        var terms: [Term] = []
        terms.reserveCapacity(min(count, r.remaining))
        var keyBytes: [UInt8] = []
        for _ in 0..<count {
            // Front-coded: bytes shared with the key before, then the rest.
            let shared = try r.varint()
            guard shared <= keyBytes.count else { throw SearchIndexError.malformed("term shard \(i)") }
            keyBytes.removeSubrange(shared...)
            keyBytes.append(contentsOf: try r.slice(try r.varint()))
            let key = String(decoding: keyBytes, as: UTF8.self)
            let df = try r.varint()
            let idf = try r.varint()
            let flags = try r.varint()
            // The writer keeps an idf in 32 bits: a larger one would overflow the scores.
            guard idf <= Int32.max, flags & (64 | 128) == Self.joinFlag(keyBytes) else { throw SearchIndexError.malformed("term \(key)") }
            var term = Term(key: key, docs: [], scores: [], idf: idf, df: df, positionShard: nil, positionOffset: 0,
                            positionLength: 0, isCommon: flags & 4 != 0, isAlias: flags & 8 != 0)
            term.withScores = flags & 1 != 0
            term.join = flags & (64 | 128)
            if flags & 2 != 0 {
                term.positionShard = try r.varint()
                term.positionOffset = try r.varint()
                term.positionLength = try r.varint()
            }
            if flags & 32 != 0 {
                term.inlinePositions = Array(try r.slice(try r.varint()))
                term.positionLength = term.inlinePositions!.count
            }
            if flags & 16 != 0 {
                term.listShard = try r.varint()
                term.listOffset = try r.varint()
                term.listLength = try r.varint()
            } else {
                try Self.decodePostings(&term, try r.slice(try r.varint()))
            }
            terms.append(term)
        }
        termShards[i] = terms
        return terms
    }

    /// The join flag a key's first byte calls for (`SearchShardWriter`): 64 for a join term's
    /// tail, 128 for a head, else 0. The engine reads a head's tails for each of its documents.
    private static func joinFlag(_ key: [UInt8]) -> Int {
        key.first == 4 ? 64 : key.first == 5 ? 128 : 0
    }

    private static func decodePostings(_ term: inout Term, _ bytes: ArraySlice<UInt8>) throws {
        var p = SearchByteReader(Array(bytes))
        if term.join == 64 {
            term.tailOrdinal = try p.varint()
            guard p.atEnd && term.df == 0 else { throw SearchIndexError.malformed("join tail \(term.key)") }
            return
        }
        if term.join == 128 {
            term.headTable = []
            let count = try p.varint()
            // A large table lists its ordinals as they are, a small one as deltas.
            var ordinal = 0
            for _ in 0..<count {
                ordinal = try p.delta(after: count > SearchIndexFormat.largeHeadTable ? 0 : ordinal)
                term.headTable.append(ordinal)
            }
            guard !term.headTable.isEmpty else { throw SearchIndexError.malformed("join head \(term.key)") }
        }
        term.docs.reserveCapacity(min(term.df, p.remaining))
        term.scores.reserveCapacity(min(term.df, p.remaining))
        var doc = 0
        for _ in 0..<term.df {
            doc = try p.delta(after: doc, limit: Int(UInt32.max))
            term.docs.append(UInt32(doc))
            term.scores.append(term.withScores ? try p.byte() : 0)
            if term.headTable.count > 1 {
                let first = try p.varint()
                var index = first >> 1
                var indices = [index]
                if first & 1 != 0 {
                    for _ in 0..<(try p.varint()) {
                        index = try p.delta(after: index)
                        indices.append(index)
                    }
                }
                guard index < term.headTable.count else { throw SearchIndexError.malformed("postings of \(term.key)") }
                term.tails.append(indices.map { term.headTable[$0] })
            } else if let only = term.headTable.first {
                term.tails.append([only])
            }
        }
        guard p.atEnd else { throw SearchIndexError.malformed("postings of \(term.key)") }
    }

    /// The term with exactly this key, if the index has it; with `postings: false`, its
    /// record alone (flags, count, idf) even when its postings live in a list shard.
    public func term(_ key: String, postings: Bool = true) throws -> Term? {
        let i = shardIndex(for: Array(key.utf8))
        guard let at = try shard(i).firstIndex(where: { $0.key == key }) else { return nil }
        var term = termShards[i]![at]
        if postings, let list = term.listShard, term.docs.isEmpty && term.df > 0 {
            if listShards[list] == nil { listShards[list] = [UInt8](try read(SearchIndexFormat.listShardPath(list))) }
            guard let block = Self.block(listShards[list]!, at: term.listOffset, length: term.listLength) else {
                throw SearchIndexError.malformed("postings out of range")
            }
            try Self.decodePostings(&term, block)
            termShards[i]![at] = term
        }
        if term.isAlias {
            // A long gram of 5 to `maxLongGram` characters: so the references end within `maxLongGram` − 4 steps.
            guard term.join == 0, (5...SearchIndexFormat.maxLongGram).contains(key.unicodeScalars.count),
                  let shorter = try self.term(String(key.unicodeScalars.dropLast())) else {
                throw SearchIndexError.malformed("long gram \(key) refers to nothing")
            }
            term.docs = shorter.docs
            term.scores = shorter.scores
        }
        return term
    }

    /// Every term whose key starts with `prefix` and passes `accept`, in key order.
    public func terms(withPrefix prefix: String, accept: (String) -> Bool) throws -> [Term] {
        let bytes = Array(prefix.utf8)
        var result: [Term] = []
        var i = shardIndex(for: bytes)
        while i < firstKeys.count {
            for term in try shard(i) where term.key.utf8.starts(with: bytes) && accept(term.key) {
                // A key the shard holds outside its range is found in another shard, or nowhere.
                guard let found = try self.term(term.key) else { throw SearchIndexError.malformed("term shard \(i)") }
                result.append(found)
            }
            i += 1
            guard i < firstKeys.count, firstKeys[i].starts(with: bytes) else { break }
        }
        return result
    }

    /// The ordinals of the join terms' tails (`SearchJoinTerms`) that start with `prefix`:
    /// consecutive, so read from the first and the last of them, whatever lies between
    /// (the shard where the prefix's keys start, the next when they start there, and the
    /// last shard whose separator has the prefix). Nil when no tail starts with it.
    public func tailOrdinals(withPrefix prefix: String) throws -> ClosedRange<Int>? {
        let bytes = Array(prefix.utf8)
        let first = shardIndex(for: bytes)
        var last = first
        while last + 1 < firstKeys.count && firstKeys[last + 1].starts(with: bytes) { last += 1 }
        func tails(_ i: Int) throws -> [Int] {
            try shard(i).filter { $0.key.utf8.starts(with: bytes) }.map { term in
                guard let ordinal = term.tailOrdinal else { throw SearchIndexError.malformed("join tail \(term.key)") }
                return ordinal
            }
        }
        var low = try tails(first).first
        if low == nil && last > first { low = try tails(first + 1).first }
        guard let low, let high = try tails(last).last else { return nil }
        guard low <= high else { throw SearchIndexError.malformed("join tails of \(prefix)") }
        return low...high
    }

    /// Start offsets of a term in each document that holds it.
    public func positions(of term: Term) throws -> [UInt32: [UInt32]] {
        if let cached = decodedPositions[term.key] { return cached }
        // A join term's head interleaves its tails with the offsets.
        var result: [UInt32: [UInt32]] = [:]
        if !term.tails.isEmpty {
            result = try occurrences(of: term).mapValues { $0.map(\.offset) }
            decodedPositions[term.key] = result
            return result
        }
        guard var r = try positionBlock(of: term) else { return [:] }
        result.reserveCapacity(term.docs.count)
        for doc in term.docs {
            let count = try r.varint()
            var list: [UInt32] = []
            list.reserveCapacity(min(count, r.remaining))
            var value = 0
            for _ in 0..<count {
                value = try Self.position(after: value, &r)
                list.append(UInt32(value))
            }
            result[doc] = list
        }
        decodedPositions[term.key] = result
        return result
    }

    /// A term's position block, inline or read from its position shard; nil when it has none.
    private func positionBlock(of term: Term) throws -> SearchByteReader? {
        if let inline = term.inlinePositions { return SearchByteReader(inline) }
        guard let shardIndex = term.positionShard else { return nil }
        if positionShards[shardIndex] == nil {
            positionShards[shardIndex] = [UInt8](try read(SearchIndexFormat.positionShardPath(shardIndex)))
        }
        guard let block = Self.block(positionShards[shardIndex]!, at: term.positionOffset, length: term.positionLength) else {
            throw SearchIndexError.malformed("position block out of range")
        }
        return SearchByteReader(Array(block))
    }

    /// The `length` bytes at `offset` of a shard, where a term record places its postings or
    /// positions; nil when they pass its end.
    private static func block(_ bytes: [UInt8], at offset: Int, length: Int) -> ArraySlice<UInt8>? {
        guard offset <= bytes.count, length <= bytes.count - offset else { return nil }
        return bytes[offset..<(offset + length)]
    }

    /// The next position of a list written as deltas. Kept within `Int32.max`, far past any
    /// document's length, so that the engine's sums of a position and a query's offset stay
    /// within `UInt32`.
    private static func position(after previous: Int, _ r: inout SearchByteReader) throws -> Int {
        try r.delta(after: previous, limit: Int(Int32.max))
    }

    /// A term's positions in each document that holds it, with (for a join term's head) the
    /// ordinal of the tail before each (else 0).
    public func occurrences(of term: Term) throws -> [UInt32: [(offset: UInt32, tail: Int)]] {
        guard var r = try positionBlock(of: term) else { return [:] }
        var result: [UInt32: [(offset: UInt32, tail: Int)]] = [:]
        result.reserveCapacity(term.docs.count)
        for (k, doc) in term.docs.enumerated() {
            let count = try r.varint()
            var list: [(offset: UInt32, tail: Int)] = []
            list.reserveCapacity(min(count, r.remaining))
            var value = 0
            let tails = k < term.tails.count ? term.tails[k] : []
            for _ in 0..<count {
                value = try Self.position(after: value, &r)
                var tail = tails.first ?? 0
                if tails.count > 1 {
                    let index = try r.varint()
                    guard index < tails.count else { throw SearchIndexError.malformed("positions of \(term.key)") }
                    tail = tails[index]
                }
                list.append((UInt32(value), tail))
            }
            result[doc] = list
        }
        return result
    }

    /// The stored fields of document `doc`.
    public func meta(_ doc: Int) throws -> Meta {
        let per = max(1, entry.docsPerMetaShard)
        let i = doc / per
        if metaShards[i] == nil {
            do { metaShards[i] = try JSONDecoder().decode([Meta].self, from: try read(SearchIndexFormat.metaShardPath(i))) }
            catch let error as SearchIndexError { throw error }
            catch { throw SearchIndexError.malformed("document shard \(i): \(error)") }
        }
        let shard = metaShards[i]!
        guard doc % per < shard.count else { throw SearchIndexError.malformed("document \(doc) out of range") }
        return shard[doc % per]
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// `placard search --site` reads whatever a built site's index holds, which a user may have
/// damaged: lengths, counts, offsets and numbers out of their range give `SearchIndexError`,
/// never a trap. Each test writes the records of a term shard by hand (`SearchShardWriter`'s
/// layout; `.gz` shards may be given inflated).
@Suite struct SearchDamagedIndexTests {
    /// Numbers as the binary shards write them.
    static func varints(_ numbers: [Int]) -> [UInt8] {
        var w = SearchByteWriter()
        for n in numbers { w.varint(n) }
        return w.bytes
    }

    /// `bytes` after their length, as a record holds its inline positions or postings.
    static func sized(_ bytes: [UInt8]) -> [UInt8] {
        varints([bytes.count]) + bytes
    }

    /// A record of `key` (sharing nothing with the key before), then `rest`: df, idf, flags and
    /// what the flags call for.
    static func record(_ key: String, _ rest: [UInt8]) -> [UInt8] {
        varints([0]) + sized(Array(key.utf8)) + rest
    }

    /// A record of `key` in one document (0) with no positions.
    static func plain(_ key: String) -> [UInt8] {
        record(key, varints([1, 1000, 0]) + sized(varints([0])))
    }

    /// A term shard of these records.
    static func shard(_ records: [[UInt8]]) -> [UInt8] {
        varints([records.count]) + records.flatMap { $0 }
    }

    /// A reader of an index with one term shard for each of `separators` (`t-0` …) and the
    /// other shards of `files` (path in the language folder → bytes).
    static func reader(_ files: [String: [UInt8]], separators: [String] = [""]) throws -> SearchIndexReader {
        let entry: [String: Any] = [
            "format": "placard-search", "version": SearchIndexFormat.version, "language": "zh", "documents": 1,
            "terms": ["keys": SearchShardKeys.encode(separators)], "positionShards": 1, "docsPerMetaShard": 16,
            "docsPerBodyShard": 4, "filters": ["kind": [String](), "series": [String](), "group": [String]()],
        ]
        var byPath = files.mapValues { Data($0) }
        byPath[SearchIndexFormat.entryPath] = try JSONSerialization.data(withJSONObject: entry)
        return try SearchIndexReader { path in
            guard let data = byPath[path] else { throw SearchIndexError.missing(path) }
            return data
        }
    }

    /// A reader whose only term shard is `bytes`, with the shards of `others`.
    static func reader(termShard bytes: [UInt8], _ others: [String: [UInt8]] = [:]) throws -> SearchIndexReader {
        try reader(others.merging([SearchIndexFormat.termShardPath(0): bytes]) { $1 })
    }

    /// Whether reading or searching throws `SearchIndexError`.
    static func damaged(_ body: () throws -> Void) -> Bool {
        do { try body() } catch is SearchIndexError { return true } catch { return false }
        return false
    }

    @Test func aLengthPastTheEndOfItsShard() throws {
        // A key of 2^63 − 1 bytes.
        #expect(Self.damaged { _ = try Self.reader(termShard: Self.varints([1, 0, Int.max])).term("a") })
        // Inline positions and postings as long.
        let positions = Self.record("a", Self.varints([1, 1000, 32, Int.max, 0]))
        #expect(Self.damaged { _ = try Self.reader(termShard: Self.shard([positions])).term("a") })
        let postings = Self.record("a", Self.varints([1, 1000, 0, Int.max, 0]))
        #expect(Self.damaged { _ = try Self.reader(termShard: Self.shard([postings])).term("a") })
    }

    @Test func countsPastWhatTheBytesHold() throws {
        // 2^60 terms in a shard, documents of a term, positions in a document: memory is not
        // asked for them before they are read.
        #expect(Self.damaged { _ = try Self.reader(termShard: Self.varints([1 << 60, 0])).term("a") })
        let documents = Self.record("a", Self.varints([1 << 60, 1000, 0]) + Self.sized(Self.varints([0, 1])))
        #expect(Self.damaged { _ = try Self.reader(termShard: Self.shard([documents])).term("a") })
        let positions = Self.record("a", Self.varints([1, 1000, 32]) + Self.sized(Self.varints([1 << 60, 1])) + Self.sized(Self.varints([0])))
        let reader = try Self.reader(termShard: Self.shard([positions]))
        let term = try #require(try reader.term("a"))
        #expect(Self.damaged { _ = try reader.positions(of: term) })
        #expect(Self.damaged { _ = try reader.occurrences(of: term) })
    }

    @Test func blocksPastTheEndOfTheirShard() throws {
        // Postings in list shard 0 and positions in position shard 0, at offset 2^63 − 1.
        let list = Self.record("a", Self.varints([1, 1000, 16, 0, Int.max, Int.max]))
        let lists = [SearchIndexFormat.listShardPath(0): Self.varints([0])]
        #expect(Self.damaged { _ = try Self.reader(termShard: Self.shard([list]), lists).term("a") })
        let block = Self.record("a", Self.varints([1, 1000, 2, 0, Int.max, Int.max]) + Self.sized(Self.varints([0])))
        let reader = try Self.reader(termShard: Self.shard([block]), [SearchIndexFormat.positionShardPath(0): Self.varints([1, 0])])
        let term = try #require(try reader.term("a"))
        #expect(Self.damaged { _ = try reader.positions(of: term) })
    }

    @Test func numbersPastTheirRange() throws {
        func term(_ record: [UInt8], key: String = "a") -> Bool {
            Self.damaged { _ = try Self.reader(termShard: Self.shard([Self.record(key, record)])).term(key) }
        }
        // A document past 2^32, and deltas whose sum overflows.
        #expect(term(Self.varints([1, 1000, 0]) + Self.sized(Self.varints([1 << 40]))))
        #expect(term(Self.varints([2, 1000, 0]) + Self.sized(Self.varints([Int.max, Int.max]))))
        // A join term's head: ordinals of its tails, and indices into them, whose sums overflow.
        #expect(term(Self.varints([0, 1000, 128]) + Self.sized(Self.varints([2, Int.max, Int.max])), key: "\u{5}a"))
        #expect(term(Self.varints([1, 1000, 128]) + Self.sized(Self.varints([2, 0, 1, 0, 1, 2, Int.max, Int.max])), key: "\u{5}a"))
        // An idf past 32 bits, whose score would overflow.
        let idf = Self.record("a", Self.varints([1, Int.max, 1]) + Self.sized(Self.varints([0]) + [255]))
        #expect(Self.damaged { _ = try SearchEngine(reader: try Self.reader(termShard: Self.shard([idf]))).search("a") })
        // A position past 2^31, and deltas whose sum overflows.
        for list in [[1, 1 << 40], [2, Int.max, Int.max]] {
            let record = Self.record("a", Self.varints([1, 1000, 32]) + Self.sized(Self.varints(list)) + Self.sized(Self.varints([0])))
            let reader = try Self.reader(termShard: Self.shard([record]))
            let found = try #require(try reader.term("a"))
            #expect(Self.damaged { _ = try reader.positions(of: found) }, "\(list)")
        }
    }

    /// A join term's head without its flag would have no tails for its documents.
    @Test func aJoinTermWithoutItsFlag() throws {
        let chunk = SearchQuery("一二三四，五六七八").chunks[0]
        let marks = try #require(SearchEngine.joins(chunk))
        let scalars = chunk.units.map { $0.text.unicodeScalars.first! }
        let tail = SearchEngine.tailPrefix(chunk.units, scalars, marks: marks, 0)
        let head = SearchJoinTerms.headKey(mark: chunk.units[marks[0]].text, after: scalars[(marks[0] + 1)...])
        let tailRecord = Self.record(tail, Self.varints([0, 0, 64]) + Self.sized(Self.varints([0])))
        let engine = SearchEngine(reader: try Self.reader(termShard: Self.shard([tailRecord, Self.plain(head)])))
        #expect(Self.damaged { _ = try engine.search("一二三四，五六七八") })
    }

    /// A shard that holds a key of the next shard's range: looked up, it is not found.
    @Test func aKeyOutsideItsShard() throws {
        let files = [SearchIndexFormat.termShardPath(0): Self.shard([Self.plain("ac")]),
                     SearchIndexFormat.termShardPath(1): Self.shard([Self.plain("ab")])]
        let engine = SearchEngine(reader: try Self.reader(files, separators: ["", "ab"]))
        #expect(Self.damaged { _ = try engine.search("a") })
    }

    /// A long gram that refers to the one a character shorter is 5 to 64 characters long: so
    /// the references end (a chain of thousands would overflow the stack).
    @Test func aLongGramReferenceLongerThanALongGram() throws {
        let gram = String(repeating: "一", count: SearchIndexFormat.maxLongGram + 1)
        var records = [Self.plain(String(gram.prefix(4)))]
        for n in 5...gram.count { records.append(Self.record(String(gram.prefix(n)), Self.varints([0, 1000, 8]) + Self.sized([]))) }
        let reader = try Self.reader(termShard: Self.shard(records))
        #expect(try reader.term(String(gram.prefix(SearchIndexFormat.maxLongGram)))?.docs == [0])
        #expect(Self.damaged { _ = try reader.term(gram) })
    }

    /// An empty pinyin syllable in the entry file begins nothing: the query is read as without it.
    @Test func anEmptyPinyinSyllable() throws {
        let docs = [SearchDocument(url: "/zh/a/literacy/", title: "数字素养提升行动", kind: .article, body: "正文。", date: "2024-05-01")]
        var byPath: [String: Data] = [:]
        for f in SearchTestSupport.files(docs) { byPath[f.path] = f.data }
        let entry = String(decoding: try #require(byPath[SearchIndexFormat.entryPath]), as: UTF8.self)
        #expect(entry.contains(#""pinyin":["#))
        func engine() throws -> SearchEngine {
            SearchEngine(reader: try SearchIndexReader { path in
                guard let data = byPath[path] else { throw SearchIndexError.missing(path) }
                return data
            })
        }
        let expected = try engine().search("shuzi")
        #expect(!expected.isEmpty)
        byPath[SearchIndexFormat.entryPath] = Data(entry.replacingOccurrences(of: #""pinyin":["#, with: #""pinyin":["","#).utf8)
        #expect(try engine().search("shuzi") == expected)
    }

    /// A gzip member that inflates past what a shard may hold (a thousand times its size, a
    /// "bomb") is given up on once it has, not inflated to the end.
    @Test func aShardThatInflatesPastTheLargest() throws {
        let zeros = SearchGzip.compress(Data(count: 200_000))
        #expect(zeros.count < 1_000)
        #expect(SearchGzip.decompress(zeros) == Data(count: 200_000))
        #expect(SearchGzip.decompress(zeros, largest: 100_000) == nil)
    }
}

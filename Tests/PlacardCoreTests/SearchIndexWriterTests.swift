import Foundation
import Testing
@testable import PlacardCore

@Suite struct SearchIndexWriterTests {
    static func docs(_ n: Int) -> [SearchDocument] {
        (0..<n).map { i in
            SearchDocument(url: "/zh/s/d\(i)/", title: "文章\(i) 数字素养", kind: i % 3 == 0 ? .project : .article, series: "s",
                           groups: ["g\(i % 4)"], body: "第\(i)篇：老年人学习智能手机。", date: "2024-01-\(String(format: "%02d", i % 28 + 1))")
        }
    }

    @Test func deterministicWhateverTheInputOrder() throws {
        let docs = Self.docs(300)
        var random = TestRandom(seed: 3)
        let a = SearchIndexWriter.files(for: docs, language: "zh")
        let b = SearchIndexWriter.files(for: docs.shuffled(using: &random), language: "zh")
        #expect(a == b)
    }

    @Test func entryAndPathsFollowTheFormat() throws {
        let files = SearchIndexWriter.files(for: Self.docs(50), language: "zh")
        #expect(files.first?.path == "search-index.json")
        #expect(files.dropFirst().allSatisfy { $0.path.hasPrefix("search-index/") })
        let entry = try JSONDecoder().decode(SearchIndexReader.Entry.self, from: files[0].data)
        #expect(entry.version == SearchIndexFormat.version && entry.language == "zh" && entry.documents == 50)
        #expect(entry.filters.kind == ["article", "project"])
        #expect(entry.filters.group == ["g0", "g1", "g2", "g3"])
    }

    @Test func fileCountStaysUnderTheCap() throws {
        let files = SearchIndexWriter.files(for: Self.docs(5000), language: "zh")
        let cap = 1 + SearchIndexFormat.maxTermShards + SearchIndexFormat.maxPositionShards
            + SearchIndexFormat.maxMetaShards + SearchIndexFormat.maxBodyShards
        #expect(files.count <= cap)
        #expect(files.filter { $0.path.contains("/m-") }.count <= SearchIndexFormat.maxMetaShards)
        let engine = try SearchTestSupport.engine(Self.docs(5000))
        #expect(try engine.search("文章4999").count == 1)
        #expect(try engine.search("智能手机").count == 5000)
    }

    /// The shards are made on every core, yet `write` gets the files one at a time, in the index's
    /// order: the entry, then term, position, list, meta and body shards, each kind by number.
    @Test func writeHandsTheFilesOverInOrderOneAtATime() throws {
        struct Seen {
            var paths: [String] = []
            var inside = 0
            var overlapped = false
        }
        let seen = Locked(Seen())
        SearchIndexWriter.write(Self.docs(3000), language: "zh") { file in
            seen.withLock { $0.inside += 1; $0.overlapped = $0.overlapped || $0.inside > 1 }
            usleep(20)
            seen.withLock { $0.paths.append(file.path); $0.inside -= 1 }
        }
        let paths = seen.value.paths
        #expect(!seen.value.overlapped)
        #expect(paths.first == SearchIndexFormat.entryPath)
        let shards = paths.dropFirst().map { path -> (kind: Int, number: Int) in
            let name = path.dropFirst("search-index/".count)
            return (["t", "p", "l", "m", "b"].firstIndex(of: String(name.prefix(1)))!, Int(name.dropFirst(2).prefix { $0.isNumber })!)
        }
        #expect(zip(shards, shards.dropFirst()).allSatisfy { $0.kind < $1.kind || ($0.kind == $1.kind && $0.number + 1 == $1.number) })
        // More shards of one kind than one batch made on every core holds.
        #expect(Dictionary(grouping: shards, by: \.kind).values.contains { $0.count > 32 * Parallel.width })
    }

    /// An error thrown by `write` ends the writing at once and comes back to the caller.
    @Test func anErrorFromWriteEndsTheWriting() {
        struct Full: Error {}
        let calls = Locked(0)
        #expect(throws: Full.self) {
            try SearchIndexWriter.write(Self.docs(3000), language: "zh") { (_: SearchIndexFile) throws(Full) in
                if calls.withLock({ $0 += 1; return $0 }) == 5 { throw Full() }
            }
        }
        #expect(calls.value == 5)
    }

    @Test func emptySiteStillHasAnIndex() throws {
        let engine = try SearchTestSupport.engine([])
        #expect(try engine.search("老").isEmpty)
    }

    @Test func damagedShardsThrowInsteadOfCrashing() throws {
        var files = SearchIndexWriter.files(for: Self.docs(20), language: "zh")
        for i in files.indices where files[i].path.hasSuffix(".bin") || files[i].path.hasSuffix(".bin.gz") {
            files[i].data = files[i].data.prefix(files[i].data.count / 2)
        }
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.data) })
        let engine = SearchEngine(reader: try SearchIndexReader { path in
            guard let d = byPath[path] else { throw SearchIndexError.missing(path) }
            return d
        })
        #expect(throws: SearchIndexError.self) { _ = try engine.search("智能手机") }
    }

    /// A server that sends a `.gz` shard with `Content-Encoding: gzip` hands the reader inflated
    /// bytes: they answer as the gzipped ones do.
    @Test func shardsAreGzippedAndReadInflatedToo() throws {
        let files = SearchIndexWriter.files(for: Self.docs(40), language: "zh")
        let gzipped = files.filter { $0.path.hasSuffix(".gz") }
        let kinds = Set(gzipped.map { String($0.path.dropFirst("search-index/".count).prefix(2)) })
        #expect(kinds.isSuperset(of: ["t/", "m/", "b/"]) && kinds.isSubset(of: ["t/", "l/", "m/", "b/"]), "\(kinds)")
        #expect(gzipped.allSatisfy { SearchGzip.isGzip($0.data) && SearchGzip.decompress($0.data) != nil })
        #expect(!files.contains { $0.path.hasSuffix(".bin") && !$0.path.hasPrefix("search-index/p/") })
        let asSent = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.data) })
        let inflated = asSent.mapValues { SearchGzip.decompress($0) ?? $0 }
        func engine(_ byPath: [String: Data]) throws -> SearchEngine {
            SearchEngine(reader: try SearchIndexReader { path in
                guard let d = byPath[path] else { throw SearchIndexError.missing(path) }
                return d
            })
        }
        for query in ["智能手机", "数字", "老年人", "手机"] {
            let a = try engine(asSent).search(query), b = try engine(inflated).search(query)
            #expect(a == b && !a.isEmpty, "\(query)")
        }
    }

    @Test func gzipRoundTrip() {
        var seed: UInt64 = 7
        for size in [0, 1, 17, 1000, 70_000, 300_000] {
            let bytes = (0..<size).map { _ -> UInt8 in
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                return UInt8(truncatingIfNeeded: (seed >> 59) + 0x61)
            }
            let packed = SearchGzip.compress(bytes)
            #expect(SearchGzip.decompress(packed) == Data(bytes), "\(size)")
            #expect(SearchGzip.decompress(packed.prefix(packed.count - 1)) == nil, "\(size): a cut member is not whole")
        }
    }

    @Test func jsonEscaping() {
        #expect(SearchJSONWriter.quoted("a\"b\\c\n\u{1}\u{2028}<>") == "\"a\\\"b\\\\c\\n\\u0001\\u2028<>\"")
    }

    /// A dictionary term stays small, with nothing to release: the Chinese index of a large site
    /// holds millions of them at its peak (`SearchTermTable.Term`, `SearchTermBytes`).
    @Test func aTermTakesThirtyTwoBytesAndHoldsNoReference() {
        #expect(MemoryLayout<SearchTermTable.Term>.stride == 32)
        #expect(_isPOD(SearchTermTable.Term.self))
        let bytes = SearchTermBytes()
        var term = SearchTermTable.Term(key: [1], postings: [], df: 1_000_000, scored: true, idf: 6_907, positions: [], in: bytes)
        term.df += 1
        #expect(term.df == 1_000_001 && term.idf == 6_907)
        withExtendedLifetime(bytes) {}
    }

    /// A term's bytes lie one after another: dropping its scores rewrites its postings in place
    /// and moves its positions up to follow them.
    @Test func aTermDropsItsScoresInPlace() {
        let bytes = SearchTermBytes()
        // Documents 3, 300 and 301 with scores 200, 7 and 255: deltas 3, 297 (two bytes), 1.
        var term = SearchTermTable.Term(key: Array("数字素".utf8), docs: [3, 300, 301], scores: [200, 7, 255], idf: 12,
                                        positions: [9, 8, 7], in: bytes)
        #expect(Array(term.postings) == [3, 200, 0xA9, 0x02, 7, 1, 255] && term.scored && term.df == 3)
        term.dropScores()
        #expect(Array(term.key) == Array("数字素".utf8))
        #expect(Array(term.postings) == [3, 0xA9, 0x02, 1] && !term.scored)
        #expect(Array(term.positions) == [9, 8, 7])
        // Terms made after it in the same bytes are their own.
        let next = SearchTermTable.Term(key: [5], docs: [1], scores: [], idf: 0, positions: [], in: bytes)
        #expect(Array(next.key) == [5] && Array(next.postings) == [1] && next.positions.isEmpty)
        #expect(Array(term.positions) == [9, 8, 7])
        withExtendedLifetime(bytes) {}
    }

    /// Terms made on every core, a step of them into bytes of their own, come back in order, each
    /// with its own bytes, including terms larger than a block of bytes.
    @Test func termsMadeOnEveryCoreKeepTheirBytes() {
        let count = 3 * SearchTermTable.Batch.stepSize + 5
        let batch = SearchTermTable.Batch.make(count) { i, bytes in
            let positions = i % 1000 == 0 ? [UInt8](repeating: UInt8(i % 251), count: 2 << 20) : [UInt8(i % 7)]
            return SearchTermTable.Term(key: Array("k\(i)".utf8), docs: [UInt32(i)], scores: [], idf: i, positions: positions, in: bytes)
        }
        #expect(batch.parts.count == 1 && batch.count == count)
        for (i, term) in batch.parts[0].enumerated() {
            guard String(decoding: term.key, as: UTF8.self) == "k\(i)", term.idf == i, term.df == 1 else {
                Issue.record("term \(i) is \(String(decoding: term.key, as: UTF8.self))")
                return
            }
            let positions = term.positions
            #expect(positions.count == (i % 1000 == 0 ? 2 << 20 : 1) && positions.last == UInt8(i % 1000 == 0 ? i % 251 : i % 7))
        }
        withExtendedLifetime(batch) {}
    }
}

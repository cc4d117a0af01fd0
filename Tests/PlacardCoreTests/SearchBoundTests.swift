import Foundation
import Testing
@testable import PlacardCore

/// What a query of four Chinese characters or more reads (`docs/search.md`, "Answering a
/// query"): its long gram, or the records of a fixed cover of triples and their inline
/// positions; never a position shard, never a common triple's postings; and the answers stay
/// those of a brute-force scan. On a `tools/gen-corpus.py` corpus: runs that occur nowhere but
/// hold a common triple, runs whose triples are all rare (present and absent), runs longer
/// than a long gram, and queries of two chunks (the phrase bonus).
@Suite(.serialized) struct SearchBoundTests {
    struct Fixture {
        let files: [String: Data]
        let oracle: SearchOracleCorpus
    }

    nonisolated(unsafe) static let fixture: Result<Fixture, Error> = Result {
        let site = try SearchCorpus.generate(articles: 400, seed: 3)
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let docs = try SearchCorpus.documents(site: site, language: "zh")
        var files: [String: Data] = [:]
        // Runs of rare triples read from their cover.
        for f in SearchTestSupport.files(docs, runs: .commonTriples) { files[f.path] = f.data }
        return Fixture(files: files, oracle: SearchOracleCorpus(docs))
    }

    /// The hits' URLs and the files read (path → bytes), entry file aside, with a fresh reader.
    static func run(_ query: String) throws -> (urls: Set<String>, read: [String: Int]) {
        let f = try fixture.get()
        final class Log: @unchecked Sendable { var read: [String: Int] = [:] }
        let log = Log()
        let reader = try SearchIndexReader { path in
            guard let data = f.files[path] else { throw SearchIndexError.missing(path) }
            if path != SearchIndexFormat.entryPath { log.read[path] = data.count }
            return data
        }
        let engine = SearchEngine(reader: reader)
        let urls = try engine.search(query).map { try engine.reader.meta($0.doc).url }
        return (Set(urls), log.read.filter { !$0.key.hasPrefix("search-index/m/") })
    }

    /// A reader of the whole index, for choosing queries.
    static func reader() throws -> SearchIndexReader {
        let f = try fixture.get()
        return try SearchIndexReader { path in
            guard let data = f.files[path] else { throw SearchIndexError.missing(path) }
            return data
        }
    }

    /// Runs of `length` Han characters from the corpus, each once.
    static func runs(_ length: Int) throws -> [[Unicode.Scalar]] {
        var seen = Set<String>(), result: [[Unicode.Scalar]] = []
        for doc in try fixture.get().oracle.docs.prefix(150) {
            let scalars = Array(doc.body.unicodeScalars)
            var i = 0
            while i + length <= scalars.count {
                let run = Array(scalars[i..<(i + length)])
                if run.allSatisfy(CJK.isHan), seen.insert(String(String.UnicodeScalarView(run))).inserted { result.append(run) }
                i += 1
            }
        }
        return result
    }

    static func text(_ scalars: some Sequence<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(scalars)) }

    /// The triples of a run: nil when one is missing, else whether each is common.
    static func triples(_ run: [Unicode.Scalar], _ reader: SearchIndexReader) throws -> [Bool]? {
        var common: [Bool] = []
        for i in 0...(run.count - 3) {
            guard let term = try reader.term(text(run[i..<(i + 3)]), postings: false) else { return nil }
            common.append(term.isCommon)
        }
        return common
    }

    func check(_ query: String, cover: Int, expectHits: Bool) throws {
        let (urls, read) = try Self.run(query)
        let expected = try Self.fixture.get().oracle.expected(query)
        #expect(urls == expected, "\(query)")
        #expect(expectHits == !expected.isEmpty, "\(query)")
        #expect(!read.keys.contains { $0.hasPrefix("search-index/p/") }, "\(query) reads no position shard: \(read.keys.sorted())")
        // The long gram's shard and one per triple of the cover, at most.
        #expect(read.keys.filter { $0.hasPrefix("search-index/t/") }.count <= 1 + cover, "\(query): \(read.keys.sorted())")
    }

    @Test func runsThatOccurNowhereButHoldACommonTripleReadNoPostings() throws {
        let reader = try Self.reader()
        let chars = try Self.runs(1).map { $0[0] }
        var found = 0
        for run in try Self.runs(4) where found < 6 {
            // The run with its last character changed: absent, its first triple common.
            for c in chars.prefix(40) {
                let query = Array(run.dropLast()) + [c]
                guard let common = try Self.triples(query, reader), common[0], try reader.term(Self.text(query)) == nil else { continue }
                let (_, read) = try Self.run(Self.text(query))
                #expect(!read.keys.contains { $0.hasPrefix("search-index/l/") }, "\(Self.text(query)): \(read.keys.sorted())")
                try check(Self.text(query), cover: 2, expectHits: false)
                found += 1
                break
            }
        }
        #expect(found > 0)
    }

    @Test func runsWhoseTriplesAreAllRareReadTheCoverOnly() throws {
        let reader = try Self.reader()
        var present: [[Unicode.Scalar]] = []
        for length in [4, 5, 6, 7] {
            for run in try Self.runs(length) where present.count < 4 * (length - 3) {
                if let common = try Self.triples(run, reader), !common.contains(true) { present.append(run) }
            }
        }
        #expect(present.count >= 4)
        for run in present { try check(Self.text(run), cover: SearchEngine.cover(run.count).count, expectHits: true) }
        // Two rare runs put together: absent, or found exactly.
        for (a, b) in zip(present, present.reversed()).prefix(8) where a != b {
            let query = Self.text(a.prefix(3) + b.prefix(3))
            let (urls, read) = try Self.run(query)
            #expect(urls == (try Self.fixture.get().oracle.expected(query)), "\(query)")
            #expect(!read.keys.contains { $0.hasPrefix("search-index/p/") }, "\(query)")
        }
    }

    /// A run of more than 16 characters (a pasted clause) reads its windows' long grams (of 12
    /// characters, with their positions, inline on this site), or the records of a window's
    /// cover's triples (which holds no common triple, else it would be a long gram); never a
    /// position shard or a list shard, and no more term shards than the cover has triples, and two.
    /// Runs longer than a long gram: `SearchLongRunBoundTests`.
    @Test func runsLongerThanALongGramAndTwoChunksAreExact() throws {
        let reader = try Self.reader()
        var queries: [[Unicode.Scalar]] = []
        for length in [17, 18, 20, 25, 32, 33, 40] { queries += try Self.runs(length).prefix(5) }
        // Runs that hold a common triple (answered from long grams' positions), each length.
        var withCommon = 0
        for length in [17, 24, 33] {
            for run in try Self.runs(length) where (try Self.triples(run, reader))?.contains(true) ?? false {
                queries.append(run)
                withCommon += 1
                break
            }
        }
        #expect(withCommon == 3)
        // Absent: a present run with a character changed in its last window, or two runs joined.
        for run in try Self.runs(24).prefix(3) { queries.append(Array(run.dropLast()) + [run[0]]) }
        for (a, b) in zip(try Self.runs(10).prefix(3), try Self.runs(9).dropFirst(30).prefix(3)) { queries.append(a + b) }
        for run in queries {
            let query = Self.text(run)
            let (urls, read) = try Self.run(query)
            #expect(urls == (try Self.fixture.get().oracle.expected(query)), "\(query)")
            #expect(read.keys.allSatisfy { $0.hasPrefix("search-index/t/") }, "\(query): \(read.keys.sorted())")
            let bound = 2 + SearchEngine.cover(run.count).count
            #expect(read.count <= bound, "\(query): \(read.count) term shards, at most \(bound)")
        }
        #expect(SearchEngine.windows(13) == [0, 1])
        #expect(SearchEngine.windows(24) == [0, 12])
        #expect(SearchEngine.windows(30) == [0, 12, 18])
        // Two chunks of four or more: no positions are read for the phrase bonus.
        let fours = try Self.runs(4).map(Self.text)
        for (a, b) in zip(fours.prefix(6), fours.dropFirst(20).prefix(6)) {
            let (urls, read) = try Self.run(a + " " + b)
            #expect(urls == (try Self.fixture.get().oracle.expected(a + " " + b)), "\(a) \(b)")
            #expect(!read.keys.contains { $0.hasPrefix("search-index/p/") }, "\(a) \(b): \(read.keys.sorted())")
        }
    }
}

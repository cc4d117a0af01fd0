import Foundation
import Testing
@testable import PlacardCore

/// Every seed and every input the fuzzers once crashed on (`Tests/FuzzCorpus/<target>/`) runs through its
/// entry point without crashing, in the normal debug build (no sanitizer needed).
@Suite struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("FuzzCorpus")

    @Test(arguments: FuzzEntries.names)
    func corpusInputsRun(target: String) throws {
        let folder = Self.corpus.appendingPathComponent(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(FuzzEntries.run(target, data))
        }
    }

    /// The `search-index` target damages a working index: whole, both of its indexes find every one
    /// of its queries but the absent run (`数字素质`), and the one of a larger site's kind has position shards, common triples and
    /// long grams that refer to shorter ones, so that damage reaches each way of answering.
    @Test func theSearchIndexTargetsIndexesAnswerItsQueries() throws {
        for index in [FuzzSearchIndex.everyRun, FuzzSearchIndex.commonTriples] {
            let reader = try SearchIndexReader { path in
                guard let data = index.files[path] else { throw SearchIndexError.missing(path) }
                return data
            }
            let engine = SearchEngine(reader: reader)
            let found = try FuzzSearchIndex.queries.filter { try !engine.search($0.0, filters: $0.1).isEmpty }
            #expect(found.count == FuzzSearchIndex.queries.count - 1, "found: \(found.map(\.0))")
        }
        #expect(FuzzSearchIndex.everyRun.paths.contains(SearchIndexFormat.entryPath))
        #expect(FuzzSearchIndex.commonTriples.paths.contains(SearchIndexFormat.positionShardPath(0)))
    }

    @Test func unknownTargetsAreRefused() {
        #expect(!FuzzEntries.run("nothing", Data()))
    }
}

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

    @Test func unknownTargetsAreRefused() {
        #expect(!FuzzEntries.run("nothing", Data()))
    }
}

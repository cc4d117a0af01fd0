import Testing
@testable import PlacardCore

/// The grams of runs met before (`SearchLongGramRuns`), which the long-gram collector replays.
@Suite struct SearchLongGramRunsTests {
    static func find(_ runs: SearchLongGramRuns, _ run: [UInt32]) -> SearchLongGramRuns.Found? {
        run.withUnsafeBufferPointer { runs.find($0, hash: SearchRunTable.hash($0)) }
    }

    static func add(_ runs: inout SearchLongGramRuns, _ run: [UInt32], perStart: [UInt8], grams: [Int32]) {
        _ = run.withUnsafeBufferPointer { runs.add($0, hash: SearchRunTable.hash($0), perStart: perStart[...], grams: grams) }
    }

    /// The grams kept for `run`, per start.
    static func grams(_ runs: SearchLongGramRuns, _ run: [UInt32]) -> [[Int32]]? {
        guard let found = find(runs, run) else { return nil }
        var k = found.grams
        return (0..<(run.count - 3)).map { p in
            let count = Int(runs.perStart[found.starts + p])
            defer { k += count }
            return Array(runs.grams[k..<(k + count)])
        }
    }

    @Test func keptRunsGiveBackTheirGrams() {
        var runs = SearchLongGramRuns()
        // Enough runs that the table grows several times; runs that share a start or differ in one scalar.
        let all: [[UInt32]] = (0..<3_000).map { (i: Int) -> [UInt32] in
            (0..<(4 + i % 20)).map { (k: Int) -> UInt32 in 0x4E00 + UInt32((i * 7 + k * 13) % 500) }
        }
        var expected: [[[Int32]]] = []
        for (i, run) in all.enumerated() where Self.find(runs, run) == nil {
            let perStart = (0..<(run.count - 3)).map { UInt8(($0 + i) % 4) }
            var next = Int32(i * 100)
            let grams = perStart.map { count in (0..<Int(count)).map { _ in next += 1; return next } }
            Self.add(&runs, run, perStart: perStart, grams: grams.flatMap { $0 })
            expected.append(grams)
        }
        var e = 0
        var seen: [[UInt32]] = []
        for run in all where !seen.contains(run) {
            seen.append(run)
            #expect(Self.grams(runs, run) == expected[e])
            e += 1
        }
        #expect(Self.find(runs, [0x4E00, 0x4E01, 0x4E02, 0x4E03, 0x4E04]) == nil)
        #expect(Self.find(runs, Array(all[5].dropLast())) == nil)
    }

    @Test func runsPastTheCapacityAreNotKept() {
        var runs = SearchLongGramRuns(capacity: 10)
        Self.add(&runs, [1, 2, 3, 4, 5], perStart: [3, 2], grams: [1, 2, 3, 4, 5])
        Self.add(&runs, [6, 7, 8, 9, 10], perStart: [3, 3], grams: [6, 7, 8, 9, 10, 11])
        Self.add(&runs, [6, 7, 8, 9], perStart: [0], grams: [])
        #expect(Self.grams(runs, [1, 2, 3, 4, 5]) == [[1, 2, 3], [4, 5]])
        #expect(Self.find(runs, [6, 7, 8, 9, 10]) == nil)
        #expect(Self.grams(runs, [6, 7, 8, 9]) == [[]])
    }
}

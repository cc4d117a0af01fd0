import Testing
@testable import PlacardCore

/// `Parallel`: every index once, results in input order, whatever the count.
@Suite struct ParallelTests {
    /// Counts on both sides of where workers start taking several indices a grab (on two
    /// cores, from 512), and a count that is no multiple of a grab.
    @Test(arguments: [0, 1, 2, 511, 512, 513, 1_000, 100_003])
    func everyIndexOnceAndResultsInOrder(count: Int) {
        let visits = Locked([Int](repeating: 0, count: count))
        Parallel.forEach(count) { i in visits.withLock { $0[i] += 1 } }
        #expect(visits.value.allSatisfy { $0 == 1 })
        #expect(Parallel.map(count) { $0 &* 31 } == (0..<count).map { $0 &* 31 })
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// `SearchMemory.giveBack` is asked by the Chinese and English indexes side by side.
@Suite struct SearchMemoryTests {
    #if os(Linux)
    /// The tests link jemalloc as the `placard` binary does, so glibc's `malloc_trim`, whose
    /// first calls at once in such a process raced on glibc's unused heap and crashed, is not asked.
    @Test func aProcessWithJemallocLeavesGlibcsHeapAlone() {
        #expect(!SearchMemory.mallocIsGlibcs)
    }
    #endif

    @Test func manyThreadsGiveBackAtOnce() {
        let calls = Locked(0)
        Parallel.forEach(64) { _ in
            SearchMemory.giveBack()
            calls.withLock { $0 += 1 }
        }
        #expect(calls.withLock { $0 } == 64)
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// `SearchMemory.giveBack` is asked by the Chinese and English indexes side by side;
/// `freeElsewhere` frees a finished dictionary on another thread.
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

    /// What `freeElsewhere` is given is freed, and not on the caller's thread.
    @Test func freeElsewhereFreesOnAnotherThread() {
        final class Watched {
            let freed: DispatchSemaphore
            let onThread: Locked<Thread?>
            init(freed: DispatchSemaphore, onThread: Locked<Thread?>) {
                self.freed = freed
                self.onThread = onThread
            }
            deinit {
                onThread.withLock { $0 = Thread.current }
                freed.signal()
            }
        }
        let freed = DispatchSemaphore(value: 0)
        let onThread = Locked<Thread?>(nil)
        let values = [Watched(freed: freed, onThread: onThread)]
        SearchMemory.freeElsewhere(consume values)
        #expect(freed.wait(timeout: .now() + 10) == .success)
        #expect(onThread.withLock { $0 } !== Thread.current)
    }
}

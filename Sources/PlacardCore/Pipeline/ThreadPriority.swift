import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Threads that do work nobody waits for (the search indexes `placard serve` writes after an update) run
/// at the lowest priority, so that the work somebody waits for (the next update) takes the cores at once.
/// On Linux a nice value belongs to one thread and the threads it starts inherit it; elsewhere nothing changes.
enum ThreadPriority {
    /// Lowers the calling thread's priority to the lowest (nice 19). It cannot be raised again.
    static func lowerCurrentThread() {
        #if os(Linux)
        // `who` 0 is the calling thread.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
        #endif
    }

    /// Whether the calling thread runs below the usual priority.
    static var isLowered: Bool {
        #if os(Linux)
        errno = 0
        let nice = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        return errno == 0 && nice > 0
        #else
        return false
        #endif
    }
}

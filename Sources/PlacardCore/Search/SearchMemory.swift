#if os(Linux)
import Glibc
#endif

/// Memory while a search index is made. `giveBack` gives the pages that freed memory leaves
/// back to the system (glibc keeps them otherwise): asked after each stage of a search index
/// that frees more than it keeps (the postings builders, the long grams' tables, the join
/// terms' occurrences), so that the next stage does not add to what the process holds.
///
/// Only where glibc's malloc is the process's: a process linked with jemalloc (the `placard`
/// binary and the tests) has a background thread give pages back (`Sources/CMallocOptions`),
/// and there glibc's `malloc_trim` would set up glibc's own, unused heap on its first call,
/// which two threads calling it at once (the Chinese and English indexes are made side by
/// side) can race on and crash. Calls are one at a time. Elsewhere a no-op.
enum SearchMemory {
    /// See the type's comment: a no-op unless glibc's malloc is the process's.
    static func giveBack() {
        #if os(Linux)
        guard mallocIsGlibcs else { return }
        trimming.withLock { _ in _ = glibcMallocTrim(0) }
        #endif
    }

    #if os(Linux)
    /// Whether the process allocates with glibc's malloc: jemalloc, when linked in, exports
    /// `mallctl`, which glibc lacks.
    static let mallocIsGlibcs: Bool = dlsym(nil, "mallctl") == nil

    private static let trimming = Locked(())
    #endif
}

#if os(Linux)
/// glibc's `malloc_trim` (not in the Glibc module's headers).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

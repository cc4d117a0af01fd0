/// Gives the pages that freed memory leaves back to the system (glibc keeps them otherwise):
/// asked after each stage of a search index that frees more than it keeps (the postings
/// builders, the long grams' tables, the join terms' occurrences), so that the next stage
/// does not add to what the process holds. Elsewhere a no-op.
enum SearchMemory {
    static func giveBack() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
/// glibc's `malloc_trim` (not in the Glibc module's headers).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

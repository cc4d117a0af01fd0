import Foundation

/// A test hook, not a feature: with `PLACARD_TEST_PAUSE_AT=<stage>` in the environment, a build stops at that
/// stage, prints `placard: paused at <stage>` on stderr and waits to be killed. The crash-safety test uses it
/// to `kill -9` real builds at exact moments. Stages: `load` (content read, nothing written), `render` (half
/// of the pages written to the staging folder), `search` (a search index being made), `swap` (just before the
/// new site is swapped in), `swapped` (just after, the old site not yet removed).
enum TestHook {
    private static let stage = ProcessInfo.processInfo.environment["PLACARD_TEST_PAUSE_AT"]

    static func pause(at name: String) {
        guard stage == name else { return }
        FileHandle.standardError.write(Data("placard: paused at \(name)\n".utf8))
        while true { sleep(60) }
    }
}

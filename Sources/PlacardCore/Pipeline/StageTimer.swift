import Foundation

/// Stage times, printed to stderr when `PLACARD_TIMINGS` is set (for benchmarking).
final class StageTimer {
    private var last = Date()
    private var laps: [(String, Double)] = []
    private let enabled = ProcessInfo.processInfo.environment["PLACARD_TIMINGS"] != nil

    func lap(_ name: String) {
        guard enabled else { return }
        let now = Date()
        laps.append((name, now.timeIntervalSince(last)))
        last = now
    }

    func report() {
        guard enabled else { return }
        let text = laps.map { String(format: "%@ %.3f s", $0.0, $0.1) }.joined(separator: "; ")
        FileHandle.standardError.write(Data("timings: \(text)\n".utf8))
    }
}

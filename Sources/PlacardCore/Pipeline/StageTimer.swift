import Foundation

/// Stage times, printed to stderr when `BuildOptions.timings` is set (`placard build --timings`), or for
/// the stages that have no such flag (audit, serve's updates) when `PLACARD_TIMINGS` is set.
final class StageTimer {
    /// Whether `PLACARD_TIMINGS` is set; read once, here.
    static let requested = ProcessInfo.processInfo.environment["PLACARD_TIMINGS"] != nil

    private var last = Date()
    private var laps: [(String, Double)] = []
    private let enabled: Bool

    init(enabled: Bool) { self.enabled = enabled }

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

import Foundation

/// Stage times (wall, and the CPU time of every thread of the process: twice the wall when both
/// cores were busy), printed to stderr when `BuildOptions.timings` is set (`placard build --timings`), or for
/// the stages that have no such flag (audit, serve's updates) when `PLACARD_TIMINGS` is set.
final class StageTimer {
    /// Whether `PLACARD_TIMINGS` is set; read once, here.
    static let requested = ProcessInfo.processInfo.environment["PLACARD_TIMINGS"] != nil

    private var last = Date()
    private var lastCPU = StageTimer.processCPU()
    private var laps: [(name: String, wall: Double, cpu: Double)] = []
    private let enabled: Bool

    init(enabled: Bool) { self.enabled = enabled }

    func lap(_ name: String) {
        guard enabled else { return }
        let now = Date(), cpu = Self.processCPU()
        laps.append((name, now.timeIntervalSince(last), cpu - lastCPU))
        last = now
        lastCPU = cpu
    }

    func report() {
        guard enabled else { return }
        let text = laps.map { String(format: "%@ %.3f s (CPU %.3f s)", $0.name, $0.wall, $0.cpu) }.joined(separator: "; ")
        FileHandle.standardError.write(Data("timings: \(text)\n".utf8))
    }

    /// Seconds of CPU the process has used so far, on all its threads.
    private static func processCPU() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

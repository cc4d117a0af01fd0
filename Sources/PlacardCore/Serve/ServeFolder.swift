import Foundation

/// The temporary folder `placard serve` builds into, `placard-serve-<pid>` in the system's temporary
/// folder (`TMPDIR`, else /tmp). Serve removes it when it stops: Ctrl-C, `kill` (TERM), or an error.
/// A serve that could not (`kill -9`, a power cut) leaves it behind: the next serve removes the folders
/// of serves that are no longer running. Like a build's staging folder, it is locked while in use.
public final class ServeFolder {
    static let prefix = "placard-serve-"

    public let url: URL
    /// The open folder, whose lock tells other serves that this one is still using it.
    private let lock: Int32
    private let signals: [DispatchSourceSignal]

    /// Makes this process's folder in `temporary`, after removing those left by serves that have ended.
    public init(in temporary: URL = FileManager.default.temporaryDirectory) throws {
        Self.removeLeftovers(in: temporary)
        url = temporary.appendingPathComponent(Self.prefix + "\(getpid())")
        FileSystem.removeTree(url.path)
        try FileSystem.makeFolders(url.path)
        lock = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if lock >= 0 { _ = flock(lock, LOCK_EX | LOCK_NB) }
        // Ctrl-C and TERM remove the folder, then end the process as the signal would have.
        let path = url.path
        signals = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                FileSystem.removeTree(path)
                signal(number, SIG_DFL)
                kill(getpid(), number)
            }
            source.resume()
            return source
        }
    }

    /// Removes the folder (when serve ends on its own, or on an error).
    public func remove() {
        FileSystem.removeTree(url.path)
    }

    deinit {
        signals.forEach { $0.cancel() }
        if lock >= 0 { close(lock) }
    }

    /// Removes the `placard-serve-<pid>` folders in `temporary` of serves no longer running.
    static func removeLeftovers(in temporary: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temporary.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid > 0, pid != getpid() else { continue }
            let path = temporary.appendingPathComponent(name).path
            if !OutputWriter.isInUse(path, pid: pid) { FileSystem.removeTree(path) }
        }
    }
}

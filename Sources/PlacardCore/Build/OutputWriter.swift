import Foundation

/// Writes the new site into a staging folder beside the output and swaps it in only when the
/// whole build succeeded; on failure the previous output is left exactly as it was.
public final class OutputWriter: @unchecked Sendable {
    public let output: URL
    public let staging: URL
    private let lock = NSLock()
    private var createdFolders: Set<String> = []
    private var bytes = 0
    private var files = 0

    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    /// Writes `data` at `relativePath` (slash-separated) inside the staging folder.
    public func write(_ data: Data, to relativePath: String) throws {
        let url = staging.appendingPathComponent(relativePath)
        try makeFolder(for: relativePath, url: url)
        try data.write(to: url)
        lock.lock()
        bytes += data.count
        files += 1
        lock.unlock()
    }

    public func write(_ text: String, to relativePath: String) throws {
        try write(Data(text.utf8), to: relativePath)
    }

    /// Copies a file into the staging folder.
    public func copy(from source: URL, to relativePath: String) throws {
        let url = staging.appendingPathComponent(relativePath)
        try makeFolder(for: relativePath, url: url)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.copyItem(at: source, to: url)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        lock.lock()
        bytes += size
        files += 1
        lock.unlock()
    }

    public var writtenFiles: Int { lock.lock(); defer { lock.unlock() }; return files }
    public var writtenBytes: Int { lock.lock(); defer { lock.unlock() }; return bytes }

    private func makeFolder(for relativePath: String, url: URL) throws {
        guard let slash = relativePath.lastIndex(of: "/") else { return }
        let folder = String(relativePath[..<slash])
        lock.lock()
        let known = createdFolders.contains(folder)
        lock.unlock()
        if known { return }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        lock.lock()
        createdFolders.insert(folder)
        lock.unlock()
    }

    /// Puts the staging folder in place of the output folder.
    public func commit() throws {
        let fm = FileManager.default
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        if fm.fileExists(atPath: output.path) {
            try fm.moveItem(at: output, to: old)
        }
        do {
            try fm.moveItem(at: staging, to: output)
        } catch {
            if fm.fileExists(atPath: old.path) { try? fm.moveItem(at: old, to: output) }
            throw error
        }
        try? fm.removeItem(at: old)
    }

    /// Removes the staging folder; the output is untouched.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}

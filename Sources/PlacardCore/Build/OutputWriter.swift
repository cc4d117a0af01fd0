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
        try FileSystem.makeFolders(parent.path)
        staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        FileSystem.removeTree(staging.path)
        try FileSystem.makeFolders(staging.path)
    }

    /// Writes `data` at `relativePath` (slash-separated) inside the staging folder.
    public func write(_ data: Data, to relativePath: String) throws {
        let path = try prepare(relativePath)
        try FileSystem.write(data, to: path)
        count(data.count)
    }

    public func write(_ text: String, to relativePath: String) throws {
        try write(Data(text.utf8), to: relativePath)
    }

    /// Copies a file into the staging folder.
    public func copy(from source: URL, to relativePath: String) throws {
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw FileSystem.Failure(path: source.path, code: ENOENT)
        }
        try write(data, to: relativePath)
    }

    public var writtenFiles: Int { lock.lock(); defer { lock.unlock() }; return files }
    public var writtenBytes: Int { lock.lock(); defer { lock.unlock() }; return bytes }

    private func count(_ size: Int) {
        lock.lock()
        bytes += size
        files += 1
        lock.unlock()
    }

    /// The absolute path of `relativePath` in the staging folder, its folder created.
    private func prepare(_ relativePath: String) throws -> String {
        let path = staging.path + "/" + relativePath
        guard let slash = relativePath.lastIndex(of: "/") else { return path }
        let folder = String(relativePath[..<slash])
        lock.lock()
        let known = createdFolders.contains(folder)
        lock.unlock()
        if !known {
            try FileSystem.makeFolders(staging.path + "/" + folder)
            lock.lock()
            createdFolders.insert(folder)
            lock.unlock()
        }
        return path
    }

    /// Puts the staging folder in place of the output folder, then removes the old one.
    public func commit() throws {
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)").path
        let hadOutput = FileSystem.exists(output.path)
        if hadOutput { try FileSystem.rename(output.path, old) }
        do {
            try FileSystem.rename(staging.path, output.path)
        } catch {
            if hadOutput { try? FileSystem.rename(old, output.path) }
            throw error
        }
        if hadOutput { FileSystem.removeTree(old) }
    }

    /// Removes the staging folder; the output is untouched.
    public func discard() {
        FileSystem.removeTree(staging.path)
    }
}

import Foundation

/// Writes the new site into a staging folder beside the output and swaps it in only when the
/// whole build succeeded; on failure the previous output is left exactly as it was.
///
/// The staging folder is `.<output>.placard-staging-<pid>` beside the output folder. On Linux the swap
/// exchanges the two folders in one step (`renameat2` with `RENAME_EXCHANGE`), so a build killed at any
/// moment leaves the complete previous site or the complete new one; the old tree, now under the staging
/// name, is removed afterwards. Folders with that name left by a killed build are removed by the next one:
/// a build holds an `flock` on its staging folder, which the system lets go when the process dies.
///
/// `@unchecked Sendable`: pages are written from every core; the counters and the set of created
/// folders are read and changed only while holding `lock`, everything else is constant.
public final class OutputWriter: @unchecked Sendable {
    public let output: URL
    public let staging: URL
    /// `staging.path`, made once: a URL makes its path anew at each call, and every file asks for it.
    private let stagingPath: String
    private let lock = NSLock()
    private var createdFolders: Set<String> = []
    /// The folders marked as tops of hierarchies (`spreadFolders`): a folder is marked when its first
    /// subfolder is made, so that a page's own folder, which holds one file, costs no more system calls.
    private var markedFolders: Set<String> = []
    private var files = 0
    /// The open staging folder, whose lock tells other builds that this one is still writing it.
    private let stagingLock: Int32
    /// Whether the site's folders are spread over block groups (`FileSystem.markTopFolder`).
    private let spreadFolders: Bool

    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        try FileSystem.makeFolders(parent.path)
        Self.removeLeftovers(of: self.output)
        staging = parent.appendingPathComponent(Self.stagingPrefix(self.output) + "\(ProcessInfo.processInfo.processIdentifier)")
        stagingPath = staging.path
        FileSystem.removeTree(stagingPath)
        spreadFolders = FileSystem.skipsRecentlyFreedInodes(parent.path)
        try FileSystem.makeFolders(stagingPath, spread: spreadFolders)
        stagingLock = open(stagingPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if stagingLock >= 0 { _ = flock(stagingLock, LOCK_EX | LOCK_NB) }
    }

    deinit {
        if stagingLock >= 0 { close(stagingLock) }
    }

    /// Why the build must not write to `output`: a symbolic link (writes would land elsewhere), a folder whose
    /// replacement would delete the site (the site folder, one above it, its `content` or `themes`), or a folder
    /// that holds files but not a site (no `index.html`): replacing it as a whole would delete someone's files.
    static func problem(output: URL, site: URL) -> Message? {
        let path = output.standardizedFileURL.path
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            return .outputIsLink(path, target: SiteFolder.realPath(path) ?? target)
        }
        let real = SiteFolder.realPath(path) ?? URL(fileURLWithPath: SiteFolder.realPath(output.standardizedFileURL
            .deletingLastPathComponent().path) ?? "/").appendingPathComponent(output.lastPathComponent).path
        let siteRoot = SiteFolder(site).realRoot
        if real == "/" || SiteFolder.isSameOrBelow(siteRoot, real) || [siteRoot + "/content", siteRoot + "/themes"].contains(real) {
            return .outputHoldsSite(path)
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: real, isDirectory: &isFolder) {
            let names = isFolder.boolValue ? (try? FileManager.default.contentsOfDirectory(atPath: real)) ?? [] : ["(a file)"]
            if !names.isEmpty && !names.contains("index.html") { return .outputNotASite(path) }
        }
        return nil
    }

    /// The name, without the process id, of the staging folders of `output`.
    static func stagingPrefix(_ output: URL) -> String {
        ".\(output.lastPathComponent).placard-staging-"
    }

    /// Removes staging folders beside `output` left by builds that are no longer running.
    static func removeLeftovers(of output: URL) {
        let parent = output.deletingLastPathComponent().path
        let prefix = stagingPrefix(output)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let pid = Int32(rest.hasPrefix("old-") ? rest.dropFirst(4) : rest), pid > 0 else { continue }
            let path = parent + "/" + name
            if pid == getpid() || isInUse(path, pid: pid) { continue }
            FileSystem.removeTree(path)
        }
    }

    /// Whether another process may still be using the folder at `path` that bears its `pid`: it holds
    /// the folder's lock, or a program of this one's name runs under `pid` (one between making its folder
    /// and locking it, or an older Placard that does not lock). A process that has ended, a killed one not
    /// yet reaped (a zombie) and a process id now used by another program are none of these.
    static func isInUse(_ path: String, pid: Int32) -> Bool {
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            defer { close(folder) }  // and with it the lock taken to test
            if flock(folder, LOCK_EX | LOCK_NB) != 0 { return true }
        }
        guard let ours = program(of: "self") else { return kill(pid, 0) == 0 || errno == EPERM }  // no /proc
        return program(of: String(pid)) == ours
    }

    /// The name of the program a process runs, read from `/proc` (nil for a zombie, or without `/proc`).
    private static func program(of process: String) -> String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(process)/exe")).map { URL(fileURLWithPath: $0).lastPathComponent }
    }

    /// Writes `data` at `relativePath` (slash-separated) inside the staging folder.
    public func write(_ data: Data, to relativePath: String) throws {
        let path = try prepare(relativePath)
        try FileSystem.write(data, to: path)
        countFile()
    }

    public func write(_ text: String, to relativePath: String) throws {
        try write(Data(text.utf8), to: relativePath)
    }

    /// Copies a file of the site folder into the staging folder; a file that resolves outside `boundary` is not read.
    func copy(from source: URL, to relativePath: String, within boundary: SiteFolder) throws {
        guard let data = boundary.read(source.path) else {
            throw FileSystem.Failure(path: source.path, code: ENOENT)
        }
        try write(data, to: relativePath)
    }

    public var writtenFiles: Int { lock.lock(); defer { lock.unlock() }; return files }

    private func countFile() {
        lock.lock()
        files += 1
        lock.unlock()
    }

    /// Whether a slash-separated output path stays inside the folder it is joined to: no empty, `.` or `..`
    /// segment, no leading slash, no NUL byte. Routes only make such paths; this is the last line of defence.
    static func isContained(_ relativePath: String) -> Bool {
        guard !relativePath.isEmpty, !relativePath.utf8.contains(0) else { return false }
        return relativePath.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// The absolute path of `relativePath` in the staging folder, its folder created.
    private func prepare(_ relativePath: String) throws -> String {
        guard Self.isContained(relativePath) else { throw FileSystem.Failure(path: relativePath, code: EINVAL) }
        let path = stagingPath + "/" + relativePath
        guard let slash = relativePath.lastIndex(of: "/") else { return path }
        try makeFolder(String(relativePath[..<slash]))
        return path
    }

    /// Makes the folder at `relativePath` in the staging folder, and those above it. With
    /// `spreadFolders`, a folder is marked as a top of a hierarchy before its first subfolder is
    /// made (ext4 places a folder by its parent's mark when it makes it).
    private func makeFolder(_ relativePath: String) throws {
        lock.lock()
        let known = createdFolders.contains(relativePath)
        lock.unlock()
        guard !known else { return }
        let slash = relativePath.lastIndex(of: "/")
        if let slash {
            let parent = String(relativePath[..<slash])
            try makeFolder(parent)
            if spreadFolders {
                lock.lock()
                let marked = !markedFolders.insert(parent).inserted
                lock.unlock()
                if !marked { FileSystem.markTopFolder(stagingPath + "/" + parent) }
            }
        }
        // The staging folder itself was marked when it was made.
        try FileSystem.makeFolder(stagingPath + "/" + relativePath)
        lock.lock()
        createdFolders.insert(relativePath)
        lock.unlock()
    }

    /// Puts the staging folder in place of the output folder, then removes the old one.
    public func commit() throws {
        TestHook.pause(at: "swap")
        guard FileSystem.exists(output.path) else {
            try FileSystem.rename(staging.path, output.path)
            return
        }
        if FileSystem.exchange(staging.path, output.path) {
            TestHook.pause(at: "swapped")
            FileSystem.removeTree(staging.path)
            return
        }
        // No atomic exchange on this system or file system: rename aside, then in.
        let old = output.deletingLastPathComponent().appendingPathComponent(Self.stagingPrefix(output) + "old-\(getpid())").path
        try FileSystem.rename(output.path, old)
        do {
            try FileSystem.rename(staging.path, output.path)
        } catch {
            try? FileSystem.rename(old, output.path)
            throw error
        }
        FileSystem.removeTree(old)
    }

    /// Removes the staging folder; the output is untouched.
    public func discard() {
        FileSystem.removeTree(staging.path)
    }
}

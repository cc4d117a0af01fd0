import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The site folder as a boundary: Placard reads nothing whose real path (symbolic links resolved)
/// is outside it (SPEC §7.6).
struct SiteFolder: Sendable {
    /// The real path of the site folder, without a trailing slash.
    let realRoot: String

    init(_ root: URL) {
        let path = root.standardizedFileURL.path
        realRoot = Self.realPath(path) ?? path
    }

    /// `realpath(3)`: the absolute path with every symbolic link, `.` and `..` resolved; nil if it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether a real path is the site folder or below it.
    func contains(realPath path: String) -> Bool {
        Self.isSameOrBelow(path, realRoot)
    }

    static func isSameOrBelow(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    /// The contents of a regular file, checked on the open file itself (not on its path, which could change
    /// in between): nil when it does not exist, is not a regular file, or resolves outside the site folder.
    func read(_ path: String) -> Data? {
        // O_NONBLOCK: opening a FIFO planted in the content must not hang the build.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              let opened = Self.openedPath(fd, fallback: path), contains(realPath: opened) else { return nil }
        var data = Data(count: Int(info.st_size))
        var offset = 0
        let ok = data.withUnsafeMutableBytes { buffer -> Bool in
            while offset < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return n == 0 }
                offset += n
            }
            return true
        }
        guard ok else { return nil }
        if offset < data.count { data.removeSubrange(offset...) }
        return data
    }

    /// The real path of an open file: `/proc/self/fd/N` on Linux, else the real path of the path it was opened from.
    private static func openedPath(_ fd: Int32, fallback: String) -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/fd/\(fd)", &buffer, Int(PATH_MAX))
        if n > 0 {
            return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        #endif
        return realPath(fallback)
    }
}

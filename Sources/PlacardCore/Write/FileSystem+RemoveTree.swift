import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FileSystem {
    /// `rm -rf`, without following symbolic links. The folders two levels down (a site's pages are in
    /// `zh/…` and `en/…`) are removed on every core: an old site of 10,000 articles is some 50,000 files
    /// and folders, and removing them is the last step of a build into an existing output.
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            unlink(path)
            return
        }
        var folders: [String] = []
        var subtrees: [String] = []
        for entry in entries(of: path) where entry.isFolder {
            folders.append(entry.path)
            subtrees += entries(of: entry.path).filter(\.isFolder).map(\.path)
        }
        Parallel.forEach(subtrees.count) { [subtrees] in removeFolder(subtrees[$0]) }
        for folder in folders.reversed() { rmdir(folder) }
        rmdir(path)
    }

    /// Removes the folder at `path` and everything in it, one entry after another.
    private static func removeFolder(_ path: String) {
        for entry in entries(of: path) where entry.isFolder {
            removeFolder(entry.path)
        }
        rmdir(path)
    }

    /// The entries of the folder at `path`, files and links removed as they are read: the folders
    /// are what is left to remove. The type comes from the folder itself, so no entry is `lstat`ed
    /// unless the file system does not tell it.
    private static func entries(of path: String) -> [(path: String, isFolder: Bool)] {
        guard let dir = opendir(path) else { return [] }
        var found: [(path: String, isFolder: Bool)] = []
        var files: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name != "." && name != ".." else { continue }
            let child = path + "/" + name
            var isFolder = Int32(entry.pointee.d_type) == DT_DIR
            if Int32(entry.pointee.d_type) == DT_UNKNOWN {
                var info = stat()
                isFolder = lstat(child, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder { found.append((child, true)) } else { files.append(child) }
        }
        closedir(dir)
        for file in files { unlink(file) }
        return found
    }
}

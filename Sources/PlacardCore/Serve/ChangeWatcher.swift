import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells `placard serve` which sources changed (`site.yml`, `content/`, `themes/`), as soon as they change:
/// with inotify on Linux (every folder watched; hidden files and editors' backups, such as swap files, left out),
/// by polling every half second elsewhere or when inotify is not available (then what changed is not known).
public enum ChangeWatcher {
    /// Events closer together than this are one batch (an editor's save is several writes and renames).
    static let settle: Int32 = 15

    /// Calls `onChange` on a thread of its own with each batch of changed paths relative to `root`,
    /// or nil when the paths are not known (everything is then rebuilt). Runs as long as the process.
    /// Every change from the moment it returns is seen: the watches are set (or the sources listed)
    /// before, so serve starts it before its first build, whose reading a save may overtake.
    public static func start(root: URL, onChange: @escaping @Sendable (Set<String>?) -> Void) {
        #if os(Linux)
        let notify = Notify(root: root).map(Handed.init)
        let polled = notify == nil ? SourceWatcher(root: root) : nil
        #else
        let polled: SourceWatcher? = SourceWatcher(root: root)
        #endif
        let thread = Thread {
            #if os(Linux)
            if let watcher = notify?.value {
                watcher.run(onChange)
                return
            }
            #endif
            guard var sources = polled else { return }
            while true {
                usleep(500_000)
                if sources.changed() { onChange(nil) }
            }
        }
        thread.name = "placard source watcher"
        thread.start()
    }

    /// What `start` makes on its caller's thread and hands to the watcher's thread, which alone uses it afterwards.
    private final class Handed<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    #if os(Linux)
    /// An inotify instance with a watch on the site folder and on every folder below `content/` and `themes/`.
    private final class Notify {
        let root: URL
        let fd: Int32
        /// Watch descriptor → folder relative to the root ("" for the root).
        var folders: [Int32: String] = [:]
        static let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF)

        init?(root: URL) {
            self.root = root.standardizedFileURL
            fd = inotify_init1(Int32(IN_CLOEXEC))
            guard fd >= 0 else { return nil }
            guard watch("") else {
                close(fd)
                return nil
            }
            for folder in ["content", "themes"] { watchTree(folder) }
        }

        @discardableResult
        func watch(_ folder: String) -> Bool {
            let path = folder.isEmpty ? root.path : root.path + "/" + folder
            let descriptor = inotify_add_watch(fd, path, Self.mask)
            guard descriptor >= 0 else { return false }
            folders[descriptor] = folder
            return true
        }

        /// Watches `folder` and every folder below it (hidden ones left out).
        func watchTree(_ folder: String) {
            guard watch(folder) else { return }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path + "/" + folder)) ?? []
            for name in names where !ContentFiles.isLeftOut(name) {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: root.path + "/" + folder + "/" + name, isDirectory: &isFolder), isFolder.boolValue {
                    watchTree(folder + "/" + name)
                }
            }
        }

        func run(_ onChange: @Sendable (Set<String>?) -> Void) {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                var batch: Set<String>? = []
                var waitForever = true
                while true {
                    var request = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                    let ready = poll(&request, 1, waitForever ? -1 : ChangeWatcher.settle)
                    if ready < 0 && errno == EINTR { continue }
                    guard ready > 0 else { break }
                    let count = Glibc.read(fd, &buffer, buffer.count)
                    guard count > 0 else { break }
                    collect(buffer, count: count, into: &batch)
                    waitForever = false
                }
                if batch == nil || !(batch?.isEmpty ?? true) { onChange(batch) }
            }
        }

        /// Adds the paths of the events in `buffer` to `batch` (nil when events were lost).
        private func collect(_ buffer: [UInt8], count: Int, into batch: inout Set<String>?) {
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let (descriptor, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameBytes = buffer[(offset + header) ..< min(count, offset + header + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += header + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    batch = nil
                    continue
                }
                if mask & UInt32(IN_IGNORED) != 0 {
                    folders[descriptor] = nil
                    continue
                }
                guard let folder = folders[descriptor], !name.isEmpty, !ContentFiles.isLeftOut(name) else { continue }
                // In the site folder itself only the sources count (not the output folder, for instance).
                if folder.isEmpty && !["site.yml", "content", "themes"].contains(name) { continue }
                let path = folder.isEmpty ? name : folder + "/" + name
                if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watchTree(path) }
                batch?.insert(path)
            }
        }
    }
    #endif
}

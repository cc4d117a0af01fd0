import Foundation

/// Notices changes to a site's sources (`site.yml`, `content/`, `themes/`) by comparing the size
/// and modification time of every file between two looks. Polling keeps it simple and portable.
public struct SourceWatcher: Sendable {
    public let root: URL
    private var snapshot: [String: String]

    public init(root: URL) {
        self.root = root
        snapshot = Self.look(at: root)
    }

    /// True (and remembers the new state) when any file was added, removed or changed since the last look.
    public mutating func changed() -> Bool {
        let now = Self.look(at: root)
        guard now != snapshot else { return false }
        snapshot = now
        return true
    }

    private static func look(at root: URL) -> [String: String] {
        var state: [String: String] = [:]
        let fm = FileManager.default
        let siteFile = root.appendingPathComponent("site.yml")
        if let attributes = try? fm.attributesOfItem(atPath: siteFile.path) { state["site.yml"] = describe(attributes) }
        for folder in ["content", "themes"] {
            let base = root.appendingPathComponent(folder)
            for relative in ContentFiles.list(base) {
                if let attributes = try? fm.attributesOfItem(atPath: base.appendingPathComponent(relative).path) {
                    state[folder + "/" + relative] = describe(attributes)
                }
            }
        }
        return state
    }

    private static func describe(_ attributes: [FileAttributeKey: Any]) -> String {
        let size = attributes[.size] as? Int ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size):\(modified)"
    }
}

/// Maps a request path of `placard serve` to a file of the built site.
public enum ServedFile {
    /// The file for `requestPath` (percent-encoded, below `basePath`), `index.html` for folders;
    /// nil when there is none or the path tries to leave the site folder.
    public static func resolve(_ requestPath: String, basePath: String, in site: URL) -> URL? {
        let path = withoutQuery(requestPath)
        // Compared decoded: a base path with Chinese characters is percent-encoded, and a request may come either way.
        guard let decoded = path.removingPercentEncoding, let base = basePath.removingPercentEncoding,
              decoded.hasPrefix(base) || decoded + "/" == base else { return nil }
        let parts = decoded.dropFirst(min(base.count, decoded.count)).split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else { return nil }
        var url = site
        for part in parts { url.appendPathComponent(part) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue {
            url.appendPathComponent("index.html")
            return FileManager.default.fileExists(atPath: url.path) ? url : nil
        }
        return url
    }

    /// Where a request for a page of a former base path (`formerBases`, longest first) is now: the same
    /// page under `basePath`, percent-encoded, when the site has it; nil otherwise. Only a page that
    /// exists is a target, so a redirect never leads to another redirect.
    public static func moved(_ requestPath: String, from formerBases: [String], to basePath: String, in site: URL) -> String? {
        guard let decoded = withoutQuery(requestPath).removingPercentEncoding, let base = basePath.removingPercentEncoding else { return nil }
        let formers = formerBases.compactMap { $0.removingPercentEncoding }.sorted { $0.count > $1.count }
        for former in formers where decoded.hasPrefix(former) {
            guard let target = (base + decoded.dropFirst(former.count)).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed),
                  resolve(target, basePath: basePath, in: site) != nil else { continue }
            return target
        }
        return nil
    }

    /// A request's path without its `?query`.
    private static func withoutQuery(_ requestPath: String) -> String {
        requestPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? requestPath
    }

    /// The Content-Type of a file, by its extension.
    public static func contentType(of url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "pdf": return "application/pdf"
        case "ico": return "image/x-icon"
        case "avif": return "image/avif"
        case "ics": return "text/calendar; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "woff": return "font/woff"
        case "woff2": return "font/woff2"
        case "mp3": return "audio/mpeg"
        case "mp4": return "video/mp4"
        case "webm": return "video/webm"
        case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        default: return "application/octet-stream"
        }
    }
}

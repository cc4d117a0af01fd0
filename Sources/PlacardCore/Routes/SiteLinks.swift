import Foundation

/// Root-absolute links (`/zh/about/`) that name no content file: they must name a page or a
/// file of the built site, which is known only once every page is planned.
/// `@unchecked Sendable`: `links` is read and changed only while holding `lock`.
final class SiteLinks: @unchecked Sendable {
    struct Link: Hashable {
        var path: String
        var line: Int?
        var destination: String
        /// Relative to the built site's root; a trailing `/` names a folder page.
        var sitePath: String
    }

    private let lock = NSLock()
    private var links: [Link] = []

    func add(_ link: Link) {
        lock.lock()
        links.append(link)
        lock.unlock()
    }

    /// Reports each link that names none of `outputPaths` (`zh/about/index.html`, `style.css`).
    /// `unsure`: whether a link to a tag page or to a series' further page (`/zh/elderly/page/2/`) may
    /// name a page that a file with errors would make (its tags and its count are unknown, and a
    /// `paginate` with an error changes every count), so that it is not reported as a second error.
    func check(outputPaths: Set<String>, diagnostics: Diagnostics, unsure: Bool = false) {
        lock.lock()
        defer { lock.unlock() }
        for link in links where !Self.exists(link.sitePath, in: outputPaths) {
            let segments = link.sitePath.split(separator: "/")
            if unsure, segments.count > 1, segments[1] == "tags" || (segments.count > 2 && segments[2] == "page") { continue }
            let shown = link.destination.split(separator: "#", maxSplits: 1).first.map(String.init) ?? link.destination
            diagnostics.error(link.path, line: link.line, .brokenRootLink(link.destination, target: shown))
        }
    }

    static func exists(_ sitePath: String, in outputPaths: Set<String>) -> Bool {
        let folder = sitePath.hasSuffix("/") || sitePath.isEmpty ? sitePath : sitePath + "/"
        return outputPaths.contains(folder + "index.html") || (!sitePath.hasSuffix("/") && outputPaths.contains(sitePath))
    }
}

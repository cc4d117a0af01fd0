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
    /// `unsure`: whether a link to a tag page may name a page that a file with errors would make
    /// (its tags are unknown), so that it is not reported as a second error.
    func check(outputPaths: Set<String>, diagnostics: Diagnostics, unsure: Bool = false) {
        lock.lock()
        defer { lock.unlock() }
        for link in links where !Self.exists(link.sitePath, in: outputPaths) {
            if unsure, link.sitePath.split(separator: "/").dropFirst().first == "tags" { continue }
            let shown = link.destination.split(separator: "#", maxSplits: 1).first.map(String.init) ?? link.destination
            diagnostics.error(link.path, line: link.line, .brokenRootLink(link.destination, target: shown))
        }
    }

    static func exists(_ sitePath: String, in outputPaths: Set<String>) -> Bool {
        let folder = sitePath.hasSuffix("/") || sitePath.isEmpty ? sitePath : sitePath + "/"
        return outputPaths.contains(folder + "index.html") || (!sitePath.hasSuffix("/") && outputPaths.contains(sitePath))
    }
}

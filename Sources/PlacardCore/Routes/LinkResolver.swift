import Foundation

/// Rewrites relative and root-absolute links and images in Markdown to the output URL of what
/// they point at.
///
/// A relative link is relative to the Markdown file; a root-absolute one (`/images/map.png`)
/// means the site's root: `content/images/map.png`, or a page or theme file of the built site,
/// written below the base URL's path.
struct LinkResolver {
    let plan: SitePlan
    /// Content files that exist but have errors: already reported, so links to them are not.
    var filesWithErrors: Set<String> = []
    /// Site paths of the pages that files and projects with errors would make (`zh/elderly/custom`):
    /// already reported, so root-absolute links to them are not.
    var pagesWithErrors: Set<String> = []
    /// Whether a project list could not be read (`ContentWithErrors.projectsLost`): a link to a
    /// project page is then not checked, as it may name one of the projects it holds.
    var projectsLost = false
    /// The theme's static files: path in the theme's `static/` (`search.js`) → output path (`search.3f2a91c0e1.js`).
    var themeFiles: [String: String] = [:]

    /// `sourcePath` is the Markdown file's path relative to the site folder.
    func resolve(_ destination: String, from sourcePath: String) -> LinkResolution {
        let isRoot = Self.isRootAbsolute(destination)
        guard isRoot || Self.isRelative(destination) else { return .keep }
        var path = destination
        var suffix = ""
        if let mark = PathParts.firstIndex(of: UInt8(ascii: "#"), or: UInt8(ascii: "?"), in: path) {
            suffix = String(path[mark...])
            path = String(path[..<mark])
        }
        // Without a `%`, there is nothing to decode.
        guard let decoded = path.utf8.contains(UInt8(ascii: "%")) ? path.removingPercentEncoding : path else { return .broken }
        let sitePath = isRoot ? rootRelative(decoded) : nil
        if let sitePath, sitePath.split(separator: "/").contains("..") { return .broken }
        guard let target = sitePath.map({ Self.join(folderOf: "content/", $0) }) ?? Self.join(folderOf: sourcePath, decoded) else {
            return .broken
        }
        if let index = plan.entryIndex[target] {
            return .rewrite(plan.entries[index].link + suffix)
        }
        if let link = plan.excludedLinks[target] {
            return .rewriteWithWarning(link + suffix, warning: .linkToUnpublished(target))
        }
        if plan.assetPaths.contains(target) {
            let segments = target.split(separator: "/").dropFirst().map(String.init)
            return .rewrite(plan.urls.fileLink(segments) + suffix)
        }
        if let route = madePage(of: target, from: sourcePath) { return .rewrite(plan.urls.link(route) + suffix) }
        // A file with errors of its own gets no second error for each link to it.
        if filesWithErrors.contains(target) { return .keep }
        if let sitePath, let asset = themeFiles[sitePath] {
            return .rewrite(plan.urls.fileLink(asset.split(separator: "/").map(String.init)) + suffix)
        }
        if let sitePath {
            let segments = sitePath.split(separator: "/").map(String.init)
            var url = plan.urls.fileLink(segments)
            if sitePath.hasSuffix("/") && !segments.isEmpty { url += "/" }
            if let source = plan.excludedSources[url] ?? plan.excludedSources[url + "/"] { return .rewriteWithWarning(url + suffix, warning: .linkToUnpublished(source)) }
            if let source = Self.sourcePath(ofPage: segments), filesWithErrors.contains(source) { return .rewrite(url + suffix) }
            if pagesWithErrors.contains(segments.joined(separator: "/")) { return .rewrite(url + suffix) }
            if projectsLost, segments.count == 3, segments[1] == "projects" { return .rewrite(url + suffix) }
            return .rewriteToCheck(url + suffix, sitePath: segments.joined(separator: "/") + (sitePath.hasSuffix("/") ? "/" : ""))
        }
        return .broken
    }

    /// The page made from a folder or file that is not an entry: a series' folder (`content/elderly`)
    /// is the series' page, a project list's file (`content/projects/sichuan-2024.csv`, or its `.yml`)
    /// the project directory; in the language of the file that links (the site's first for a project list's own).
    private func madePage(of target: String, from sourcePath: String) -> Route? {
        let parts = target.split(separator: "/").map(String.init)
        guard parts.count == 2 || parts.count == 3, parts[0] == "content" else { return nil }
        let name = (sourcePath as NSString).lastPathComponent.split(separator: ".")
        let code = name.count >= 3 && plan.config.languages.contains(where: { $0.code == name[name.count - 2] })
            ? String(name[name.count - 2]) : plan.config.defaultLanguage.code
        if parts.count == 2, plan.config.series(parts[1]) != nil { return .series(code, parts[1], page: 1) }
        if parts.count == 3, parts[1] == "projects", ProjectListLoader.isListFile(parts[2]), !ProjectListLoader.isLockFile(parts[2]),
           plan.projectListKeys.contains((parts[2] as NSString).deletingPathExtension) {
            return .projects(code, series: nil)
        }
        return nil
    }

    /// The Markdown file that a page at `segments` comes from when its slug is its file name
    /// (`zh/elderly/phone-class` → `content/elderly/phone-class.zh.md`, `zh/about` →
    /// `content/pages/about.zh.md`): a file with errors gets no second error for each root-absolute link to it.
    static func sourcePath(ofPage segments: [String]) -> String? {
        switch segments.count {
        case 3: return "content/\(segments[1])/\(segments[2]).\(segments[0]).md"
        case 2: return "content/pages/\(segments[1]).\(segments[0]).md"
        default: return nil
        }
    }

    /// `/images/map.png` without its leading `/`; a link that already starts with the base URL's
    /// path (`/zt/szsy/images/map.png`) is taken as written for the built site.
    private func rootRelative(_ path: String) -> String {
        let base = plan.urls.basePath
        if base != "/" && path.hasPrefix(base) { return String(path.dropFirst(base.count)) }
        return String(path.drop { $0 == "/" })
    }

    /// Not a URL with a scheme, not root-relative, not only an anchor.
    static func isRelative(_ destination: String) -> Bool {
        guard let first = destination.first, first != "#", first != "/", first != "?" else { return false }
        if let colon = PathParts.firstIndex(of: UInt8(ascii: ":"), in: destination) {
            let scheme = destination[..<colon]
            if !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) { return false }
        }
        return true
    }

    /// `/images/map.png`, not `//host/path`.
    static func isRootAbsolute(_ destination: String) -> Bool {
        destination.hasPrefix("/") && !destination.hasPrefix("//")
    }

    /// `relative` resolved against the folder of `file`; nil if it climbs out of the site folder.
    static func join(folderOf file: String, _ relative: String) -> String? {
        var parts = PathParts.split(file).map(String.init)
        if !file.hasSuffix("/"), !parts.isEmpty { parts.removeLast() }
        for part in PathParts.split(relative) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}

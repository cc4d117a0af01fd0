import Foundation

/// Rewrites relative links and images in Markdown to the output URL of what they point at.
struct LinkResolver {
    let plan: SitePlan

    /// `sourcePath` is the Markdown file's path relative to the site folder.
    func resolve(_ destination: String, from sourcePath: String) -> LinkResolution {
        guard Self.isRelative(destination) else { return .keep }
        var path = destination
        var suffix = ""
        if let mark = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[mark...])
            path = String(path[..<mark])
        }
        guard let decoded = path.removingPercentEncoding, let target = Self.join(folderOf: sourcePath, decoded) else { return .broken }
        if let index = plan.entryIndex[target] {
            return .rewrite(plan.entries[index].link + suffix)
        }
        if let link = plan.excludedLinks[target] {
            return .rewriteWithWarning(link + suffix, warning: "this links to \(target), which is a draft or dated in the future and is not published; the link will not work until it is")
        }
        if plan.assetPaths.contains(target) {
            let segments = target.split(separator: "/").dropFirst().map(String.init)
            return .rewrite(plan.urls.fileLink(segments) + suffix)
        }
        return .broken
    }

    /// Not a URL with a scheme, not root-relative, not only an anchor.
    static func isRelative(_ destination: String) -> Bool {
        guard let first = destination.first, first != "#", first != "/", first != "?" else { return false }
        if let colon = destination.firstIndex(of: ":") {
            let scheme = destination[..<colon]
            if !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) { return false }
        }
        return true
    }

    /// `relative` resolved against the folder of `file`; nil if it climbs out of the site folder.
    static func join(folderOf file: String, _ relative: String) -> String? {
        var parts = file.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
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

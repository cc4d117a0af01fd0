import Foundation

/// The files of `content/` that are published as they are (images, PDFs, ...): those that would
/// run a script in a reader's browser are refused (SPEC §7.6).
enum ContentAsset {
    /// Why the file at `url` (`path` relative to the site folder) cannot be published as it is, or nil.
    static func problem(_ url: URL, path: String) -> Message? {
        switch url.pathExtension.lowercased() {
        case "html", "htm", "xhtml", "shtml", "xht":
            return .htmlFileInContent(path)
        case "svg":
            guard let data = try? Data(contentsOf: url), holdsScript(svg: data) else { return nil }
            return .svgWithScript(path)
        default:
            return nil
        }
    }

    /// Whether an SVG file holds what runs when it is opened as a page: a `<script>`, an `on…=`
    /// event attribute, a `javascript:` link, or HTML inside `<foreignObject>`.
    static func holdsScript(svg data: Data) -> Bool {
        let text = String(decoding: data, as: UTF8.self).lowercased()
        if text.contains("<script") || text.contains("javascript:") || text.contains("<foreignobject") { return true }
        // Inside a tag, an attribute whose name starts with `on`: `onload=`, `onclick =`.
        let scalars = Array(text.unicodeScalars)
        var inTag = false
        var previousIsSpace = false
        for i in scalars.indices {
            let c = scalars[i]
            if c == "<" { inTag = true } else if c == ">" { inTag = false }
            if inTag, previousIsSpace, c == "o", i + 1 < scalars.count, scalars[i + 1] == "n" {
                var j = i + 2
                while j < scalars.count, ("a"..."z").contains(scalars[j]) { j += 1 }
                while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\n" || scalars[j] == "\r" { j += 1 }
                if j > i + 2, j < scalars.count, scalars[j] == "=" { return true }
            }
            previousIsSpace = c == " " || c == "\n" || c == "\t" || c == "\r" || c == "/"
        }
        return false
    }
}

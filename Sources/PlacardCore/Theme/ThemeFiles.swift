import Foundation
import Yams

/// The files of a theme (`templates/…`, `static/…`, `i18n/…`, `theme.yml`) after inheritance:
/// a theme that says `extends: parent` in its `theme.yml` overrides only the files it has, and so
/// does the site's `themes/default/` over the built-in default theme.
struct ThemeFiles {
    /// Relative path inside the theme → contents.
    var files: [String: Data] = [:]
    /// Relative path → where it came from, for diagnostics (`themes/blue/templates/article.mustache`).
    var origins: [String: String] = [:]
    /// Each theme of the chain on its own, parent first: UI strings merge key by key, not file by file.
    var layers: [ThemeFiles] = []
    /// The site's folder of the theme (`themes/blue`), of the one `site.yml` names after inheritance;
    /// nil for the theme built into Placard.
    var folder: String?

    /// How diagnostics name the folder of the theme built into Placard.
    static let builtIn = "(built-in default theme)"

    /// Resolves `name` in the site's `themes/` folder; `default` falls back to the theme built into Placard.
    static func load(name: String, siteRoot: URL, diagnostics: Diagnostics) -> ThemeFiles? {
        var chain: [String] = []
        var layers: [ThemeFiles] = []
        var current: String? = name
        while let themeName = current {
            if chain.contains(themeName) {
                diagnostics.error("themes/\(themeName)/theme.yml", .themeLoop(chain + [themeName]))
                return nil
            }
            chain.append(themeName)
            guard let layer = layer(named: themeName, siteRoot: siteRoot, diagnostics: diagnostics) else {
                let folder = siteRoot.appendingPathComponent("themes").path
                if chain.count == 1 {
                    diagnostics.error(SiteConfigLoader.path, line: themeLine(themeName, siteRoot: siteRoot), .themeMissing(themeName, folder: folder))
                } else {
                    diagnostics.error("themes/\(chain[chain.count - 2])/theme.yml", .themeMissing(themeName, folder: folder))
                }
                return nil
            }
            layers.append(layer)
            let parent = parentName(of: layer, diagnostics: diagnostics)
            // The site's own `themes/default/` overrides the built-in default theme file by file, as a
            // site's layouts override its theme's in Hugo: it may hold only the templates it changes.
            if themeName == "default", layer.folder != nil, parent == nil || parent == "default" {
                layers.append(builtInDefault())
                break
            }
            current = parent
        }
        var merged = ThemeFiles()
        for layer in layers.reversed() {
            merged.files.merge(layer.files) { _, child in child }
            merged.origins.merge(layer.origins) { _, child in child }
        }
        merged.layers = layers.reversed()
        merged.folder = layers.first?.folder
        return merged
    }

    /// The line of `theme: <name>` in site.yml; nil when site.yml names another theme (`--theme` chose this one).
    private static func themeLine(_ name: String, siteRoot: URL) -> Int? {
        let quiet = Diagnostics()
        guard let text = TextFile.read(siteRoot.appendingPathComponent(SiteConfigLoader.path), path: SiteConfigLoader.path, diagnostics: quiet),
              let node = YAMLReader.parse(text, path: SiteConfigLoader.path, diagnostics: quiet),
              let theme = node[key: "theme"], theme.text == name else { return nil }
        return theme.line
    }

    private static func layer(named name: String, siteRoot: URL, diagnostics: Diagnostics) -> ThemeFiles? {
        let folder = siteRoot.appendingPathComponent("themes").appendingPathComponent(name)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue {
            var layer = ThemeFiles(folder: "themes/\(name)")
            let boundary = SiteFolder(siteRoot)
            let listing = ContentFiles.scan(folder, boundary: boundary)
            for link in listing.outsideLinks {
                diagnostics.warning("themes/\(name)/\(link)", .symlinkOutsideSite("themes/\(name)/\(link)"))
            }
            for relative in listing.files {
                layer.files[relative] = boundary.read(folder.appendingPathComponent(relative).path)
                layer.origins[relative] = "themes/\(name)/\(relative)"
            }
            return layer
        }
        return name == "default" ? builtInDefault() : nil
    }

    private static func builtInDefault() -> ThemeFiles {
        var layer = ThemeFiles()
        for (relative, data) in DefaultTheme.files {
            layer.files[relative] = data
            layer.origins[relative] = "\(builtIn)/\(relative)"
        }
        return layer
    }

    private static func parentName(of layer: ThemeFiles, diagnostics: Diagnostics) -> String? {
        guard let data = layer.files["theme.yml"], let origin = layer.origins["theme.yml"] else { return nil }
        guard let text = TextFile.decode(data, path: origin, diagnostics: diagnostics),
              let node = YAMLReader.parse(text, path: origin, diagnostics: diagnostics) else { return nil }
        return node[key: "extends"]?.text
    }

    func text(_ relative: String, diagnostics: Diagnostics) -> String? {
        guard let data = files[relative] else { return nil }
        return TextFile.decode(data, path: origins[relative] ?? relative, diagnostics: diagnostics)
    }

    /// Relative paths under `folder/`, sorted.
    func paths(under folder: String) -> [String] {
        files.keys.filter { $0.hasPrefix(folder + "/") }.sorted()
    }
}

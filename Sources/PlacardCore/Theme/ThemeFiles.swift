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
    /// `namedAt` is where the name was given (site.yml's `theme:` line, or `--theme`): a theme that is
    /// not there is reported at that place, and a missing parent at the `extends:` line naming it.
    static func load(name: String, siteRoot: URL, namedAt: (path: String, line: Int?) = (SiteConfigLoader.path, nil),
                     diagnostics: Diagnostics) -> ThemeFiles? {
        warnOfLinksOutside(siteRoot: siteRoot, diagnostics: diagnostics)
        var chain: [String] = []
        var layers: [ThemeFiles] = []
        var current: String? = name
        var place = namedAt
        while let themeName = current {
            if chain.contains(themeName) {
                diagnostics.error("themes/\(themeName)/theme.yml", .themeLoop(chain + [themeName]))
                return nil
            }
            chain.append(themeName)
            guard let layer = layer(named: themeName, siteRoot: siteRoot, diagnostics: diagnostics) else {
                let folder = siteRoot.appendingPathComponent("themes").path
                diagnostics.error(place.path, line: place.line, .themeMissing(themeName, folder: folder))
                return nil
            }
            layers.append(layer)
            let parent = parentName(of: layer, diagnostics: diagnostics)
            if let parent { place = (layer.origins["theme.yml"] ?? "themes/\(themeName)/theme.yml", parent.line) }
            // `extends:` names a folder of `themes/`, as `theme:` does: never a path out of it (`../x`, `/tmp`).
            if let parent, !Identifier.isThemeName(parent.name) {
                diagnostics.error(place.path, line: place.line, .themeName(parent.name))
                return nil
            }
            // The site's own `themes/default/` overrides the built-in default theme file by file, as a
            // site's layouts override its theme's in Hugo: it may hold only the templates it changes.
            if themeName == "default", layer.folder != nil, parent == nil || parent?.name == "default" {
                layers.append(builtInDefault())
                break
            }
            current = parent?.name
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

    /// A symbolic link anywhere under `themes/` that leads out of the site folder is named (SPEC §7.6),
    /// in a theme the site uses or not; none is followed. (A layer warns of its own too: the same
    /// warning twice is reported once.)
    private static func warnOfLinksOutside(siteRoot: URL, diagnostics: Diagnostics) {
        let themes = siteRoot.appendingPathComponent("themes")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: themes.path, isDirectory: &isFolder), isFolder.boolValue else { return }
        for link in ContentFiles.scan(themes, boundary: SiteFolder(siteRoot)).outsideLinks {
            let path = link.isEmpty ? "themes" : "themes/\(link)"
            diagnostics.warning(path, .symlinkOutsideSite(path))
        }
    }

    private static func layer(named name: String, siteRoot: URL, diagnostics: Diagnostics) -> ThemeFiles? {
        let folder = siteRoot.appendingPathComponent("themes").appendingPathComponent(name)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue {
            var layer = ThemeFiles(folder: "themes/\(name)")
            let boundary = SiteFolder(siteRoot)
            let listing = ContentFiles.scan(folder, boundary: boundary)
            for link in listing.outsideLinks {
                // "": the theme's folder is itself the link, named as `warnOfLinksOutside` names it.
                let path = link.isEmpty ? "themes/\(name)" : "themes/\(name)/\(link)"
                diagnostics.warning(path, .symlinkOutsideSite(path))
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

    /// The theme a layer's `theme.yml` extends, and the line that says so.
    private static func parentName(of layer: ThemeFiles, diagnostics: Diagnostics) -> (name: String, line: Int)? {
        guard let data = layer.files["theme.yml"], let origin = layer.origins["theme.yml"] else { return nil }
        guard let text = TextFile.decode(data, path: origin, diagnostics: diagnostics),
              let node = YAMLReader.parse(text, path: origin, diagnostics: diagnostics) else { return nil }
        // A misspelt `extends` would leave the theme without its parent's templates, each then
        // reported missing: the misspelling is named too.
        for (key, keyNode, _) in node.mappingPairs where key != "extends" {
            diagnostics.warning(origin, line: keyNode.line, .themeConfigUnknownKey(key))
        }
        guard let extends = node[key: "extends"] else { return nil }
        return extends.text.map { ($0, extends.line) }
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

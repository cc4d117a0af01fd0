import Foundation
import Yams

/// The theme's UI strings (`i18n/<lang>.yml`, flat `key: text` maps). A language without a
/// file, or a key missing from one, uses the English text, with a warning. A key no file of the
/// theme has, and a theme without `i18n/en.yml` (one that does not extend the default theme),
/// fall back to the built-in default theme's English strings, so no page shows an empty label.
enum ThemeStrings {
    static func load(files: ThemeFiles, languages: [Language], siteRoot: URL, diagnostics: Diagnostics) -> [String: [String: String]] {
        let themeEnglish = merged("en", files: files, diagnostics: diagnostics)
        // A key none of the theme's files has (a template copied from the default theme, its
        // string left out) takes the built-in English text rather than an empty label.
        let english = builtInEnglish().merging(themeEnglish ?? [:]) { _, theme in theme }
        var result: [String: [String: String]] = [:]
        for language in languages {
            guard let own = merged(language.code, files: files, diagnostics: diagnostics) else {
                let (path, line) = place(for: language.code, files: files, siteRoot: siteRoot)
                if language.code != "en" {
                    diagnostics.warning(path, line: line, .uiStringsMissing(code: language.code, name: language.name))
                } else if themeEnglish == nil {
                    diagnostics.warning(path, line: line, .uiStringsEnglishMissing(name: language.name))
                }
                result[language.code] = english
                continue
            }
            // Keys are checked against the theme's own English only: a theme of its own need not have the built-in keys.
            let missing = (themeEnglish ?? [:]).keys.sorted().filter { own[$0] == nil }
            if !missing.isEmpty {
                let (path, line) = place(for: language.code, files: files, siteRoot: siteRoot)
                for key in missing { diagnostics.warning(path, line: line, .uiStringMissing(key: key, code: language.code)) }
            }
            result[language.code] = english.merging(own) { _, mine in mine }
        }
        return result
    }

    /// Where a language's UI strings are to be written, relative to the site folder: the site's file
    /// that has them, else `i18n/<code>.yml` in the site's theme; with the built-in theme alone, the
    /// language's line in site.yml (the built-in files are nowhere in the site).
    static func place(for code: String, files: ThemeFiles, siteRoot: URL) -> (path: String, line: Int?) {
        let path = "i18n/\(code).yml"
        if let origin = files.origins[path], !origin.hasPrefix(ThemeFiles.builtIn) { return (origin, nil) }
        if let folder = files.folder { return ("\(folder)/\(path)", nil) }
        return (SiteConfigLoader.path, languageLine(code, siteRoot: siteRoot))
    }

    /// The line of `- {code: <code>, ...}` under `languages:` in site.yml; 1 when it cannot be found.
    private static func languageLine(_ code: String, siteRoot: URL) -> Int {
        let quiet = Diagnostics()
        guard let text = TextFile.read(siteRoot.appendingPathComponent(SiteConfigLoader.path), path: SiteConfigLoader.path, diagnostics: quiet),
              let node = YAMLReader.parse(text, path: SiteConfigLoader.path, diagnostics: quiet),
              case .sequence(let items)? = node[key: "languages"],
              let item = items.first(where: { $0[key: "code"]?.text == code }) else { return 1 }
        return item.line
    }

    /// The English strings of the theme built into Placard.
    private static func builtInEnglish() -> [String: String] {
        var files = ThemeFiles()
        files.files["i18n/en.yml"] = DefaultTheme.files["i18n/en.yml"]
        return read("i18n/en.yml", files: files, diagnostics: Diagnostics()) ?? [:]
    }

    /// The strings of one language over the theme chain (a child's strings win); nil if no theme has the file.
    private static func merged(_ code: String, files: ThemeFiles, diagnostics: Diagnostics) -> [String: String]? {
        let layers = files.layers.isEmpty ? [files] : files.layers
        var result: [String: String]?
        for layer in layers {
            guard let strings = read("i18n/\(code).yml", files: layer, diagnostics: diagnostics) else { continue }
            result = (result ?? [:]).merging(strings) { _, child in child }
        }
        return result
    }

    private static func read(_ path: String, files: ThemeFiles, diagnostics: Diagnostics) -> [String: String]? {
        guard let text = files.text(path, diagnostics: diagnostics) else { return nil }
        let origin = files.origins[path] ?? path
        guard let node = YAMLReader.parse(text, path: origin, diagnostics: diagnostics) else { return [:] }
        var strings: [String: String] = [:]
        for (key, keyNode, value) in node.mappingPairs {
            if let text = value.text { strings[key] = text } else {
                diagnostics.error(origin, line: keyNode.line, .uiStringNotText(key: key))
            }
        }
        return strings
    }
}

/// Static files of a theme, with a content hash in the names of CSS and JavaScript files so that
/// browsers can cache them forever.
enum StaticAssets {
    /// The static files at their output paths, and the template key of each → its output path.
    /// A stylesheet's references to other CSS and JavaScript files are rewritten to their hashed
    /// names before it is hashed itself (`StaticAssetReferences`).
    static func fingerprint(files: ThemeFiles) -> ([(path: String, data: Data)], [String: String]) {
        let relatives = files.paths(under: "static").filter { files.files[$0] != nil }.map { String($0.dropFirst("static/".count)) }
        var data = Dictionary(uniqueKeysWithValues: relatives.map { ($0, files.files["static/" + $0]!) })
        var hashed: [String: String] = [:]
        var visiting: Set<String> = []
        func settle(_ relative: String) {
            guard hashed[relative] == nil, !visiting.contains(relative), let bytes = data[relative] else { return }
            let ext = (relative as NSString).pathExtension
            guard ext == "css" || ext == "js" else { return }
            if ext == "css", let css = String(data: bytes, encoding: .utf8) {
                visiting.insert(relative)
                StaticAssetReferences.targets(of: css, path: relative).forEach(settle)
                visiting.remove(relative)
                let rewritten = StaticAssetReferences.rewrite(css, path: relative, hashed: hashed)
                if rewritten != css { data[relative] = Data(rewritten.utf8) }
            }
            hashed[relative] = "\((relative as NSString).deletingPathExtension).\(hash(data[relative]!)).\(ext)"
        }
        relatives.forEach(settle)
        var out: [(path: String, data: Data)] = []
        var assets: [String: String] = [:]
        for relative in relatives {
            let outputPath = hashed[relative] ?? relative
            out.append((outputPath, data[relative]!))
            assets[key(for: relative)] = outputPath
        }
        return (out, assets)
    }

    /// Each static file's path in the theme's `static/` (`css/site-main.css`) → its output path
    /// (`css/site-main.3f2a91c0e1.css`): a root-absolute link in content names a theme file exactly,
    /// unlike the template keys, which fold every other character to `_`.
    static func outputPaths(_ files: [(path: String, data: Data)]) -> [String: String] {
        var result: [String: String] = [:]
        for file in files {
            let ext = (file.path as NSString).pathExtension
            let hashed = ".\(hash(file.data)).\(ext)"
            let source = (ext == "css" || ext == "js") && file.path.hasSuffix(hashed) ? file.path.dropLast(hashed.count) + "." + ext : file.path
            result[String(source)] = file.path
        }
        return result
    }

    /// `css/site-main.css` → `css_site_main_css`.
    static func key(for relative: String) -> String {
        String(relative.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    /// FNV-1a, 64 bits, as 10 hex digits: enough to tell versions apart.
    static func hash(_ data: Data) -> String {
        var value: UInt64 = 0xcbf29ce484222325
        for byte in data {
            value ^= UInt64(byte)
            value &*= 0x100000001b3
        }
        return String(String(value, radix: 16).suffix(10))
    }
}

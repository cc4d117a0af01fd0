import Foundation

/// `placard new`: writes a new article file with its front matter filled in.
public enum NewArticle {
    /// Returns the new file's path relative to the site folder, or nil (with diagnostics; a
    /// diagnostic with path `usage` means the arguments were wrong).
    public static func create(root: URL, series: String, slug: String, language: String?, today: Day, diagnostics: Diagnostics) -> String? {
        guard let config = SiteConfigLoader.load(root: root, diagnostics: diagnostics) else { return nil }
        guard config.series(series) != nil else {
            diagnostics.error("usage", .newUnknownSeries(series, known: config.series.map(\.key)))
            return nil
        }
        guard Identifier.isValidSlug(slug) else {
            diagnostics.error("usage", .newBadSlug(slug))
            return nil
        }
        let code = language ?? config.defaultLanguage.code
        guard config.languages.contains(where: { $0.code == code }) else {
            diagnostics.error("usage", .newUnknownLanguage(code, known: config.languages.map(\.code)))
            return nil
        }
        let relative = "content/\(series)/\(slug).\(code).md"
        let url = root.appendingPathComponent(relative)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            diagnostics.error(relative, .newFileExists())
            return nil
        }
        let text = "---\ntitle: \"\(slug)\"\ndate: \(today)\ngroups: []\ntags: []\ndraft: true\n---\n\n"
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        } catch {
            diagnostics.error(relative, .newCannotWrite(error.localizedDescription))
            return nil
        }
        return relative
    }
}

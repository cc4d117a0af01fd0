import Foundation
import Yams

/// `placard new`: writes a new article file with its front matter filled in.
public enum NewArticle {
    /// The file written, and the other language's file it translates, if there is one.
    public struct Written: Sendable {
        public var path: String
        public var translationOf: String?

        public var message: Message { .newWritten(path, translationOf: translationOf) }
    }

    /// The new file, or nil (with diagnostics; a diagnostic with path `usage` means the arguments
    /// were wrong). When the slug exists in another language, the new file is its translation and
    /// starts with that file's date, groups, tags and cover.
    public static func create(root: URL, series: String, slug: String, language: String?, today: Day, diagnostics: Diagnostics) -> Written? {
        guard let config = SiteConfigLoader.load(root: root, diagnostics: diagnostics) else { return nil }
        guard config.series(series) != nil else {
            diagnostics.error("usage", .newUnknownSeries(series, known: config.series.map(\.key)))
            return nil
        }
        guard Identifier.isValidSlug(slug) else {
            diagnostics.error("usage", .newBadSlug(slug))
            return nil
        }
        guard !Route.reservedArticleSlugs.contains(slug) else {
            diagnostics.error("usage", .articleSlugReserved(slug))
            return nil
        }
        let code = language ?? config.defaultLanguage.code
        guard config.languages.contains(where: { $0.code == code }) else {
            diagnostics.error("usage", .newUnknownLanguage(code, known: config.languages.map(\.code)))
            return nil
        }
        // The file's name, slug and language together, must fit a file system's 255 bytes.
        guard "\(slug).\(code).md".utf8.count <= Route.maximumSegmentBytes else {
            diagnostics.error("usage", .addressPartTooLong(slug))
            return nil
        }
        let relative = "content/\(series)/\(slug).\(code).md"
        let url = root.appendingPathComponent(relative)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            diagnostics.error(relative, .newFileExists())
            return nil
        }
        let original = config.languages.map(\.code).filter { $0 != code }
            .map { "content/\(series)/\(slug).\($0).md" }
            .first { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
        let text = frontMatter(language: code, today: today, original: original.flatMap { read(root.appendingPathComponent($0)) })
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        } catch {
            diagnostics.error(relative, .newCannotWrite(error.localizedDescription))
            return nil
        }
        return Written(path: relative, translationOf: original)
    }

    /// What the new file starts with: copied from the original when it is a translation.
    private static func frontMatter(language: String, today: Day, original: Node?) -> String {
        let title = original?[key: "title"]?.text
        let placeholder = title.map { language.hasPrefix("zh") ? "在这里写译文标题（原文：\($0)）" : "Replace with the translated title of: \($0)" }
            ?? Message.newTitle(language: language)
        var lines = ["title: \(YAMLMistakes.quoted(placeholder))", "date: \(original?[key: "date"]?.text ?? "\(today)")"]
        for key in ["groups", "tags"] {
            let values = original?[key: key]?.textList ?? []
            lines.append("\(key): [\(values.map(YAMLMistakes.quoted).joined(separator: ", "))]")
        }
        if let cover = original?[key: "cover"]?.text { lines.append("cover: \(YAMLMistakes.quoted(cover))") }
        lines.append("draft: true")
        return "---\n" + lines.joined(separator: "\n") + "\n---\n\n"
    }

    private static func read(_ url: URL) -> Node? {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8),
              case .success(let front) = FrontMatter.split(text) else { return nil }
        return try? Yams.compose(yaml: front.yaml)
    }
}

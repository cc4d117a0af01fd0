import Foundation

/// Loads a whole site folder: `site.yml`, every content file, every project list.
/// Problems go to `diagnostics`; loading goes on so that one run reports all of them.
public enum SiteLoader {
    /// The path of the base URL in site.yml (`/` when it cannot be read), without loading the content.
    public static func basePath(root: URL) -> String {
        guard let config = SiteConfigLoader.load(root: root, diagnostics: Diagnostics()) else { return "/" }
        return URLs(baseURL: config.baseURL).basePath
    }

    public static func load(root: URL, diagnostics: Diagnostics) -> Site? {
        guard let config = SiteConfigLoader.load(root: root, diagnostics: diagnostics) else { return nil }
        let contentRoot = root.appendingPathComponent("content")
        let files = ContentFiles.list(contentRoot)
        let documentLoader = DocumentLoader(config: config, diagnostics: diagnostics)
        let languages = Set(config.languages.map(\.code))

        var documents: [Document?] = []
        var listFiles: [String] = []
        var assets: [String] = []
        var markdownJobs: [(relative: String, kind: DocumentKind, slug: String, language: String)] = []

        for relative in files {
            let path = "content/" + relative
            let parts = relative.split(separator: "/").map(String.init)
            let name = parts.last!
            if parts.count == 2 && parts[0] == "projects" && ProjectListLoader.isListFile(name) {
                listFiles.append(relative)
                continue
            }
            guard name.hasSuffix(".md") || name.hasSuffix(".markdown") else {
                assets.append(relative)
                continue
            }
            guard parts.count == 2 else {
                diagnostics.error(path, "a Markdown file must be in a series folder or `pages`, like content/<series>/<slug>.<lang>.md")
                continue
            }
            let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : String(name.dropLast(9))
            guard let dot = stem.lastIndex(of: "."), languages.contains(String(stem[stem.index(after: dot)...])) else {
                let codes = config.languages.map(\.code)
                diagnostics.error(path, "the file name should end in a language code from site.yml, like `\(stem.split(separator: ".").first ?? "name").\(codes[0]).md` (languages: \(codes.joined(separator: ", ")))")
                continue
            }
            let slug = String(stem[..<dot])
            let language = String(stem[stem.index(after: dot)...])
            guard Identifier.isValidSlug(slug) else {
                diagnostics.error(path, "the file name `\(slug)` cannot be used in a URL: use letters, digits and `-`, without spaces")
                continue
            }
            let kind: DocumentKind
            if parts[0] == "pages" {
                kind = .page
            } else if config.series(parts[0]) != nil {
                kind = .article(series: parts[0])
            } else {
                let known = config.series.map(\.key).joined(separator: ", ")
                diagnostics.error(path, "unknown series `\(parts[0])`: add it to `series` in site.yml, or move the file to one of \(known)")
                continue
            }
            markdownJobs.append((relative, kind, slug, language))
        }

        documents = Array(repeating: nil, count: markdownJobs.count)
        documents.withUnsafeMutableBufferPointer { buffer in
            let out = buffer
            DispatchQueue.concurrentPerform(iterations: markdownJobs.count) { index in
                let job = markdownJobs[index]
                let path = "content/" + job.relative
                guard let text = TextFile.read(contentRoot.appendingPathComponent(job.relative), path: path, diagnostics: diagnostics) else { return }
                out[index] = documentLoader.load(text: text, path: path, kind: job.kind, fileSlug: job.slug, language: job.language)
            }
        }
        let lists = ProjectListLoader(config: config, diagnostics: diagnostics).load(contentRoot: contentRoot, files: listFiles)
        let site = Site(config: config, documents: documents.compactMap { $0 }, projectLists: lists, assetPaths: assets)
        SiteValidator(site: site, diagnostics: diagnostics).validate()
        return site
    }
}

/// Every file below a folder, as sorted relative paths; hidden files and folders are skipped.
/// Walks with readdir(3): Foundation's enumerator with resource values cost a second per 10,000 files.
enum ContentFiles {
    static func list(_ root: URL) -> [String] {
        var result: [String] = []
        walk(root.standardizedFileURL.path, prefix: "", into: &result)
        return result.sorted()
    }

    private static func walk(_ folder: String, prefix: String, into result: inout [String]) {
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard !name.hasPrefix(".") else { continue }
            let path = folder + "/" + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                type = (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : 0
            }
            if type == UInt8(DT_DIR) {
                walk(path, prefix: prefix + name + "/", into: &result)
            } else if type == UInt8(DT_REG) {
                result.append(prefix + name)
            }
        }
    }
}

import Foundation

/// Loads a whole site folder: `site.yml`, every content file, every project list.
/// Problems go to `diagnostics`; loading goes on so that one run reports all of them.
public enum SiteLoader {
    /// The path of the base URL in site.yml (`/` when it cannot be read), without loading the content.
    public static func basePath(root: URL) -> String {
        guard let config = SiteConfigLoader.load(root: root, diagnostics: Diagnostics()) else { return "/" }
        return URLs(baseURL: config.baseURL).basePath
    }

    /// `output` (the output folder) is never read as content, even when it is inside `content/`;
    /// `baseURL` (`--base-url`, checked by the caller) stands in for site.yml's.
    public static func load(root: URL, output: URL? = nil, baseURL: String? = nil, diagnostics: Diagnostics) -> Site? {
        guard let config = SiteConfigLoader.load(root: root, baseURL: baseURL, diagnostics: diagnostics) else { return nil }
        return load(root: root, config: config, output: output, diagnostics: diagnostics)
    }

    /// The content of the site whose `site.yml` gave `config`.
    static func load(root: URL, config: SiteConfig, output: URL? = nil, diagnostics: Diagnostics) -> Site {
        let contentRoot = root.appendingPathComponent("content")
        let boundary = SiteFolder(root)
        let listing = ContentFiles.scan(contentRoot, boundary: boundary,
                                        excluding: output.flatMap { SiteFolder.realPath($0.standardizedFileURL.path) }.map { [$0] } ?? [],
                                        skippingBuiltSites: true)
        for link in listing.outsideLinks {
            diagnostics.warning("content/" + link, .symlinkOutsideSite("content/" + link))
        }
        let files = listing.files
        let documentLoader = DocumentLoader(config: config, diagnostics: diagnostics)
        let languages = Set(config.languages.map(\.code))

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
            if parts.count == 2 && parts[0] == "projects" && ProjectListLoader.isOtherSpreadsheet(name) {
                diagnostics.warning(path, .spreadsheetNotRead(name))
            }
            guard name.hasSuffix(".md") || name.hasSuffix(".markdown") else {
                if let problem = ContentAsset.problem(contentRoot.appendingPathComponent(relative), path: path) {
                    diagnostics.error(path, problem)
                } else {
                    assets.append(relative)
                }
                continue
            }
            guard parts.count == 2 else {
                diagnostics.error(path, .markdownOutsideSeries())
                continue
            }
            let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : String(name.dropLast(9))
            guard let dot = stem.lastIndex(of: "."), languages.contains(String(stem[stem.index(after: dot)...])) else {
                let codes = config.languages.map(\.code)
                diagnostics.error(path, .fileNameWithoutLanguage(example: "\(stem.split(separator: ".").first ?? "name").\(codes[0]).md", languages: codes))
                continue
            }
            let slug = String(stem[..<dot])
            let language = String(stem[stem.index(after: dot)...])
            guard Identifier.isValidSlug(slug) else {
                diagnostics.error(path, .fileNameNotASlug(slug))
                continue
            }
            let kind: DocumentKind
            if parts[0] == "pages" {
                kind = .page
            } else if config.series(parts[0]) != nil {
                kind = .article(series: parts[0])
            } else {
                if !config.seriesHasErrors(parts[0]) {
                    diagnostics.error(path, .folderNotASeries(parts[0], known: config.series.map(\.key)))
                }
                continue
            }
            markdownJobs.append((relative, kind, slug, language))
        }

        let jobs = markdownJobs
        let loaded = Parallel.map(jobs.count) { index -> (Document?, UnpublishedBody?, ContentWithErrors?) in
            let job = jobs[index]
            let path = "content/" + job.relative
            guard let text = TextFile.read(contentRoot.appendingPathComponent(job.relative), path: path, within: boundary,
                                          diagnostics: diagnostics) else { return (nil, nil, nil) }
            if let document = documentLoader.load(text: text, path: path, kind: job.kind, fileSlug: job.slug, language: job.language) {
                return (document, nil, nil)
            }
            guard case .success(let front) = FrontMatter.split(text) else { return (nil, nil, nil) }
            let (slug, groups, cover) = DocumentLoader.readableParts(of: front, fileSlug: job.slug)
            let route: Route = job.kind.seriesKey.map { .article(job.language, series: $0, slug: slug) } ?? .page(job.language, slug: slug)
            return (nil, UnpublishedBody(sourcePath: path, body: front.body, bodyLine: front.bodyLine, cover: cover),
                    ContentWithErrors(pages: [route.segments.joined(separator: "/")], groups: Set(groups)))
        }
        let (lists, projectsWithErrors) = ProjectListLoader(config: config, diagnostics: diagnostics).load(contentRoot: contentRoot, files: listFiles)
        var site = Site(config: config, documents: loaded.compactMap(\.0), projectLists: lists, assetPaths: assets)
        site.unpublishedBodies = loaded.compactMap(\.1)
        site.withErrors = projectsWithErrors
        for parts in loaded.compactMap(\.2) {
            site.withErrors.pages.formUnion(parts.pages)
            site.withErrors.groups.formUnion(parts.groups)
        }
        SiteValidator(site: site, diagnostics: diagnostics).validate()
        return site
    }
}

/// Every file below a folder, as sorted relative paths; hidden files and folders and editors' backups are skipped.
/// Symbolic links are followed only when their real path is inside `boundary` (the site folder);
/// the others are listed in `outsideLinks` and never read. Folders reached twice through links are walked once.
/// Walks with readdir(3): Foundation's enumerator with resource values cost a second per 10,000 files.
struct ContentFiles {
    var files: [String] = []
    /// Relative paths of symbolic links that resolve outside the boundary (or do not resolve).
    var outsideLinks: [String] = []

    /// `boundary` defaults to the folder's parent (the site folder, for `content/`); `excluded` real paths
    /// (the output folder, when it is inside the content) are skipped, and with `skippingBuiltSites`
    /// so is any folder that holds a site Placard built (an earlier build's `--output content/public`).
    static func scan(_ root: URL, boundary: SiteFolder? = nil, excluding excluded: [String] = [],
                     skippingBuiltSites: Bool = false) -> ContentFiles {
        let folder = root.standardizedFileURL.path
        let boundary = boundary ?? SiteFolder(root.standardizedFileURL.deletingLastPathComponent())
        var walker = Walker(boundary: boundary, excluded: excluded, skippingBuiltSites: skippingBuiltSites)
        if let real = SiteFolder.realPath(folder), !boundary.contains(realPath: real) {
            walker.listing.outsideLinks = [""]
            return walker.listing
        }
        var info = stat()
        if stat(folder, &info) == 0 { walker.ancestors.insert(FileID(info)) }
        walker.walk(folder, prefix: "")
        var listing = walker.listing
        listing.files.sort()
        listing.outsideLinks.sort()
        return listing
    }

    static func list(_ root: URL) -> [String] {
        scan(root).files
    }

    /// Files and folders never read nor published: hidden ones (`.git`, vim's `.x.md.swp`) and editors' backup
    /// and autosave copies (`x.md~`, emacs's `#x.md#`), which hold the text of drafts too.
    static func isLeftOut(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || (name.count > 1 && name.hasPrefix("#") && name.hasSuffix("#"))
    }

    private struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64
        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// Whether `folder` holds what every build writes at its root: `robots.txt`, `sitemap.xml`,
    /// `index.html` and `404.html`. (HTML files are refused as content, so no content folder holds them.)
    static func isBuiltSite(_ folder: String) -> Bool {
        ["robots.txt", "sitemap.xml", "index.html", "404.html"].allSatisfy { access(folder + "/" + $0, F_OK) == 0 }
    }

    private struct Walker {
        let boundary: SiteFolder
        let excluded: [String]
        let skippingBuiltSites: Bool
        var listing = ContentFiles()
        /// The folders on the way down: a link back to one of them is a loop.
        var ancestors: Set<FileID> = []

        mutating func walk(_ folder: String, prefix: String) {
            guard let dir = opendir(folder) else { return }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                guard !ContentFiles.isLeftOut(name) else { continue }
                let path = folder + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFLNK {
                    guard let real = SiteFolder.realPath(path), boundary.contains(realPath: real), stat(path, &info) == 0 else {
                        listing.outsideLinks.append(prefix + name)
                        continue
                    }
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    let id = FileID(info)
                    guard !ancestors.contains(id) else { continue }
                    if !excluded.isEmpty, let real = SiteFolder.realPath(path), excluded.contains(real) { continue }
                    if skippingBuiltSites && ContentFiles.isBuiltSite(path) { continue }
                    ancestors.insert(id)
                    walk(path, prefix: prefix + name + "/")
                    ancestors.remove(id)
                case S_IFREG:
                    listing.files.append(prefix + name)
                default:
                    continue
                }
            }
        }
    }
}

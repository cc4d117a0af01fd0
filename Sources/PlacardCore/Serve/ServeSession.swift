import Foundation

/// What one rebuild of `placard serve` did.
public struct ServeRebuild: Sendable {
    /// Whether the served site is now the sources' (false: the last good site stays, with errors).
    public var succeeded: Bool
    /// The summary of a full build; nil for an update in place or a failed build.
    public var summary: BuildSummary?
    /// Files written by an update in place.
    public var updatedFiles = 0
    /// Languages whose search indexes still need `ServeSession.writeSearchIndexes`.
    public var searchLanguages: [String] = []
    /// The base URL's path of the site a full build made (`/zt/szsy/`): where it is served from now on.
    public var basePath: String?
}

/// The builds of `placard serve`: a full build first, then, for each batch of changed files, an update in
/// place of only what depends on them when that is possible (`BuiltSite.update`) and a full build otherwise:
/// site.yml, the theme, project lists, files added or removed, links, tags or translations that change, errors.
public struct ServeSession: Sendable {
    public let options: BuildOptions
    /// Whether each build's "now" is the time it starts (serve) or `options.now` (tests).
    public let followsClock: Bool
    private var built: BuiltSite?
    /// Source paths the last good build read: a path outside it that is gone (an editor's scratch file) changes nothing.
    private var known: Set<String> = []
    /// Writes the search indexes after updates, on its own thread (the caller calls `submitSearchIndexes` after each
    /// rebuild, once the reload event is out); without one the caller calls `writeSearchIndexes`.
    private let searchRefresher: SearchRefresher?
    /// Search index file → hash of the bytes `writeSearchIndexes` last wrote there.
    private var searchDigests: [String: Int] = [:]
    /// Languages reserved with the `SearchRefresher` whose documents `submitSearchIndexes` hands it.
    private var refresherLanguages: [String] = []
    /// Where serve answers (`http://127.0.0.1:1313`): each full build's base URL is it followed by the path of
    /// site.yml's `baseURL`, read again, so that a site whose `baseURL` path changes is served at the new path.
    private let origin: String?

    public init(options: BuildOptions, followsClock: Bool = true, searchRefresher: SearchRefresher? = nil, origin: String? = nil) {
        self.options = options
        self.followsClock = followsClock
        self.searchRefresher = searchRefresher
        self.origin = origin
    }

    private var now: Date { followsClock ? Date() : options.now }

    /// Builds after `changed` (paths relative to the site folder; nil: not known, which builds everything).
    public mutating func rebuild(changed: Set<String>?, diagnostics: Diagnostics) -> ServeRebuild {
        if let changed, var built {
            let relevant = changed.filter(isRelevant)
            if relevant.isEmpty { return ServeRebuild(succeeded: true) }
            if relevant.allSatisfy({ $0.hasPrefix("content/") && known.contains($0) }) {
                // Taken out of `self` while it changes, so that its arrays are changed in place, not copied.
                self.built = nil
                defer { self.built = built }
                switch built.update(changed: relevant, now: now, diagnostics: diagnostics) {
                case .updated(let files, let languages):
                    if let searchRefresher {
                        searchRefresher.reserve(languages)
                        refresherLanguages = languages
                        return ServeRebuild(succeeded: true, updatedFiles: files)
                    }
                    return ServeRebuild(succeeded: true, updatedFiles: files, searchLanguages: languages)
                case .needsFullBuild:
                    break
                }
            }
        }
        return fullBuild(diagnostics: diagnostics)
    }

    /// Whether a changed path can change the site: anything outside `content/`; below it a source the last good
    /// build read, a path that exists, or a folder that held such sources (a series folder moved out of the site,
    /// to the desktop's wastebasket for instance, is one event for the folder and none for its files).
    private func isRelevant(_ path: String) -> Bool {
        guard path.hasPrefix("content/"), !known.contains(path) else { return true }
        if FileManager.default.fileExists(atPath: options.source.appendingPathComponent(path).path) { return true }
        let folder = path + "/"
        return known.contains { $0.hasPrefix(folder) }
    }

    /// Hands the `SearchRefresher` the documents of the indexes the last update left out of date. Called
    /// after the reload event: making them takes tens of milliseconds at 10,000 articles, and until then the
    /// indexes count as pending (requests for them wait).
    public mutating func submitSearchIndexes() {
        guard let searchRefresher, !refresherLanguages.isEmpty else { return }
        searchRefresher.submit(built?.searchIndexSources(languages: refresherLanguages) ?? [])
        refresherLanguages = []
    }

    /// Brings the search indexes up to date after an update in place (when there is no `SearchRefresher`).
    public mutating func writeSearchIndexes(languages: [String], diagnostics: Diagnostics) {
        for source in built?.searchIndexSources(languages: languages) ?? [] {
            _ = source.write(digests: &searchDigests, diagnostics: diagnostics, until: { false })
        }
    }

    private mutating func fullBuild(diagnostics: Diagnostics) -> ServeRebuild {
        // A full build writes every file: nothing may write the search indexes meanwhile, nor trust what it wrote before.
        let previous = built
        let owed = searchRefresher?.stop() ?? []
        refresherLanguages = []
        searchDigests = [:]
        var options = self.options
        options.now = now
        if let origin { options.baseURL = origin + SiteLoader.basePath(root: options.source) }
        var kept: BuiltSite?
        let summary = Build.run(options, diagnostics: diagnostics, keep: { kept = $0 })
        kept?.indexDocuments()
        // A failed build leaves the last good site served, but its sources are no longer the ones on disk.
        built = kept
        if let site = kept?.site {
            // A CSV or Excel list's title is in the `<list>.yml` beside it.
            let listTitles = site.projectLists.map { ($0.sourcePath as NSString).deletingPathExtension + ".yml" }
            known = Set(["site.yml"] + site.documents.map(\.sourcePath) + site.assetPaths.map { "content/" + $0 }
                        + site.projectLists.map(\.sourcePath) + listTitles)
        }
        // A failed build leaves the last good site served: the indexes whose writing it stopped are written
        // again from that site, so that its pages never get older ones.
        if summary == nil, let previous, let searchRefresher, !owed.isEmpty {
            searchRefresher.submit(previous.searchIndexSources(languages: owed.sorted()))
        }
        return ServeRebuild(succeeded: summary != nil, summary: summary, basePath: kept?.urls.basePath)
    }
}

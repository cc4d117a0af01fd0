import Foundation

/// What one language's search index is written from, taken out of a built site: its documents, not the
/// site. Whoever writes it later holds none of the site's arrays, so an update meanwhile changes them in
/// place instead of copying them (at 10,000 articles the copy costs more than the update's pages).
struct SearchIndexSource: Sendable {
    let language: String
    let documents: [SearchDocument]
    let synonyms: [[String]]
    /// The index's files relative to the output folder start with this ("zh/").
    let folder: String
    let output: URL

    /// Writes the files whose bytes changed and removes those the index no longer has; false when `stopped`
    /// said to give up first (some files may then be new, some old). `digests`: file → hash of the bytes
    /// written there earlier in this process (a hash tells an unchanged file).
    func write(digests: inout [String: Int], diagnostics: Diagnostics, until stopped: @Sendable () -> Bool) -> Bool {
        let started = Date()
        guard let made = SearchIndexWriter.files(for: documents, language: language, synonyms: synonyms, until: stopped)
        else { return false }
        let files = made.map { OutputFile(path: folder + $0.path, data: $0.data) }
        let shards = folder + SearchIndexFormat.folder
        let keep = Set(files.map(\.path))
        let path = output.appendingPathComponent(shards).path
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where !keep.contains(shards + name) {
            try? FileManager.default.removeItem(atPath: path + "/" + name)
            digests[shards + name] = nil
        }
        var written = 0
        for file in files {
            if stopped() { return false }
            let digest = Self.digest(file.data)
            guard digests[file.path] != digest else { continue }
            do {
                try OutputFolder.write(file.data, to: file.path, in: output)
            } catch {
                diagnostics.error(folder + SearchIndexFormat.entryPath, .cannotWritePage(error.localizedDescription))
                return true
            }
            digests[file.path] = digest
            written += 1
        }
        Timing.note("search index", started: started, detail: "\(language): \(written) files written")
        return true
    }

    /// A hash of every byte (`Data.hashValue` looks at the first few only).
    private static func digest(_ data: Data) -> Int {
        var hasher = Hasher()
        data.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }
}

extension BuiltSite {
    /// The sources of the search indexes of `languages`.
    func searchIndexSources(languages: [String]) -> [SearchIndexSource] {
        languages.compactMap { code in
            guard let context = contexts[code] else { return nil }
            let path = Route.searchIndex(code).path
            return SearchIndexSource(
                language: code,
                documents: SearchJobs.documents(site: site, plan: plan, bodies: bodies, context: context, urls: urls),
                synonyms: site.config.searchSynonyms, folder: String(path.dropLast(SearchIndexFormat.entryPath.count)),
                output: options.output)
        }
    }
}

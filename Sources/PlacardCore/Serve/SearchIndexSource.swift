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

    /// Writes the files whose bytes changed, each as soon as it is made, then removes those the index no
    /// longer has; false when `stopped` said to give up first (some files may then be new, some old).
    /// `digests`: file → hash of the bytes written there earlier in this process (a hash tells an unchanged file).
    func write(digests: inout [String: Int], diagnostics: Diagnostics, until stopped: @Sendable () -> Bool) -> Bool {
        struct GaveUp: Error {}
        let started = Date()
        var keep: Set<String> = []
        var written = 0
        do {
            let made = try SearchIndexWriter.write(documents, language: language, synonyms: synonyms, until: stopped) { file in
                if stopped() { throw GaveUp() }
                let path = folder + file.path
                keep.insert(path)
                let digest = Self.digest(file.data)
                guard digests[path] != digest else { return }
                try OutputFolder.write(file.data, to: path, in: output)
                digests[path] = digest
                written += 1
            }
            guard made else { return false }
        } catch is GaveUp {
            return false
        } catch {
            diagnostics.error(folder + SearchIndexFormat.entryPath, .cannotWritePage(error.localizedDescription))
            return true
        }
        removeFiles(notIn: keep, from: folder + SearchIndexFormat.folder, digests: &digests)
        Timing.note("search index", started: started, detail: "\(language): \(written) files written")
        return true
    }

    /// Removes the files under `shards` (its kinds' folders, and files an older format kept
    /// beside them) that are not in `keep`, and a kind's folder left empty, as a full build
    /// would not make it.
    private func removeFiles(notIn keep: Set<String>, from shards: String, digests: inout [String: Int]) {
        let files = FileManager.default
        let root = output.appendingPathComponent(shards).path
        func remove(_ name: String) {
            try? files.removeItem(atPath: root + "/" + name)
            digests[shards + name] = nil
        }
        for name in (try? files.contentsOfDirectory(atPath: root)) ?? [] {
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: root + "/" + name, isDirectory: &isFolder), isFolder.boolValue else {
                if !keep.contains(shards + name) { remove(name) }
                continue
            }
            let inner = ((try? files.contentsOfDirectory(atPath: root + "/" + name)) ?? []).map { name + "/" + $0 }
            let stale = inner.filter { !keep.contains(shards + $0) }
            stale.forEach(remove)
            if stale.count == inner.count { try? files.removeItem(atPath: root + "/" + name) }
        }
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

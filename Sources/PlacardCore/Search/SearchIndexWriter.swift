import Foundation

/// One file of a language's search index, at `path` relative to the language's folder.
public struct SearchIndexFile: Sendable, Equatable {
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

/// Builds one language's search index files (format in `docs/search.md`). Deterministic:
/// the same documents, in any order, give byte-identical files.
public enum SearchIndexWriter {
    /// `synonyms`: site.yml's `search.synonyms`, written folded into the entry file for the
    /// query side (SPEC §7.5).
    public static func files(for documents: [SearchDocument], language: String, synonyms: [[String]] = []) -> [SearchIndexFile] {
        files(for: documents, language: language, synonyms: synonyms, until: { false })!
    }

    /// The same files, or nil as soon as `stopped` says they are no longer wanted (asked between stages
    /// and between documents: `placard serve` drops an index that a newer change makes old).
    static func files(for documents: [SearchDocument], language: String, synonyms: [[String]],
                      runs: SearchLongGrams.Policy = .automatic,
                      until stopped: @Sendable () -> Bool) -> [SearchIndexFile]? {
        var files: [SearchIndexFile] = []
        let made = write(documents, language: language, synonyms: synonyms, runs: runs, until: stopped) {
            files.append($0)
        }
        return made ? files : nil
    }

    /// Makes the files of `files(for:language:synonyms:)`, in the same order, handing each one to
    /// `write` as soon as it is made: only the dictionary and the file being made are held.
    /// Returns false when `stopped` said to give up (asked between stages and between documents).
    @discardableResult
    public static func write(_ documents: [SearchDocument], language: String, synonyms: [[String]] = [],
                             until stopped: @Sendable () -> Bool = { false },
                             to write: (SearchIndexFile) throws -> Void) rethrows -> Bool {
        try self.write(documents, language: language, synonyms: synonyms, runs: .automatic, until: stopped, to: write)
    }

    /// The same, `runs` saying which runs of Han characters are long grams (tests read runs
    /// from their triples on a small site with `.commonTriples`).
    static func write(_ documents: [SearchDocument], language: String, synonyms: [[String]], runs: SearchLongGrams.Policy,
                      until stopped: @Sendable () -> Bool, to write: (SearchIndexFile) throws -> Void) rethrows -> Bool {
        let docs = documents.sorted(by: SearchIndexWriter.order)
        guard try writeDictionary(ofSorted: docs, language: language, synonyms: synonyms, runs: runs, until: stopped, to: write),
              !stopped() else { return false }
        try writeDocumentShards(ofSorted: docs, to: write)
        return true
    }

    /// The two halves of `write`, which a build makes as jobs of their own, of documents already in
    /// `order`: the entry file and the dictionary's shards (terms, positions, lists), which hold the
    /// longest work of a build, and the documents' shards (metas and bodies, `writeDocumentShards`),
    /// which need only the documents and so are made beside it instead of at its end.
    static func writeDictionary(ofSorted documents: [SearchDocument], language: String, synonyms: [[String]],
                                to write: (SearchIndexFile) throws -> Void) rethrows {
        _ = try writeDictionary(ofSorted: documents, language: language, synonyms: synonyms, runs: .automatic,
                                until: { false }, to: write)
    }

    /// The entry file and the dictionary's shards of `docs`, in document id order.
    private static func writeDictionary(ofSorted docs: [SearchDocument], language: String, synonyms: [[String]],
                                        runs: SearchLongGrams.Policy, until stopped: @Sendable () -> Bool,
                                        to write: (SearchIndexFile) throws -> Void) rethrows -> Bool {
        // One run of documents per core, merged in order.
        let parts = docs.count >= 256 ? min(Parallel.width, docs.count / 128) : 1
        let builders = Parallel.map(parts) { part in
            let builder = SearchPostingsBuilder()
            let range = (docs.count * part / parts)..<(docs.count * (part + 1) / parts)
            for d in range {
                if stopped() { break }
                builder.add(segments: segments(of: docs[d]))
            }
            return builder
        }
        guard !stopped() else { return false }
        let terms = SearchTermTable(builders: builders, documents: docs, runs: runs)
        guard !stopped() else { return false }
        let (positions, lists) = Parallel.both({ terms.positionShards() }, { terms.listShards() })
        let termShards = terms.termShards(positions: positions.locations, lists: lists.locations)
        guard !stopped() else { return false }

        try write(SearchIndexFile(path: SearchIndexFormat.entryPath,
                                  data: Data(entry(language: language, documents: docs, termShards: termShards.firstKeys,
                                                   positionShards: positions.shards.count, everyRun: terms.everyRun, synonyms: synonyms,
                                                   pinyin: terms.terms.contains { SearchPinyinTerms.isPinyin($0.key) }).utf8)))
        // Every kind of shard is made (and gzipped) on every core, a batch at a time, and written in order.
        try writeShards(termShards.shards.count, path: SearchIndexFormat.termShardPath, to: write) {
            SearchGzip.compress(terms.termShard(termShards.shards[$0], positions: positions.locations, lists: lists.locations))
        }
        try writeShards(positions.shards.count, path: SearchIndexFormat.positionShardPath, to: write) {
            Data(terms.positionShard($0, positions))
        }
        try writeShards(lists.shards.count, path: SearchIndexFormat.listShardPath, to: write) {
            SearchGzip.compress(terms.terms[lists.shards[$0].lowerBound].postings)
        }
        return true
    }

    /// The meta and body shards of `docs`, in document id order.
    static func writeDocumentShards(ofSorted docs: [SearchDocument], to write: (SearchIndexFile) throws -> Void) rethrows {
        try writeShards(of: docs, per: docsPerMetaShard(docs.count), path: SearchIndexFormat.metaShardPath, to: write) {
            SearchGzip.compress(metaShard($0))
        }
        try writeShards(of: docs, per: docsPerBodyShard(docs.count), path: SearchIndexFormat.bodyShardPath, to: write) {
            var json = SearchJSONWriter()
            json.beginArray()
            for doc in $0 { json.string(doc.body) }
            json.endArray()
            return SearchGzip.compress(json.bytes)
        }
    }

    /// Shards of `per` documents each (the last may hold fewer), each made by `make` from its slice of `docs`.
    private static func writeShards(of docs: [SearchDocument], per: Int, path: (Int) -> String,
                                    to write: (SearchIndexFile) throws -> Void,
                                    make: @Sendable (ArraySlice<SearchDocument>) -> Data) rethrows {
        try writeShards((docs.count + per - 1) / per, path: path, to: write) {
            make(docs[$0 * per..<min(($0 + 1) * per, docs.count)])
        }
    }

    /// Shards `0..<count`, made by `make` on every core a batch at a time and handed to `write`
    /// in order, so that a build holds one batch of files at a time.
    private static func writeShards(_ count: Int, path: (Int) -> String, to write: (SearchIndexFile) throws -> Void,
                                    make: @Sendable (Int) -> Data) rethrows {
        let batch = 32 * Parallel.width
        for first in stride(from: 0, to: count, by: batch) {
            let made = Parallel.map(min(batch, count - first)) { make(first + $0) }
            for (k, data) in made.enumerated() { try write(SearchIndexFile(path: path(first + k), data: data)) }
        }
    }

    /// Document ids: newest first, then by URL, so ties in ranking go to newer documents.
    static func order(_ a: SearchDocument, _ b: SearchDocument) -> Bool {
        if a.date != b.date { return a.date > b.date }
        if a.url != b.url { return a.url < b.url }
        if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
        return a.title < b.title
    }

    static func segments(of doc: SearchDocument) -> [(SearchIndexFormat.Field, String)] {
        var segments: [(SearchIndexFormat.Field, String)] = [(.title, doc.title), (.summary, doc.summary), (.body, doc.body),
                                                            (.meta, doc.organizer), (.meta, doc.region)]
        for name in doc.groupNames { segments.append((.meta, name)) }
        for tag in doc.tags { segments.append((.meta, tag)) }
        return segments
    }

    /// Documents per shard: at least `minimum` (fewer, fuller files on small sites), and enough that
    /// the shards stay under `cap`.
    static func perShard(_ count: Int, cap: Int, minimum: Int = 1) -> Int {
        max(minimum, (count + cap - 1) / cap)
    }

    /// Documents per meta shard and per body shard of an index of `count` documents (the entry
    /// file tells the page, which finds a document's shard by dividing).
    static func docsPerMetaShard(_ count: Int) -> Int {
        perShard(count, cap: SearchIndexFormat.maxMetaShards, minimum: SearchIndexFormat.minDocsPerMetaShard)
    }

    static func docsPerBodyShard(_ count: Int) -> Int {
        perShard(count, cap: SearchIndexFormat.maxBodyShards, minimum: SearchIndexFormat.minDocsPerBodyShard)
    }

    /// Synonym groups as the query side compares them: folded, each word one query chunk,
    /// repeats dropped, groups of fewer than two words left out.
    static func foldedSynonyms(_ groups: [[String]]) -> [[String]] {
        let folder = SearchFolder()
        return groups.compactMap { group in
            var words: [String] = []
            var seen = Set<String>()
            for word in group.map(folder.foldedString) where SearchQuery(word, folder: folder).chunks.count == 1 && seen.insert(word).inserted {
                words.append(word)
            }
            return words.count >= 2 ? words : nil
        }
    }

    private static func entry(language: String, documents: [SearchDocument], termShards: [String], positionShards: Int,
                              everyRun: Bool, synonyms: [[String]], pinyin: Bool) -> String {
        var json = SearchJSONWriter()
        json.beginObject()
        json.field("format", "placard-search")
        json.field("version", SearchIndexFormat.version)
        json.field("language", language)
        json.field("documents", documents.count)
        json.key("terms")
        json.beginObject()
        json.field("keys", SearchShardKeys.encode(termShards))
        json.endObject()
        json.field("positionShards", positionShards)
        json.field("docsPerMetaShard", docsPerMetaShard(documents.count))
        json.field("docsPerBodyShard", docsPerBodyShard(documents.count))
        // Every run of 4 to `maxLongGram` Han characters is a long gram: a run without one occurs nowhere.
        if everyRun { json.field("everyRun", true) }
        json.key("filters")
        json.beginObject()
        json.field("kind", strings: Array(Set(documents.map(\.kind.rawValue))).sorted())
        json.field("series", strings: Array(Set(documents.compactMap(\.series))).sorted())
        json.field("group", strings: Array(Set(documents.flatMap(\.groups))).sorted())
        json.endObject()
        // The syllables a pinyin query is cut into, when the index has pinyin terms.
        if pinyin { json.field("pinyin", strings: Pinyin.syllables) }
        let folded = foldedSynonyms(synonyms)
        if !folded.isEmpty {
            json.key("synonyms")
            json.beginArray()
            for group in folded {
                json.beginArray()
                for word in group { json.string(word) }
                json.endArray()
            }
            json.endArray()
        }
        json.endObject()
        return json.text + "\n"
    }

    private static func metaShard(_ docs: ArraySlice<SearchDocument>) -> [UInt8] {
        var json = SearchJSONWriter()
        json.beginArray()
        for doc in docs {
            json.beginObject()
            json.field("url", doc.url)
            json.field("title", doc.title)
            json.field("kind", doc.kind.rawValue)
            if !doc.date.isEmpty { json.field("date", doc.date) }
            if let series = doc.series { json.field("series", series) }
            if !doc.groups.isEmpty { json.field("groups", strings: doc.groups) }
            if !doc.groupNames.isEmpty { json.field("groupNames", strings: doc.groupNames) }
            if !doc.tags.isEmpty { json.field("tags", strings: doc.tags) }
            if !doc.organizer.isEmpty { json.field("organizer", doc.organizer) }
            if !doc.region.isEmpty { json.field("region", doc.region) }
            if !doc.summary.isEmpty { json.field("summary", doc.summary) }
            json.endObject()
        }
        json.endArray()
        return json.bytes
    }
}

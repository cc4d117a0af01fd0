import Foundation
@testable import PlacardCore

/// Helpers for the search tests: in-memory indexes, the generated corpus's location,
/// and a brute-force oracle that knows nothing of the index.
enum SearchTestSupport {
    /// The repository root (three levels above this file).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's corpus generator (`tools/gen-corpus.py`).
    static let corpusGenerator = repositoryRoot.appendingPathComponent("tools/gen-corpus.py")

    /// An engine over the index of `documents`, read from memory. `runs`: which runs are long
    /// grams (`.commonTriples`: runs of rare triples are read from their cover, as on a large site).
    static func engine(_ documents: [SearchDocument], language: String = "zh", synonyms: [[String]] = [],
                       runs: SearchLongGrams.Policy = .automatic) throws -> SearchEngine {
        let files = files(documents, language: language, synonyms: synonyms, runs: runs)
        var byPath: [String: Data] = [:]
        for f in files { byPath[f.path] = f.data }
        let reader = try SearchIndexReader { path in
            guard let data = byPath[path] else { throw SearchIndexError.missing(path) }
            return data
        }
        return SearchEngine(reader: reader)
    }

    /// The index files of `documents`.
    static func files(_ documents: [SearchDocument], language: String = "zh", synonyms: [[String]] = [],
                      runs: SearchLongGrams.Policy = .automatic) -> [SearchIndexFile] {
        SearchIndexWriter.files(for: documents, language: language, synonyms: synonyms, runs: runs, until: { false })!
    }

    /// URLs of the hits, best first.
    static func urls(_ engine: SearchEngine, _ query: String, filters: SearchFilters = SearchFilters()) throws -> [String] {
        try engine.search(query, filters: filters).map { try engine.reader.meta($0.doc).url }
    }

    static func temporaryDirectory(_ name: String) throws -> URL {
        try makeTestFolder(name)
    }

    static func write(_ files: [SearchIndexFile], to directory: URL) throws {
        for file in files {
            let url = directory.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.data.write(to: url)
        }
    }
}

/// The matching rule of `docs/search.md` applied by brute force to the folded text of every
/// field: a document matches when each chunk of the query occurs in one field, starting and
/// ending on word boundaries where it starts or ends with a letter or digit (the end of a
/// final prefix excepted).
enum SearchOracle {
    static func fields(_ doc: SearchDocument) -> [String] {
        [doc.title, doc.summary, doc.body, doc.organizer, doc.region] + doc.groupNames + doc.tags
    }

    static func matches(_ query: String, _ doc: SearchDocument, folder: SearchFolder) -> Bool {
        let parsed = SearchQuery(query, folder: folder)
        if parsed.isEmpty { return false }
        let folded = fields(doc).map { folder.fold($0) }
        return parsed.chunks.allSatisfy { chunk in
            let needle = Array(chunk.units.map(\.text).joined().unicodeScalars)
            return folded.contains { occurs(needle, in: $0, prefix: chunk.prefix) }
        }
    }

    static func isWord(_ s: Unicode.Scalar) -> Bool { SearchScalarClass(s) == .word }

    static func occurs(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], prefix: Bool) -> Bool {
        guard !needle.isEmpty, needle.count <= hay.count else { return false }
        let startsWord = isWord(needle[0]), endsWord = isWord(needle[needle.count - 1])
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) {
                let startOK = !startsWord || i == 0 || !isWord(hay[i - 1])
                let end = i + needle.count
                let endOK = !endsWord || prefix || end == hay.count || !isWord(hay[end])
                if startOK && endOK { return true }
            }
            i += 1
        }
        return false
    }

    static func expected(_ query: String, _ docs: [SearchDocument]) -> Set<String> {
        let folder = SearchFolder()
        return Set(docs.filter { matches(query, $0, folder: folder) }.map(\.url))
    }
}

/// The oracle over many queries: folds every field once.
final class SearchOracleCorpus {
    let docs: [SearchDocument]
    let folded: [[[Unicode.Scalar]]]
    let folder = SearchFolder()

    init(_ docs: [SearchDocument]) {
        self.docs = docs
        let folder = self.folder
        folded = docs.map { doc in SearchOracle.fields(doc).map { folder.fold($0) } }
    }

    func expected(_ query: String) -> Set<String> {
        let parsed = SearchQuery(query, folder: folder)
        if parsed.isEmpty { return [] }
        let needles = parsed.chunks.map { (Array($0.units.map(\.text).joined().unicodeScalars), $0.prefix) }
        var result = Set<String>()
        for (i, fields) in folded.enumerated()
        where needles.allSatisfy({ needle in fields.contains { SearchOracle.occurs(needle.0, in: $0, prefix: needle.1) } }) {
            result.insert(docs[i].url)
        }
        return result
    }
}


import Foundation

/// A file of a language's search index, path relative to the language folder.
public struct SearchIndexFile: Sendable {
    public var path: String
    public var data: Data
}

/// Placeholder until the search index lands: writes the documents as they are.
public enum SearchIndexWriter {
    public static func files(for documents: [SearchDocument], language: String) -> [SearchIndexFile] {
        let list = documents.map { ["url": $0.url, "title": $0.title, "kind": $0.kind.rawValue] }
        let data = (try? JSONSerialization.data(withJSONObject: ["documents": list], options: [.sortedKeys])) ?? Data()
        return [SearchIndexFile(path: "search-index.json", data: data)]
    }
}

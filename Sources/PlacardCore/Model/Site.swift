import Foundation

/// A loaded site: settings, every content file, every project list, and the other files to copy.
public struct Site: Sendable {
    public var config: SiteConfig
    public var documents: [Document]
    public var projectLists: [ProjectList]
    /// Paths relative to `content/` of files copied as they are (images, PDFs, ...).
    public var assetPaths: [String]

    public init(config: SiteConfig, documents: [Document] = [], projectLists: [ProjectList] = [], assetPaths: [String] = []) {
        self.config = config
        self.documents = documents
        self.projectLists = projectLists
        self.assetPaths = assetPaths
    }

    public var projects: [Project] { projectLists.flatMap(\.projects) }

    /// Empties every document's Markdown, once it is rendered and nothing will render it again
    /// (a build that no `serve` keeps): a large site's Markdown is not held while its pages
    /// and search indexes are made.
    mutating func forgetMarkdown() {
        for i in documents.indices { documents[i].body = "" }
    }
}

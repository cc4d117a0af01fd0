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
}

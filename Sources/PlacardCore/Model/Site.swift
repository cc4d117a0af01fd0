import Foundation

/// A loaded site: settings, every content file, every project list, and the other files to copy.
public struct Site: Sendable {
    public var config: SiteConfig
    public var documents: [Document]
    public var projectLists: [ProjectList]
    /// Paths relative to `content/` of files copied as they are (images, PDFs, ...).
    public var assetPaths: [String]
    /// The Markdown of files whose front matter has errors: not published, but their links are
    /// still checked, so that one run reports every problem.
    var unpublishedBodies: [UnpublishedBody] = []
    /// What content with errors would have made: one mistake gives one error, so links to these
    /// pages and the groups they name are not reported a second time.
    var withErrors = ContentWithErrors()

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

/// The body of a Markdown file that is not published because its front matter has errors.
struct UnpublishedBody: Sendable {
    var sourcePath: String
    var body: String
    /// The file line of the body's first line.
    var bodyLine: Int
    /// `cover:` as written and its line, when the front matter could be read that far.
    var cover: (text: String, line: Int)? = nil
}

/// The pages and groups of files and projects left out for errors, as far as they can be read.
struct ContentWithErrors: Sendable {
    /// Site paths of the pages they would have made (`zh/elderly/custom`, `zh/projects/bad-one`).
    var pages: Set<String> = []
    /// Group keys they name.
    var groups: Set<String> = []
    /// Whether a project list, or part of one, could not be read at all: its projects' ids are
    /// unknown, so no link to a project page is reported as pointing at nothing.
    var projectsLost = false
}

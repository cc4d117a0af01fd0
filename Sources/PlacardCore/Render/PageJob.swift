import Foundation

/// A file to write, path relative to the site root.
struct OutputFile: Sendable {
    let path: String
    let data: Data
}

/// One unit of output work (a page, a feed, a language's search index): made and written by
/// whichever thread picks it up.
struct PageJob: Sendable {
    /// The main output path (`zh/elderly/phone-class/index.html`).
    let path: String
    /// The page's entry in the sitemap, if it has one.
    let sitemap: SitemapEntry?
    let make: @Sendable () throws -> [OutputFile]

    init(path: String, sitemap: SitemapEntry?, files: @escaping @Sendable () throws -> [OutputFile]) {
        self.path = path
        self.sitemap = sitemap
        self.make = files
    }

    /// A job that makes the one file at `path`.
    init(path: String, sitemap: SitemapEntry?, make: @escaping @Sendable () throws -> Data) {
        self.init(path: path, sitemap: sitemap) { [OutputFile(path: path, data: try make())] }
    }
}

/// A page in the sitemap: its absolute URL, alternates, and last change.
struct SitemapEntry: Sendable {
    let location: String
    let alternates: [(hreflang: String, href: String)]
    let lastModified: String?
}

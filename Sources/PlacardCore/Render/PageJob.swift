import Foundation

/// A file to write, path relative to the site root.
struct OutputFile: Sendable {
    let path: String
    let data: Data
}

/// One unit of output work (a page, a feed, the search indexes): made and written by whichever
/// thread picks it up.
struct PageJob: Sendable {
    /// The main output path (`zh/elderly/phone-class/index.html`).
    let path: String
    /// Other files the job makes that a link may name (the search index entries of further languages).
    let otherPaths: [String]
    /// The page's entry in the sitemap, if it has one.
    let sitemap: SitemapEntry?
    /// Makes the job's files, handing each one to `write` as soon as it is made (a job of many
    /// files, such as a search index, never holds them all).
    let run: @Sendable (_ write: (OutputFile) throws -> Void) throws -> Void

    init(path: String, otherPaths: [String] = [], sitemap: SitemapEntry?,
         writing run: @escaping @Sendable (_ write: (OutputFile) throws -> Void) throws -> Void) {
        self.path = path
        self.otherPaths = otherPaths
        self.sitemap = sitemap
        self.run = run
    }

    /// A job that makes the one file at `path`.
    init(path: String, sitemap: SitemapEntry?, make: @escaping @Sendable () throws -> Data) {
        self.init(path: path, sitemap: sitemap) { write in try write(OutputFile(path: path, data: try make())) }
    }

    /// Every file the job makes, in the order it makes them.
    func make() throws -> [OutputFile] {
        var files: [OutputFile] = []
        try run { files.append($0) }
        return files
    }
}

/// A page in the sitemap: its absolute URL, alternates, and last change.
struct SitemapEntry: Sendable {
    let location: String
    let alternates: [(hreflang: String, href: String)]
    let lastModified: String?
}

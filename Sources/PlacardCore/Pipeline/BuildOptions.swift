import Foundation

/// Everything a build needs to know from outside the site folder.
public struct BuildOptions: Sendable {
    /// The site folder (holds `site.yml`).
    public var source: URL
    /// Where the site is written; replaced as a whole when the build succeeds.
    public var output: URL
    /// Overrides `baseURL` in site.yml.
    public var baseURL: String?
    public var includeDrafts: Bool
    public var includeFuture: Bool
    /// The build's "now": what is future, what status a project has.
    public var now: Date
    /// Overrides `theme` in site.yml.
    public var theme: String?

    public init(source: URL, output: URL? = nil, baseURL: String? = nil, includeDrafts: Bool = false,
                includeFuture: Bool = false, now: Date = Date(), theme: String? = nil) {
        self.source = source
        self.output = output ?? source.appendingPathComponent("public")
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.now = now
        self.theme = theme
    }

    /// Parses `--now`: `YYYY-MM-DD` (the start of that day, UTC) or RFC 3339.
    public static func parseNow(_ text: String) -> Date? {
        ContentDate.parse(text)?.instant
    }
}

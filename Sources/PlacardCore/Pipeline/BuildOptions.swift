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
    /// The calendar day `--now` names where it was written (`2025-03-02T01:00:00+08:00` is 2 March),
    /// for project status; without it, the day of `now` in UTC.
    public var nowDay: Day?
    public var today: Day { nowDay ?? Day(now) }
    /// Overrides `theme` in site.yml.
    public var theme: String?
    /// Prints each stage's wall and CPU time to stderr when the build ends (`placard build --timings`).
    public var timings: Bool

    public init(source: URL, output: URL? = nil, baseURL: String? = nil, includeDrafts: Bool = false,
                includeFuture: Bool = false, now: Date = Date(), theme: String? = nil, timings: Bool = false) {
        self.source = source
        self.output = output ?? source.appendingPathComponent("public")
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.now = now
        self.theme = theme
        self.timings = timings
    }

    /// Parses `--now`: `YYYY-MM-DD` (the start of that day, UTC) or RFC 3339.
    public static func parseNow(_ text: String) -> Date? {
        ContentDate.parse(text)?.instant
    }

    /// The calendar day `--now` names, as written.
    public static func parseNowDay(_ text: String) -> Day? {
        ContentDate.parse(text)?.day
    }

    /// What is wrong with `--theme NAME`, or nil when it can name a folder in `themes/`.
    public static func themeProblem(_ name: String) -> Message? {
        Identifier.isThemeName(name) ? nil : .themeName(name)
    }
}

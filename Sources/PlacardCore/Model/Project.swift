/// Who runs a project.
public enum OrganizerType: String, CaseIterable, Hashable, Sendable {
    case department, city, base, association, enterprise
}

/// Where a project stands on the build's "now" (SPEC §6: the `end` day is still ongoing).
public enum ProjectStatus: String, CaseIterable, Hashable, Sendable {
    case planned, ongoing, finished

    public init(start: Day, end: Day?, now: Day) {
        if now < start {
            self = .planned
        } else if let end, end < now {
            self = .finished
        } else {
            self = .ongoing
        }
    }
}

/// One campaign project from a project list.
public struct Project: Sendable, Hashable {
    public var id: String
    public var title: LocalizedText
    public var organizer: LocalizedText
    public var organizerType: OrganizerType
    public var series: String
    public var groups: [String]
    public var region: LocalizedText
    public var start: Day
    public var end: Day?
    public var reach: Int?
    public var summary: LocalizedText
    /// Markdown, per language.
    public var body: LocalizedText?
    public var link: String?
    /// The key of the list it belongs to (the list file's name without extension).
    public var listKey: String
    /// Path relative to the site folder of the file the project was read from.
    public var sourcePath: String
    /// Line (YAML) or row's first line (CSV) in that file.
    public var line: Int
    /// Where each language's body is written (`""`: one body for every language), for reporting a
    /// link in it on its own line; a body not in it is placed at `line`.
    public var bodyPlaces: [String: TextPlace]

    public init(id: String, title: LocalizedText, organizer: LocalizedText, organizerType: OrganizerType,
                series: String, groups: [String] = [], region: LocalizedText = .init(), start: Day, end: Day? = nil,
                reach: Int? = nil, summary: LocalizedText = .init(), body: LocalizedText? = nil, link: String? = nil,
                listKey: String, sourcePath: String, line: Int, bodyPlaces: [String: TextPlace] = [:]) {
        self.id = id
        self.title = title
        self.organizer = organizer
        self.organizerType = organizerType
        self.series = series
        self.groups = groups
        self.region = region
        self.start = start
        self.end = end
        self.reach = reach
        self.summary = summary
        self.body = body
        self.link = link
        self.listKey = listKey
        self.sourcePath = sourcePath
        self.line = line
        self.bodyPlaces = bodyPlaces
    }

    public func status(now: Day) -> ProjectStatus { ProjectStatus(start: start, end: end, now: now) }
}

/// Where a text written inside a project list starts.
public struct TextPlace: Sendable, Hashable {
    /// The file line of the text's first line.
    public var line: Int
    /// Whether the text's lines are the file's lines from there on (a YAML `|` block); if not (a
    /// folded or quoted value, a spreadsheet cell), `line` stands for the whole text.
    public var linesFollow: Bool

    public init(line: Int, linesFollow: Bool) {
        self.line = line
        self.linesFollow = linesFollow
    }
}

/// A project list file (`content/projects/<key>.yml` or `.csv`).
public struct ProjectList: Sendable, Hashable {
    public var key: String
    public var title: LocalizedText
    public var sourcePath: String
    public var projects: [Project]

    public init(key: String, title: LocalizedText, sourcePath: String, projects: [Project]) {
        self.key = key
        self.title = title
        self.sourcePath = sourcePath
        self.projects = projects
    }
}

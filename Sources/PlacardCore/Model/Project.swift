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

    public init(id: String, title: LocalizedText, organizer: LocalizedText, organizerType: OrganizerType,
                series: String, groups: [String] = [], region: LocalizedText = .init(), start: Day, end: Day? = nil,
                reach: Int? = nil, summary: LocalizedText = .init(), body: LocalizedText? = nil, link: String? = nil,
                listKey: String, sourcePath: String, line: Int) {
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
    }

    public func status(now: Day) -> ProjectStatus { ProjectStatus(start: start, end: end, now: now) }
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

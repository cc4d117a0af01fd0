// Models of the lists pages share: a series link, pagination, a card, a project row.

/// A series as a page links it (`series`, `article.series`, `project.series`).
struct SeriesLink: TemplateModel {
    let key: String
    let title: String
    let url: String
    let accent: Int
    /// Only on the series' own pages.
    var description: String? = nil
    var feed: String? = nil

    func child(named name: String) -> Any? {
        switch name {
        case "key": return key
        case "title": return title
        case "url": return url
        case "accent": return accent
        case "description": return description
        case "feed": return feed
        default: return nil
        }
    }
}

/// `pagination`: the page list of a paginated series.
struct PaginationModel: TemplateModel {
    let current: Int
    let total: Int
    let show: Bool
    let label: String
    @BoxedList var pages: [PageLink]
    let newer: String?
    let older: String?

    func child(named name: String) -> Any? {
        switch name {
        case "current": return current
        case "total": return total
        case "show": return show
        case "label": return label
        case "pages": return $pages
        case "newer": return newer
        case "older": return older
        default: return nil
        }
    }
}

/// A page number in the page list, or a gap (`gap`, and no other key).
struct PageLink: TemplateModel {
    /// nil for a gap.
    let number: Int?
    let url: String
    let current: Bool

    func child(named name: String) -> Any? {
        guard let number else { return name == "gap" ? true : nil }
        switch name {
        case "number": return number
        case "url": return url
        case "current": return current
        default: return nil
        }
    }
}

/// An entry's card (the theme's `card` partial).
struct CardModel: TemplateModel {
    let title: String
    let url: String
    let summary: String
    let kind: String
    let date: String?
    let dateISO: String?
    let series: [String: String]?
    let cover: String?

    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "url": return url
        case "summary": return summary
        case "kind": return kind
        case "date": return date
        case "dateISO": return dateISO
        case "series": return series
        case "cover": return cover
        default: return nil
        }
    }
}

/// A project's row in lists (`project-row`), and with `html` and `list` its own page's `project`.
struct ProjectRowModel: TemplateModel {
    let id: String
    let title: String
    let url: String
    let summary: String
    let organizer: String
    let organizerType: String
    let organizerTypeLabel: String
    let series: [String: String]
    let seriesKey: String
    let groupKeys: String
    let groups: [[String: String]]
    let hasGroups: Bool
    let region: String
    let regionKey: String
    let status: String
    let statusLabel: String
    let start: String
    let startISO: String
    let end: String?
    let endISO: String?
    /// Field → locale, for a field shown in another language (`titleLang`, `summaryLang`, ...).
    let languages: [String: String]
    let reach: String?
    let reachText: String?
    let link: String?
    /// Only on the project's own page: its rendered body and its list's title.
    var html: String? = nil
    var list: String? = nil

    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "url": return url
        case "summary": return summary
        case "organizer": return organizer
        case "organizerType": return organizerType
        case "organizerTypeLabel": return organizerTypeLabel
        case "series": return series
        case "seriesKey": return seriesKey
        case "groupKeys": return groupKeys
        case "groups": return groups
        case "hasGroups": return hasGroups
        case "region": return region
        case "regionKey": return regionKey
        case "status": return status
        case "statusLabel": return statusLabel
        case "start": return start
        case "startISO": return startISO
        case "end": return end
        case "endISO": return endISO
        case "kind": return "project"
        case "reach": return reach
        case "reachText": return reachText
        case "link": return link
        case "html": return html
        case "list": return list
        case "titleLang", "summaryLang", "organizerLang", "regionLang": return languages[String(name.dropLast(4))]
        default: return nil
        }
    }
}

/// `figures`: project counts, reach and charts.
struct FiguresModel: TemplateModel {
    let hasProjects: Bool
    let count: String
    let countText: String
    let reach: String
    let reachText: String
    /// Status, label and count of each project status.
    let statuses: [[String: String]]
    @BoxedList var charts: [ChartModel]

    func child(named name: String) -> Any? {
        switch name {
        case "hasProjects": return hasProjects
        case "count": return count
        case "countText": return countText
        case "reach": return reach
        case "reachText": return reachText
        case "statuses": return statuses
        case "charts": return $charts
        default: return nil
        }
    }
}

/// A bar chart as SVG, with its numbers as table rows (label, value).
struct ChartModel: TemplateModel {
    let title: String
    let svg: String
    let rows: [[String: String]]

    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "svg": return svg
        case "rows": return rows
        default: return nil
        }
    }
}

// The own keys of each page template (`docs/theme.md` lists them). List items (`html`, `title`,
// `url`, `date`) are records of strings.

/// `home`.
struct HomePage: TemplateModel {
    @BoxedList var seriesCards: [SeriesCard]
    let newest: [[String: String]]
    @Boxed var figures: FiguresModel

    func child(named name: String) -> Any? {
        switch name {
        case "seriesCards": return $seriesCards
        case "newest": return newest
        case "figures": return $figures
        default: return nil
        }
    }
}

/// A series on the home page, with its newest articles.
struct SeriesCard: TemplateModel {
    let key: String
    let title: String
    let description: String
    let url: String
    let count: Int
    let articles: [[String: String]]
    let accent: Int
    let moreText: String

    func child(named name: String) -> Any? {
        switch name {
        case "key": return key
        case "title": return title
        case "description": return description
        case "url": return url
        case "count": return count
        case "articles": return articles
        case "hasArticles": return !articles.isEmpty
        case "accent": return accent
        case "moreText": return moreText
        default: return nil
        }
    }
}

/// `series`: one page of a series' articles, and on page 1 its projects.
struct SeriesPage: TemplateModel {
    @Boxed var series: SeriesLink
    let items: [[String: String]]
    @Boxed var pagination: PaginationModel
    let projects: [[String: String]]
    let hasProjects: Bool
    /// Link and text to the directory filtered by the series, when it has more projects than the page shows.
    let moreProjects: [String: String]?

    func child(named name: String) -> Any? {
        switch name {
        case "series": return $series
        case "items": return items
        case "hasItems": return !items.isEmpty
        case "pagination": return $pagination
        case "projects": return projects
        case "hasProjects": return hasProjects
        case "moreProjects": return moreProjects ?? false
        default: return nil
        }
    }
}

/// `article`.
struct ArticlePage: TemplateModel {
    @Boxed var article: ArticleModel
    let more: [[String: String]]
    let qr: String

    func child(named name: String) -> Any? {
        switch name {
        case "article": return $article
        case "more": return more
        case "hasMore": return !more.isEmpty
        case "qr": return qr
        default: return nil
        }
    }
}

struct ArticleModel: TemplateModel {
    let title: String
    let html: String
    let summary: String
    let readingTime: String
    @Boxed var series: SeriesLink
    let groups: [[String: String]]
    let tags: [[String: String]]
    let date: String?
    let dateISO: String?
    let source: String?
    let region: String?
    let cover: String?

    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "html": return html
        case "summary": return summary
        case "readingTime": return readingTime
        case "series": return $series
        case "groups": return groups
        case "tags": return tags
        case "hasTaxonomy": return !groups.isEmpty || !tags.isEmpty
        case "hasGroups": return !groups.isEmpty
        case "hasTags": return !tags.isEmpty
        case "date": return date
        case "dateISO": return dateISO
        case "source": return source
        case "region": return region
        case "cover": return cover
        default: return nil
        }
    }
}

/// `page`: a standalone page (`entry`: title, html, summary).
struct EntryPage: TemplateModel {
    let entry: [String: String]

    func child(named name: String) -> Any? { name == "entry" ? entry : nil }
}

/// `term`: a group's or a tag's page. The newest articles are cards (`items`), older ones dated
/// links (`earlier`).
struct TermPage: TemplateModel {
    /// name, heading, kind (`group` or `tag`).
    let term: [String: String]
    let items: [[String: String]]
    let earlier: [[String: String]]
    let projects: [[String: String]]

    func child(named name: String) -> Any? {
        switch name {
        case "term": return term
        case "items": return items
        case "hasItems": return !items.isEmpty
        case "earlier": return earlier
        case "hasEarlier": return !earlier.isEmpty
        case "projects": return projects
        case "hasProjects": return !projects.isEmpty
        default: return nil
        }
    }
}

/// `projects`: the project directory.
struct ProjectsPage: TemplateModel {
    @Boxed var directory: Directory
    @Boxed var figures: FiguresModel

    func child(named name: String) -> Any? {
        switch name {
        case "directory": return $directory
        case "figures": return $figures
        default: return nil
        }
    }

    struct Directory: TemplateModel {
        @BoxedList var seriesGroups: [SeriesGroup]
        let total: Int
        /// Filter name (`series`, `groups`, `regions`, `types`, `statuses`) → choices (value, label).
        let filters: [String: [[String: String]]]
        /// `json`, `csv`, `ics` → link.
        let downloads: [String: String]

        func child(named name: String) -> Any? {
            switch name {
            case "seriesGroups": return $seriesGroups
            case "total": return total
            case "filters": return filters
            case "downloads": return downloads
            default: return nil
            }
        }
    }

    /// A series' projects, as rows.
    struct SeriesGroup: TemplateModel {
        let key: String
        let title: String
        let projects: [[String: String]]

        func child(named name: String) -> Any? {
            switch name {
            case "key": return key
            case "title": return title
            case "projects": return projects
            default: return nil
            }
        }
    }
}

/// `project`: one project's page.
struct ProjectPage: TemplateModel {
    @Boxed var project: ProjectRowModel
    let related: [[String: String]]
    let qr: String

    func child(named name: String) -> Any? {
        switch name {
        case "project": return $project
        case "related": return related
        case "hasRelated": return !related.isEmpty
        case "qr": return qr
        default: return nil
        }
    }
}

/// `search`: the search page's index link and filter choices (value, label).
struct SearchPage: TemplateModel {
    @Boxed var search: Search

    func child(named name: String) -> Any? { name == "search" ? $search : nil }

    struct Search: TemplateModel {
        let indexURL: String
        let kinds: [[String: String]]
        let series: [[String: String]]
        let groups: [[String: String]]

        func child(named name: String) -> Any? {
            switch name {
            case "indexURL": return indexURL
            case "kinds": return kinds
            case "series": return series
            case "groups": return groups
            default: return nil
            }
        }
    }
}

/// `languages`: the root page that sends a reader to a language.
struct LanguagesPage: TemplateModel {
    let redirect: String
    /// name, locale, url, title of each language.
    let choices: [[String: String]]

    func child(named name: String) -> Any? {
        switch name {
        case "redirect": return redirect
        case "choices": return choices
        default: return nil
        }
    }
}

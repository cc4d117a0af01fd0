/// Models of things listed on many pages: article cards and project rows.
extension LanguageContext {
    func card(_ entry: Entry, _ body: EntryBody) -> CardModel {
        let date = entry.document.date
        return CardModel(
            title: entry.document.title, url: entry.link, summary: body.summary,
            kind: entry.document.kind == .page ? "page" : "article",
            date: date.map { format.date($0.day) }, dateISO: date?.day.description,
            series: entry.seriesKey.map { ["key": $0, "title": seriesTitle($0), "url": urls.link(.series(language.code, $0, page: 1))] },
            cover: body.coverLink)
    }

    func projectRow(_ project: Project, now: Day) -> ProjectRowModel {
        let code = language.code
        let status = project.status(now: now)
        // A field written in another language only is shown in that language, marked with its `lang`.
        var languages: [String: String] = [:]
        for (key, value) in [("title", project.title), ("summary", project.summary), ("organizer", project.organizer), ("region", project.region)] {
            if let locale = textAndLocale(value).locale { languages[key] = locale }
        }
        return ProjectRowModel(
            id: project.id,
            title: text(project.title),
            url: urls.link(.project(code, id: project.id)),
            summary: text(project.summary),
            organizer: text(project.organizer),
            organizerType: project.organizerType.rawValue,
            organizerTypeLabel: t("type_\(project.organizerType.rawValue)"),
            series: ["key": project.series, "title": seriesTitle(project.series), "url": urls.link(.series(code, project.series, page: 1))],
            seriesKey: project.series,
            groupKeys: project.groups.joined(separator: " "),
            groups: groupLinks(project.groups),
            hasGroups: !project.groups.isEmpty,
            region: text(project.region),
            regionKey: project.regionKey(config),
            status: status.rawValue,
            statusLabel: t("status_\(status.rawValue)"),
            start: format.date(project.start),
            startISO: project.start.description,
            end: project.end.map { format.date($0) },
            endISO: project.end?.description,
            languages: languages,
            reach: project.reach.map { format.number($0) },
            reachText: project.reach.map { Placeholder.fill(t("reach_people"), ["count": format.number($0)]) },
            link: project.link.flatMap(SafeLink.href))
    }

    func groupLinks(_ keys: [String]) -> [[String: String]] {
        keys.map { ["key": $0, "title": groupTitle($0), "url": urls.link(.group(language.code, key: $0))] }
    }
}

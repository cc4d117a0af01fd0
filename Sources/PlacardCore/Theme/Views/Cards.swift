/// Template dictionaries for things listed on many pages: article cards and project rows.
extension LanguageContext {
    func card(_ entry: Entry, _ body: EntryBody) -> [String: Any] {
        var card: [String: Any] = [
            "title": entry.document.title,
            "url": entry.link,
            "summary": body.summary,
            "kind": entry.document.kind == .page ? "page" : "article",
        ]
        if let date = entry.document.date {
            card["date"] = format.date(date.day)
            card["dateISO"] = date.day.description
        }
        if let series = entry.seriesKey {
            card["series"] = ["key": series, "title": seriesTitle(series), "url": urls.link(.series(language.code, series, page: 1))]
        }
        if let cover = body.coverLink { card["cover"] = cover }
        return card
    }

    func projectRow(_ project: Project, now: Day) -> [String: Any] {
        let code = language.code
        let status = project.status(now: now)
        var row: [String: Any] = [
            "id": project.id,
            "title": text(project.title),
            "url": urls.link(.project(code, id: project.id)),
            "summary": text(project.summary),
            "organizer": text(project.organizer),
            "organizerType": project.organizerType.rawValue,
            "organizerTypeLabel": t("type_\(project.organizerType.rawValue)"),
            "series": ["key": project.series, "title": seriesTitle(project.series), "url": urls.link(.series(code, project.series, page: 1))],
            "seriesKey": project.series,
            "groupKeys": project.groups.joined(separator: " "),
            "groups": project.groups.map { ["key": $0, "title": groupTitle($0), "url": urls.link(.group(code, key: $0))] },
            "hasGroups": !project.groups.isEmpty,
            "region": text(project.region),
            "status": status.rawValue,
            "statusLabel": t("status_\(status.rawValue)"),
            "start": format.date(project.start),
            "startISO": project.start.description,
            "kind": "project",
        ]
        if let end = project.end {
            row["end"] = format.date(end)
            row["endISO"] = end.description
        }
        // A field written in another language only is shown in that language, marked with its `lang`.
        for (key, value) in [("title", project.title), ("summary", project.summary), ("organizer", project.organizer), ("region", project.region)] {
            if let locale = textAndLocale(value).locale { row[key + "Lang"] = locale }
        }
        if let reach = project.reach {
            row["reach"] = format.number(reach)
            row["reachText"] = Placeholder.fill(t("reach_people"), ["count": format.number(reach)])
        }
        if let link = project.link.flatMap(SafeLink.href) { row["link"] = link }
        return row
    }

    func groupLinks(_ keys: [String]) -> [[String: String]] {
        keys.map { ["key": $0, "title": groupTitle($0), "url": urls.link(.group(language.code, key: $0))] }
    }
}

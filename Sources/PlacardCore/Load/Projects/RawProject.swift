/// A project as read from a YAML item or a CSV row, before its fields are checked.
struct RawProject {
    enum Value {
        case text(String)
        case localized(LocalizedText)
        case list([String])
    }

    var fields: [String: Value] = [:]
    /// The line of each field (YAML), or the row's line for every field (CSV).
    var lines: [String: Int] = [:]
    /// The line where the project starts.
    var line: Int
}

/// Checks a raw project's fields and turns it into a `Project`, reporting every problem.
struct ProjectBuilder {
    let config: SiteConfig
    let path: String
    let listKey: String
    let diagnostics: Diagnostics

    static let knownFields: Set<String> = ["id", "title", "organizer", "organizerType", "series", "groups", "region",
                                           "start", "end", "reach", "summary", "body", "link"]

    func build(_ raw: RawProject) -> Project? {
        var ok = true
        func fail(_ field: String, _ message: String) {
            diagnostics.error(path, line: raw.lines[field] ?? raw.line, message)
            ok = false
        }
        func text(_ field: String) -> String? {
            switch raw.fields[field] {
            case .text(let value)?: return value.trimmed.isEmpty ? nil : value.trimmed
            case .localized(let value)?: return value.everywhere ?? value.byLanguage.values.sorted().first
            case .list(let values)?: return values.first
            case nil: return nil
            }
        }
        func localized(_ field: String) -> LocalizedText? {
            switch raw.fields[field] {
            case .text(let value)?: return value.isEmpty ? nil : LocalizedText(value)
            case .localized(let value)?:
                let kept = value.byLanguage.filter { !$0.value.trimmed.isEmpty }
                return kept.isEmpty && value.everywhere == nil ? nil : LocalizedText(byLanguage: kept, everywhere: value.everywhere)
            case .list(let values)?: return values.isEmpty ? nil : LocalizedText(values.joined(separator: ", "))
            case nil: return nil
            }
        }
        func required<T>(_ field: String, _ value: T?) -> T? {
            if value == nil { fail(field, "this project has no `\(field)`; every project needs one") }
            return value
        }

        let id = required("id", text("id"))
        if let id, !Identifier.isValidKey(id) {
            fail("id", "the project id `\(id)` may only use lowercase letters a-z, digits and `-`")
        }
        let title = required("title", localized("title"))
        let organizer = required("organizer", localized("organizer"))
        var organizerType: OrganizerType?
        if let value = required("organizerType", text("organizerType")) {
            organizerType = OrganizerType(rawValue: value)
            if organizerType == nil {
                fail("organizerType", "unknown organizerType `\(value)`; use one of \(OrganizerType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        let series = required("series", text("series"))
        if let series, config.series(series) == nil {
            fail("series", "unknown series `\(series)`; use one of the keys in site.yml `series` (\(config.series.map(\.key).joined(separator: ", ")))")
        }
        var groups: [String] = []
        switch raw.fields["groups"] {
        case .list(let values)?: groups = values
        case .text(let value)?: groups = value.split(separator: ";").map { $0.trimmed }.filter { !$0.isEmpty }
        default: break
        }
        for group in groups where config.group(group) == nil {
            fail("groups", "unknown group `\(group)`; use one of the keys in site.yml `groups` (\(config.groups.map(\.key).joined(separator: ", ")))")
        }
        let start = day("start", text("start"), required: true, fail: fail)
        let end = day("end", text("end"), required: false, fail: fail)
        if let start, let end, end < start {
            fail("end", "`end` (\(end)) is before `start` (\(start))")
        }
        var reach: Int?
        if let value = text("reach") {
            reach = Int(value.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "_", with: ""))
            if reach == nil {
                fail("reach", "`reach` should be a whole number of people, not `\(value)`")
            } else if reach! < 0 {
                fail("reach", "`reach` cannot be negative (\(value))")
            }
        }
        guard ok, let id, let title, let organizer, let organizerType, let series, let start else { return nil }
        return Project(id: id, title: title, organizer: organizer, organizerType: organizerType, series: series,
                       groups: groups, region: localized("region") ?? .init(), start: start, end: end, reach: reach,
                       summary: localized("summary") ?? .init(), body: localized("body"), link: text("link"),
                       listKey: listKey, sourcePath: path, line: raw.line)
    }

    private func day(_ field: String, _ value: String?, required: Bool, fail: (String, String) -> Void) -> Day? {
        guard let value else {
            if required { fail(field, "this project has no `\(field)` date; write it as YYYY-MM-DD") }
            return nil
        }
        guard let day = Day(parsing: value) else {
            fail(field, "date `\(value)` is not a real date; write YYYY-MM-DD, like 2024-05-20")
            return nil
        }
        return day
    }
}

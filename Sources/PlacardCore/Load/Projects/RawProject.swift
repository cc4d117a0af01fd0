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
    /// Fields left empty by a problem already reported (a cell showing a spreadsheet error, a
    /// required column the header lacks): not reported again as missing.
    var reported: Set<String> = []
    /// Whether a bare date number is an Excel serial of the 1904 date system (`XLSXSerialDate`).
    var uses1904 = false
    /// Where each language's body starts (YAML), `""` for one body for every language.
    var bodyPlaces: [String: TextPlace] = [:]
    /// A row whose cells do not line up with the header (reported): never checked or built, only
    /// read for the page and groups that links may name (`ProjectBuilder.addParts(of:to:)`).
    var dropped = false

    /// The id as written, trimmed; nil when there is none.
    var id: String? {
        guard case .text(let id)? = fields["id"], !id.trimmed.isEmpty else { return nil }
        return id.trimmed
    }

    /// The group keys or titles as written.
    var writtenGroups: [String] {
        switch fields["groups"] {
        case .list(let values)?: return values
        case .text(let value)?: return ProjectListItems.split(value)
        default: return []
        }
    }
}

/// Checks a raw project's fields and turns it into a `Project`, reporting every problem.
struct ProjectBuilder {
    let config: SiteConfig
    let path: String
    let listKey: String
    let diagnostics: Diagnostics

    func build(_ raw: RawProject) -> Project? {
        var ok = true
        func fail(_ field: String, _ message: Message) {
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
            case .list(let values)?:
                // `title: [项目一, 项目二]`: a list where one text (or one per language) belongs; read
                // as one text all the same, so that it is not reported missing too.
                fail(field, .yamlLocalizedText(key: field))
                return values.isEmpty ? nil : LocalizedText(values.joined(separator: ", "))
            case nil: return nil
            }
        }
        func required<T>(_ field: String, _ value: T?) -> T? {
            if value == nil && !raw.reported.contains(field) { fail(field, .missingProjectField(field)) }
            return value
        }

        let id = required("id", text("id"))
        if let id, !Identifier.isValidKey(id) {
            fail("id", .invalidProjectID(id))
        } else if let id, id.utf8.count > Route.maximumSegmentBytes {
            fail("id", .addressPartTooLong(id))
        }
        let title = required("title", localized("title"))
        let organizer = required("organizer", localized("organizer"))
        var organizerType: OrganizerType?
        if let value = required("organizerType", text("organizerType")) {
            organizerType = OrganizerType(rawValue: value) ?? OrganizerType(label: value)
            if organizerType == nil {
                fail("organizerType", .unknownOrganizerType(value, values: OrganizerType.allCases.map(\.rawValue).joined(separator: ", ")))
            }
        }
        var series = required("series", text("series"))
        if let value = series {
            series = config.series(value)?.key ?? config.series.first { $0.title.matches(value) }?.key
            if series == nil && config.seriesHasErrors(value) {
                ok = false
            } else if series == nil {
                fail("series", .unknownProjectSeries(value, keys: config.series.map(\.key).joined(separator: ", ")))
            }
        }
        var groups: [String] = []
        for value in raw.writtenGroups {
            if let group = group(value) {
                if !groups.contains(group.key) { groups.append(group.key) }
            } else {
                fail("groups", .unknownProjectGroup(value, keys: config.groups.map(\.key).joined(separator: ", ")))
            }
        }
        let start = day("start", text("start"), required: !raw.reported.contains("start"), uses1904: raw.uses1904, fail: fail)
        let end = day("end", text("end"), required: false, uses1904: raw.uses1904, fail: fail)
        if let start, let end, end < start {
            fail("end", .endBeforeStart(end: "\(end)", start: "\(start)"))
        }
        var reach: Int?
        if let value = text("reach") {
            reach = Int(HalfWidth.fold(value).filter { !",，_ ".contains($0) })
            if reach == nil {
                fail("reach", .reachNotWhole(value))
            } else if reach! < 0 {
                fail("reach", .reachNegative(value))
            }
        }
        let link = text("link")
        if let link, let fixed = Self.fixedLink(link) {
            fail("link", .projectLinkNotWeb(link, fixed: fixed))
        }
        // Read before the guard, so that one run reports their problems with the others.
        let region = localized("region"), summary = localized("summary"), body = localized("body")
        guard ok, let id, let title, let organizer, let organizerType, let series, let start else { return nil }
        return Project(id: id, title: title, organizer: organizer, organizerType: organizerType, series: series,
                       groups: groups, region: region ?? .init(), start: start, end: end, reach: reach,
                       summary: summary ?? .init(), body: body, link: link,
                       listKey: listKey, sourcePath: path, line: raw.line, bodyPlaces: raw.bodyPlaces)
    }

    /// The group a project names by key or title.
    private func group(_ value: String) -> Group? {
        config.group(value) ?? config.groups.first { $0.title.matches(value) }
    }

    /// The page (in every language) and groups of a project left out for errors, as far as they can be read.
    func addParts(of raw: RawProject, to withErrors: inout ContentWithErrors) {
        if let id = raw.id {
            for language in config.languages { withErrors.pages.insert(Route.project(language.code, id: id).segments.joined(separator: "/")) }
        }
        withErrors.groups.formUnion(raw.writtenGroups.compactMap { group($0)?.key })
    }

    /// Nil when `link` is a web address (`http(s)://` and a host); else how to write it: with
    /// `https://` before an address typed without it (`www.sc.gov.cn/szsy`), else an example.
    static func fixedLink(_ link: String) -> String? {
        let lowered = link.lowercased()
        for scheme in ["https://", "http://"] where lowered.hasPrefix(scheme) {
            if let first = link.dropFirst(scheme.count).first, first != "/" { return nil }
        }
        let bare = link.hasPrefix("//") ? String(link.dropFirst(2)) : link
        let host = bare.prefix { $0 != "/" }
        let typedWithoutScheme = host.contains(".") && !host.contains(":") && !host.contains(where: \.isWhitespace)
        return typedWithoutScheme ? "https://" + bare : "https://www.example.gov.cn/"
    }

    private func day(_ field: String, _ value: String?, required: Bool, uses1904: Bool, fail: (String, Message) -> Void) -> Day? {
        guard let value else {
            if required { fail(field, .missingProjectDate(field)) }
            return nil
        }
        guard let day = ProjectDate.parse(value) else {
            if let serial = ProjectDate.excelSerial(value, uses1904: uses1904) {
                fail(field, .excelSerialDate(field, value, day: serial))
            } else {
                fail(field, .invalidProjectDate(field, value))
            }
            return nil
        }
        return day
    }
}

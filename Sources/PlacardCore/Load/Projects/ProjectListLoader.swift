import Foundation
import Yams

/// Reads every project list in `content/projects/`: `<list>.yml`, or a spreadsheet
/// (`<list>.csv` or `<list>.xlsx`) with its title in a sibling `<list>.yml`. Project ids must be
/// unique across all lists. A lock file Excel or WPS leaves beside an open workbook (`~$<list>.xlsx`)
/// is skipped with a warning.
struct ProjectListLoader {
    let config: SiteConfig
    let diagnostics: Diagnostics

    /// Whether a file in `content/projects/` belongs to a project list (or is a lock file of one).
    static func isListFile(_ name: String) -> Bool {
        isLockFile(name) || [".yml", ".yaml", ".csv", ".xlsx"].contains { name.lowercased().hasSuffix($0) }
    }

    static func isLockFile(_ name: String) -> Bool { name.hasPrefix("~$") }

    /// A spreadsheet Placard does not read as a list (an Excel 97–2003 `.xls`, WPS `.et`, LibreOffice
    /// `.ods`, Apple `.numbers`): it is copied like any other file, with a warning, since staff
    /// who save a list in it expect its projects on the site.
    static func isOtherSpreadsheet(_ name: String) -> Bool {
        !isLockFile(name) && [".xls", ".et", ".ods", ".numbers"].contains { name.lowercased().hasSuffix($0) }
    }

    /// `files` are paths relative to `content/` (`projects/sichuan-2024.csv`). Also returns the pages
    /// and groups of the projects left out for errors, so that links to them are not reported again.
    func load(contentRoot: URL, files: [String]) -> ([ProjectList], ContentWithErrors) {
        var listFiles: [String] = []
        for file in files {
            let name = String(file.dropFirst("projects/".count))
            if Self.isLockFile(name) {
                diagnostics.warning("content/" + file, .excelLockFile(String(name.dropFirst(2))))
            } else {
                listFiles.append(file)
            }
        }
        let keys = Set(listFiles.map { String(($0 as NSString).deletingPathExtension.dropFirst("projects/".count)) })
        var lists: [ProjectList] = []
        var withErrors = ContentWithErrors()
        var ids: [(id: String, path: String, line: Int)] = []
        for key in keys.sorted() {
            // Extensions in any case, as Windows, where case does not matter, lets staff write them.
            let yamlName = listFiles.first { ["projects/\(key).yml".lowercased(), "projects/\(key).yaml".lowercased()].contains($0.lowercased()) }
            let tables = listFiles.filter { $0.lowercased() == "projects/\(key).xlsx".lowercased() || $0.lowercased() == "projects/\(key).csv".lowercased() }
                .sorted { $0.lowercased().hasSuffix(".xlsx") && !$1.lowercased().hasSuffix(".xlsx") }
            for other in tables.dropFirst() {
                diagnostics.warning("content/" + tables[0], .projectListInTwoTables((other as NSString).lastPathComponent))
            }
            if let (list, listIDs) = loadList(key: key, yamlName: yamlName, tableName: tables.first, contentRoot: contentRoot, withErrors: &withErrors) {
                lists.append(list)
                ids += listIDs
            }
        }
        reportDuplicateIDs(ids)
        return (lists, withErrors)
    }

    /// The list, and the id and line of every project written in it (also of those with errors).
    private func loadList(key: String, yamlName: String?, tableName: String?, contentRoot: URL,
                          withErrors: inout ContentWithErrors) -> (ProjectList, [(id: String, path: String, line: Int)])? {
        let codes = config.languages.map(\.code)
        // Projects written in a file that cannot be read, whose ids are unknown: a link to any project
        // page may name one of them, and is not reported again (`ContentWithErrors.projectsLost`).
        var lost = false
        defer { if lost { withErrors.projectsLost = true } }
        var title: LocalizedText?
        var yamlProjects: [RawProject] = []
        var yamlPath = ""
        if let yamlName {
            yamlPath = "content/" + yamlName
            if let text = TextFile.read(contentRoot.appendingPathComponent(yamlName), path: yamlPath, diagnostics: diagnostics),
               let node = YAMLReader.parse(text, path: yamlPath, diagnostics: diagnostics) {
                let reader = NodeReader(path: yamlPath, lineOffset: 0, diagnostics: diagnostics)
                guard node.isMapping else {
                    diagnostics.error(yamlPath, line: node.line, .projectListNotAMap())
                    lost = true
                    return nil
                }
                title = reader.localized(node[key: "title"], "title", languages: codes)
                // A key that only holds values the projects share (`defaults: &d {…}`, `<<: *d`) is not a mistake.
                for (key, keyNode) in YAMLMerge.unknownKeys(of: node, known: ["title", "projects"], sharedWithin: node) {
                    reader.warning(keyNode, .unknownFrontMatterKey(key, known: ["projects", "title"]))
                }
                if let projects = node[key: "projects"] {
                    if let tableName {
                        diagnostics.error(yamlPath, line: reader.line(projects), .projectListHasTableToo((tableName as NSString).lastPathComponent))
                        lost = true
                    } else {
                        let read = YAMLProjects.read(projects, reader: reader, languages: codes)
                        yamlProjects = read.projects
                        lost = read.lost
                    }
                } else if tableName == nil {
                    diagnostics.error(yamlPath, line: 1, .projectListHasNoProjects())
                }
            } else if tableName == nil {
                lost = true
            }
        }
        var path = yamlPath
        var raws = yamlProjects
        if let tableName {
            path = "content/" + tableName
            if yamlName == nil {
                diagnostics.error(path, .projectTableNeedsTitleFile(key))
            }
            if let read = readTable(contentRoot.appendingPathComponent(tableName), path: path) {
                raws = read
            } else {
                raws = []
                lost = true
            }
        }
        let builder = ProjectBuilder(config: config, path: path, listKey: key, diagnostics: diagnostics)
        var projects: [Project] = []
        for raw in raws {
            if !raw.dropped, let project = builder.build(raw) {
                projects.append(project)
            } else {
                builder.addParts(of: raw, to: &withErrors)
            }
        }
        let ids = raws.compactMap { raw -> (id: String, path: String, line: Int)? in
            guard !raw.dropped, let id = raw.id else { return nil }
            return (id, path, raw.lines["id"] ?? raw.line)
        }
        return (ProjectList(key: key, title: title ?? LocalizedText(key), sourcePath: path, projects: projects), ids)
    }

    /// The table's rows; nil when the file cannot be read as one (reported).
    private func readTable(_ url: URL, path: String) -> [RawProject]? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.error(path, .projectFileUnreadable())
            return nil
        }
        if path.lowercased().hasSuffix(".xlsx") {
            return XLSXProjects.read(data, path: path, languages: config.languages, diagnostics: diagnostics)
        }
        guard let text = CSVProjects.decode(data, path: path, diagnostics: diagnostics) else { return nil }
        return CSVProjects.read(text, path: path, languages: config.languages, diagnostics: diagnostics)
    }

    private func reportDuplicateIDs(_ ids: [(id: String, path: String, line: Int)]) {
        var first: [String: (path: String, line: Int)] = [:]
        for item in ids {
            if let earlier = first[item.id] {
                diagnostics.error(item.path, line: item.line, .duplicateProjectID(item.id, earlier: "\(earlier.path):\(earlier.line)"))
            } else {
                first[item.id] = (item.path, item.line)
            }
        }
    }
}

/// Projects written as a YAML list of maps.
enum YAMLProjects {
    /// The projects, and whether some were written in a way that tells nothing of them (`projects`
    /// not a list, an item not a map: reported), so that links to their pages go unchecked.
    static func read(_ node: Node, reader: NodeReader, languages: [String]) -> (projects: [RawProject], lost: Bool) {
        guard case .sequence(let items) = node else {
            reader.diagnostics.error(reader.path, line: reader.line(node), .projectsNotAList())
            return ([], true)
        }
        var result: [RawProject] = []
        var lost = false
        for item in items {
            guard item.isMapping else {
                reader.diagnostics.error(reader.path, line: reader.line(item), .projectNotAMap())
                lost = true
                continue
            }
            var raw = RawProject(line: reader.line(item))
            for (key, keyNode, value) in item.mappingPairs {
                raw.lines[key] = reader.line(keyNode)
                if key == "body" { raw.bodyPlaces = places(of: value, reader: reader) }
                if !ProjectColumns.fieldNames.contains(key) {
                    reader.diagnostics.warning(reader.path, line: reader.line(keyNode), .unknownProjectField(key, known: ProjectColumns.knownList(chinese: false)))
                    continue
                }
                switch value {
                case .mapping: raw.fields[key] = reader.localized(value, key, languages: languages).map { .localized($0) }
                case .sequence: raw.fields[key] = .list(reader.list(value, key))
                default: if let text = value.text { raw.fields[key] = .text(text) }
                }
            }
            result.append(raw)
        }
        return (result, lost)
    }

    /// Where each language's text of a value starts (`""`: one text for every language). A `|` block
    /// keeps its lines, so a line of the text is a line of the file counted from the one after the `|`.
    private static func places(of value: Node, reader: NodeReader) -> [String: TextPlace] {
        func place(_ node: Node) -> TextPlace {
            if case .scalar(let scalar) = node, scalar.style == .literal { return TextPlace(line: reader.line(node) + 1, linesFollow: true) }
            return TextPlace(line: reader.line(node), linesFollow: false)
        }
        guard value.isMapping else { return ["": place(value)] }
        return Dictionary(value.mappingPairs.map { ($0.key, place($0.value)) }) { first, _ in first }
    }
}

import Foundation
import Yams

/// Reads every project list in `content/projects/`: `<list>.yml`, or `<list>.csv` with its title in a
/// sibling `<list>.yml`. Project ids must be unique across all lists.
struct ProjectListLoader {
    let config: SiteConfig
    let diagnostics: Diagnostics

    /// `files` are paths relative to `content/` (`projects/sichuan-2024.csv`).
    func load(contentRoot: URL, files: [String]) -> [ProjectList] {
        let keys = Set(files.map { String(($0 as NSString).deletingPathExtension.dropFirst("projects/".count)) })
        var lists: [ProjectList] = []
        var ids: [(id: String, path: String, line: Int)] = []
        for key in keys.sorted() {
            let yamlName = files.first { $0 == "projects/\(key).yml" || $0 == "projects/\(key).yaml" }
            let csvName = files.first { $0 == "projects/\(key).csv" }
            if let (list, listIDs) = loadList(key: key, yamlName: yamlName, csvName: csvName, contentRoot: contentRoot) {
                lists.append(list)
                ids += listIDs
            }
        }
        reportDuplicateIDs(ids)
        return lists
    }

    /// The list, and the id and line of every project written in it (also of those with errors).
    private func loadList(key: String, yamlName: String?, csvName: String?, contentRoot: URL) -> (ProjectList, [(id: String, path: String, line: Int)])? {
        let codes = config.languages.map(\.code)
        var title: LocalizedText?
        var yamlProjects: [RawProject] = []
        var yamlPath = ""
        if let yamlName {
            yamlPath = "content/" + yamlName
            if let text = TextFile.read(contentRoot.appendingPathComponent(yamlName), path: yamlPath, diagnostics: diagnostics),
               let node = YAMLReader.parse(text, path: yamlPath, diagnostics: diagnostics) {
                let reader = NodeReader(path: yamlPath, lineOffset: 0, diagnostics: diagnostics)
                guard node.isMapping else {
                    diagnostics.error(yamlPath, line: node.line, "a project list should be a map with `title:` and `projects:`")
                    return nil
                }
                title = reader.localized(node[key: "title"], "title", languages: codes)
                if let projects = node[key: "projects"] {
                    if csvName != nil {
                        reader.error(projects, "this list has a .csv file too; keep the projects in one of them (the .yml then holds only `title`)")
                    } else {
                        yamlProjects = YAMLProjects.read(projects, reader: reader, languages: codes)
                    }
                } else if csvName == nil {
                    diagnostics.error(yamlPath, line: 1, "this project list has no `projects:`")
                }
            }
        }
        var path = yamlPath
        var raws = yamlProjects
        if let csvName {
            path = "content/" + csvName
            if yamlName == nil {
                diagnostics.error(path, "a .csv project list needs a sibling `\(key).yml` holding its `title: {zh: ..., en: ...}`")
            }
            if let text = TextFile.read(contentRoot.appendingPathComponent(csvName), path: path, diagnostics: diagnostics) {
                raws = CSVProjects.read(text, path: path, languages: codes, diagnostics: diagnostics)
            }
        }
        let builder = ProjectBuilder(config: config, path: path, listKey: key, diagnostics: diagnostics)
        let projects = raws.compactMap(builder.build)
        let ids = raws.compactMap { raw -> (id: String, path: String, line: Int)? in
            guard case .text(let id)? = raw.fields["id"], !id.trimmed.isEmpty else { return nil }
            return (id.trimmed, path, raw.lines["id"] ?? raw.line)
        }
        return (ProjectList(key: key, title: title ?? LocalizedText(key), sourcePath: path, projects: projects), ids)
    }

    private func reportDuplicateIDs(_ ids: [(id: String, path: String, line: Int)]) {
        var first: [String: (path: String, line: Int)] = [:]
        for item in ids {
            if let earlier = first[item.id] {
                diagnostics.error(item.path, line: item.line,
                                  "the project id `\(item.id)` is already used at \(earlier.path):\(earlier.line); ids must be unique across every list")
            } else {
                first[item.id] = (item.path, item.line)
            }
        }
    }
}

/// Projects written as a YAML list of maps.
enum YAMLProjects {
    static func read(_ node: Node, reader: NodeReader, languages: [String]) -> [RawProject] {
        guard case .sequence(let items) = node else {
            reader.error(node, "`projects` should be a list, each item starting with `- id: ...`")
            return []
        }
        var result: [RawProject] = []
        for item in items {
            guard item.isMapping else {
                reader.error(item, "each project should be a map of fields (`id:`, `title:`, ...)")
                continue
            }
            var raw = RawProject(line: reader.line(item))
            for (key, keyNode, value) in item.mappingPairs {
                raw.lines[key] = reader.line(keyNode)
                if !ProjectBuilder.knownFields.contains(key) {
                    reader.warning(keyNode, "the project field `\(key)` is not one Placard knows; it is ignored")
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
        return result
    }
}

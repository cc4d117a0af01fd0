import Foundation
@testable import PlacardCore

/// Builds search documents from a `tools/gen-corpus.py` corpus without the build pipeline: front
/// matter read line by line (the generator writes one key a line, strings as JSON), bodies
/// through `MarkdownRenderer`'s plain text. Projects are left out; drafts too.
enum SearchCorpus {
    /// Generates a corpus of `articles` articles into a new temporary folder and returns its Placard
    /// site; throws when python3 or the generator fails (a test that needs it fails, never skips).
    static func generate(articles: Int, seed: Int = 1) throws -> URL {
        let out = try SearchTestSupport.temporaryDirectory("corpus")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", SearchTestSupport.corpusGenerator.path,
                             "--articles", String(articles), "--seed", String(seed), "--out", out.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CorpusError.generatorFailed(process.terminationStatus) }
        return out.appendingPathComponent("placard")
    }

    enum CorpusError: Error { case generatorFailed(Int32) }

    static func documents(site: URL, language: String) throws -> [SearchDocument] {
        let groupNames = try groups(site: site, language: language)
        let content = site.appendingPathComponent("content")
        var docs: [SearchDocument] = []
        let folders = try FileManager.default.contentsOfDirectory(atPath: content.path).sorted()
        for folder in folders where folder != "projects" {
            let dir = content.appendingPathComponent(folder)
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
            for file in files where file.hasSuffix(".\(language).md") {
                let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
                let slug = String(file.dropLast(".\(language).md".count))
                if let doc = document(text, series: folder == "pages" ? nil : folder, slug: slug,
                                      language: language, groupNames: groupNames) {
                    docs.append(doc)
                }
            }
        }
        return docs
    }

    private static func document(_ text: String, series: String?, slug: String, language: String, groupNames: [String: String]) -> SearchDocument? {
        let parts = text.components(separatedBy: "\n---\n")
        guard parts.count >= 2 else { return nil }
        var fields: [String: String] = [:]
        for line in parts[0].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        if fields["draft"] == "true" { return nil }
        let groups = list(fields["groups"])
        let body = MarkdownRenderer().render(parts.dropFirst().joined(separator: "\n---\n")).plainText
        let url = series.map { "/\(language)/\($0)/\(slug)/" } ?? "/\(language)/\(slug)/"
        return SearchDocument(url: url, title: string(fields["title"]), kind: series == nil ? .page : .article,
                              series: series, groups: groups, groupNames: groups.compactMap { groupNames[$0] },
                              tags: list(fields["tags"]), summary: string(fields["summary"]), body: body,
                              organizer: string(fields["source"]), region: string(fields["region"]),
                              date: fields["date"] ?? "")
    }

    private static func string(_ raw: String?) -> String {
        guard let raw else { return "" }
        if raw.hasPrefix("\""), let data = raw.data(using: .utf8),
           let value = try? JSONDecoder().decode(String.self, from: data) { return value }
        return raw
    }

    private static func list(_ raw: String?) -> [String] {
        guard let raw, raw.hasPrefix("["), raw.hasSuffix("]") else { return [] }
        return raw.dropFirst().dropLast().split(separator: ",").map { string($0.trimmingCharacters(in: .whitespaces)) }
    }

    private static func groups(site: URL, language: String) throws -> [String: String] {
        let yml = try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8)
        var result: [String: String] = [:]
        var inGroups = false
        for line in yml.split(separator: "\n") {
            if line.hasPrefix("groups:") { inGroups = true; continue }
            if inGroups && !line.hasPrefix("  ") { inGroups = false }
            guard inGroups, let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let rest = String(line[line.index(after: colon)...])
            if let range = rest.range(of: "\(language): ") {
                let value = rest[range.upperBound...].prefix { $0 != "," && $0 != "}" }
                result[key] = string(String(value))
            }
        }
        return result
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// The site.yml `placard init` writes explains every setting (SPEC §7.1), those of the audit and search too.
@Suite struct InitSettingsTests {
    /// The settings `placard audit` and search read are in site.yml as comments; taking away the `# `
    /// gives settings that check clean.
    @Test func auditAndSearchSettingsAreCommentedExamplesThatWork() throws {
        let (root, read) = try InitDeployTests.starter(.init())
        defer { try? FileManager.default.removeItem(at: root) }
        let config = try read("site.yml")
        for setting in ["# updateDays: 14", "# search:", "#   synonyms:", "# audit:", "#   homeUpdateDays: 14", "#   blankSeriesLimit: 5", "#   linkTimeout: 10"] {
            #expect(config.contains(setting + "\n"), "\(setting)")
        }
        let examples = ["updateDays:", "search:", "synonyms:", "- [", "audit:", "homeUpdateDays:", "blankSeriesLimit:", "linkTimeout:", "# "]
        let uncommented = config.components(separatedBy: "\n").map { line -> String in
            guard let mark = line.range(of: "# "), line[..<mark.lowerBound].allSatisfy({ $0 == " " }) else { return line }
            let rest = line[mark.upperBound...].drop { $0 == " " }
            return examples.contains { rest.hasPrefix($0) } ? line.replacingCharacters(in: mark, with: "") : line
        }.joined(separator: "\n")
        try Data(uncommented.utf8).write(to: root.appendingPathComponent("site.yml"))
        let diagnostics = Diagnostics()
        let site = try #require(SiteLoader.load(root: root, diagnostics: diagnostics))
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
        #expect(site.config.searchSynonyms == [["长者", "老年人"], ["反诈", "防诈骗"]])
        #expect(site.config.audit.line != nil && site.config.audit.homeUpdateDays == 14 && site.config.audit.blankSeriesLimit == 5)
        #expect(site.config.series.first?.updateDays == 14)
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// The repository root is the demo site: it must stay complete and clean.
@Suite struct DemoSiteTests {
    static let root = ThemeTests.repository

    @Test func demoSiteHasItsShape() throws {
        let diagnostics = Diagnostics()
        let site = try #require(SiteLoader.load(root: Self.root, diagnostics: diagnostics))
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
        #expect(site.config.series.map(\.key) == ["industry", "education", "elderly", "women", "cadres", "people"])
        #expect(site.config.languages.map(\.code) == ["zh", "en"])
        for series in site.config.series {
            let articles = site.documents.filter { $0.kind == .article(series: series.key) }
            let zh = articles.filter { $0.language == "zh" }
            let en = articles.filter { $0.language == "en" }
            #expect(zh.count >= 4, "\(series.key) has \(zh.count) Chinese articles")
            #expect(!en.isEmpty, "\(series.key) has no English article")
            #expect(!(series.description.value("zh") ?? "").isEmpty && !(series.description.value("en") ?? "").isEmpty)
        }
        let zh = site.documents.filter { $0.language == "zh" && $0.kind != .page }
        let translated = zh.filter { doc in site.documents.contains { $0.language == "en" && $0.translationKey == doc.translationKey } }
        #expect(Double(translated.count) >= Double(zh.count) * 0.75)
        let lists = Dictionary(uniqueKeysWithValues: site.projectLists.map { ($0.sourcePath, $0.projects.count) })
        #expect((lists["content/projects/sichuan-2024.xlsx"] ?? 0) >= 20, "the Sichuan list is the workbook staff keep")
        #expect((lists["content/projects/liaoning-2025.yml"] ?? 0) >= 10)
        for page in ["about", "take-part", "contact"] {
            #expect(site.documents.contains { $0.kind == .page && $0.slug == page && $0.language == "zh" })
            #expect(site.documents.contains { $0.kind == .page && $0.slug == page && $0.language == "en" })
        }
    }

    @Test func demoSiteChecksWithoutWarningsAndBuilds() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("placard-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let diagnostics = Diagnostics()
        let summary = Build.run(BuildOptions(source: Self.root, output: output, now: BuildOptions.parseNow("2026-11-28")!), diagnostics: diagnostics)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
        let built = try #require(summary)
        #expect(built.articles >= 50)
        #expect(built.projects >= 30)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("zh/projects/index.html").path))
    }
}

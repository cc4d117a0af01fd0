import Foundation
import Testing
@testable import PlacardCore

/// One mistake, one error; the summary says what was left out (SPEC §7.7).
@Suite struct StaffFeedbackTests {
    @Test func aFileWithErrorsStillExistsForOtherFilesLinks() throws {
        let site = try TestSite([
            "content/education/ai-classroom.zh.md": article("人工智能课堂", date: "2025-13-01"),
            "content/elderly/smart-factory.zh.md": article("智能工厂", body: "第一段。\n\n见[课堂](../education/ai-classroom.zh.md)和[根](/education/ai-classroom.zh.md)。\n"),
        ])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors == [.error("content/education/ai-classroom.zh.md", line: 3, "date `2025-13-01` is not a real date; write YYYY-MM-DD, like 2024-05-20")])
    }

    @Test func oneRunReportsRootLinksAndTheLinksOfFilesWithBadFrontMatter() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲", body: "[无](/zh/nothing/)，[坏文件](/zh/elderly/c/)。\n"),
            "content/elderly/b.zh.md": article("乙", body: "[无](nothing.zh.md)\n"),
            "content/elderly/c.zh.md": "---\ndate: 2025-01-01\n---\n\n[无](nothing2.zh.md) 和 [根](/zh/nothing3/)\n",
        ])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }.map { "\($0.path):\($0.line ?? 0)" }
        #expect(errors.sorted() == ["content/elderly/a.zh.md:6", "content/elderly/b.zh.md:6", "content/elderly/c.zh.md:1",
                                    "content/elderly/c.zh.md:5", "content/elderly/c.zh.md:5"], "no error for the link to c, which has its own")
    }

    @Test func withOtherErrorsATagOrSearchIndexLinkIsNotASecondError() throws {
        let site = try TestSite([
            "content/elderly/c.zh.md": article("丙", extra: "groups: [nope]\ntags: [独有标签]\n"),
            "content/elderly/d.zh.md": article("丁", body: "[标签](/zh/tags/独有标签/) 和 [索引](/zh/search-index.json)\n"),
        ])
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.path) == ["content/elderly/c.zh.md"], "\(errors)")
    }

    @Test func summaryCountsFuturePagesApart() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "content/elderly/c.zh.md": article("丙", date: "2030-01-01"),
            "content/pages/later.zh.md": article("以后", date: "2030-01-01"),
        ])
        defer { site.remove() }
        let summary = try #require(site.build().summary)
        #expect(summary.line.hasSuffix(" s (1 future article and 1 future page left out; --future includes them)"))
        #expect(summary.message.zh.hasSuffix("秒（1 篇发布日期未到的文章和 1 个发布日期未到的页面没有生成；加上 --future 可以包含）"))
    }

    @Test func summaryCountsDraftsAndFutureArticles() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "content/elderly/b.zh.md": article("乙", extra: "draft: true\n"),
            "content/elderly/b.en.md": article("B", extra: "draft: true\n"),
            "content/elderly/c.zh.md": article("丙", date: "2030-01-01"),
        ])
        defer { site.remove() }
        let summary = try #require(site.build().summary)
        #expect(summary.line.hasPrefix("Built 2 languages, 1 article, 0 projects: "))
        #expect(summary.line.hasSuffix(" s (2 drafts and 1 future article left out; --drafts / --future include them)"))
        #expect(summary.message.zh.hasSuffix("秒（2 篇草稿和 1 篇发布日期未到的文章没有生成；加上 --drafts / --future 可以包含）"))
        let all = try #require(site.build(drafts: true, future: true).summary)
        #expect(all.line.hasPrefix("Built 2 languages, 4 articles,") && all.line.hasSuffix(" s"))
        let onlyFuture = try #require(site.build(drafts: true).summary)
        #expect(onlyFuture.line.hasSuffix("(1 future article left out; --future includes it)"))
    }

    @Test func messageReferenceIsInStep() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/reference")
        for language in [MessageLanguage.zh, .en] {
            let file = folder.appendingPathComponent("messages.\(language.rawValue).md")
            let expected = MessageCatalogue.reference(in: language)
            if ProcessInfo.processInfo.environment["PLACARD_WRITE_DOCS"] != nil {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(expected.utf8).write(to: file)
            }
            let actual = try String(contentsOf: file, encoding: .utf8)
            #expect(actual == expected, "run PLACARD_WRITE_DOCS=1 swift test --filter messageReferenceIsInStep")
        }
    }

    @Test func everyCatalogueMessageHasBothLanguages() {
        for area in MessageCatalogue.areas {
            for example in area.examples {
                #expect(example.message.en != example.message.zh, "\(example.name)")
                #expect(!example.message.en.isEmpty && !example.message.zh.isEmpty)
            }
        }
    }
}

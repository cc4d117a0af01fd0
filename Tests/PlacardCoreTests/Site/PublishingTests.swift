import Foundation
import Testing
@testable import PlacardCore

@Suite struct PublishingTests {
    @Test func draftsAndFutureArticlesAreLeftOutUnlessAsked() throws {
        let site = try TestSite([
            "content/elderly/draft.zh.md": article("草稿", extra: "draft: true\n"),
            "content/elderly/future.zh.md": article("未来", date: "2025-06-02"),
            "content/elderly/today.zh.md": article("今天", date: "2025-06-01T00:00:00+08:00"),
        ])
        defer { site.remove() }
        site.build(now: "2025-06-01T12:00:00+08:00")
        #expect(!site.exists("zh/elderly/draft/index.html"))
        #expect(!site.exists("zh/elderly/future/index.html"))
        #expect(site.exists("zh/elderly/today/index.html"))
        let feed = try #require(site.read("zh/feed.xml"))
        #expect(!feed.contains("草稿") && !feed.contains("未来"))
        let index = try #require(site.read("zh/search-index.json"))
        #expect(!index.contains("草稿"))

        site.build(now: "2025-06-01T12:00:00+08:00", drafts: true, future: true)
        #expect(site.exists("zh/elderly/draft/index.html"))
        #expect(site.exists("zh/elderly/future/index.html"))
    }

    /// A date alone is a calendar day (SPEC §6): published on the day "now" names, wherever its
    /// offset puts that moment in UTC; a time of day is published from that moment.
    @Test func anArticleDatedTodayIsPublishedWhateverTheHour() throws {
        let site = try TestSite([
            "content/elderly/today.zh.md": article("今天", date: "2025-06-01"),
            "content/elderly/tomorrow.zh.md": article("明天", date: "2025-06-02"),
            "content/elderly/tonight.zh.md": article("今晚", date: "2025-06-01T20:00:00+08:00"),
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build(now: "2025-06-01T07:00:00+08:00")
        #expect(summary != nil, "\(diagnostics)")
        #expect(site.exists("zh/elderly/today/index.html"))
        #expect(!site.exists("zh/elderly/tomorrow/index.html"))
        #expect(!site.exists("zh/elderly/tonight/index.html"))
    }

    /// paginate is 2 in the test site.
    @Test(arguments: [(0, 1), (1, 1), (2, 1), (3, 2), (5, 3)])
    func paginationEdges(articles: Int, pages: Int) throws {
        var files: [String: String] = [:]
        for i in 0..<articles {
            files["content/elderly/a\(i).zh.md"] = article("文章\(i)", date: "2025-01-\(String(format: "%02d", i + 1))")
        }
        let site = try TestSite(files)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        #expect(site.exists("zh/elderly/index.html"))
        for page in 2...(pages + 1) {
            #expect(site.exists("zh/elderly/page/\(page)/index.html") == (page <= pages), "page \(page)")
        }
        let first = try #require(site.read("zh/elderly/index.html"))
        #expect(first.count(of: "class=\"card\"") == min(2, articles))
        if articles == 0 { #expect(first.contains("暂无文章")) }
        if pages > 1 {
            #expect(first.contains("href=\"/zh/elderly/page/2/\" rel=\"next\""))
            let last = try #require(site.read("zh/elderly/page/\(pages)/index.html"))
            #expect(last.count(of: "class=\"card\"") == articles - (pages - 1) * 2)
            #expect(!last.contains("rel=\"next\""))
            #expect(last.contains("rel=\"prev\""))
        }
        // Newest first: the newest article is the first card of page 1.
        if articles > 0 { #expect(first.contains("文章\(articles - 1)")) }
    }

    @Test func statusFollowsTheDates() throws {
        let boundaries: [(now: String, status: ProjectStatus)] = [
            ("2024-05-19", .planned), ("2024-05-20", .ongoing), ("2024-12-31", .ongoing), ("2025-01-01", .finished),
        ]
        for (now, status) in boundaries {
            #expect(ProjectStatus(start: Day(parsing: "2024-05-20")!, end: Day(parsing: "2024-12-31")!, now: Day(parsing: now)!) == status, "\(now)")
        }
        #expect(ProjectStatus(start: Day(parsing: "2024-05-20")!, end: nil, now: Day(parsing: "2030-01-01")!) == .ongoing)
    }
}

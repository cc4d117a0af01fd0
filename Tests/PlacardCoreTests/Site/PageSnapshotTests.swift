import Foundation
import Testing
@testable import PlacardCore

/// One page of each kind of a small inline site, compared with the reviewed copies in `Tests/Snapshots/`.
/// A change to the theme or the pages shows here as a diff: review it, then rewrite the copies with
/// `PLACARD_UPDATE_SNAPSHOTS=1 swift test --filter PageSnapshotTests` and commit them with the change.
@Suite struct PageSnapshotTests {
    static let folder = ThemeTests.repository.appendingPathComponent("Tests/Snapshots")
    static let updating = ProcessInfo.processInfo.environment["PLACARD_UPDATE_SNAPSHOTS"] == "1"

    /// Snapshot file → output path.
    static let pages: KeyValuePairs<String, String> = [
        "home.zh.html": "zh/index.html",
        "series.zh.html": "zh/elderly/index.html",
        "article.zh.html": "zh/elderly/phone-class/index.html",
        "article.en.html": "en/elderly/phone-class/index.html",
        "page.zh.html": "zh/about/index.html",
        "project.zh.html": "zh/projects/sc-phone-class/index.html",
        "directory.zh.html": "zh/projects/index.html",
        "group.zh.html": "zh/groups/elderly/index.html",
        "tag.zh.html": "zh/tags/智能手机/index.html",
        "search.zh.html": "zh/search/index.html",
        "404.html": "404.html",
        "feed.zh.xml": "zh/feed.xml",
        "sitemap.xml": "sitemap.xml",
    ]

    static let files: [String: String] = [
        "content/elderly/phone-class.zh.md": article("社区智能手机课堂", date: "2025-03-02", extra: """
            summary: 社区老年大学开设智能手机课堂，教长者用手机挂号和防范诈骗。
            groups: [elderly]
            tags: [智能手机, 防范诈骗]
            region: 成都市
            source: 成都市委网信办
            """ + "\n", body: """
            社区老年大学的智能手机课堂**每周两次**，一次讲一件事。

            ## 课程安排

            | 周次 | 内容 |
            |---|---|
            | 一 | 网上挂号 |
            | 二 | 防范诈骗 |

            - 先学会**视频通话**
            - 再学网上缴费

            另见[编程启蒙课](../education/coding.zh.md)。
            """),
        "content/elderly/phone-class.en.md": article("Smartphone class in the community", date: "2025-03-02", extra: """
            groups: [elderly]
            tags: [smartphones]
            region: Chengdu
            """ + "\n", body: "The community college runs a smartphone class **twice a week**, one task a session."),
        "content/elderly/scam-talk.zh.md": article("防范电信诈骗讲座", date: "2025-02-10", extra: "groups: [elderly]\ntags: [防范诈骗]\n"),
        "content/elderly/old-news.zh.md": article("适老化应用体验课", date: "2024-12-01", extra: "tags: [智能手机]\n"),
        "content/education/coding.zh.md": article("编程启蒙课", date: "2025-01-15", extra: "groups: [students]\n"),
        "content/pages/about.zh.md": article("关于本行动", date: "2024-05-20", body: "全民数字素养与技能提升行动的宣传专题。"),
        "content/pages/about.en.md": article("About", date: "2024-05-20", body: "The campaign site of the digital literacy action."),
        "content/projects/list.yml": """
            title: {zh: 2025项目清单, en: 2025 Projects}
            projects:
              - id: sc-phone-class
                title: {zh: 长者智能手机课堂, en: Smartphone classes for older people}
                organizer: {zh: 老年大学, en: University for the Elderly}
                organizerType: base
                series: elderly
                groups: [elderly]
                region: {zh: 成都市, en: Chengdu}
                start: 2025-03-01
                end: 2025-12-31
                reach: 800
                summary: {zh: 每周两次的手机课。, en: A phone class twice a week.}
                body: {zh: "课程由**志愿者**讲授。", en: "Volunteers **teach** the class."}
            """,
    ]

    @Test func everyPageKindMatchesItsSnapshot() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let result = site.build(now: "2025-06-01")
        #expect(result.summary != nil, "\(result.diagnostics)")
        var mismatches: [String] = []
        for (name, path) in Self.pages {
            let page = try #require(site.read(path), "\(path) was not written")
            let snapshot = Self.folder.appendingPathComponent(name)
            if Self.updating {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try Data(page.utf8).write(to: snapshot)
                continue
            }
            guard let expected = try? String(contentsOf: snapshot, encoding: .utf8) else {
                mismatches.append("\(name) (from \(path)): no snapshot yet")
                continue
            }
            if expected != page { mismatches.append("\(name) (from \(path)): \(Self.firstDifference(expected, page))") }
        }
        #expect(mismatches.isEmpty, """
            pages differ from Tests/Snapshots (review, then PLACARD_UPDATE_SNAPSHOTS=1 swift test --filter PageSnapshotTests):
            \(mismatches.joined(separator: "\n"))
            """)
    }

    /// The first line that differs, with its number, for a readable failure.
    static func firstDifference(_ old: String, _ new: String) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false), b = new.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) where (i < a.count ? a[i] : nil) != (i < b.count ? b[i] : nil) {
            return "line \(i + 1): snapshot \(i < a.count ? String(a[i].prefix(160)) : "(none)") | now \(i < b.count ? String(b[i].prefix(160)) : "(none)")"
        }
        return "same lines"
    }
}

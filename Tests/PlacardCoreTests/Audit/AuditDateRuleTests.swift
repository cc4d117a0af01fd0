import Foundation
import Testing
@testable import PlacardCore

/// `stale-home`, `stale-series` and `blank-series`, each on both sides of its threshold (SPEC §7.4).
@Suite struct AuditDateRuleTests {
    @Test func homeIsStaleAfterMoreThanHomeUpdateDays() throws {
        let site = try TestSite(everySeries("2025-05-18"), config: auditConfig())
        defer { site.remove() }
        // 2025-05-18 → 2025-06-01 is 14 days: still current; 15 days is stale.
        #expect(site.findings(.staleHome, now: "2025-06-01").isEmpty)
        #expect(site.findings(.staleHome, now: "2025-06-02") == [
            "site.yml:-: error: the newest article is from 2025-05-18, 15 days ago: the home page counts as not updated for more than 14 days; publish an article (or change `audit.homeUpdateDays`)",
        ])
        let report = site.audit(now: "2025-06-02").report
        #expect(!report.passes)
        #expect(report.findings.first?.url == "https://digital.example.gov.cn/zh/")
    }

    @Test func homeUpdateDaysComesFromSiteYML() throws {
        let site = try TestSite(everySeries("2025-05-25"), config: auditConfig(extra: "audit:\n  homeUpdateDays: 7\n"))
        defer { site.remove() }
        #expect(site.findings(.staleHome, now: "2025-06-01").isEmpty)
        #expect(site.findings(.staleHome, now: "2025-06-02").first?.hasPrefix("site.yml:11: error: the newest article is from 2025-05-25, 8 days ago") == true)
    }

    @Test func aSiteWithoutArticlesIsStale() throws {
        let site = try TestSite([:], config: auditConfig(series: "  - {key: elderly, title: 助老}"))
        defer { site.remove() }
        #expect(site.findings(.staleHome).first?.contains("no published article") == true)
    }

    @Test func draftsAndFutureArticlesDoNotCountAsUpdates() throws {
        var files = everySeries("2025-05-01")
        files["content/elderly/draft.zh.md"] = article("草稿", date: "2025-05-30", extra: "draft: true\n")
        files["content/elderly/future.zh.md"] = article("未来", date: "2025-06-20")
        let site = try TestSite(files, config: auditConfig())
        defer { site.remove() }
        #expect(site.findings(.staleHome).first?.contains("from 2025-05-01, 31 days ago") == true)
    }

    @Test func seriesWithUpdateDaysIsStaleAfterMoreThanThat() throws {
        let series = """
              - key: elderly
                title: {zh: 助老助残篇, en: Older People}
                updateDays: 30
              - key: education
                title: {zh: 教育篇, en: Education}
            """
        var files = everySeries("2025-05-30")
        files["content/elderly/fresh.zh.md"] = article("旧闻", date: "2025-05-02")
        files["content/elderly/fresh.en.md"] = article("Old", date: "2025-05-01", body: "Text.")
        let site = try TestSite(files, config: auditConfig(series: series))
        defer { site.remove() }
        // The series' newest article (any language) is from 2025-05-02: 30 days before 2025-06-01.
        #expect(site.findings(.staleSeries, now: "2025-06-01").isEmpty)
        #expect(site.findings(.staleSeries, now: "2025-06-02") == [
            "site.yml:7: warning: the series `elderly` (助老助残篇) was last updated on 2025-05-02, 31 days ago, more than its `updateDays: 30`; publish an article in it",
        ])
    }

    @Test func fiveStaleSeriesAreErrors() throws {
        let keys = ["s1", "s2", "s3", "s4", "s5"]
        let series = keys.map { "  - {key: \($0), title: \($0), updateDays: 10}" }.joined(separator: "\n")
        let site = try TestSite(everySeries("2025-05-20", series: keys), config: auditConfig(series: series))
        defer { site.remove() }
        // Four stale series are warnings, five are errors.
        #expect(site.findings(.staleSeries, now: "2025-05-30").isEmpty)
        let five = site.findings(.staleSeries, now: "2025-05-31")
        #expect(five.count == 5 && five.allSatisfy { $0.contains(": error: ") })
        #expect(five.first?.hasPrefix("site.yml:7: error: the series `s1` (s1) was last updated on 2025-05-20, 11 days ago") == true)
        try site.write(Data(article("新闻", date: "2025-05-30").utf8), to: "content/s5/fresh.zh.md")
        let four = site.findings(.staleSeries, now: "2025-05-31")
        #expect(four.count == 4 && four.allSatisfy { $0.contains(": warning: ") })
    }

    @Test func blankSeriesCountPerSeriesAndLanguage() throws {
        var files = everySeries("2025-05-30")
        files["content/education/fresh.en.md"] = nil
        let site = try TestSite(files, config: auditConfig())
        defer { site.remove() }
        #expect(site.findings(.blankSeries) == [
            "site.yml:9: warning: the series `education` (教育篇) has no published article in English: an inspection counts it as a blank column; publish one, or remove the series",
        ])
        let finding = try #require(site.audit().report.findings.first { $0.rule == .blankSeries })
        #expect(finding.url == "https://digital.example.gov.cn/en/education/")
    }

    @Test func blankSeriesAreErrorsFromBlankSeriesLimit() throws {
        let files = ["content/elderly/fresh.zh.md": article("新闻", date: "2025-05-30")]
        // Three blank (series, language) pairs: elderly/en, education/zh, education/en.
        let atLimit = try TestSite(files, config: auditConfig(extra: "audit: {blankSeriesLimit: 3}\n"))
        defer { atLimit.remove() }
        let errors = atLimit.findings(.blankSeries)
        #expect(errors.count == 3 && errors.allSatisfy { $0.contains(": error: ") })
        let belowLimit = try TestSite(files, config: auditConfig(extra: "audit: {blankSeriesLimit: 4}\n"))
        defer { belowLimit.remove() }
        let warnings = belowLimit.findings(.blankSeries)
        #expect(warnings.count == 3 && warnings.allSatisfy { $0.contains(": warning: ") })
        // The default limit is 5.
        let byDefault = try TestSite(files, config: auditConfig())
        defer { byDefault.remove() }
        #expect(byDefault.findings(.blankSeries).allSatisfy { $0.contains(": warning: ") })
    }

    @Test func badAuditSettingsAreErrorsInCheckToo() throws {
        let config = auditConfig(series: """
              - key: elderly
                title: 助老
                updateDays: often
            """, extra: "audit:\n  homeUpdateDays: 0\n  blankSeriesLimit: 2.5\n  linkTimeout: -1\n  colour: red\n")
        let site = try TestSite(everySeries("2025-05-30", series: ["elderly"]), config: config)
        defer { site.remove() }
        let (report, diagnostics) = site.audit()
        #expect(!report.siteRead && diagnostics.isEmpty)
        #expect(report.findings.allSatisfy { $0.rule == .check })
        #expect(report.findings.map { "\($0.path):\($0.line ?? 0): \($0.severity.rawValue): \($0.message.en)" } == [
            "site.yml:9: error: `updateDays` should be a whole number of 1 or more, like `updateDays: 14`, not `often`",
            "site.yml:11: error: `audit.homeUpdateDays` should be a whole number of 1 or more, like `homeUpdateDays: 14`, not `0`",
            "site.yml:12: error: `audit.blankSeriesLimit` should be a whole number of 1 or more, like `blankSeriesLimit: 14`, not `2.5`",
            "site.yml:13: error: `audit.linkTimeout` should be a number of seconds above 0, like `linkTimeout: 10`, not `-1`",
            "site.yml:14: warning: `audit.colour` is not a setting Placard knows (homeUpdateDays, blankSeriesLimit, linkTimeout); it is ignored",
        ])
        #expect(report.findings[1].message.zh.contains("应当是不小于 1 的整数"))
        #expect(!site.check().ok)
    }

    @Test func dayDifferencesCountCalendarDays() {
        let a = Day(year: 2024, month: 2, day: 28)!, b = Day(year: 2024, month: 3, day: 1)!
        #expect(b.days(since: a) == 2)
        #expect(Day(year: 2025, month: 1, day: 1)!.days(since: Day(year: 2024, month: 12, day: 31)!) == 1)
        #expect(Day(year: 1970, month: 1, day: 1)!.ordinal == 0)
    }
}

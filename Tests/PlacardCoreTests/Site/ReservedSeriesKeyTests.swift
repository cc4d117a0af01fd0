import Foundation
import Testing
@testable import PlacardCore

/// `search-index` is the folder of a language's search index, so no series may take it, as no
/// series may take `search` (SPEC §3).
@Suite struct ReservedSeriesKeyTests {
    @Test func searchIndexIsNoSeriesKey() throws {
        let config = """
        title: T
        baseURL: https://x.gov.cn/
        languages:
          - {code: zh, locale: zh-CN, name: 中文}
        series:
          - key: elderly
            title: 助老
          - key: search-index
            title: 索引
        """
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")], config: config)
        defer { site.remove() }
        let errors = site.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.path):\($0.line ?? 0)" } == ["site.yml:8"], "\(errors)")
        #expect(errors.first?.message.hasPrefix("`search-index` cannot be a series key") == true)
    }
}

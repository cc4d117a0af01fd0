import Foundation
import Testing
@testable import PlacardCore

/// A root-absolute link names a theme's static file by its exact path in the theme's `static/`
/// (SPEC §7.7): a name that is only alike (`_` for `-`, a dot for a slash) points at nothing.
@Suite struct ThemeFileLinkTests {
    @Test func aThemeFileIsNamedExactly() throws {
        let site = try TestSite(["content/pages/x.zh.md": article("X", body: "[样式](/style.css) [徽标](/gov-badge.svg)")])
        defer { site.remove() }
        let (summary, diagnostics) = site.build(baseURL: "https://x.gov.cn/zt/szsy/")
        #expect(summary != nil, "\(diagnostics)")
        let html = try #require(site.read("zh/x/index.html"))
        #expect(html.range(of: #"href="/zt/szsy/style\.[0-9a-f]{10}\.css""#, options: .regularExpression) != nil)
        #expect(html.contains("href=\"/zt/szsy/gov-badge.svg\""))
    }

    @Test func aNameThatIsOnlyAlikePointsAtNothing() throws {
        let site = try TestSite(["content/pages/x.zh.md": article("X", body: "[a](/gov_badge.svg) [b](/style_css) [c](/read.aloud.js) ![d](/pointer_large_svg)")])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 4 && errors.allSatisfy { $0.message.contains("points at nothing") }, "\(errors)")
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// `/index.html`, the choice of language, carries the footer with the site's `identity` like
/// every other page (SPEC §3).
@Suite struct LanguageChooserFooterTests {
    @Test func theChoiceOfLanguageShowsTheIdentity() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        let html = try #require(site.read("index.html"))
        for text in ["<footer class=\"site-footer\">", "https://beian.miit.gov.cn/", "蜀ICP备00000000号", "四川省委网信办", "5100000001"] {
            #expect(html.contains(text), "\(text)")
        }
        #expect(html.contains("<html lang=\"zh-CN\">"), "in the default language, as its heading")
    }
}

import Testing
@testable import PlacardCore

/// A base URL whose host is written in Chinese is used as browsers send it: the host in Punycode,
/// the path percent-encoded.
@Suite struct BaseURLHostTests {
    @Test func chineseHostIsPunycodedEverywhere() throws {
        let config = TestSite.defaultConfig.replacingOccurrences(of: "baseURL: https://digital.example.gov.cn/",
                                                                  with: "baseURL: https://数字.政务.cn/专题")
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")], config: config)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        let base = "https://xn--p8sv8u.xn--zfr164b.cn/%E4%B8%93%E9%A2%98/"
        #expect(BaseURL.normalized("https://数字.政务.cn/专题") == base)
        #expect(BaseURL.normalized("https://数字。政务.cn:8080/") == "https://xn--p8sv8u.xn--zfr164b.cn:8080/")
        let page = try #require(site.read("zh/elderly/a/index.html"))
        #expect(page.contains("<link rel=\"canonical\" href=\"\(base)zh/elderly/a/\">"))
        #expect(page.contains("content=\"xn--p8sv8u.xn--zfr164b.cn\""), "the SiteDomain meta tag")
        #expect(try #require(site.read("sitemap.xml")).contains("<loc>\(base)zh/elderly/a/</loc>"))
        #expect(try #require(site.read("zh/feed.xml")).contains("\(base)zh/elderly/a/"))
        #expect(!(try #require(site.read("robots.txt")).contains("%E6")), "no percent-encoded host")
    }
}

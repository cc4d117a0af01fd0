import Testing
@testable import PlacardCore

/// A base URL on a Chinese domain name (SPEC §6: canonical, hreflang, sitemap and feed links are
/// absolute): its host is written in Punycode, as browsers send it and as `placard init` writes it,
/// never percent-encoded; the path keeps its percent-encoding.
@Suite struct BaseURLHostTests {
    @Test func aChineseHostIsWrittenInPunycode() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        #expect(site.build(baseURL: "https://数字.政务.cn/专题/").summary != nil)
        let origin = "https://xn--p8sv8u.xn--zfr164b.cn/%E4%B8%93%E9%A2%98"
        let page = try #require(site.read("zh/elderly/a/index.html"))
        #expect(page.contains("<link rel=\"canonical\" href=\"\(origin)/zh/elderly/a/\">"))
        #expect(page.contains("href=\"/%E4%B8%93%E9%A2%98/zh/elderly/\""), "links inside pages stay root-relative")
        #expect(site.read("sitemap.xml")?.contains("<loc>\(origin)/zh/elderly/a/</loc>") == true)
        #expect(site.read("zh/feed.xml")?.contains("<link>\(origin)/zh/elderly/a/</link>") == true)
        #expect(BaseURL.normalized("https://数字.政务.cn:8443/zt") == "https://xn--p8sv8u.xn--zfr164b.cn:8443/zt/")
        #expect(BaseURL.normalized("https://www.example.gov.cn/专题") == "https://www.example.gov.cn/%E4%B8%93%E9%A2%98/")
    }

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

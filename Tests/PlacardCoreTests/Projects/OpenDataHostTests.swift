import Foundation
import Testing
@testable import PlacardCore

/// A base URL on a Chinese domain name (`数字.中国`, `.政务`): absolute addresses and calendar UIDs
/// name the host in Punycode, as DNS knows it, not percent-encoded (SPEC §6, §7.3).
@Suite struct OpenDataHostTests {
    static let list = """
    title: 清单
    projects:
      - {id: p1, title: 课, organizer: 厅, organizerType: city, series: elderly, start: 2025-01-05}
    """

    @Test func aChineseDomainIsWrittenInPunycode() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲"), "content/projects/list.yml": Self.list])
        defer { site.remove() }
        #expect(site.build(baseURL: "https://数字.中国/专题/").summary != nil)
        let origin = "https://xn--p8sv8u.xn--fiqs8s/%E4%B8%93%E9%A2%98/"
        let calendar = try #require(site.read("zh/projects/projects.ics"))
        #expect(calendar.contains("\r\nUID:p1@xn--p8sv8u.xn--fiqs8s\r\n"))
        #expect(calendar.contains("\r\nURL:\(origin)zh/projects/p1/\r\n"))
        #expect(site.read("zh/projects/projects.json")?.contains("\"url\" : \"\(origin)zh/projects/p1/\"") == true)
        #expect(site.read("zh/projects/p1/index.html")?.contains("<link rel=\"canonical\" href=\"\(origin)zh/projects/p1/\">") == true)
        #expect(site.read("sitemap.xml")?.contains("<loc>\(origin)zh/</loc>") == true)
        #expect(site.read("zh/feed.xml")?.contains("<link>\(origin)zh/elderly/a/</link>") == true)
        #expect(site.read("zh/projects/index.html")?.contains("href=\"/%E4%B8%93%E9%A2%98/projects.csv\"") == true, "links stay root-relative")
    }

    @Test func asciiHostsAndPortsAreKept() {
        #expect(BaseURL.normalized("http://数字.cn:8080/a") == "http://xn--p8sv8u.cn:8080/a/")
        #expect(BaseURL.normalized("https://digital.example.gov.cn/zt/数字/") == "https://digital.example.gov.cn/zt/%E6%95%B0%E5%AD%97/")
        #expect(URLs(baseURL: "https://数字.政务.cn/").host == "xn--p8sv8u.xn--zfr164b.cn")
    }
}

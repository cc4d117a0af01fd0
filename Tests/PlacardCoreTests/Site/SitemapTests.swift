import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PlacardCore

/// The sitemaps protocol's limits: 50,000 URLs and 50 MB a file; past them, an index and parts.
@Suite struct SitemapTests {
    private func entries(_ count: Int) -> [SitemapEntry] {
        (0..<count).map { number in
            SitemapEntry(location: "https://example.gov.cn/zh/a-\(String(format: "%03d", number))/",
                         alternates: [(hreflang: "zh-CN", href: "https://example.gov.cn/zh/a-\(number)/?x=1&y=2")],
                         lastModified: "2026-11-28")
        }
    }
    private let partURL = { (number: Int) in "https://example.gov.cn/portal/sitemap-\(number).xml" }

    @Test func aSmallSiteHasOneSitemap() throws {
        let files = Sitemap.files(entries(3), partURL: partURL)
        #expect(files.map(\.path) == ["sitemap.xml"])
        #expect(files[0].text.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset "))
        #expect(files[0].text.components(separatedBy: "<url>").count - 1 == 3)
        #expect(files[0].text.contains("?x=1&amp;y=2"))
        #expect(XMLParser(data: Data(files[0].text.utf8)).parse())
    }

    @Test func tooManyURLsSplitIntoPartsUnderAnIndex() throws {
        let files = Sitemap.files(entries(5), maxURLs: 2, partURL: partURL)
        #expect(files.map(\.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"])
        let index = files[0].text
        #expect(index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(index.contains("<loc>https://example.gov.cn/portal/sitemap-3.xml</loc>"))
        #expect(files.dropFirst().map { $0.text.components(separatedBy: "<url>").count - 1 } == [2, 2, 1])
        // Every URL once, in order, across the parts.
        let locations = files.dropFirst().flatMap { file in
            file.text.components(separatedBy: "<loc>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        }
        #expect(locations == entries(5).map(\.location))
        for file in files { #expect(XMLParser(data: Data(file.text.utf8)).parse(), "\(file.path)") }
    }

    @Test func aPartStaysUnderTheByteLimit() throws {
        let one = Sitemap.files(entries(1), partURL: partURL)[0].text.utf8.count
        let files = Sitemap.files(entries(10), maxBytes: one * 3, partURL: partURL)
        #expect(files.count > 2)
        for file in files.dropFirst() { #expect(file.text.utf8.count <= one * 3) }
        #expect(files.dropFirst().map { $0.text.components(separatedBy: "<url>").count - 1 }.reduce(0, +) == 10)
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// A tag's URL segment (SPEC §6) never makes a hidden folder: servers, `placard serve` and GitHub
/// Pages' upload leave out a path with a segment starting with `.`.
@Suite struct TagSegmentDotTests {
    @Test func aTagStartingWithADotGetsADashBeforeIt() throws {
        #expect(TagSegment.of(".NET") == "-.net")
        #expect(TagSegment.of("..") == "-..")
        #expect(TagSegment.of("Vue.js") == "vue.js")
        let site = try TestSite(["content/elderly/a.en.md": article("A", extra: "tags: [.NET, \".\", Vue.js]\n")])
        defer { site.remove() }
        #expect(site.build().summary != nil)
        let page = try #require(site.read("en/elderly/a/index.html"))
        for link in ["/en/tags/-.net/", "/en/tags/-./", "/en/tags/vue.js/"] {
            #expect(page.contains("href=\"\(link)\""), "\(link)")
            #expect(site.exists(String(link.dropFirst()) + "index.html"), "\(link)")
        }
        #expect(!site.outputFiles().contains { $0.split(separator: "/").contains { $0.hasPrefix(".") } }, "no hidden folder or file")
    }
}

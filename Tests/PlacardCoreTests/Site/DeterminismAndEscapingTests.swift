import Foundation
import Testing
@testable import PlacardCore

@Suite struct DeterminismAndEscapingTests {
    static let hostile = "<img src=x onerror=alert(1)> \"引号\" & 'apos'"

    static let files = [
        "content/elderly/hostile.zh.md": article(hostile, extra: "summary: \"\(hostile.replacingOccurrences(of: "\"", with: "\\\""))\"\ntags: [\"<b>tag</b>\"]\nsource: \"<i>src</i>\"\n",
                                                 body: "正文<script>alert(2)</script>段落。"),
        "content/elderly/b.zh.md": article("乙", date: "2025-01-02", extra: "tags: [甲, 乙]\n"),
        "content/elderly/c.zh.md": article("丙", date: "2025-01-02", extra: "tags: [乙, 甲]\n"),
        "content/education/d.en.md": article("D", date: "2025-01-03"),
        "content/projects/p.yml": """
        title: 清单
        projects:
          - id: p-1
            title: "<script>alert(3)</script>项目"
            organizer: "A & B"
            organizerType: association
            series: elderly
            region: "\\"区\\""
            start: 2024-01-01
        """,
    ]

    @Test func sameInputAndNowGiveIdenticalBytes() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let second = site.root.appendingPathComponent("second")
        #expect(site.build(output: site.output).summary != nil)
        #expect(site.build(output: second).summary != nil)
        let files = site.outputFiles()
        #expect(files == site.outputFiles(in: second))
        for file in files {
            let a = try Data(contentsOf: site.output.appendingPathComponent(file))
            let b = try Data(contentsOf: second.appendingPathComponent(file))
            #expect(a == b, "\(file) differs between two builds")
        }
    }

    @Test func staleFilesDoNotSurvive() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        site.build()
        try site.write(Data("old".utf8), to: "public/zh/stale.html")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/elderly/b.zh.md"))
        site.build()
        #expect(!site.exists("zh/stale.html"))
        #expect(!site.exists("zh/elderly/b/index.html"))
    }

    @Test func contentIsEscapedEverywhere() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        for file in site.outputFiles() where file.hasSuffix(".html") {
            let html = site.read(file) ?? ""
            #expect(!html.contains("<img src=x"), "\(file)")
            #expect(!html.contains("<script>alert"), "\(file)")
            #expect(!html.contains("<b>tag</b>"), "\(file)")
            #expect(!html.contains("<i>src</i>"), "\(file)")
        }
        let article = try #require(site.read("zh/elderly/hostile/index.html"))
        #expect(article.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(article.contains("content=\"&lt;img src=x onerror=alert(1)&gt; &quot;引号&quot;"), "attribute escaping")
        for feed in ["zh/feed.xml", "zh/elderly/feed.xml"] {
            let xml = try #require(site.read(feed))
            #expect(FeedReader(xml) != nil, "\(feed) is well-formed XML")
            #expect(!xml.contains("<img src=x"))
        }
        for index in site.outputFiles().filter({ $0.hasSuffix(".json") }) {
            let data = try Data(contentsOf: site.output.appendingPathComponent(index))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(index) is valid JSON")
        }
        #expect(FeedReader(try #require(site.read("sitemap.xml"))) != nil)
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// SPEC §7.8: read aloud, the display switches, QR codes and share cards, on a whole site.
@Suite struct ReaderToolsTests {
    static let files = [
        "content/elderly/phone-class.zh.md": article("手机课堂 <“第一期”>", extra: "cover: /images/cover.png\n", body: "课堂第一段。\n\n## 报名\n\n- 第一步"),
        "content/elderly/phone-class.en.md": article("Phone class \"one\"", body: "First paragraph."),
        "content/elderly/empty.zh.md": article("只有标题", date: "2025-01-09", body: ""),
        "content/pages/about.zh.md": article("关于本站"),
        "content/images/cover.png": "png",
        "content/projects/list.yml": """
        title: {zh: 项目清单, en: Project list}
        projects:
          - id: sc24-edu
            title: {zh: 学生信息素养, en: Student literacy}
            summary: {zh: 面向中小学生的培训。, en: Training for pupils.}
            organizer: {zh: 教育厅, en: Department of Education}
            organizerType: department
            series: education
            start: 2024-05-20
        """,
    ]

    static func meta(_ html: String, _ attribute: String, _ name: String) -> String? {
        let marker = "<meta \(attribute)=\"\(name)\" content=\""
        guard let start = html.range(of: marker) else { return nil }
        return String(html[start.upperBound...].prefix { $0 != "\"" })
    }

    static func canonical(_ html: String) -> String? {
        guard let start = html.range(of: "<link rel=\"canonical\" href=\"") else { return nil }
        return String(html[start.upperBound...].prefix { $0 != "\"" })
    }

    @Test func everyPageKindCarriesAShareCard() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary != nil, "\(diagnostics)")
        let kinds: [(path: String, type: String, locale: String)] = [
            ("index.html", "website", "zh_CN"), ("404.html", "website", "zh_CN"),
            ("zh/index.html", "website", "zh_CN"), ("en/index.html", "website", "en_US"),
            ("zh/elderly/index.html", "website", "zh_CN"), ("en/elderly/index.html", "website", "en_US"),
            ("zh/elderly/phone-class/index.html", "article", "zh_CN"), ("en/elderly/phone-class/index.html", "article", "en_US"),
            ("zh/about/index.html", "website", "zh_CN"),
            ("zh/projects/index.html", "website", "zh_CN"), ("en/projects/sc24-edu/index.html", "website", "en_US"),
            ("zh/search/index.html", "website", "zh_CN"),
        ]
        for kind in kinds {
            let html = try #require(site.read(kind.path), "missing \(kind.path)")
            #expect(Self.meta(html, "property", "og:type") == kind.type, "\(kind.path)")
            #expect(Self.meta(html, "property", "og:locale") == kind.locale, "\(kind.path)")
            #expect(Self.meta(html, "property", "og:url") == Self.canonical(html), "\(kind.path)")
            #expect(Self.meta(html, "property", "og:url")?.hasPrefix("https://digital.example.gov.cn/") == true, "\(kind.path)")
            #expect(Self.meta(html, "property", "og:title")?.isEmpty == false, "\(kind.path)")
            let description = try #require(Self.meta(html, "name", "description"), "\(kind.path)")
            #expect(!description.isEmpty && Self.meta(html, "property", "og:description") == description, "\(kind.path)")
            #expect(Self.meta(html, "property", "og:site_name") != nil, "\(kind.path)")
        }
        let zh = try #require(site.read("zh/elderly/phone-class/index.html"))
        #expect(Self.meta(zh, "property", "og:title") == "手机课堂 &lt;“第一期”&gt;", "escaped")
        #expect(Self.meta(zh, "name", "description") == "课堂第一段。")
        #expect(Self.meta(zh, "property", "og:image") == "https://digital.example.gov.cn/images/cover.png")
        #expect(Self.meta(zh, "name", "twitter:card") == "summary_large_image")
        let en = try #require(site.read("en/elderly/phone-class/index.html"))
        #expect(Self.meta(en, "property", "og:title") == "Phone class &quot;one&quot;")
        #expect(Self.meta(en, "property", "og:image") == nil, "no cover, no image")
        #expect(Self.meta(en, "name", "twitter:card") == "summary")
        let project = try #require(site.read("zh/projects/sc24-edu/index.html"))
        #expect(Self.meta(project, "name", "description") == "面向中小学生的培训。")
        // Without a summary of its own a page describes itself with the site's description.
        let empty = try #require(site.read("zh/elderly/empty/index.html"))
        #expect(Self.meta(empty, "name", "description") == "全民数字素养与技能提升")
        // Redirect stubs are not pages.
        let stub = try #require(site.read("zh/elderly/page/1/index.html"))
        #expect(!stub.contains("og:"))
    }

    @Test func articleAndProjectPagesCarryTheQRCodeOfTheirCanonicalURL() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        site.build()
        for (path, label, caption) in [
            ("zh/elderly/phone-class/index.html", "本页网址的二维码", "手机扫码阅读"),
            ("en/elderly/phone-class/index.html", "QR code of this page's address", "Scan to read on a phone"),
            ("zh/projects/sc24-edu/index.html", "本页网址的二维码", "手机扫码阅读"),
        ] {
            let html = try #require(site.read(path))
            let url = try #require(Self.canonical(html))
            let svg = try #require(QRCode(url)).svg(label: label)
            #expect(html.contains("<figure class=\"qr-code\" data-qr>\(svg)<figcaption>\(caption)</figcaption></figure>"), "\(path)")
            #expect(html.contains("aria-label=\"\(HTMLEscape.attribute(label))\""))
        }
        for path in ["zh/index.html", "zh/about/index.html", "zh/projects/index.html", "zh/elderly/index.html"] {
            #expect(site.read(path)?.contains("data-qr") == false, "\(path)")
        }
    }

    @Test func readAloudAndTheSwitchesAreWhereTheyBelong() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        site.build()
        let readAloud = ["zh/elderly/phone-class/index.html", "en/elderly/phone-class/index.html", "zh/elderly/empty/index.html",
                         "zh/projects/sc24-edu/index.html", "en/projects/sc24-edu/index.html"]
        // Every page, the language chooser at /index.html too.
        for path in site.outputFiles().filter({ $0.hasSuffix(".html") && !$0.contains("/page/1/") }) {
            let html = try #require(site.read(path))
            let reads = readAloud.contains(path)
            #expect(html.contains("data-read-aloud ") == reads, "\(path)")
            #expect(html.contains("<script src=\"/read-aloud.") == reads, "\(path)")
            #expect(html.contains("class=\"reader-switch text-size-toggle\" aria-pressed=\"false\""), "\(path)")
            #expect(html.contains("<script src=\"/textsize."), "\(path)")
            #expect(html.contains("class=\"reader-switch contrast-toggle\" aria-pressed=\"false\""), "\(path)")
            #expect(html.contains("class=\"reader-switch pointer-toggle\" aria-pressed=\"false\""), "\(path)")
        }
        let project = try #require(site.read("zh/projects/sc24-edu/index.html"))
        #expect(project.contains("<p class=\"lead\" data-read-aloud-text>面向中小学生的培训。</p>"), "a project reads its summary")
        #expect(site.outputFiles().contains("pointer-large.svg") && site.outputFiles().contains("pointer-large-hand.svg"))
    }
}

@Suite struct QRCodeTests {
    /// The dark modules a 1-wide stroke along the path paints (`M x y.5`, `m dx dy`, `h n`), as a grid with the quiet zone.
    static func paint(_ svg: String, side: Int) -> [Bool] {
        var grid = [Bool](repeating: false, count: side * side)
        let d = svg.components(separatedBy: " d=\"")[1].prefix { $0 != "\"" }
        var (x, y) = (0.0, 0.0)
        var index = d.startIndex
        func number() -> Double {
            let start = index
            while index < d.endIndex, "-.0123456789".contains(d[index]) { index = d.index(after: index) }
            let value = Double(d[start..<index])!
            if index < d.endIndex, d[index] == " " { index = d.index(after: index) }
            return value
        }
        while index < d.endIndex {
            let command = d[index]
            index = d.index(after: index)
            switch command {
            case "M": (x, y) = (number(), number())
            case "m": (x, y) = (x + number(), y + number())
            case "h":
                let length = number()
                #expect(y.truncatingRemainder(dividingBy: 1) == 0.5 && length > 0, "runs on a row's centre line")
                for column in Int(x)..<Int(x + length) { grid[Int(y) * side + column] = true }
                x += length
            default: Issue.record("unexpected path command \(command)"); return grid
            }
        }
        return grid
    }

    @Test func svgPaintsExactlyTheModulesInsideAQuietZone() throws {
        let code = try #require(QRCode("https://digital.example.gov.cn/zh/elderly/phone-class/"))
        #expect(code.size == 33, "version 4 for a 55-byte URL at level M")
        let svg = code.svg(label: "二维码 \"甲\"")
        let side = code.size + 8
        #expect(svg.contains("viewBox=\"0 0 \(side) \(side)\""))
        #expect(svg.contains("shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"二维码 &quot;甲&quot;\""))
        #expect(svg.components(separatedBy: "<path").count == 2, "one path")
        #expect(svg.contains("<path stroke=\"#000\" d=\"M4 4.5h7m"), "the finder pattern's top edge first")
        #expect(svg.utf8.count < 2_100, "\(svg.utf8.count) bytes; twice that with a filled rectangle a run")
        let painted = Self.paint(svg, side: side)
        for row in 0..<side {
            for column in 0..<side {
                let inside = (4..<(4 + code.size)).contains(row) && (4..<(4 + code.size)).contains(column)
                let dark = inside && code.isDark(row: row - 4, column: column - 4)
                #expect(painted[row * side + column] == dark, "module \(row),\(column)")
            }
        }
        // The finder pattern's outer ring in the top-left corner.
        #expect((0..<7).allSatisfy { code.isDark(row: 0, column: $0) && code.isDark(row: 6, column: $0) && code.isDark(row: $0, column: 0) })
        #expect(!code.isDark(row: 1, column: 1) && code.isDark(row: 3, column: 3))
        #expect(svg.contains("width=\"32.8mm\""), "0.8 mm a module when printed")
    }

    @Test func aCodeWiderThanAWordIsPaintedExactly() throws {
        // Rows of more than 64 modules take two words; runs that cross from one to the next are one line.
        for length in [100, 300, 600] {
            let code = try #require(QRCode("https://example.org/" + String(repeating: "a1B-", count: length / 4)))
            #expect(code.size > 64 || length < 300, "\(code.size)")
            let side = code.size + 8
            let painted = Self.paint(code.svg(label: "x"), side: side)
            var wrong = 0
            for row in 0..<side {
                for column in 0..<side {
                    let inside = (4..<(4 + code.size)).contains(row) && (4..<(4 + code.size)).contains(column)
                    if painted[row * side + column] != (inside && code.isDark(row: row - 4, column: column - 4)) { wrong += 1 }
                }
            }
            #expect(wrong == 0, "\(code.size) modules a side")
        }
    }

    @Test func tooLongATextHasNoCode() {
        #expect(QRCode(String(repeating: "a", count: 5000)) == nil)
        #expect(QRCode("https://a.cn/")!.svg(label: "x").contains("width=\"30.0mm\""), "3 cm at least")
    }
}

import Foundation
import Testing
@testable import PlacardCore

/// What `placard init` writes for the base URL and the title (SPEC §7.1): deploy files that name the folder
/// as nginx and the server's disk do, a host as browsers send it, a title used as it is given.
@Suite struct InitDeployTests {
    static let today = Day(year: 2026, month: 9, day: 1)!

    static func starter(_ options: SiteStarter.Options) throws -> (root: URL, read: (String) throws -> String) {
        let root = try makeTestFolder("init")
        _ = try SiteStarter.create(in: root, options: options, today: today)
        return (root, { try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) })
    }

    @Test func aChinesePathIsWrittenDecodedForNginxAndRsync() throws {
        let (root, read) = try Self.starter(.init(baseURL: "https://www.example.gov.cn/zt/数字/"))
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try read("site.yml").contains("baseURL: \"https://www.example.gov.cn/zt/%E6%95%B0%E5%AD%97/\""), "links keep the encoded path")
        let nginx = try read("deploy/nginx.conf")
        #expect(nginx.contains("    location \"/zt/数字/\" {\n"))
        #expect(nginx.contains("    error_page 404 \"/zt/数字/404.html\";\n"))
        #expect(nginx.contains("    location = \"/zt/数字\" {\n        return 301 /zt/%E6%95%B0%E5%AD%97/;\n    }\n"))
        #expect(!nginx.contains("location /zt/%E6") && !nginx.contains("placard/zt/%E6"))
        #expect(!nginx.contains("geo "), "no helper variable without a $ in the path")
        let publish = try read("deploy/publish.sh")
        #expect(publish.contains("placard build --base-url 'https://www.example.gov.cn/zt/%E6%95%B0%E5%AD%97/'\n"))
        #expect(publish.contains("public/ \"$server\":'/var/www/placard/zt/数字/'\n"))
    }

    @Test func anASCIIPathLooksAsBefore() throws {
        let (root, read) = try Self.starter(.init())
        defer { try? FileManager.default.removeItem(at: root) }
        let nginx = try read("deploy/nginx.conf")
        #expect(nginx.contains("server {\n    listen 80;\n    server_name www.example.gov.cn;\n"))
        #expect(nginx.contains("    location /zt/szsy/ {\n") && nginx.contains("    error_page 404 /zt/szsy/404.html;\n"))
        #expect(nginx.contains("    location = /zt/szsy {\n        return 301 /zt/szsy/;\n    }\n"))
        #expect(!nginx.contains("{{"), "every placeholder filled")
        #expect(try read("deploy/publish.sh").contains("public/ \"$server\":'/var/www/placard/zt/szsy/'\n"))
    }

    /// `;` ends an nginx directive and `$` starts a variable: the path is quoted, and where nginx reads
    /// variables (`error_page`) a `$` is a variable that holds `$`.
    @Test func semicolonsDollarsAndQuotesAreWrittenSoNginxReadsThemAsText() throws {
        let (root, read) = try Self.starter(.init(baseURL: "https://x.org/a;b$c%22d/"))
        defer { try? FileManager.default.removeItem(at: root) }
        let nginx = try read("deploy/nginx.conf")
        #expect(nginx.contains("geo $placard_dollar { default \"$\"; }\n\nserver {\n"))
        #expect(nginx.contains("    location \"/a;b$c\\\"d/\" {\n"))
        #expect(nginx.contains("    error_page 404 \"/a;b${placard_dollar}c\\\"d/404.html\";\n"))
        #expect(nginx.contains("        return 301 \"/a;b%24c%22d/\";\n"))
        #expect(try read("deploy/publish.sh").contains("public/ \"$server\":'/var/www/placard/a;b$c\"d/'\n"))
        #expect(try read("deploy/publish.sh").contains("--base-url 'https://x.org/a;b$c%22d/'\n"))
    }

    @Test func aHostPastASCIIIsWrittenInPunycode() throws {
        let (root, read) = try Self.starter(.init(baseURL: "https://数字.政务.cn/zt/"))
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try read("site.yml").contains("baseURL: \"https://xn--p8sv8u.xn--zfr164b.cn/zt/\""))
        #expect(try read("deploy/nginx.conf").contains("    server_name xn--p8sv8u.xn--zfr164b.cn;\n"))
        #expect(Punycode.host("数字。政务。cn") == "xn--p8sv8u.xn--zfr164b.cn", "a Chinese full stop separates labels")
        #expect(Punycode.host("Bücher.Example") == "xn--bcher-kva.example")
        #expect(Punycode.encode("例え") == "r8jz45g" && Punycode.encode("a-b-ü") == "a-b--3ra", "RFC 3492 samples")
        #expect(BaseURL.asciiHost("http://数字.cn:8080/a/") == "http://xn--p8sv8u.cn:8080/a/")
    }

    @Test func aPunycodeSiteChecksAndBuildsWithPunycodeAddresses() throws {
        let scratch = try makeTestFolder("init")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let site = scratch.appendingPathComponent("site")
        let made = try PlacardProcess.run(["init", site.path, "--base-url", "https://数字.政务.cn/zt/数字/"])
        #expect(made.status == 0, "\(made.err)")
        let check = try PlacardProcess.run(["check", "--source", site.path])
        #expect(check.status == 0 && check.err.isEmpty, "\(check.err)")
        #expect(try PlacardProcess.run(["build", "--source", site.path, "--quiet"]).status == 0)
        let home = try String(contentsOf: site.appendingPathComponent("public/zh/index.html"), encoding: .utf8)
        #expect(home.contains("<link rel=\"canonical\" href=\"https://xn--p8sv8u.xn--zfr164b.cn/zt/%E6%95%B0%E5%AD%97/zh/\""))
    }

    @Test func aBaseURLWhosePathDecodesToNoFolderNameIsRefused() throws {
        let scratch = try makeTestFolder("init")
        defer { try? FileManager.default.removeItem(at: scratch) }
        for url in ["https://x.org/a%0Ab/", "https://x.org/a%FFb/"] {
            let result = try PlacardProcess.run(["init", scratch.appendingPathComponent("x").path, "--base-url", url])
            #expect(result.status == 2, "\(url)")
            #expect(result.err.contains("decodes to characters"), "\(result.err)")
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("x").path))
    }

    /// The title is written as given: `{{year}}` in it stays, quotes and backslashes are escaped.
    @Test(arguments: ["专题{{languages}}", "数字素养{{year}}年专题", "a \"b\" \\ c", "x: {zh: \"y\", en: \"z\"}", "$1 & <b>"])
    func aTitleIsUsedAsItIs(_ title: String) throws {
        let (root, _) = try Self.starter(.init(title: title, languages: ["fr", "zh"]))
        defer { try? FileManager.default.removeItem(at: root) }
        let diagnostics = Diagnostics()
        let site = try #require(SiteLoader.load(root: root, diagnostics: diagnostics))
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
        #expect(site.config.title.value("fr") == title && site.config.title.value("zh") == title)
    }

    @Test(arguments: ["Ligne un\nLigne deux", "a\u{01}b", "tab\there", "a\u{2028}b", "   ", ""])
    func aTitleThatIsNotOneLineIsRefused(_ title: String) throws {
        let scratch = try makeTestFolder("init")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("x")
        let result = try PlacardProcess.run(["init", folder.path, "--title", title])
        #expect(result.status == 2)
        #expect(result.err.contains("`--title` should be the site's name on one line"), "\(result.err)")
        #expect(!result.err.contains("\u{01}"), "control characters are shown escaped")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}

import Foundation
import Testing
import Yams
@testable import PlacardCore

/// `placard init` (SPEC §7.1): a new site that checks clean and builds at once; a non-empty folder is refused.
@Suite struct InitTests {
    static let series = ["industry", "education", "elderly", "women", "cadres"]

    @Test func aNewSiteChecksSilentlyAndBuilds() throws {
        let root = try PlacardProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("new/site")
        let made = try PlacardProcess.run(["init", site.path])
        #expect(made.status == 0, "\(made.err)")
        #expect(made.err.isEmpty)

        let check = try PlacardProcess.run(["check", "--source", site.path])
        #expect(check.status == 0)
        #expect(check.err.isEmpty, "\(check.err)")

        let build = try PlacardProcess.run(["build", "--source", site.path, "--quiet"])
        #expect(build.status == 0, "\(build.err)")
        let output = site.appendingPathComponent("public")
        for language in ["zh", "en"] {
            for key in Self.series {
                let page = try String(contentsOf: output.appendingPathComponent("\(language)/\(key)/index.html"), encoding: .utf8)
                let articles = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/\(key)").path)
                    .filter { $0.hasSuffix(".\(language).md") }
                #expect(!articles.isEmpty, "\(key) has a \(language) article")
                for file in articles {
                    let slug = file.dropLast(".\(language).md".count)
                    #expect(page.contains("href=\"/zt/szsy/\(language)/\(key)/\(slug)/\""), "\(language)/\(key) lists \(slug)")
                }
            }
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("\(language)/about/index.html").path))
            let projects = try String(contentsOf: output.appendingPathComponent("\(language)/projects/index.html"), encoding: .utf8)
            #expect(projects.components(separatedBy: "data-project-id=").count - 1 == 5)
        }
    }

    @Test func theStarterFilesAreAsSpecified() throws {
        let root = try PlacardProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = try SiteStarter.create(in: root, options: .init(), today: Day(year: 2026, month: 9, day: 1)!)
        for path in [".gitignore", ".github/workflows/publish.yml", ".gitlab-ci.yml", "deploy/nginx.conf", "site.yml",
                     "content/pages/about.zh.md", "content/pages/about.en.md", "content/projects/campaign-projects.yml"] {
            #expect(files.contains(path), "\(path)")
        }
        #expect(try String(contentsOf: root.appendingPathComponent(".gitignore"), encoding: .utf8).contains("\npublic/\n"))
        let csv = try Data(contentsOf: root.appendingPathComponent("content/projects/campaign-projects.csv"))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a byte order mark, as Excel writes it")
        #expect(String(decoding: csv, as: UTF8.self).components(separatedBy: "\r\n").count == 7, "CRLF line ends")
        let article = try String(contentsOf: root.appendingPathComponent("content/elderly/phone-class.zh.md"), encoding: .utf8)
        #expect(article.contains("date: 2026-09-01"), "dated the day of init, so the site is not stale")
        #expect(article.contains("示例"))
        let config = try String(contentsOf: root.appendingPathComponent("site.yml"), encoding: .utf8)
        #expect(config.contains("baseURL: \"https://www.example.gov.cn/zt/szsy/\""))
        #expect(try String(contentsOf: root.appendingPathComponent("deploy/nginx.conf"), encoding: .utf8).contains("location /zt/szsy/ {"))
        // Every setting is explained in both languages: each key line follows a comment.
        let lines = config.components(separatedBy: "\n")
        for (index, line) in lines.enumerated() where !line.hasPrefix(" ") && !line.hasPrefix("#") && line.contains(":") {
            #expect(lines[index - 1].hasPrefix("#"), "`\(line)` has a comment above it")
        }
    }

    @Test func titleLanguagesAndBaseURLFillTheSite() throws {
        let root = try PlacardProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        let made = try PlacardProcess.run(["init", site.path, "--title", "成都市数字素养", "--languages", "zh,en,fr", "--base-url", "https://www.example.gov.cn/zt/cd"])
        #expect(made.status == 0, "\(made.err)")
        let config = try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8)
        #expect(config.contains("title: {zh: \"成都市数字素养\", en: \"成都市数字素养\", fr: \"成都市数字素养\"}"))
        #expect(config.contains("  - {code: fr, locale: fr-FR, name: \"Français\"}"))
        #expect(config.contains("baseURL: \"https://www.example.gov.cn/zt/cd/\""))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("content/cadres/online-learning.fr.md").path))
        #expect(try String(contentsOf: site.appendingPathComponent("deploy/nginx.conf"), encoding: .utf8).contains("location /zt/cd/ {"))
        let check = try PlacardProcess.run(["check", "--source", site.path])
        #expect(check.status == 0 && check.err.isEmpty, "\(check.err)")
        #expect(try PlacardProcess.run(["build", "--source", site.path, "--quiet"]).status == 0)
    }

    /// Languages other than zh and en start with the English articles, linking to their own copies.
    @Test(arguments: ["fr", "de", "ja", "fr,de", "vi,zh", "en,fr"])
    func everyLanguageListChecksSilentlyAndBuilds(_ languages: String) throws {
        let root = try PlacardProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        let made = try PlacardProcess.run(["init", site.path, "--languages", languages])
        #expect(made.status == 0, "\(made.err)")
        let check = try PlacardProcess.run(["check", "--source", site.path])
        #expect(check.status == 0 && check.err.isEmpty, "\(languages): \(check.err)")
        #expect(try PlacardProcess.run(["build", "--source", site.path, "--quiet"]).status == 0)
        for code in languages.split(separator: ",") where code != "zh" {
            let article = try String(contentsOf: site.appendingPathComponent("content/elderly/phone-class.\(code).md"), encoding: .utf8)
            #expect(article.contains("](../education/teachers-digital-teaching.\(code).md)"), "\(code)")
        }
    }

    @Test func copiesLinkToTheirOwnLanguage() {
        let text = "[a](../b/c.en.md) [d](c.en.md#part) [e](https://example.com/c.en.md) c.en.md"
        #expect(StarterRenderer.linking(text, from: "content/x/c.en.md", to: "fr")
            == "[a](../b/c.fr.md) [d](c.fr.md#part) [e](https://example.com/c.en.md) c.en.md")
        #expect(StarterRenderer.linking(text, from: "content/x/c.en.md", to: "en") == text)
        #expect(StarterRenderer.linking(text, from: "site.yml", to: nil) == text)
    }

    @Test func aFolderThatIsNotEmptyIsRefusedUntouched() throws {
        let root = try PlacardProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("mine".utf8).write(to: root.appendingPathComponent("notes.txt"))
        let result = try PlacardProcess.run(["init", root.path])
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("is not empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["notes.txt"])
        #expect(try String(contentsOf: root.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
        #expect(try PlacardProcess.run(["init", root.appendingPathComponent("x").path, "--languages", "ZH"]).status == 2)
        let repeated = try PlacardProcess.run(["init", root.appendingPathComponent("x").path, "--languages", "zh,en,zh"])
        #expect(repeated.status == 2 && repeated.err.contains("lists `zh` twice"))
        #expect(try PlacardProcess.run(["init", root.appendingPathComponent("x").path, "--base-url", "zt/x"]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("x").path))
    }

    @Test func versionPrintsTheVersion() throws {
        let result = try PlacardProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.out == "placard \(PlacardVersion.current)\n")
    }

    @Test func helpForACommandThatIsNotOneIsWrongUsage() throws {
        let wrong = try PlacardProcess.run(["help", "nosuch"])
        #expect(wrong.status == 2 && wrong.out.isEmpty)
        #expect(wrong.err.contains("nosuch"))
        let right = try PlacardProcess.run(["help", "build"])
        #expect(right.status == 0 && right.out.contains("--output"))
    }

    @Test func theEmbeddedStarterIsTheStarterFolder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../starter").standardizedFileURL
        var onDisk: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            onDisk[String(url.standardizedFileURL.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
        }
        var embedded = SiteStarter.textFiles.mapValues { Data($0.utf8) }
        for (path, base64) in SiteStarter.binaryFiles { embedded[path] = Data(base64Encoded: base64) }
        #expect(embedded == onDisk, "starter/ changed: run tools/embed-starter.py")
    }
}

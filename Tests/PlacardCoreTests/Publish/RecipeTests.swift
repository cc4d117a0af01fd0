import Foundation
import Testing
import Yams
@testable import PlacardCore

/// The publishing recipes (SPEC §7.1), in this repository and as `placard init` writes them: the CI files
/// parse as YAML, install Placard the README's way, run `placard check` and then `placard build --base-url`.
@Suite struct RecipeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardizedFileURL

    /// The lines `scripts/build-demo.sh` (the README's command) runs to install and build Placard.
    static let readmeInstall = ["scripts/install-deps.sh", "swift build -c release --product placard"]

    static func initSite() throws -> URL {
        let folder = try PlacardProcess.temporaryFolder()
        _ = try SiteStarter.create(in: folder, options: .init(baseURL: "https://digital.example.gov.cn/zt/szsy/"), today: Day(year: 2026, month: 9, day: 1)!)
        return folder
    }

    /// Every command line of a GitHub workflow (`jobs.*.steps[].run`) or GitLab CI file (`<job>.script`), in order.
    static func commands(in path: URL) throws -> [String] {
        let text = try String(contentsOf: path, encoding: .utf8)
        let node = try #require(try Yams.compose(yaml: text), "\(path.path) parses as YAML")
        var lines: [String] = []
        func collect(_ node: Node) {
            if let sequence = node.sequence { sequence.forEach(collect) } else if let text = node.string {
                lines += text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            }
        }
        if let jobs = node["jobs"]?.mapping {
            for (_, job) in jobs { for step in job["steps"]?.sequence ?? [] { if let run = step["run"] { collect(run) } } }
        } else {
            for (_, job) in node.mapping ?? [:] { if let script = job["script"] { collect(script) } }
        }
        return lines
    }

    static func expectRecipe(_ lines: [String], _ name: String) {
        for install in readmeInstall {
            #expect(lines.contains { $0.contains(install) }, "\(name) runs `\(install)`")
        }
        let check = lines.firstIndex { $0.contains("placard check") }
        let build = lines.firstIndex { $0.contains("placard build --base-url ") }
        #expect(check != nil && build != nil && check! < build!, "\(name) runs placard check, then placard build --base-url")
    }

    @Test func theReadmeCommandInstallsPlacardAsTheRecipesDo() throws {
        let script = try String(contentsOf: Self.repository.appendingPathComponent("scripts/build-demo.sh"), encoding: .utf8)
        for install in Self.readmeInstall { #expect(script.contains("\n" + install)) }
        let readme = try String(contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("scripts/build-demo.sh"))
    }

    @Test func repositoryRecipesParseAndRunTheReadmeCommands() throws {
        for path in [".github/workflows/publish.yml", ".gitlab-ci.yml"] {
            Self.expectRecipe(try Self.commands(in: Self.repository.appendingPathComponent(path)), path)
        }
    }

    @Test func initRecipesParseAndRunTheReadmeCommands() throws {
        let site = try Self.initSite()
        defer { try? FileManager.default.removeItem(at: site) }
        for path in [".github/workflows/publish.yml", ".gitlab-ci.yml"] {
            let lines = try Self.commands(in: site.appendingPathComponent(path))
            Self.expectRecipe(lines, "init's \(path)")
            #expect(lines.contains { $0.contains("placard check --format") }, "\(path) reports on the lines of the files")
        }
        let gitlab = try #require(try Yams.compose(yaml: String(contentsOf: site.appendingPathComponent(".gitlab-ci.yml"), encoding: .utf8)))
        #expect(gitlab["pages"]?["artifacts"]?["paths"]?.sequence?.first?.string == "public")
    }

    @Test func repositoryServerRecipeIsTheOneInitWrites() throws {
        let site = try Self.initSite()
        defer { try? FileManager.default.removeItem(at: site) }
        for path in ["deploy/nginx.conf", "deploy/publish.sh"] {
            let mine = try String(contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
            #expect(mine == (try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)), "\(path): copy it from `placard init --base-url https://digital.example.gov.cn/zt/szsy/`")
        }
        let nginx = try String(contentsOf: site.appendingPathComponent("deploy/nginx.conf"), encoding: .utf8)
        for directive in ["location /zt/szsy/ {", "gzip_static on;", "immutable", "error_page 404 /zt/szsy/404.html;"] {
            #expect(nginx.contains(directive), "\(directive)")
        }
    }
}

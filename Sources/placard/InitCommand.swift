import ArgumentParser
import Foundation
import PlacardCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Write a new site into DIR: sample articles in five series, an about page, a project list, publishing files.")

    @Argument(help: "The new site's folder (made if missing; refused if it is not empty).")
    var folder: String

    @Option(name: .long, help: "The site's title.")
    var title: String?

    @Option(name: .long, help: "Language codes, the default first (default: zh,en).")
    var languages: String = "zh,en"

    @Option(name: .customLong("base-url"), help: "The address the site will be published at (default: \(SiteStarter.Options.defaultBaseURL)).")
    var baseURL: String = SiteStarter.Options.defaultBaseURL

    func run() throws {
        let codes = languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let options = SiteStarter.Options(title: title, languages: codes, baseURL: baseURL)
        do {
            let files = try SiteStarter.create(in: URL(fileURLWithPath: folder), options: options, today: Day(Date()))
            print(Message.initDone(folder: folder, files: files.count).text(in: .current))
        } catch {
            switch error {
            case .usage(let message):
                FileHandle.standardError.write(Data("error: \(message.text(in: .current))\n".utf8))
                throw ExitCode(2)
            case .folder(let message):
                FileHandle.standardError.write(Data("\(folder): error: \(message.text(in: .current))\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}

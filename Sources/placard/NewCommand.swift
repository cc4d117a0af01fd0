import ArgumentParser
import Foundation
import PlacardCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Start a new article: content/<series>/<slug>.<lang>.md.")

    @Argument(help: "A series key from site.yml.")
    var series: String

    @Argument(help: "The article's slug (its URL name).")
    var slug: String

    @Option(name: .long, help: "Language code (default: the site's first language).")
    var lang: String?

    @Option(name: .long, help: "The site folder.")
    var source: String = "."

    func run() throws {
        let root = URL(fileURLWithPath: source)
        let diagnostics = Diagnostics()
        let result = NewArticle.create(root: root, series: series, slug: slug, language: lang, today: Day(Date()), diagnostics: diagnostics)
        for diagnostic in diagnostics.all {
            // A wrong argument is about the command, not a file: `error: …`, as serve says of a busy port.
            let line = diagnostic.path == "usage" ? "error: " + diagnostic.text.text(in: .current) : diagnostic.description
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        guard let written = result else { throw ExitCode(diagnostics.all.contains { $0.path == "usage" } ? 2 : 1) }
        print(written.message.text(in: .current))
    }
}

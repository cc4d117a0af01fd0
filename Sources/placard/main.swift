import ArgumentParser
import Foundation
import PlacardCore

/// `placard`: parse the command line, run the command, map the outcome to an exit status
/// (0 success, 1 the content has errors, 2 wrong usage).
struct Placard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Placard builds bilingual campaign publicity sites from Markdown and project lists.",
        version: "placard \(PlacardVersion.current)",
        subcommands: [InitCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, SearchCommand.self, AuditCommand.self])
}

/// Runs a command; `serve` is asynchronous (its server and watcher are tasks), the others are not.
func run(_ command: inout any ParsableCommand) async throws {
    if var asynchronous = command as? any AsyncParsableCommand {
        try await asynchronous.run()
    } else {
        try command.run()
    }
}

do {
    var command = try Placard.parseAsRoot()
    try await run(&command)
} catch {
    let code = Placard.exitCode(for: error)
    if code == .success || error is CleanExit {
        Placard.exit(withError: error)
    } else if code == .validationFailure || error is ValidationError || "\(type(of: error))".contains("CommandError") {
        FileHandle.standardError.write(Data((Placard.fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
    } else {
        Placard.exit(withError: error)
    }
}

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

/// Prints what went wrong (or the help or version asked for) and exits with its status.
func exit(after error: Error) -> Never {
    let code = Placard.exitCode(for: error)
    if code == .success || error is CleanExit {
        Placard.exit(withError: error)
    } else if code == .validationFailure || error is ValidationError || "\(type(of: error))".contains("CommandError") {
        FileHandle.standardError.write(Data((UsageErrors.text(for: error, in: .current) + "\n").utf8))
        Foundation.exit(2)
    } else {
        Placard.exit(withError: error)
    }
}

/// Runs an asynchronous command (`serve`: its server and watcher are tasks) while the main
/// thread serves the main queue; exits when it ends.
func runAsynchronously(_ command: any AsyncParsableCommand) -> Never {
    nonisolated(unsafe) var command = command
    Task {
        do {
            try await command.run()
            Foundation.exit(0)
        } catch {
            exit(after: error)
        }
    }
    dispatchMain()
}

// The other commands run on the main thread, outside Swift concurrency: the program then never
// parks its main thread in `dispatchMain`, which `valgrind` cannot follow (scripts/callgrind.sh).
// `placard help NAME` with a NAME that is no command is wrong usage, as `placard NAME` is
// (ArgumentParser's own `help` shows the root help for it and exits 0).
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.count >= 2, arguments[0] == "help", !arguments[1].hasPrefix("-"),
   !Placard.configuration.subcommands.contains(where: { $0._commandName == arguments[1] }) {
    do { _ = try Placard.parseAsRoot([arguments[1]]) } catch { exit(after: error) }
}

do {
    var command = try Placard.parseAsRoot()
    if let asynchronous = command as? any AsyncParsableCommand { runAsynchronously(asynchronous) }
    try command.run()
} catch {
    exit(after: error)
}

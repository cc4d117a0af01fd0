import Foundation
import PlacardCore

/// Where the CLI prints: the summary to stdout, diagnostics and progress to stderr.
struct Console {
    let quiet: Bool

    private var isTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Prints the diagnostics, then `closing` (what the errors mean for this command) when there are any.
    func report(_ diagnostics: Diagnostics, closing: (Int) -> Message = Message.nothingWritten(errors:)) {
        for diagnostic in diagnostics.all where !(quiet && diagnostic.severity == .warning) {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        let errors = diagnostics.errors.count
        if errors > 0 {
            FileHandle.standardError.write(Data((closing(errors).text(in: .current) + "\n").utf8))
        }
    }

    func summary(_ line: String) {
        guard !quiet else { return }
        print(line)
    }

    /// A progress line on a terminal, for long builds.
    var progress: (@Sendable (Int, Int) -> Void)? {
        guard !quiet, isTerminal else { return nil }
        return { done, total in
            guard total >= 2000 else { return }
            FileHandle.standardError.write(Data(("\r" + Message.writingFiles(done: done, total: total).text(in: .current)).utf8))
        }
    }

    func finishProgress() {
        guard !quiet, isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

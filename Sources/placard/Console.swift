import Foundation
import PlacardCore

/// Where the CLI prints: the summary to stdout, diagnostics and progress to stderr.
struct Console {
    let quiet: Bool

    private var isTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    func report(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.all where !(quiet && diagnostic.severity == .warning) {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        let errors = diagnostics.errors.count
        if errors > 0 {
            FileHandle.standardError.write(Data((Message.nothingWritten(errors: errors).text(in: .current) + "\n").utf8))
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
            FileHandle.standardError.write(Data("\rWriting pages: \(done)/\(total)".utf8))
        }
    }

    func finishProgress() {
        guard !quiet, isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

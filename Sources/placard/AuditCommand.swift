import ArgumentParser
import Foundation
import PlacardCore

extension AuditFormat: ExpressibleByArgument {}

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Find what a government-website inspection would find; write nothing.")

    @Option(name: .long, help: "The site folder (holds site.yml).")
    var source: String = "."

    @Option(name: .long, help: "The audit's \"now\": YYYY-MM-DD or RFC 3339 (default: the clock).")
    var now: String?

    @Option(name: .long, help: "text (stderr), json, html or github (stdout).")
    var format: AuditFormat = .text

    @Flag(name: .customLong("external-links"), help: "Also check http(s) links over the network, every one on every run.")
    var externalLinks = false

    func validate() throws {
        if let now, BuildOptions.parseNow(now) == nil {
            throw ValidationError(Message.badNow(now).text(in: .current))
        }
    }

    func run() throws {
        let options = AuditOptions(source: URL(fileURLWithPath: source).standardizedFileURL,
                                   now: now.flatMap(BuildOptions.parseNow) ?? Date(), externalLinks: externalLinks)
        let diagnostics = Diagnostics()
        let report = Audit.run(options, diagnostics: diagnostics)
        // The site's own problems are findings, in the format asked for; these are about the run (the link cache).
        for diagnostic in diagnostics.all {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        let output = format.render(report)
        if format == .text {
            FileHandle.standardError.write(Data(output.utf8))
            print(AuditFormat.summaryLine(report))
        } else {
            FileHandle.standardOutput.write(Data(output.utf8))
        }
        if !report.passes { throw ExitCode(1) }
    }
}

import ArgumentParser
import Foundation
import PlacardCore

struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder (holds site.yml).")
    var source: String = "."

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    var sourceURL: URL { URL(fileURLWithPath: source).standardizedFileURL }
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into public/ (or --output).")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Where to write the site (default: public/ in the site folder).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Overrides baseURL in site.yml.")
    var baseURL: String?

    @Flag(name: .long, help: "Include drafts.")
    var drafts = false

    @Flag(name: .long, help: "Include articles dated in the future.")
    var future = false

    @Option(name: .long, help: "The build's \"now\": YYYY-MM-DD or RFC 3339 (default: the clock).")
    var now: String?

    @Option(name: .long, help: "Overrides theme in site.yml.")
    var theme: String?

    @Flag(name: .long, help: "Print each stage's wall and CPU time to stderr.")
    var timings = false

    func validate() throws {
        if let now, BuildOptions.parseNow(now) == nil {
            throw ValidationError(Message.badNow(now).text(in: .current))
        }
        if let baseURL, let problem = BaseURL.problem(baseURL) {
            throw ValidationError("--base-url: " + problem.text(in: .current))
        }
        if let theme, let problem = BuildOptions.themeProblem(theme) {
            throw ValidationError("--theme: " + problem.text(in: .current))
        }
    }

    func run() throws {
        var options = BuildOptions(
            source: site.sourceURL, output: output.map { URL(fileURLWithPath: $0).standardizedFileURL },
            baseURL: baseURL, includeDrafts: drafts, includeFuture: future,
            now: now.flatMap(BuildOptions.parseNow) ?? Date(), theme: theme, timings: timings)
        options.nowDay = now.flatMap(BuildOptions.parseNowDay)
        let diagnostics = Diagnostics()
        let console = Console(quiet: site.quiet)
        let summary = Build.run(options, diagnostics: diagnostics, progress: console.progress)
        console.finishProgress()
        console.report(diagnostics)
        guard let summary else { throw ExitCode(1) }
        console.summary(summary.message.text(in: .current))
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check the site for errors; write nothing.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "text (on stderr), or for CI on stdout: github (workflow commands), gitlab (Code Quality report), json.")
    var format: DiagnosticFormat = .text

    @Flag(name: .long, help: "Check drafts too, as `build --drafts` builds them.")
    var drafts = false

    @Flag(name: .long, help: "Check articles and pages dated in the future too.")
    var future = false

    func run() throws {
        let diagnostics = Diagnostics()
        let console = Console(quiet: site.quiet)
        let options = BuildOptions(source: site.sourceURL, includeDrafts: drafts, includeFuture: future)
        let summary = Build.run(options, diagnostics: diagnostics, write: false)
        if format.isReport {
            FileHandle.standardOutput.write(Data(format.render(diagnostics.all).utf8))
            if summary == nil { throw ExitCode(1) }
            return
        }
        console.report(diagnostics, closing: Message.errorsFound(errors:))
        guard let summary else { throw ExitCode(1) }
        let warnings = diagnostics.warnings.count
        console.summary(Message.checkPassed(warnings: warnings, drafts: summary.drafts, future: summary.future,
                                            futurePages: summary.futurePages).text(in: .current))
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

import ArgumentParser
import PlacardCore

struct Placard: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Placard builds campaign publicity sites.", subcommands: [SearchCommand.self])
}

Placard.main()

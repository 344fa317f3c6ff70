import ArgumentParser
import Foundation

/// `teczka manual` (hidden): the manual page teczka(1) in groff's man format, made from the commands' own definitions,
/// so that it cannot drift from what the program accepts. `make deb` and `make install` run it.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual", abstract: CommandText.current.manualAbstract, shouldDisplay: false)

    func run() throws {
        let help = try JSONDecoder().decode(DumpedHelp.self, from: Data(Teczka._dumpHelp().utf8))
        print(ManualPage(root: help.command, language: CommandText.runLanguage).rendered, terminator: "")
    }
}

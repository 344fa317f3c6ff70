import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaReports
import TeczkaStore

/// `teczka print assessment ID`: an assessment as HTML, Markdown or text, for the paper file.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print", abstract: "Drukuje dokument: ocenę okresową (HTML, Markdown albo tekst).",
        subcommands: [Assessment.self])

    struct Assessment: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "assessment", abstract: "Ocena okresowa rodziny.")
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @Argument(help: "Identyfikator oceny (albo jego początek).") var id: String
        @Option(name: .long, help: "html, md albo text.") var format: PrintedAssessment.Format = .html
        @Option(name: .long, help: "Plik wynikowy (domyślnie standardowe wyjście).") var output: String?

        func run() throws {
            try StoreCommand.unlocked(options, secret) { _, file, s in
                let matches = file.assessments.keys.filter { $0.raw.hasPrefix(id.lowercased()) }
                guard matches.count == 1, let familyID = file.assessments[matches[0]]?.familyID, file.canSee(familyID),
                      let document = PrintedAssessment(matches[0], in: file) else {
                    throw CommandFailure(s.language == .pl ? "Nie ma oceny o identyfikatorze „\(id)”." : "No assessment with id “\(id)”.")
                }
                let text = document.render(format)
                if let output {
                    do {
                        try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: output)
                    } catch {
                        throw StoreProblem.io("\(output): \(error.localizedDescription)")
                    }
                } else {
                    Output.info(text)
                }
            }
        }
    }
}

extension PrintedAssessment.Format: ExpressibleByArgument {}

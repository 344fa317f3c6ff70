import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaReports
import TeczkaStore

/// `teczka print assessment|plan|meeting ID`: a document as HTML, Markdown or text, for the paper file.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print", abstract: CommandText.current.printAbstract,
        subcommands: [Assessment.self, Plan.self, Meeting.self, Person.self])

    struct DocumentOptions: ParsableArguments {
        @Argument(help: .text(\.printID)) var id: String
        @Option(name: .long, help: .text(\.printFormat)) var format: PrintedDocument.Format = .html
        @Option(name: .long, help: .text(\.outputFile)) var output: String?
    }

    struct Assessment: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "assessment", abstract: CommandText.current.printAssessmentAbstract)
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @OptionGroup var document: DocumentOptions

        func run() throws {
            try PrintCommand.print(document, options, secret, what: ("oceny", "assessment"), kind: .assessment) { file, prefix in
                let match = PrintCommand.unique(prefix, in: file.assessments.keys)
                guard let id = match, let familyID = file.assessments[id]?.familyID, file.canSee(familyID) else { return nil }
                return PrintedAssessment.document(id, in: file)
            }
        }
    }

    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "plan", abstract: CommandText.current.printPlanAbstract)
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @OptionGroup var document: DocumentOptions

        func run() throws {
            try PrintCommand.print(document, options, secret, what: ("wersji planu", "plan version"), kind: .planVersion) { file, prefix in
                let match = PrintCommand.unique(prefix, in: file.planVersions.keys)
                guard let id = match, let familyID = file.planVersions[id]?.familyID, file.canSee(familyID) else { return nil }
                return PrintedPlan.document(id, in: file)
            }
        }
    }

    struct Meeting: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "meeting", abstract: CommandText.current.printMeetingAbstract)
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @OptionGroup var document: DocumentOptions

        func run() throws {
            try PrintCommand.print(document, options, secret, what: ("protokołu", "meeting protocol"), kind: .meeting) { file, prefix in
                guard let id = PrintCommand.unique(prefix, in: file.teamMeetings.map(\.id)) else { return nil }
                return PrintedMeeting.document(id, in: file)
            }
        }
    }

    /// Everything the store holds about one person, for an access request (art. 15 GDPR). Found by the start of a
    /// person's id or by PESEL; every family the same PESEL belongs to is read, so the whole store is opened.
    struct Person: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "person", abstract: CommandText.current.printPersonAbstract)
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @OptionGroup var document: DocumentOptions

        func run() throws {
            try PrintCommand.print(document, options, secret, what: ("osoby", "person"), kind: .member, wholeStore: true) { file, given in
                let byPesel = given.count == 11 && given.allSatisfy { $0.isASCII && $0.isNumber }
                    ? file.members.values.filter { $0.pesel == given && file.canSee($0.familyID) }.map(\.id).sorted().first : nil
                guard let id = byPesel ?? PrintCommand.unique(given, in: file.members.keys) else { return nil }
                return PrintedPerson.document(id, in: file, on: file.today)
            }
        }
    }

    /// The one id starting with `prefix`, or nil when none or several do.
    static func unique<S: Sequence>(_ prefix: String, in ids: S) -> RecordID? where S.Element == RecordID {
        let matches = ids.filter { $0.raw.hasPrefix(prefix.lowercased()) }
        return matches.count == 1 ? matches[0] : nil
    }

    static func print(_ document: DocumentOptions, _ options: CommonOptions, _ secret: PassphraseOptions, what: (pl: String, en: String),
                      kind: RecordKind, wholeStore: Bool = false, find: @escaping (CaseFile, String) -> PrintedDocument?) throws {
        // An assessment or a plan belongs to one family: only its part of the store is read, with the accounts, the
        // settings, the protocols (the team's recommendations) and the audit log (the printout is recorded there). A
        // city centre's store then prints in about a second. A protocol names many families: everything is read.
        let scopes: (EncryptedStore) throws -> Set<Scope>? = { store in
            guard kind != .meeting, !wholeStore, !document.id.isEmpty else { return nil }
            let found = try store.scopes(ofRecordsStartingWith: document.id, kind: kind)
            guard found.count == 1, case .family? = found.first else { return nil }
            return found.union([.team, .settings, .meetings, .history])
        }
        try StoreCommand.unlocked(options, secret, scopes: scopes) { _, file, s in
            guard !document.id.isEmpty, let printed = find(file, document.id) else {
                throw CommandFailure(s.language == .pl ? "Nie ma \(what.pl) o identyfikatorze „\(document.id)”." : "No \(what.en) with id “\(document.id)”.")
            }
            let text = printed.render(document.format)
            try Output.write(document.output == nil ? text + "\n" : text, to: document.output)
            try file.recordPrint(fileName: document.output.map(StoreLocation.resolve) ?? "-", kind: kind)
        }
    }
}

extension PrintedDocument.Format: ExpressibleByArgument {}

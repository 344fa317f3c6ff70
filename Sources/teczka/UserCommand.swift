import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI

/// `teczka user …`: the accounts of a store. Adding and deactivating need a coordinator's passphrase.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: CommandText.current.userAbstract,
        subcommands: [List.self, Add.self, Passwd.self, Passphrase.self, Reset.self, Deactivate.self, Employment.self, Handover.self], defaultSubcommand: List.self)

    /// The new passphrase: `--new-passphrase-file`, `TECZKA_NEW_PASSPHRASE`, or typed twice on the terminal.
    /// `name`: whose passphrase it is, said in the prompt ("Hasło dla konta „Anna Nowak”: ") — after the user's own.
    static func newPassphrase(_ file: String?, _ options: CommonOptions, _ s: Strings, for name: String? = nil) throws -> String {
        try PassphraseSource.read(file: file, environment: options.environment,
                                  prompt: (name.map(s.promptPassphraseFor) ?? s.userText.newPassphrase) + ": ",
                                  confirm: s.fieldLabel(.passphraseRepeat) + ": ", variable: "TECZKA_NEW_PASSPHRASE",
                                  fileOption: "--new-passphrase-file", s)
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: CommandText.current.userListAbstract)
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions

        func run() throws {
            try StoreCommand.unlocked(options, secret) { store, file, s in
                let users = file.users.values.sorted { PolishCollation.compare($0.name, $1.name) == .orderedAscending }
                let noPassphrase = Set(try store.accountsWithoutPassphrase(in: file).map(\.id))
                for user in users {
                    Output.info("\(user.id.short)  \(user.name)  (\(s.userRole(user.role)))" + (user.active ? "" : "  — \(s.userText.inactive)")
                                + (noPassphrase.contains(user.id) ? (s.language == .pl ? "  — bez hasła" : "  — no passphrase") : "")
                                + (user.active && !s.userText.keyState(user).isEmpty ? "  — \(s.userText.keyState(user))" : ""))
                }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: CommandText.current.userAddAbstract)
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @Option(name: .long, help: .text(\.userAddName)) var name: String
        @Option(name: .long, help: .text(\.role)) var role: UserRole = .asystent
        @Option(name: .customLong("new-passphrase-file"),
                help: .text(\.userAddNewPassphraseFile))
        var newPassphraseFile: String?

        func run() throws {
            try StoreCommand.unlocked(options, secret) { store, file, s in
                let passphrase = try UserCommand.newPassphrase(newPassphraseFile, options, s, for: name)
                let user = try store.addUser(name: name, role: role, passphrase: passphrase, by: file)
                Output.info(s.userText.added(user.name, s.userRole(user.role)))
            }
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "passwd", abstract: CommandText.current.userPasswdAbstract)
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @Option(name: .customLong("new-passphrase-file"),
                help: .text(\.userNewPassphraseFile))
        var newPassphraseFile: String?

        func run() throws {
            try StoreCommand.unlocked(options, secret) { store, file, s in
                try store.changePassphrase(to: try UserCommand.newPassphrase(newPassphraseFile, options, s), for: file)
                Output.info(s.userText.passphraseChanged(file.currentUser.name))
            }
        }
    }

    struct Passphrase: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandText.current.userPassphraseAbstract)
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @Argument(help: .text(\.userAccountID)) var id: String
        @Option(name: .customLong("new-passphrase-file"),
                help: .text(\.userPassphraseNewPassphraseFile))
        var newPassphraseFile: String?

        func run() throws {
            try StoreCommand.unlocked(options, secret) { store, file, s in
                let user = try UserCommand.account(id, in: file)
                try store.setFirstPassphrase(try UserCommand.newPassphrase(newPassphraseFile, options, s, for: user.name), for: user.id, by: file)
                Output.info(s.userText.passphraseChanged(user.name))
            }
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandText.current.userResetAbstract)
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @Argument(help: .text(\.userResetAccount)) var account: String
        @Option(name: .customLong("new-passphrase-file"),
                help: .text(\.userNewPassphraseFile))
        var newPassphraseFile: String?

        func run() throws {
            try StoreCommand.unlocked(options, secret) { store, file, s in
                let user = try UserCommand.account(account, in: file)
                try store.resetAccount(user.id, passphrase: try UserCommand.newPassphrase(newPassphraseFile, options, s, for: user.name), by: file)
                Output.info(s.userText.resetDone(user.name))
            }
        }
    }

    /// `teczka user employment KONTO [--from D --fte E [--to D] | --remove D]` (issue 15).
    struct Employment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandText.current.userEmploymentAbstract, discussion: CommandText.current.userEmploymentDiscussion)
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @Argument(help: .text(\.userResetAccount)) var account: String
        @Option(name: .long, help: .text(\.userEmploymentFrom)) var from: String?
        @Option(name: .long, help: .text(\.userEmploymentTo)) var to: String?
        @Option(name: .long, help: .text(\.userEmploymentFTE)) var fte: String?
        @Option(name: .long, help: .text(\.userEmploymentRemove)) var remove: String?

        func run() throws {
            try StoreCommand.unlocked(options, secret) { _, file, s in
                let user = try UserCommand.account(account, in: file)
                var periods = user.employment ?? []
                if let remove {
                    guard let day = LocalDate(parsing: remove) else { throw ValidationFailure([.invalidDate(.start)]) }
                    guard let index = periods.firstIndex(where: { $0.from == day }) else {
                        throw CommandFailure(s.employmentText.noPeriodFrom(day))
                    }
                    periods.remove(at: index)
                }
                if from != nil || to != nil || fte != nil {
                    var issues: [ValidationIssue] = []
                    let start = from.flatMap(LocalDate.init(parsing:))
                    if from == nil { issues.append(.required(.start)) } else if start == nil { issues.append(.invalidDate(.start)) }
                    let end = to.flatMap(LocalDate.init(parsing:))
                    if to != nil && end == nil { issues.append(.invalidDate(.end)) }
                    let percent = fte.flatMap(EmploymentPeriod.ftePercent(parsing:))
                    if fte == nil { issues.append(.required(.fte)) } else if percent == nil { issues.append(.outOfRange(.fte, min: 1, max: 100)) }
                    guard issues.isEmpty, let start, let percent else { throw ValidationFailure(issues) }
                    periods.append(EmploymentPeriod(from: start, to: end, ftePercent: percent))
                }
                if remove != nil || from != nil || to != nil || fte != nil {
                    try file.saveEmployment(periods, of: user.id)
                }
                Output.info(s.employmentText.listing(user.name, file.users[user.id]?.employment ?? []))
            }
        }
    }

    /// `teczka user handover KONTO --to KONTO --from DATA [--yes]`: every cooperation in progress of an assistant who
    /// leaves or goes on leave, handed over to a colleague from a day (issue 15). All or none: a cooperation that
    /// cannot be handed over on that day stops the whole command before anything is written.
    struct Handover: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandText.current.userHandoverAbstract, discussion: CommandText.current.userHandoverDiscussion)
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @Argument(help: .text(\.userResetAccount)) var account: String
        @Option(name: .long, help: .text(\.userHandoverTo)) var to: String
        @Option(name: .long, help: .text(\.userHandoverFrom)) var from: String
        @Flag(name: .long, help: .text(\.noConfirmation)) var yes = false

        func run() throws {
            try StoreCommand.unlocked(options, secret) { _, file, s in
                let pl = s.language == .pl
                let former = try UserCommand.account(account, in: file), next = try UserCommand.account(to, in: file)
                guard let day = LocalDate(parsing: from) else { throw ValidationFailure([.invalidDate(.handoverDate)]) }
                let handed: [Cooperation]
                do {
                    handed = try file.handOverAll(of: former.id, to: next.id, from: day, confirmed: yes)
                } catch HandoverProblem.nothingInProgress {
                    throw CommandFailure(pl ? "\(former.name) nie ma rodzin ze współpracą w toku." : "\(former.name) has no cooperation in progress.")
                } catch HandoverProblem.refused(let refused) {
                    throw CommandFailure(refused.map { "\(file.families[$0.familyID]?.label ?? $0.familyID.short): " + s.explain(ValidationFailure($0.issues)) }
                        .joined(separator: "\n"))
                } catch CaseworkWarning.caseloadAboveCap(let load, let cap) {
                    throw CommandFailure(pl ? "\(next.name) miałby(-aby) \(load) rodzin jednocześnie, więcej niż limit \(cap). Nic nie przekazano; --yes przekazuje mimo to."
                                            : "\(next.name) would have \(load) families at once, above the cap of \(cap). Nothing was handed over; --yes hands them over anyway.")
                }
                let labels = handed.map { file.families[$0.familyID]?.label ?? $0.familyID.short }.joined(separator: ", ")
                Output.info(pl ? "Przekazano rodziny (\(handed.count)): \(labels) — \(former.name) → \(next.name) od \(day.polish). Współprace trwają."
                               : "Families handed over (\(handed.count)): \(labels) — \(former.name) → \(next.name) from \(day.polish). The cooperations go on.")
            }
        }
    }

    /// An account by its name or the start of its id.
    static func account(_ given: String, in file: CaseFile) throws -> UserAccount {
        let byName = file.users.values.named(given)
        if byName.count == 1 { return byName[0] }
        let byID = file.users.values.filter { !given.isEmpty && $0.id.raw.hasPrefix(given.lowercased()) }
        guard byID.count == 1 else { throw AccountProblem.unknownUser }
        return byID[0]
    }

    struct Deactivate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: CommandText.current.userDeactivateAbstract)
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @Argument(help: .text(\.userAccountID)) var id: String

        func run() throws {
            try StoreCommand.unlocked(options, secret) { store, file, s in
                let matches = file.users.values.filter { $0.id.raw.hasPrefix(id.lowercased()) }
                guard matches.count == 1, let user = matches.first else { throw AccountProblem.unknownUser }
                try store.deactivate(user.id, by: file)
                Output.info(s.userText.deactivated(user.name))
            }
        }
    }
}

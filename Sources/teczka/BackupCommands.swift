import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI
#if canImport(Glibc)
import Glibc
#endif

/// `teczka backup --to FILE`: a consistent copy of the store (still encrypted) for a USB stick or another disk.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: CommandText.current.backupAbstract,
        discussion: CommandText.current.backupDiscussion)

    @OptionGroup var options: CommonOptions
    @Option(name: .long, help: .text(\.backupTo)) var to: String

    func run() throws {
        try StoreCommand.run(options, mustExist: true) { store, s in
            guard store.isInitialized else { throw StoreProblem.notInitialized(path: store.path) }
            try store.backup(to: to)
            Output.info(BackupText.written(StoreLocation.resolve(to), s))
        }
    }
}

/// `teczka restore FILE`: replaces the store with a backup, keeping the replaced store in `backups/`.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: CommandText.current.restoreAbstract)

    @OptionGroup var options: CommonOptions
    @Argument(help: .text(\.restoreFile)) var file: String
    @Flag(name: .long, help: .text(\.noConfirmation)) var yes = false

    func run() throws {
        let s = try options.strings()
        let store = options.storePath
        do {
            let info = try EncryptedStore.inspect(file)
            if FileManager.default.fileExists(atPath: store), !yes {
                guard try Confirmation.ask(BackupText.replaceQuestion(store, file: StoreLocation.resolve(file), revisions: info.revisionCount, s), s) else {
                    Output.info(Confirmation.nothingChanged(s))
                    return
                }
            }
            let kept = try EncryptedStore.restore(file, over: store)
            Output.info(BackupText.restored(store, kept: kept, s))
        } catch {
            Output.error(BackupText.describe(error, s))
            throw ExitCode(1)
        }
    }
}

/// The backup commands' messages, in the user's language.
enum BackupText {
    static func describe(_ error: Error, _ s: Strings) -> String {
        guard let problem = error as? BackupProblem else {
            if let failure = error as? CommandFailure { return failure.message }
            return Output.describe(error, s)
        }
        let pl = s.language == .pl
        switch problem {
        case .notABackup(let path, let detail):
            return pl ? "Plik \(path) nie jest kopią bazy Teczki albo jest uszkodzony (\(detail)). Nic nie zmieniono."
                      : "The file \(path) is not a Teczka store backup or is damaged (\(detail)). Nothing was changed."
        case .otherStore(let path):
            return pl ? "Plik \(path) jest kopią innej bazy niż ta, którą miałby zastąpić. Nic nie zmieniono."
                      : "The file \(path) is a copy of another store than the one it would replace. Nothing was changed."
        case .alreadyExists(let path):
            return pl ? "Plik \(path) już istnieje. Podaj inną nazwę." : "The file \(path) already exists. Choose another name."
        case .io(let detail):
            return pl ? "Nie można zapisać lub odczytać pliku: \(detail)" : "Could not read or write the file: \(detail)"
        }
    }

    static func written(_ path: String, _ s: Strings) -> String {
        s.language == .pl ? "Kopia zapasowa zapisana: \(path) (zaszyfrowana, otwiera się tymi samymi hasłami)."
                          : "Backup written: \(path) (encrypted; it opens with the same passphrases)."
    }

    static func replaceQuestion(_ store: String, file: String, revisions: Int, _ s: Strings) -> String {
        s.language == .pl ? "Zastąpić bazę \(store) kopią \(file) (zapisów: \(revisions))? Obecna baza zostanie zachowana w backups/. [t/N] "
                          : "Replace the store \(store) with the copy \(file) (revisions: \(revisions))? The current store is kept in backups/. [y/N] "
    }

    static func restored(_ store: String, kept: String?, _ s: Strings) -> String {
        let pl = s.language == .pl
        var text = pl ? "Przywrócono bazę \(store) z kopii." : "The store \(store) was restored from the copy."
        if let kept { text += pl ? " Poprzednia baza: \(kept)" : " The previous store: \(kept)" }
        return text
    }


    static func damagedOffer(_ day: LocalDate, _ s: Strings) -> String {
        s.language == .pl ? "Baza jest uszkodzona. Przywrócić najnowszą dobrą kopię zapasową z \(day.polish)? Uszkodzony plik zostanie zachowany w backups/. [t/N] "
                          : "The store is damaged. Restore the newest good backup, from \(day.polish)? The damaged file is kept in backups/. [y/N] "
    }
}

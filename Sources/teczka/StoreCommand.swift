import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI

/// What the commands that work without the terminal program share: opening the store under its lock, reading the
/// passphrase, and turning every failure into a message in the user's language and exit status 1.
enum StoreCommand {
    /// Opens (but does not unlock) the store, runs `body`, closes it. `mustExist`: a command that needs the store
    /// creates nothing (no folder, no lock file) when it is missing.
    static func run(_ options: CommonOptions, mustExist: Bool = false, _ body: (EncryptedStore, Strings) throws -> Void) throws {
        let s = try options.strings()
        stopOnCheckpointChange(s)
        do {
            let store = try EncryptedStore(path: options.storePath, mustExist: mustExist)
            defer { store.close() }
            try body(store, s)
        } catch let failure as CommandFailure {
            Output.error(failure.message)
            throw ExitCode(1)
        } catch {
            Output.error(Output.describe(error, s))
            throw ExitCode(1)
        }
    }

    /// Runs a check made before the store is opened; a `CommandFailure` is printed and ends with status 1.
    static func refusing<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as CommandFailure {
            Output.error(failure.message)
            throw ExitCode(1)
        }
    }

    /// Opens an existing store with the passphrase of the user running the command.
    /// `scopes` (nil: all) says which part of the store the command needs (`EncryptedStore.unlock(…limitedTo:)`).
    static func unlocked(_ options: CommonOptions, _ secret: PassphraseOptions,
                         scopes: (EncryptedStore) throws -> Set<Scope>? = { _ in nil },
                         _ body: (EncryptedStore, CaseFile, Strings) throws -> Void) throws {
        try run(options, mustExist: true) { store, s in
            guard store.isInitialized else { throw StoreProblem.notInitialized(path: store.path) }
            let passphrase = try passphrase(secret, options, s, confirm: false)
            try body(store, try store.unlock(passphrase: passphrase, limitedTo: try scopes(store)), s)
        }
    }

    /// The passphrase of the user running the command (typed twice when a store is being created).
    static func passphrase(_ secret: PassphraseOptions, _ options: CommonOptions, _ s: Strings, confirm: Bool) throws -> String {
        try PassphraseSource.read(file: secret.passphraseFile, environment: options.environment,
                                  prompt: (confirm ? s.promptNewStorePassphrase : s.promptOwnPassphrase) + ": ",
                                  confirm: confirm ? s.fieldLabel(.passphraseRepeat) + ": " : nil, s)
    }
}

/// A checkpoint read back that no longer stands (the file changed under the program, `CheckpointChange`): the message
/// in the user's language, the screen left in order first when there is one, exit status 1.
func stopOnCheckpointChange(_ s: Strings, before: @escaping () -> Void = {}) {
    let polish = s.language == .pl
    CheckpointChange.stop = { familyID in
        before()
        Output.error(CheckpointChange.message(familyID, polish: polish))
        exit(1)
    }
}

import Foundation
import TestSupport
@testable import TeczkaCore
@testable import TeczkaStore

/// A temporary directory with a store path in it, removed at the end of the test.
final class TemporaryStore {
    let directory = TemporaryDirectory()
    let path: String
    static let passphrase = "zażółć gęślą jaźń"

    init() {
        path = directory.file("teczka.sqlite")
    }

    /// Creates the store with one user and returns it open, with its case file.
    func create(name: String = "Anna Nowak") throws -> (EncryptedStore, CaseFile) {
        let store = try EncryptedStore(path: path, cost: .testing)
        let file = try store.initialize(name: name, role: .asystent, passphrase: TemporaryStore.passphrase)
        return (store, file)
    }

    func reopen() throws -> (EncryptedStore, CaseFile) {
        let store = try EncryptedStore(path: path, cost: .testing)
        let file = try store.unlock(passphrase: TemporaryStore.passphrase)
        return (store, file)
    }

    /// Every byte the store has on disk: the database, its WAL and shared memory.
    func allBytes() -> Data {
        var data = Data()
        for suffix in ["", "-wal", "-shm", "-journal"] {
            if let bytes = FileManager.default.contents(atPath: path + suffix) { data.append(bytes) }
        }
        return data
    }
}

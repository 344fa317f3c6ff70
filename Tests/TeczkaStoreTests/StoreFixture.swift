import Foundation
@testable import TeczkaCore
@testable import TeczkaStore

/// A temporary directory with a store path in it, removed at the end of the test.
final class TemporaryStore {
    let directory: String
    let path: String
    static let passphrase = "zażółć gęślą jaźń"

    init() {
        directory = NSTemporaryDirectory() + "teczka-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/teczka.sqlite"
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// Creates the store with one user and returns it open, with its case file.
    func create(name: String = "Anna Nowak") throws -> (EncryptedStore, CaseFile) {
        let store = try EncryptedStore(path: path, cost: .testing)
        let file = try store.initialize(name: name, role: .asystent, passphrase: TemporaryStore.passphrase)
        return (store, file)
    }

    func reopen() throws -> (EncryptedStore, CaseFile) {
        let store = try EncryptedStore(path: path, cost: .testing)
        let file = try store.unlock(userID: store.accounts[0].userID, passphrase: TemporaryStore.passphrase)
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

/// Where the build put the executables (beside the test bundle), or `TECZKA_BIN`'s folder.
enum BuildProducts {
    static func path(_ name: String) -> String {
        if let bin = ProcessInfo.processInfo.environment["TECZKA_BIN"] {
            return ((bin as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var directory = (exe as NSString).deletingLastPathComponent
        while directory.hasSuffix(".xctest") || directory.contains(".xctest/") {
            directory = (directory as NSString).deletingLastPathComponent
        }
        return (directory as NSString).appendingPathComponent(name)
    }
}

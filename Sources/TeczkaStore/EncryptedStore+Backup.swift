import Foundation
import GRDB
import TeczkaCore
#if canImport(Glibc)
import Glibc
#endif

/// Why a backup could not be made, checked or restored.
public enum BackupProblem: Error, Equatable, Sendable {
    /// Not a Teczka store file (a foreign file, or one that fails SQLite's integrity check).
    case notABackup(path: String, detail: String)
    /// A valid store, but a copy of another store than the one it would replace.
    case otherStore(path: String)
    case alreadyExists(path: String)
    case io(String)
}

/// What a store file holds, read without the passphrase and without changing the file.
public struct StoreFileInfo: Sendable, Equatable {
    public let storeID: String
    public let revisionCount: Int
}

extension EncryptedStore {
    /// `backups/` beside the store file.
    public var backupFolder: String { Backups.folder(forStore: path) }

    /// A consistent copy of the open store made with SQLite's online backup. It is the same encrypted file, key slots
    /// included, so it opens with the same passphrases. Written beside the destination and renamed into place: the
    /// destination is complete or absent.
    public func backup(to destination: String) throws {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        let target = StoreLocation.resolve(destination)
        guard !FileManager.default.fileExists(atPath: target) else { throw BackupProblem.alreadyExists(path: target) }
        let partial = target + ".part"
        unlink(partial)
        do {
            try EncryptedStore.copyOnline(database, to: partial)
            let fd = open(partial, O_RDONLY)
            if fd >= 0 { fsync(fd); Glibc.close(fd) }
            guard rename(partial, target) == 0 else { throw StoreProblem.lastSystemError(target) }
            EncryptedStore.syncDirectory(of: target)
        } catch let problem as BackupProblem {
            unlink(partial)
            throw problem
        } catch {
            unlink(partial)
            // A full pendrive, a read-only one, a folder that is not there: said in the user's words, naming the file.
            throw StoreProblem.from(error, path: target)
        }
    }

    /// The automatic backup: at most one a day (none when today's exists), then the rotation deletes the copies it
    /// does not keep. Returns the file written, or nil when there already was one today.
    @discardableResult
    public func dailyBackup(today: LocalDate) throws -> String? {
        guard isInitialized else { return nil }
        let folder = backupFolder
        try Backups.makeFolder(folder)
        let target = Backups.dailyPath(forStore: path, on: today)
        var written: String?
        if !FileManager.default.fileExists(atPath: target) {
            try backup(to: target)
            written = target
        }
        let existing = Backups.daily(forStore: path)
        let kept = BackupRotation.keep(existing.map(\.date), today: today)
        for old in existing where !kept.contains(old.date) { unlink(old.path) }
        return written
    }

    /// The id that every copy of this store shares (set when the store is created).
    public func storeID() throws -> String {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        return try database.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'store_id'") ?? "" }
    }

    /// Checks that a file is an intact Teczka store (header, format mark, SQLite's full integrity check) without
    /// the passphrase and without writing to it.
    public static func inspect(_ file: String) throws -> StoreFileInfo {
        let path = StoreLocation.resolve(file)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BackupProblem.notABackup(path: path, detail: String(cString: strerror(errno)))
        }
        let header = (try? handle.read(upToCount: 16)) ?? nil
        try? handle.close()
        guard let header, Array(header) == Schema.sqliteHeader else { throw BackupProblem.notABackup(path: path, detail: "no SQLite header") }
        var config = Configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            return try queue.read { db in
                guard try db.tableExists("meta"),
                      try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'format'") == Schema.magic else {
                    throw BackupProblem.notABackup(path: path, detail: "not a Teczka store")
                }
                // A copy asking for an out-of-bounds key derivation would replace the store only to be refused at log-in.
                try EncryptedStore.checkDerivationBounds(db, path: path)
                let check = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                guard check == ["ok"] else { throw BackupProblem.notABackup(path: path, detail: check.prefix(3).joined(separator: "; ")) }
                let id = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'store_id'") ?? ""
                let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM revision") ?? 0
                return StoreFileInfo(storeID: id, revisionCount: count)
            }
        } catch let problem as BackupProblem {
            throw problem
        } catch let problem as StoreProblem {
            throw problem
        } catch {
            throw BackupProblem.notABackup(path: path, detail: "\(error)")
        }
    }

    /// Replaces the store at `storePath` with a copy from `backup`, under the store's lock. The store being replaced
    /// is kept in `backups/` first (a consistent copy when it still opens, the raw files when it is damaged).
    /// A copy of another store is refused unless the current file is unreadable. Returns where the old store went.
    @discardableResult
    public static func restore(_ backup: String, over storePath: String, now: Date = Date()) throws -> String? {
        let store = StoreLocation.resolve(storePath)
        let source = StoreLocation.resolve(backup)
        let lock = try StoreLock(storePath: store)
        defer { lock.release() }
        let incoming = try inspect(source)
        let folder = Backups.folder(forStore: store)
        var kept: String?
        if FileManager.default.fileExists(atPath: store) {
            try Backups.makeFolder(folder)
            if let queue = try? openIntact(store) {
                defer { try? queue.close() }
                let currentID = try queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'store_id'") }
                guard currentID == incoming.storeID else { throw BackupProblem.otherStore(path: source) }
                kept = Backups.keptPath(forStore: store, reason: "zastapiona", at: now)
                try copyOnline(queue, to: kept!)
            } else {
                kept = Backups.keptPath(forStore: store, reason: "uszkodzona", at: now)
                for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: store + suffix) {
                    guard rename(store + suffix, kept! + suffix) == 0 else {
                        throw BackupProblem.io("\(store + suffix): \(String(cString: strerror(errno)))")
                    }
                }
            }
        }
        let partial = store + ".restore"
        unlink(partial)
        do {
            try FileManager.default.copyItem(atPath: source, toPath: partial)
            chmod(partial, 0o600)
            let fd = open(partial, O_RDONLY)
            if fd >= 0 { fsync(fd); Glibc.close(fd) }
            unlink(store + "-wal")
            unlink(store + "-shm")
            guard rename(partial, store) == 0 else { throw BackupProblem.io("\(store): \(String(cString: strerror(errno)))") }
            syncDirectory(of: store)
        } catch {
            unlink(partial)
            throw (error as? BackupProblem) ?? BackupProblem.io("\(store): \(error)")
        }
        return kept
    }
}

extension EncryptedStore {
    /// SQLite's online backup of `source` into a new file: consistent even while a WAL is in use, and one
    /// self-contained file afterwards (no WAL beside it), private to the user.
    static func copyOnline(_ source: DatabaseQueue, to path: String) throws {
        let copy = try DatabaseQueue(path: path)
        try source.backup(to: copy)
        try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        try copy.close()
        chmod(path, 0o600)
    }

    /// The store file opened for writing (under the caller's lock) when it is a Teczka store that passes the quick
    /// check; nil when it is damaged. Read-write so that closing it leaves no WAL files behind.
    static func openIntact(_ path: String) throws -> DatabaseQueue? {
        let queue = try DatabaseQueue(path: path, configuration: configuration())
        let intact = (try? queue.read { db in
            try db.tableExists("meta") && String.fetchAll(db, sql: "PRAGMA quick_check") == ["ok"]
        }) ?? false
        if intact { return queue }
        try? queue.close()
        return nil
    }

    /// SQLite's full integrity check of the open file: `["ok"]` when intact.
    public func integrityCheck() throws -> [String] {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        return try database.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}

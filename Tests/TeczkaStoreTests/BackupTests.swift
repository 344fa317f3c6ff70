import Foundation
import Testing
import TestSupport
@testable import TeczkaCore
@testable import TeczkaStore

@Suite("Backups and restore")
struct BackupTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    @Test("a backup is the same encrypted store: it opens with the same passphrase and holds the same families")
    func backupOpens() throws {
        let temp = TemporaryStore()
        let (store, file) = try temp.create()
        try file.saveFamily(Family(label: "Wiśniewscy"))
        let copy = temp.directory.file("kopia.sqlite")
        try store.backup(to: copy)
        #expect(throws: BackupProblem.alreadyExists(path: copy)) { try store.backup(to: copy) }
        store.close()
        let bytes = try #require(FileManager.default.contents(atPath: copy))
        #expect(bytes.range(of: Data("Wiśniewscy".utf8)) == nil)
        let opened = try EncryptedStore(path: copy, cost: .testing)
        #expect(try opened.unlock(passphrase: TemporaryStore.passphrase).families.values.map(\.label) == ["Wiśniewscy"])
    }

    @Test("rotation over a month of daily starts keeps the 7 newest and one per each of the 4 weeks before")
    func rotationOverAMonth() throws {
        let temp = TemporaryStore()
        let (store, _) = try temp.create()
        var today = Self.day(2026, 10, 1)
        var written = 0
        for _ in 0..<45 {
            if try store.dailyBackup(today: today) != nil { written += 1 }
            #expect(try store.dailyBackup(today: today) == nil, "a second start on the same day writes nothing")
            today = today.addingDays(1)
        }
        #expect(written == 45)
        // The last start was on Saturday 2026-11-14, in the week from Monday 9 November. The 7 newest are 8–14
        // November; the weeks before end on Sunday 8 November (already kept), 1 November, 25 and 18 October.
        let kept = Backups.daily(forStore: temp.path).map(\.date)
        let expected = (8...14).map { Self.day(2026, 11, $0) }.reversed()
            + [Self.day(2026, 11, 1), Self.day(2026, 10, 25), Self.day(2026, 10, 18)]
        #expect(kept == Array(expected))
    }

    @Test("restore replaces the store and keeps the replaced one in backups/")
    func restore() throws {
        let temp = TemporaryStore()
        let copy = temp.directory.file("kopia.sqlite")
        do {
            let (store, file) = try temp.create()
            try file.saveFamily(Family(label: "Kowalscy"))
            try store.backup(to: copy)
            try file.saveFamily(Family(label: "Nowakowie"))
            store.close()
        }
        let kept = try #require(try EncryptedStore.restore(copy, over: temp.path))
        #expect(kept.contains("/backups/teczka-zastapiona-"))
        let (_, restored) = try temp.reopen()
        #expect(restored.families.values.map(\.label) == ["Kowalscy"])
        let old = try EncryptedStore(path: kept, cost: .testing)
        #expect(Set(try old.unlock(passphrase: TemporaryStore.passphrase).families.values.map(\.label)) == ["Kowalscy", "Nowakowie"])
    }

    @Test("a file that is not a backup, and a copy of another store, are refused and change nothing")
    func refusals() throws {
        let temp = TemporaryStore()
        do { let (store, _) = try temp.create(); store.close() }
        let before = temp.allBytes()
        let junk = temp.directory.file("notatki.txt")
        try Data("to nie jest baza".utf8).write(to: URL(fileURLWithPath: junk))
        #expect(throws: BackupProblem.self) { try EncryptedStore.restore(junk, over: temp.path) }
        let other = TemporaryStore()
        do { let (store, _) = try other.create(name: "Inna Osoba"); store.close() }
        #expect(throws: BackupProblem.otherStore(path: other.path)) { try EncryptedStore.restore(other.path, over: temp.path) }
        #expect(temp.allBytes() == before)
        #expect(Backups.daily(forStore: temp.path).isEmpty)
    }

    @Test("a damaged store is moved aside and the newest good backup restored")
    func damagedStore() throws {
        let temp = TemporaryStore()
        do {
            let (store, file) = try temp.create()
            try file.saveFamily(Family(label: "Kowalscy"))
            try store.dailyBackup(today: Self.day(2026, 11, 29))
            store.close()
        }
        // A copy from the 30th that is itself broken must be passed over.
        try Data(repeating: 0x55, count: 4096).write(to: URL(fileURLWithPath: Backups.dailyPath(forStore: temp.path, on: Self.day(2026, 11, 30))))
        let handle = try #require(FileHandle(forWritingAtPath: temp.path))
        try handle.seek(toOffset: 4096)
        handle.write(Data(repeating: 0xFF, count: 8192))
        try handle.close()
        #expect(throws: StoreProblem.self) { _ = try EncryptedStore(path: temp.path, cost: .testing) }
        let good = try #require(Backups.newestGood(forStore: temp.path))
        #expect(good.date == Self.day(2026, 11, 29))
        let kept = try #require(try EncryptedStore.restore(good.path, over: temp.path))
        #expect(kept.contains("-uszkodzona-"))
        let (_, file) = try temp.reopen()
        #expect(file.families.values.map(\.label) == ["Kowalscy"])
    }
}

import Foundation
import GRDB
import Testing
import TestSupport
@testable import TeczkaCore
@testable import TeczkaStore

/// Issue 13, stumble 11: a full disk was reported as a damaged store, in SQLite's English, without the file's name.
@Suite("System errors in the user's words")
struct FileErrorTests {
    @Test("a save on a full disk is 'no space', names the file, and changes nothing; the store opens again")
    func diskFull() throws {
        let temp = TemporaryStore()
        let (store, file) = try temp.create()
        // SQLite's own way to make a database "full": no page may be added.
        try store.database!.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let before = file.families.count
        var thrown: Error?
        for index in 0..<200 where thrown == nil {
            do { try file.saveFamily(Family(label: "Rodzina \(index)", notes: String(repeating: "notatka ", count: 300))) } catch { thrown = error }
        }
        let problem = try #require(thrown as? StoreProblem)
        #expect(problem == .diskFull(path: store.path), "not damage, not SQLite's text")
        let saved = file.families.count - before
        store.close()
        let (again, reopened) = try temp.reopen()
        defer { again.close() }
        #expect(reopened.families.count == saved + before, "what was saved before the disk filled is all there, nothing half-written")
    }

    @Test("a missing folder, a read-only medium and a full one are told apart, naming the path")
    func missingAndReadOnly() throws {
        let missing = StoreProblem.from(NSError(domain: NSPOSIXErrorDomain, code: Int(ENOENT)), path: "/media/pendrive/kopia.sqlite")
        #expect(missing == .notFound(path: "/media/pendrive/kopia.sqlite"))
        let readOnly = StoreProblem.from(NSError(domain: NSPOSIXErrorDomain, code: Int(EROFS)), path: "/media/cdrom/x.teczka")
        #expect(readOnly == .readOnly(path: "/media/cdrom/x.teczka"))
        #expect(StoreProblem.from(NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC)), path: "/x") == .diskFull(path: "/x"))
    }
}

import Foundation
import Testing
@testable import TeczkaCore
@testable import TeczkaStore

@Suite("Encrypted store")
struct EncryptedStoreTests {
    @Test("what was saved is there after closing and opening again")
    func roundTrip() throws {
        let temp = TemporaryStore()
        do {
            let (store, file) = try temp.create()
            let family = try file.saveFamily(Family(label: "Wiśniewscy", locality: "Święta Katarzyna", rural: true))
            try file.saveMember(Member(familyID: family.id, firstName: "Łucja", lastName: "Wiśniewska",
                                       birthDate: LocalDate(year: 2015, month: 3, day: 2)))
            store.close()
        }
        let (_, file) = try temp.reopen()
        #expect(file.currentUser.name == "Anna Nowak")
        #expect(file.families.values.map(\.label) == ["Wiśniewscy"])
        #expect(file.families.values.first?.rural == true)
        #expect(file.members.values.map(\.fullName) == ["Łucja Wiśniewska"])
    }

    @Test("a wrong passphrase is refused and changes nothing")
    func wrongPassphrase() throws {
        let temp = TemporaryStore()
        do {
            let (store, file) = try temp.create()
            try file.saveFamily(Family(label: "Kowalscy"))
            store.close()
        }
        let before = temp.allBytes()
        let store = try EncryptedStore(path: temp.path, cost: .testing)
        #expect(throws: StoreProblem.wrongPassphrase) {
            try store.unlock(passphrase: "zażółć gęślą jaźŃ")
        }
        store.close()
        #expect(temp.allBytes() == before)
    }

    @Test("an edit keeps the earlier revision; archiving keeps the record")
    func revisionsAndArchive() throws {
        let temp = TemporaryStore()
        do {
            let (store, file) = try temp.create()
            var family = try file.saveFamily(Family(label: "Kamińscy", notes: "pierwsza"))
            family.notes = "druga"
            try file.saveFamily(family)
            try file.setFamilyArchived(family.id, true)
            store.close()
        }
        let (store, file) = try temp.reopen()
        let family = try #require(file.families.values.first)
        #expect(family.archived)
        #expect(family.notes == "druga")
        // Older bodies are read from the file when asked for (issue 14).
        let revisions = try file.withBodies(try #require(file.revisions[family.id]))
        #expect(revisions.count == 3)
        let first = try JSONDecoder().decode(Family.self, from: revisions[0].body)
        #expect(first.notes == "pierwsza")
        #expect(try store.revisionCount() == 5) // the user, the settings and three family revisions
    }

    @Test("the raw files hold none of the names or notes that were saved")
    func noPlaintext() throws {
        let temp = TemporaryStore()
        let secrets = ["Wiśniewscy", "Łucja", "Wiśniewska", "Przemoc w rodzinie zgłoszona", "Źródlana 7", "Brzęczyszczykiewicz",
                       "Anna Nowak"]
        do {
            let (store, file) = try temp.create()
            let family = try file.saveFamily(Family(label: secrets[0], address: secrets[4], notes: secrets[3]))
            try file.saveMember(Member(familyID: family.id, firstName: secrets[1], lastName: secrets[2],
                                       pesel: "15230201244"))
            try file.saveMember(Member(familyID: family.id, firstName: "Grzegorz", lastName: secrets[5], role: .rodzic))
            // Look while the store is open (WAL holds the newest pages) and after closing.
            let open = temp.allBytes()
            for secret in secrets + ["15230201244", "Grzegorz"] {
                #expect(open.range(of: Data(secret.utf8)) == nil, "\(secret) is readable in the open store")
            }
            store.close()
        }
        let closed = temp.allBytes()
        #expect(!closed.isEmpty)
        for secret in secrets + ["15230201244", "Grzegorz"] {
            #expect(closed.range(of: Data(secret.utf8)) == nil, "\(secret) is readable in the closed store")
        }
    }

    @Test("the store file and its companions are readable by the owner only")
    func fileMode() throws {
        let temp = TemporaryStore()
        let (store, file) = try temp.create()
        try file.saveFamily(Family(label: "Nowakowie"))
        for suffix in ["", "-wal", ".lock"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: temp.path + suffix)
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(suffix)")
        }
        store.close()
    }

    @Test("a second opening of the same store is refused with the owner's PID")
    func lockedTwice() throws {
        let temp = TemporaryStore()
        let (store, _) = try temp.create()
        #expect(throws: StoreProblem.lockedByOtherProcess(pid: getpid())) {
            _ = try EncryptedStore(path: temp.path, cost: .testing)
        }
        store.close()
        #expect(!FileManager.default.fileExists(atPath: temp.path + ".lock"))
        _ = try temp.reopen()
    }

    @Test("a file that is not a store is refused and left as it was")
    func notAStore() throws {
        let temp = TemporaryStore()
        let text = Data("To jest zwykły plik tekstowy, nie baza.\n".utf8)
        _ = FileManager.default.createFile(atPath: temp.path, contents: text)
        #expect(throws: StoreProblem.notATeczkaStore(path: temp.path)) {
            _ = try EncryptedStore(path: temp.path, cost: .testing)
        }
        #expect(FileManager.default.contents(atPath: temp.path) == text)
        #expect(!FileManager.default.fileExists(atPath: temp.path + ".lock"))
    }

    @Test("another program's SQLite database is refused and left as it was")
    func foreignDatabase() throws {
        let temp = TemporaryStore()
        try shell("/usr/bin/env", ["python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.commit()", temp.path])
        let before = try #require(FileManager.default.contents(atPath: temp.path))
        #expect(throws: StoreProblem.notATeczkaStore(path: temp.path)) {
            _ = try EncryptedStore(path: temp.path, cost: .testing)
        }
        #expect(FileManager.default.contents(atPath: temp.path) == before)
        #expect(!FileManager.default.fileExists(atPath: temp.path + "-wal"))
    }

    @Test("a damaged store is refused with a clear problem and left as it was")
    func damagedStore() throws {
        let temp = TemporaryStore()
        do {
            let (store, file) = try temp.create()
            for i in 0..<200 { try file.saveFamily(Family(label: "Rodzina \(i)", notes: String(repeating: "x", count: 300))) }
            store.close()
        }
        // Checkpointed on close: damage pages in the middle of the main file.
        var bytes = try #require(FileManager.default.contents(atPath: temp.path))
        #expect(bytes.count > 20_000)
        for i in stride(from: 8192, to: min(bytes.count, 40_000), by: 7) { bytes[i] ^= 0x5A }
        try bytes.write(to: URL(fileURLWithPath: temp.path))
        try? FileManager.default.removeItem(atPath: temp.path + "-wal")
        // Damage in a sealed body or in SQLite's pages is a damaged store; damage in a signed column (a signature,
        // a chain link) leaves the store readable with the damaged revisions left out and reported.
        var problem: StoreProblem?
        var findings: [Refusal] = []
        do {
            let (store, file) = try temp.reopen()
            findings = file.integrity
            store.close()
        } catch let error as StoreProblem {
            problem = error
        }
        switch problem {
        case .damaged?, .notATeczkaStore?:
            // Damage that hits the `meta` table leaves nothing to recognise the file by.
            #expect(FileManager.default.contents(atPath: temp.path) == bytes)
        default:
            #expect(!findings.isEmpty, "expected a damaged-store problem or findings, got \(String(describing: problem))")
        }
    }

    @Test("a store that exists is not created again")
    func noDoubleInit() throws {
        let temp = TemporaryStore()
        let (store, _) = try temp.create()
        #expect(throws: StoreProblem.alreadyExists(path: temp.path)) {
            _ = try store.initialize(name: "Ktoś", role: .asystent, passphrase: "dowolnehaslo")
        }
    }

    @Test("a short passphrase or an empty name creates nothing")
    func initValidation() throws {
        let temp = TemporaryStore()
        let store = try EncryptedStore(path: temp.path, cost: .testing)
        #expect(throws: ValidationFailure([.required(.userName), .passphraseTooShort(minimum: 8)])) {
            _ = try store.initialize(name: " ", role: .asystent, passphrase: "krótkie")
        }
        #expect(!FileManager.default.fileExists(atPath: temp.path))
    }

    @Test("casework records are encrypted and versioned like the rest")
    func caseworkEncrypted() throws {
        let temp = TemporaryStore()
        let secrets = ["Wywiad ujawnił przemoc ojca", "Rodzice uczą się konsekwencji", "Babcia Zofia Kłos",
                       "Notatka z wizyty: Łucja płakała", "Sygnatura III Nsm 412/25", "Kurator Jędrzejewski"]
        do {
            let (store, file) = try temp.create()
            let family = try file.saveFamily(Family(label: "Nowakowie"))
            let child = try file.saveMember(Member(familyID: family.id, firstName: "Ala", lastName: "Nowak"))
            var cooperation = Cooperation(familyID: family.id, assistantID: file.currentUser.id, referral: .postanowienieSadu,
                                          referralReference: secrets[4], start: LocalDate(year: 2025, month: 1, day: 1)!)
            cooperation = try file.saveCooperation(cooperation)
            var problem = FamilyProblem(familyID: family.id, code: "A14", identified: LocalDate(year: 2025, month: 1, day: 2)!)
            problem.note = secrets[0]
            problem = try file.saveProblem(problem)
            var plan = try #require(file.draftNextPlanVersion(of: cooperation.id, on: LocalDate(year: 2025, month: 1, day: 3)!))
            plan.goals = [PlanGoal(text: secrets[1], problemIDs: [problem.id])]
            try file.savePlanVersion(plan)
            var visit = file.quickVisit(familyID: family.id)
            visit.notes = secrets[3]
            try file.saveVisit(visit)
            visit.notes += " — poprawione"
            try file.saveVisit(visit)
            try file.savePlacement(Placement(familyID: family.id, childID: child.id, form: .rzs, placeName: secrets[2],
                                             start: LocalDate(year: 2025, month: 2, day: 1)!))
            try file.saveEvent(FamilyEvent(familyID: family.id, kind: .kuratorSupervision,
                                           date: LocalDate(year: 2025, month: 2, day: 1)!, note: secrets[5]))
            #expect(file.revisions[visit.id]?.count == 2)
            store.close()
        }
        let bytes = temp.allBytes()
        for secret in secrets + ["A14", "Przemoc w rodzinie"] {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is readable")
        }
        let (_, file) = try temp.reopen()
        #expect(file.visits.values.first?.notes == secrets[3] + " — poprawione")
        #expect(file.placements.values.first?.placeName == secrets[2])
        #expect(file.cooperations.values.first?.referralReference == secrets[4])
    }
}

@discardableResult
func shell(_ executable: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}

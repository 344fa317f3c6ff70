import Foundation
import Testing
@testable import TeczkaCore

@Suite("Integrity: references between records")
struct IntegrityTests {
    let user = UserAccount(name: "Anna Nowak", role: .asystent)

    func makeFile(_ journal: MemoryJournal) throws -> CaseFile {
        let file = try CaseFile(revisions: journal.revisions, journal: journal, currentUser: user,
                                clock: { Date(timeIntervalSince1970: 1_795_000_000) })
        if journal.revisions.isEmpty { try file.saveUser(user) }
        return file
    }

    @Test("a store written through the case file has no broken references")
    func clean() throws {
        let file = try makeFile(MemoryJournal())
        let family = try file.saveFamily(Family(label: "Kowalscy"))
        try file.saveMember(Member(familyID: family.id, firstName: "Jan", lastName: "Kowalski"))
        #expect(file.brokenReferences().isEmpty)
    }

    @Test("a member pointing at a family that does not exist is found, with its field and target")
    func injectedMember() throws {
        let journal = MemoryJournal()
        let file = try makeFile(journal)
        try file.saveFamily(Family(label: "Kowalscy"))
        let orphan = Member(familyID: RecordID("no-such-family"), firstName: "Jan", lastName: "Kowalski")
        // Written past the validation, as a damaged or foreign file would hold it.
        try journal.append([Revision(id: .make(), recordID: orphan.id, kind: .member, parent: nil, timestamp: Date(),
                                     author: user.id, body: try JSONEncoder().encode(orphan))])
        let reopened = try makeFile(journal)
        let broken = reopened.brokenReferences()
        #expect(broken == [BrokenReference(kind: .member, recordID: orphan.id, field: "familyID", target: RecordID("no-such-family"))])
    }

    @Test("a revision whose parent is not among its record's revisions is found")
    func injectedParent() throws {
        let journal = MemoryJournal()
        let file = try makeFile(journal)
        let family = try file.saveFamily(Family(label: "Kowalscy"))
        var changed = family
        changed.notes = "zmiana"
        try journal.append([Revision(id: .make(), recordID: family.id, kind: .family, parent: RecordID("lost-revision"),
                                     timestamp: Date(), author: user.id, body: try JSONEncoder().encode(changed))])
        let broken = try makeFile(journal).brokenReferences()
        #expect(broken.map(\.field) == ["parent"])
        #expect(broken.first?.description == "family \(family.id.raw): parent → lost-revision")
    }
}

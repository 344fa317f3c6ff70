import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

@Suite("Integrity: references between records")
struct IntegrityTests {
    let user = UserAccount.test("Anna Nowak", .asystent)

    func makeFile(_ journal: MemoryJournal) throws -> CaseFile {
        let file = try CaseFile.test(journal.revisions, journal: journal, as: user,
                                clock: { Date(timeIntervalSince1970: 1_795_000_000) })
        if journal.revisions.isEmpty { try file.saveUser(user) }
        return file
    }

    @Test("teczka check's own pass over every signature finds one that was altered, in batches over many revisions")
    func everySignature() throws {
        let file = try makeFile(MemoryJournal())
        let family = try file.saveFamily(Family(label: "Kowalscy"))
        // More revisions than one batch of the check (8,192), so that a batch's end is crossed.
        var members: [(id: RecordID, kind: RecordKind, document: any RecordDocument)] = []
        for index in 0..<9_000 {
            let member = Member(familyID: family.id, firstName: "Jan\(index)", lastName: "Kowalski")
            members.append((member.id, .member, member))
        }
        try file.writeAll(members)
        #expect(try file.verifyEverySignature().isEmpty)
        let victim = members[8_500].id
        file.loadedRevisions[victim]![0].signature[3] ^= 0x01
        let found = try file.verifyEverySignature()
        #expect(found.map(\.revisionID) == [file.revisions[victim]![0].id] && found.map(\.reason) == [.badSignature])
    }

    @Test("a store written through the case file has no broken references")
    func clean() throws {
        let file = try makeFile(MemoryJournal())
        let family = try file.saveFamily(Family(label: "Kowalscy"))
        try file.saveMember(Member(familyID: family.id, firstName: "Jan", lastName: "Kowalski"))
        #expect(file.brokenReferences().isEmpty)
    }

    @Test("a member pointing at a family that does not exist, signed by its author, is found with its field and target")
    func injectedMember() throws {
        let journal = MemoryJournal()
        let file = try makeFile(journal)
        let family = try file.saveFamily(Family(label: "Kowalscy"))
        // A visit naming a person who does not exist, written past the validation (a bug in another program): signed
        // properly, so the ledger admits it, and only the reference check finds it.
        let visit = Visit(familyID: family.id, assistantID: user.id, date: LocalDate(year: 2026, month: 11, day: 1)!,
                          durationMinutes: 60, place: .miejsceZamieszkania, presentMemberIDs: [RecordID("no-such-person")])
        try journal.append([try file.signedRevision(id: visit.id, kind: .visit, document: visit,
                                                    body: try JSONEncoder().encode(visit), parent: nil)])
        let reopened = try makeFile(journal)
        #expect(reopened.integrity.isEmpty)
        #expect(reopened.brokenReferences() == [BrokenReference(kind: .visit, recordID: visit.id, field: "presentMemberIDs",
                                                                target: RecordID("no-such-person"))])
    }

    @Test("revisions written into the file past the program are left out and named: unsigned, or with a lost parent")
    func injectedRevisions() throws {
        let journal = MemoryJournal()
        let file = try makeFile(journal)
        let family = try file.saveFamily(Family(label: "Kowalscy"))
        let orphan = Member(familyID: RecordID("no-such-family"), firstName: "Jan", lastName: "Kowalski")
        let unsigned = Revision(id: .make(), recordID: orphan.id, kind: .member, parent: nil, timestamp: Date(),
                                author: user.id, body: try JSONEncoder().encode(orphan))
        var changed = family
        changed.notes = "zmiana"
        let lostParent = try file.signedRevision(id: family.id, kind: .family, document: changed,
                                                 body: try JSONEncoder().encode(changed), parent: RecordID("lost-revision"))
        try journal.append([unsigned, lostParent])
        let reopened = try makeFile(journal)
        #expect(reopened.integrity.map(\.revisionID) == [unsigned.id, lostParent.id])
        #expect(reopened.integrity.map(\.reason) == [.unsigned, .missingParent])
        #expect(reopened.members[orphan.id] == nil && reopened.families[family.id]?.notes == "")
        #expect(reopened.brokenReferences().isEmpty)
    }
}

@Suite("Vouching for unsigned revisions")
struct VouchingTests {
    @Test("each revision keeps its author, record, parents and time; the voucher signs it in a chain per scope")
    func keepsAuthors() throws {
        let anna = UserAccount.test("Anna", .asystent), ewa = UserAccount.test("Ewa", .koordynator)
        let family = Family(label: "Kowalscy")
        var changed = family
        changed.notes = "zmiana"
        let first = Revision(id: .make(), recordID: family.id, kind: .family, parent: nil, timestamp: Date(timeIntervalSince1970: 1),
                             author: anna.id, body: try JSONEncoder().encode(family))
        let second = Revision(id: .make(), recordID: family.id, kind: .family, parent: first.id, timestamp: Date(timeIntervalSince1970: 2),
                              author: ewa.id, body: try JSONEncoder().encode(changed))
        let signed = try Vouching.sign([first, second], by: ewa.id, key: .forTests(ewa.id))
        #expect(signed.map(\.author) == [anna.id, ewa.id] && signed.allSatisfy { $0.legacy && $0.signer == ewa.id })
        #expect(signed.map(\.clock) == [1, 2] && signed.map(\.chainIndex) == [1, 2])
        #expect(signed[1].previousLink == RevisionSeal.link(signed[0]) && signed[1].parent == first.id)
        #expect(signed.allSatisfy { RevisionSeal.verify($0, with: SigningKey.forTests(ewa.id).publicKey) })
        // Vouched for by an assistant, the same revisions are refused.
        let byAnna = try Vouching.sign([first, second], by: anna.id, key: .forTests(anna.id))
        let file = try CaseFile(revisions: [], journal: MemoryJournal(), currentUser: ewa, signingKey: .forTests(ewa.id),
                                root: RootOfTrust(userID: ewa.id, key: SigningKey.forTests(ewa.id).publicKey))
        try file.saveUser(anna)
        #expect(file.mergePreview(byAnna).refusals.first?.reason == .vouchedByAssistant)
    }
}

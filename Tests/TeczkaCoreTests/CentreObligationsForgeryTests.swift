import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

/// Issue 15, attacked as security.md asks: an assistant who holds the family's key writes, past the program, a
/// revision only a coordinator may write — her own etat, a handover to herself, the powiat's charge notes — and puts
/// it into the file. Opening the file re-admits every revision: each forgery is refused, and the state stays the
/// coordinator's.
@Suite("Forged coordinator's records of issue 15")
struct CentreObligationsForgeryTests {
    func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    @Test("an assistant's own etat, a handover to her and charge notes, signed by her and slipped into the file, are refused on opening")
    func forgedInFile() throws {
        let now = Date(timeIntervalSince1970: 1_768_435_200)  // 15.01.2026
        let ewa = UserAccount.test("Ewa", .koordynator), anna = UserAccount.test("Anna Nowak", .asystent),
            beata = UserAccount.test("Beata Lis", .asystent)
        let journal = MemoryJournal()
        let office = try CaseFile.test([], journal: journal, as: ewa, clock: { now })
        try office.saveUser(anna)
        try office.saveUser(beata)
        let family = try office.saveFamily(Family(label: "Wiśniewscy"))
        let cooperation = try office.saveCooperation(Cooperation(familyID: family.id, assistantID: beata.id, start: day("2025-06-01")))
        try office.saveCooperation(Cooperation(familyID: try office.saveFamily(Family(label: "Nowakowie")).id, assistantID: anna.id,
                                               start: day("2025-06-01")))
        let child = try office.saveMember(Member(familyID: family.id, firstName: "Ola", lastName: "Wiśniewska", role: .dziecko))
        let placement = try office.savePlacement(Placement(familyID: family.id, childID: child.id, form: .rzs, start: day("2025-07-01")))

        // Beata (assigned to the family) forges the charges; Anna forges her etat and a handover of Beata's family to her.
        let beatas = try CaseFile.test(journal.revisions, journal: journal, as: beata, clock: { now })
        var charged = placement
        charged.powiat = "Powiat wrocławski"
        charged.charges = [FosterCharge(month: day("2025-07-01"), amount: 1)]
        let annas = try CaseFile.test(journal.revisions, journal: journal, as: anna, clock: { now })
        var employed = anna
        employed.employment = [EmploymentPeriod(from: day("2025-01-01"), ftePercent: 100)]
        var handed = cooperation
        handed.handovers = [Handover(date: day("2025-10-01"), from: beata.id, to: anna.id)]
        handed.assistantID = anna.id
        func forged(_ file: CaseFile, _ document: any RecordDocument, _ id: RecordID, _ kind: RecordKind) throws -> Revision {
            try file.signedRevision(id: id, kind: kind, document: document, body: try DocumentCoding.encoder.encode(document),
                                    parent: file.nextParent(of: id).parent)
        }
        try journal.append([try forged(beatas, charged, placement.id, .placement)])
        let employment = try forged(annas, employed, anna.id, .user)
        try journal.append([employment, try forged(annas, handed, cooperation.id, .cooperation)])

        let reopened = try CaseFile.test(journal.revisions, journal: journal, as: ewa, clock: { now })
        #expect(Set(reopened.integrity.map(\.kind)) == [.placement, .user, .cooperation])
        #expect(reopened.placements[placement.id]?.charges == nil && reopened.placements[placement.id]?.powiat == nil)
        #expect(reopened.users[anna.id]?.employment == nil)
        #expect(reopened.cooperations[cooperation.id]?.assistantID == beata.id && reopened.cooperations[cooperation.id]?.handovers == nil)
    }
}

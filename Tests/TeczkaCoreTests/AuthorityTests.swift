import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

/// An assistant who wants more rights writes revisions with her own key, past the program (which would refuse them),
/// and sends them to the office. Each is refused by the office's ledger, named with its reason, and nothing of it
/// enters the office's store.
@Suite("The authority table on every way in")
struct AuthorityTests {
    /// The office (Ewa, root), Anna's laptop set up from it, Beata's family in the office, Anna's family on both.
    final class Team {
        let s: TwoStores
        let beata = UserAccount.test("Beata Lis", .asystent)
        var annas: Family!
        var beatas: Family!

        init() throws {
            s = try TwoStores()
            try s.office.saveUser(beata)
            beatas = try s.office.saveFamily(Family(label: "Zielińscy"))
            try s.office.saveCooperation(Cooperation(familyID: beatas.id, assistantID: beata.id, start: LocalDate(year: 2026, month: 1, day: 5)!))
            try s.send(from: s.office, to: s.laptop, for: s.assistant)
            annas = try s.laptop.saveFamily(Family(label: "Wiśniewscy"))
            try s.laptop.saveCooperation(Cooperation(familyID: annas.id, assistantID: s.assistant.id, start: LocalDate(year: 2026, month: 1, day: 5)!))
            try s.send(from: s.laptop, to: s.office)
        }

        /// A revision Anna signs with her key, in the next place of her chain, without the program's checks.
        func forged<Document: RecordDocument>(_ document: Document, id: RecordID, kind: RecordKind, on file: CaseFile? = nil) throws -> Revision {
            let file = file ?? s.laptop
            let body = try DocumentCoding.encoder.encode(document)
            return try file.signedRevision(id: id, kind: kind, document: document, body: body, parent: file.nextParent(of: id).parent)
        }

        /// Sends `revisions` to the office: the preview and the merge refuse them; the office's revisions stay as they were.
        func refused(_ revisions: [Revision], _ reason: RefusalReason, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let before = s.office.revisions
            let preview = s.office.mergePreview(revisions)
            #expect(preview.refusals.map(\.reason).first == reason, sourceLocation: sourceLocation)
            #expect(preview.isEmpty, sourceLocation: sourceLocation)
            let merged = try s.office.merge(revisions)
            #expect(merged.isEmpty && merged.refusals.count == revisions.count, sourceLocation: sourceLocation)
            #expect(s.office.revisions == before, "nothing enters the office", sourceLocation: sourceLocation)
        }
    }

    @Test("an assistant cannot change her role, deactivate the coordinator, or make a coordinator account")
    func accounts() throws {
        let t = try Team()
        var promoted = t.s.assistant
        promoted.role = .koordynator
        try t.refused([try t.forged(promoted, id: promoted.id, kind: .user)], .coordinatorOnly)
        var deposed = t.s.head
        deposed.active = false
        try t.refused([try t.forged(deposed, id: deposed.id, kind: .user)], .coordinatorOnly)
        let accomplice = UserAccount.test("Krzysztof Wspólnik", .koordynator)
        try t.refused([try t.forged(accomplice, id: accomplice.id, kind: .user)], .coordinatorOnly)
        #expect(t.s.office.users[t.s.head.id]?.active == true && t.s.office.users[t.s.assistant.id]?.role == .asystent)
        // In her own case file the program refuses the same before writing.
        #expect(throws: AuthorityProblem(reason: .coordinatorOnly, kind: .user, familyID: nil)) { try t.s.laptop.saveUser(promoted) }
    }

    @Test("an assistant cannot swap in a new agreement key of her own, nor publish one for another account")
    func agreementKeys() throws {
        let t = try Team()
        // A key of her choosing would have every family she reads wrapped for it (and a copy of the key for someone else).
        var swapped = t.s.assistant
        swapped.agreementKey = AgreementKey().publicKey
        try t.refused([try t.forged(swapped, id: swapped.id, kind: .user)], .coordinatorOnly)
        let keyless = UserAccount(name: "Celina Bez Klucza", role: .asystent, signingKey: SigningKey().publicKey)
        try t.s.office.saveUser(keyless)
        try t.s.send(from: t.s.office, to: t.s.laptop, for: t.s.assistant)
        var forHer = keyless
        forHer.agreementKey = AgreementKey().publicKey
        try t.refused([try t.forged(forHer, id: keyless.id, kind: .user)], .coordinatorOnly)
        // The same key once more, with the role changed under it.
        var promoted = t.s.assistant
        promoted.role = .koordynator
        try t.refused([try t.forged(promoted, id: promoted.id, kind: .user)], .coordinatorOnly)
        #expect(t.s.office.users[t.s.assistant.id]?.agreementKey == t.s.assistant.agreementKey)
    }

    @Test("an assistant cannot change the settings, the catalogue or the centre named on every printout")
    func settings() throws {
        let t = try Team()
        var settings = t.s.laptop.settings
        settings.caseloadCap = 40
        settings.catalogue.entries[0].retired = true
        try t.refused([try t.forged(settings, id: StoreSettings.recordID, kind: .settings)], .coordinatorOnly)
        #expect(t.s.office.settings.caseloadCap == 15)
        var centre = t.s.laptop.settings
        centre.centre = CentreDetails(name: "Fałszywy Ośrodek", town: "Gdzieś", caseNumberPattern: "X.{nr}")
        try t.refused([try t.forged(centre, id: StoreSettings.recordID, kind: .settings)], .coordinatorOnly)
        #expect(t.s.office.settings.centre.isEmpty)
    }

    @Test("an assistant cannot edit a family that is neither assigned to her nor shared with her, nor share her own")
    func otherFamily() throws {
        let t = try Team()
        var theirs = try #require(t.s.office.families[t.beatas.id])
        theirs.notes = "Dopisane przez nieupoważnioną osobę."
        // Anna's laptop never held Beata's family: she forges a version from what she knows.
        try t.refused([try t.forged(theirs, id: theirs.id, kind: .family)], .notAssigned)
        let member = Member(familyID: t.beatas.id, firstName: "Obcy", lastName: "Wpis")
        try t.refused([try t.forged(member, id: member.id, kind: .member)], .notAssigned)
        var shared = try #require(t.s.laptop.families[t.annas.id])
        shared.sharedWith = [t.beata.id]
        try t.refused([try t.forged(shared, id: shared.id, kind: .family)], .sharingChange)
        let handover = Cooperation(familyID: t.annas.id, assistantID: t.beata.id, start: LocalDate(year: 2026, month: 2, day: 1)!)
        try t.refused([try t.forged(handover, id: handover.id, kind: .cooperation)], .assignmentChange)
    }

    @Test("hostile text that no form lets through is refused even in a family the sender may work on")
    func hostileText() throws {
        let t = try Team()
        var family = try #require(t.s.laptop.families[t.annas.id])
        family.label = "Wiśniewscy\u{1B}[2J\u{1B}]0;przejęty\u{7}"
        try t.refused([try t.forged(family, id: family.id, kind: .family)], .controlCharacters)
        family.label = "Wiśniewscy\u{202E}odwrócone"
        try t.refused([try t.forged(family, id: family.id, kind: .family)], .controlCharacters)
        var visit = Visit(familyID: t.annas.id, assistantID: t.s.assistant.id, date: LocalDate(year: 2026, month: 11, day: 2)!)
        visit.notes = "Pierwsza linia.\nDruga linia.\tZ tabulatorem."
        #expect(t.s.office.mergePreview([try t.forged(visit, id: visit.id, kind: .visit)]).refusals.isEmpty, "line breaks and tabs are text")
    }

    @Test("four eyes: no approval by an assistant, none of one's own assessment; an approved one is final")
    func approvals() throws {
        let t = try Team()
        let cooperation = try #require(t.s.laptop.cooperations(of: t.annas.id).first)
        var draft = try t.s.laptop.assessmentDraft(forCooperation: cooperation.id, on: LocalDate(year: 2026, month: 7, day: 5)!)
        draft.situation = "Stabilna."
        draft.children = "W szkole."
        draft.cooperationText = "Dobra."
        draft.recommendation = .kontynuacja
        var approved = draft
        approved.state = .zatwierdzona
        approved.approvedBy = t.s.assistant.id
        try t.refused([try t.forged(approved, id: approved.id, kind: .assessment)], .reviewByAssistant)
        approved.approvedBy = t.s.head.id
        try t.refused([try t.forged(approved, id: approved.id, kind: .assessment)], .reviewByAssistant)

        // The coordinator's own assessment: the state machine refuses, and so does the ledger past it.
        var own = draft
        own.id = .make()
        own.authorID = t.s.head.id
        own.periodFrom = LocalDate(year: 2026, month: 7, day: 6)!
        own.periodTo = LocalDate(year: 2026, month: 11, day: 1)!
        try t.s.office.saveAssessment(own)
        try t.s.office.act(.pass, on: own.id)
        #expect(throws: AssessmentProblem.ownAssessment) { try t.s.office.act(.approve, on: own.id) }
        var selfApproved = try #require(t.s.office.assessments[own.id])
        selfApproved.state = .zatwierdzona
        selfApproved.approvedBy = t.s.head.id
        #expect(throws: AuthorityProblem(reason: .ownAssessment, kind: .assessment, familyID: t.annas.id)) {
            try t.s.office.commit([try t.forged(selfApproved, id: own.id, kind: .assessment, on: t.s.office)])
        }
        #expect(t.s.office.assessments[own.id]?.state == .przekazana)

        // Approved by the coordinator, then "corrected" by the assistant without a correction: final.
        try t.s.laptop.saveAssessment(draft)
        try t.s.laptop.act(.pass, on: draft.id)
        try t.s.send(from: t.s.laptop, to: t.s.office)
        try t.s.office.act(.approve, on: draft.id)
        try t.s.send(from: t.s.office, to: t.s.laptop, for: t.s.assistant)
        var rewritten = try #require(t.s.laptop.assessments[draft.id])
        rewritten.situation = "Inna treść po zatwierdzeniu."
        try t.refused([try t.forged(rewritten, id: draft.id, kind: .assessment)], .approvedIsFinal)
    }

    @Test("a timestamp in 2099 is refused and never decides which version is shown")
    func future() throws {
        let t = try Team()
        var family = try #require(t.s.laptop.families[t.annas.id])
        family.address = "ul. Przyszła 2099"
        var late = try t.forged(family, id: family.id, kind: .family)
        late.timestamp = Date(timeIntervalSince1970: 4_070_908_800)   // 01.01.2099
        try RevisionSeal.sign(&late, with: .forTests(t.s.assistant.id))
        try t.refused([late], .futureTimestamp(late.timestamp))
    }

    @Test("a clock turned back to a day when the family was hers is refused; absurd dates never crash the program")
    func backdated() throws {
        let t = try Team()
        var family = try #require(t.s.laptop.families[t.annas.id])
        family.notes = "Dopisane z cofniętym zegarem."
        var early = try t.forged(family, id: family.id, kind: .family)
        early.timestamp = Date(timeIntervalSince1970: 1_500_000_000)   // 2017
        try RevisionSeal.sign(&early, with: .forTests(t.s.assistant.id))
        try t.refused([early], .backdated)
        for seconds in [-1e13, 1e13] {
            var absurd = try t.forged(family, id: family.id, kind: .family)
            absurd.timestamp = Date(timeIntervalSince1970: seconds)
            try RevisionSeal.sign(&absurd, with: .forTests(t.s.assistant.id))
            #expect(!t.s.office.mergePreview([absurd]).refusals.isEmpty)
        }
        #expect(LocalDate.today(now: Date(timeIntervalSince1970: 1e13)) == LocalDate(year: 2199, month: 12, day: 31))
        #expect(LocalDate(year: 1900, month: 1, day: 5)!.adding(months: -1) == LocalDate(year: 1900, month: 1, day: 1))
    }

    @Test("a replayed revision changes nothing; one with a flipped signature byte or a changed field is refused")
    func replayAndTampering() throws {
        let t = try Team()
        let known = try #require(t.s.laptop.revisions[t.annas.id]?.first)
        #expect(t.s.office.mergePreview([known]).isEmpty && t.s.office.mergePreview([known]).refusals.isEmpty)
        var family = try #require(t.s.laptop.families[t.annas.id])
        family.notes = "Zmiana."
        var flipped = try t.forged(family, id: family.id, kind: .family)
        flipped.signature[10] ^= 0x01
        try t.refused([flipped], .badSignature)
        var renamed = try t.forged(family, id: family.id, kind: .family)
        renamed.author = t.s.head.id
        try t.refused([renamed], .badSignature)
        var replayed = known
        replayed.id = .make()
        try t.refused([replayed], .chainFork(index: 1))
    }

    @Test("a package from a store somebody made on their own, where they are a coordinator, is refused whole")
    func ownStore() throws {
        let t = try Team()
        let impostor = UserAccount.test("Ewa Kierownik", .koordynator)
        let forged = try CaseFile.test(journal: MemoryJournal(), as: impostor)
        try forged.saveUser(impostor)
        var deposed = t.s.head
        deposed.active = false
        try forged.saveUser(deposed)
        let family = try forged.saveFamily(Family(label: "Podrzuceni"))
        let package = try forged.packageRevisions(for: nil)
        let before = t.s.office.revisions
        let summary = try t.s.office.merge(package)
        #expect(summary.isEmpty && Set(summary.refusals.map(\.reason)) == [.unknownSigner, .afterRefused], "\(summary.refusals.map(\.reason))")
        #expect(t.s.office.revisions == before && t.s.office.families[family.id] == nil)
        #expect(t.s.office.users[t.s.head.id]?.active == true)
    }

    @Test("a revision deleted from the middle of a store is found when it opens, by author and position")
    func deletion() throws {
        let t = try Team()
        for note in ["jeden", "dwa", "trzy"] {
            var family = try #require(t.s.laptop.families[t.annas.id])
            family.notes = note
            try t.s.laptop.saveFamily(family)
        }
        let journal = t.s.laptop.journal as! MemoryJournal
        var stored = journal.revisions
        let victim = try #require(stored.lastIndex { $0.recordID == t.annas.id && $0.body.range(of: Data("dwa".utf8)) != nil })
        let removed = stored.remove(at: victim)
        let reopened = try CaseFile.test(stored, journal: MemoryJournal(), as: t.s.assistant)
        let first = try #require(reopened.integrity.first)
        #expect(first.signer == t.s.assistant.id && first.scope == .family(t.annas.id))
        #expect(first.reason == .chainGap(expected: removed.chainIndex))
        #expect(reopened.families[t.annas.id]?.notes == "jeden", "what follows the gap is left out")
    }
}

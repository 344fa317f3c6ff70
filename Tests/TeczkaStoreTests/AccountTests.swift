import Foundation
import Testing
@testable import TeczkaCore
@testable import TeczkaStore

@Suite("Accounts")
struct AccountTests {
    /// A store whose first user is a coordinator.
    func coordinatorStore() throws -> (TemporaryStore, EncryptedStore, CaseFile) {
        let temp = TemporaryStore()
        let store = try EncryptedStore(path: temp.path, cost: .testing)
        let file = try store.initialize(name: "Ewa Kierownik", role: .koordynator, passphrase: TemporaryStore.passphrase)
        return (temp, store, file)
    }

    @Test("each user has their own passphrase, which opens their own account and the families assigned to them")
    func ownPassphrases() throws {
        let (temp, store, file) = try coordinatorStore()
        let hers = try file.saveFamily(Family(label: "Wiśniewscy"))
        try file.saveFamily(Family(label: "Zielińscy"))
        let anna = try store.addUser(name: "Anna Nowak", role: .asystent, passphrase: "hasło Anny 123", by: file)
        try file.saveCooperation(Cooperation(familyID: hers.id, assistantID: anna.id, start: LocalDate(year: 2026, month: 1, day: 5)!))
        store.close()
        let reopened = try EncryptedStore(path: temp.path, cost: .testing)
        let annasFile = try reopened.unlock(passphrase: "hasło Anny 123")
        #expect(annasFile.currentUser == anna)
        #expect(annasFile.families.values.map(\.label) == ["Wiśniewscy"], "the other family's key is not hers")
        #expect(temp.allBytes().range(of: Data("Anna Nowak".utf8)) == nil)
    }

    @Test("a passphrase already used by another account, a short one, or an assistant adding users is refused")
    func refusals() throws {
        let (_, store, file) = try coordinatorStore()
        #expect(throws: AccountProblem.passphraseInUse) {
            try store.addUser(name: "Jan", role: .asystent, passphrase: TemporaryStore.passphrase, by: file)
        }
        #expect(throws: ValidationFailure([.passphraseTooShort(minimum: 8)])) {
            try store.addUser(name: "Jan", role: .asystent, passphrase: "krótkie", by: file)
        }
        try store.addUser(name: "Anna Nowak", role: .asystent, passphrase: "hasło Anny 123", by: file)
        let annasFile = try store.unlock(passphrase: "hasło Anny 123")
        #expect(throws: AccountProblem.notAllowed) {
            try store.addUser(name: "Obcy", role: .koordynator, passphrase: "obce hasło 123", by: annasFile)
        }
        #expect(try store.accountsWithSlot().count == 2)
    }

    @Test("changing a passphrase rewraps one slot: the old one stops working, the data stays")
    func changePassphrase() throws {
        let (temp, store, file) = try coordinatorStore()
        try file.saveFamily(Family(label: "Kowalscy"))
        let revisions = try store.revisionCount()
        try store.changePassphrase(to: "zupełnie nowe hasło", for: file)
        store.close()
        let reopened = try EncryptedStore(path: temp.path, cost: .testing)
        #expect(throws: StoreProblem.wrongPassphrase) { try reopened.unlock(passphrase: TemporaryStore.passphrase) }
        let again = try reopened.unlock(passphrase: "zupełnie nowe hasło")
        #expect(again.families.values.map(\.label) == ["Kowalscy"])
        #expect(try reopened.revisionCount() == revisions)
    }

    @Test("a deactivated user cannot log in, and history keeps their name; the last coordinator stays")
    func deactivate() throws {
        let (_, store, file) = try coordinatorStore()
        let anna = try store.addUser(name: "Anna Nowak", role: .asystent, passphrase: "hasło Anny 123", by: file)
        let annasFile = try store.unlock(passphrase: "hasło Anny 123")
        let family = try annasFile.saveFamily(Family(label: "Nowakowie"))
        let coordinator = try store.unlock(passphrase: TemporaryStore.passphrase)
        try store.deactivate(anna.id, by: coordinator)
        #expect(throws: StoreProblem.wrongPassphrase) { try store.unlock(passphrase: "hasło Anny 123") }
        let after = try store.unlock(passphrase: TemporaryStore.passphrase)
        #expect(after.users[anna.id]?.active == false)
        #expect(try after.history(ofFamily: family.id).first?.authorName == "Anna Nowak")
        #expect(throws: AccountProblem.lastCoordinator) { try store.deactivate(after.currentUser.id, by: after) }
    }
}

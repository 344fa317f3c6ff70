import Foundation
import GRDB
import Testing
import TestSupport
@testable import TeczkaCore
import TeczkaStore

/// An office and its people, made with the real binary: Ewa's store (`init`), the accounts of Anna and Beata
/// (assistants) and Marek (a second coordinator), a family for each assistant, and Anna's and Marek's laptops set up
/// from the office's packages for them (`exchange export --for`, `exchange import --as`).
///
/// Each attack is what a person with a laptop, her own passphrase and a script can do: she writes revisions with her
/// own key past the program (which refuses them), seals them into a package with the transfer passphrase, and the
/// coordinator's `teczka exchange import --yes` is run on it. The office's revisions must stay byte for byte as they
/// were; only the history of imports gets the line that says what was refused.
final class Office {
    let folder = TemporaryDirectory()
    let office: String, annasLaptop: String, mareksLaptop: String
    static let ewa = "Hasło Ewy 2026", anna = "Hasło Anny 2026", beata = "Hasło Beaty 2026", marek = "Hasło Marka 2026"
    static let transfer = "koperta z hasłem 2026"
    var annasFamily = RecordID(""), beatasFamily = RecordID("")

    init() throws {
        office = folder.file("biuro.sqlite")
        annasLaptop = folder.file("laptop-anny.sqlite")
        mareksLaptop = folder.file("laptop-marka.sqlite")
        try run(["init", "--store", office, "--user", "Ewa Kierownik", "--role", "koordynator"], Office.ewa)
        for (name, role, passphrase) in [("Anna Nowak", "asystent", Office.anna), ("Beata Lis", "asystent", Office.beata),
                                         ("Marek Zastępca", "koordynator", Office.marek)] {
            try run(["user", "add", "--store", office, "--name", name, "--role", role], Office.ewa, ["TECZKA_NEW_PASSPHRASE": passphrase])
        }
        try inProcess(office, Office.ewa) { file in
            let anna = try #require(file.users.values.first { $0.name == "Anna Nowak" })
            let beata = try #require(file.users.values.first { $0.name == "Beata Lis" })
            for (label, assistant) in [("Wiśniewscy", anna), ("Zielińscy", beata)] {
                let family = try file.saveFamily(Family(label: label, address: "ul. Polna 3", locality: "Siechnice"))
                try file.saveMember(Member(familyID: family.id, firstName: "Marta", lastName: label, role: .rodzic))
                try file.saveCooperation(Cooperation(familyID: family.id, assistantID: assistant.id, start: LocalDate(year: 2026, month: 1, day: 5)!))
                if label == "Wiśniewscy" { annasFamily = family.id } else { beatasFamily = family.id }
            }
        }
        for (laptop, name, passphrase) in [(annasLaptop, "Anna Nowak", Office.anna), (mareksLaptop, "Marek Zastępca", Office.marek)] {
            let package = folder.file("dla-\(name.split(separator: " ")[0]).teczka")
            try run(["exchange", "export", "--store", office, "--to", package, "--for", name], Office.ewa)
            try run(["exchange", "import", package, "--store", laptop, "--as", name], passphrase)
        }
    }

    @discardableResult
    func run(_ arguments: [String], _ passphrase: String, _ extra: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        let result = try Binary.run(arguments, environment: ["TECZKA_PASSPHRASE": passphrase, "TECZKA_TRANSFER_PASSPHRASE": Office.transfer]
            .merging(extra) { $1 })
        try #require(result.status == 0, "teczka \(arguments.joined(separator: " ")): \(result.out)\(result.err)")
        return result
    }

    func inProcess<T>(_ path: String, _ passphrase: String, _ body: (CaseFile) throws -> T) throws -> T {
        let store = try EncryptedStore(path: path, cost: .testing)
        defer { store.close() }
        return try body(try store.unlock(passphrase: passphrase))
    }

    /// The office's revision rows as stored, without the history of imports.
    func rows() throws -> [String] {
        let store = try EncryptedStore(path: office, cost: .testing)
        defer { store.close() }
        return try store.storedRows(excluding: [.transfer])
    }

    /// A package from a laptop holding `revisions`, signed with the laptop owner's key as a script would make it.
    func package(from laptop: String, _ passphrase: String, _ name: String,
                 _ revisions: (CaseFile) throws -> [Revision]) throws -> String {
        let store = try EncryptedStore(path: laptop, cost: .testing)
        defer { store.close() }
        let file = try store.unlock(passphrase: passphrase)
        var contents = try file.package(for: nil, storeID: try store.exchangeStoreID())
        contents.revisions = try revisions(file)
        let path = folder.file(name)
        try ExchangePackage.seal(contents, passphrase: Office.transfer, cost: .testing).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The coordinator imports a package that holds nothing the office may take: it says why for each revision,
    /// exits with status 1, and the office's revisions are exactly as they were; the history names the refusal.
    func refused(_ package: String, because reason: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try rows()
        let result = try Binary.run(["exchange", "import", package, "--store", office, "--yes"],
                                    environment: ["TECZKA_PASSPHRASE": Office.ewa, "TECZKA_TRANSFER_PASSPHRASE": Office.transfer])
        #expect(result.status == 1, "\(result.out)\(result.err)", sourceLocation: sourceLocation)
        #expect(result.out.contains("Odrzucone zapisy"), sourceLocation: sourceLocation)
        #expect(result.out.contains(reason), "\(result.out)", sourceLocation: sourceLocation)
        #expect(result.err.contains("Żaden zapis z pakietu nie może wejść do tej bazy."), sourceLocation: sourceLocation)
        #expect(try rows() == before, "the office's revisions are unchanged", sourceLocation: sourceLocation)
        #expect(!(result.out + result.err).unicodeScalars.contains { $0.value < 0x20 && $0.value != 0x0A }, "no raw control byte",
                sourceLocation: sourceLocation)
        let history = try run(["history", "--store", office], Office.ewa)
        #expect(history.out.contains("pakiet nie dołączony  \(package)"), sourceLocation: sourceLocation)
        #expect(history.out.contains(reason), sourceLocation: sourceLocation)
    }

    /// A revision by the case file's user, signed in the next place of their chain, without the program's checks.
    static func forged<Document: RecordDocument>(_ file: CaseFile, _ document: Document, id: RecordID, kind: RecordKind) throws -> Revision {
        try file.signedRevision(id: id, kind: kind, document: document, body: try DocumentCoding.encoder.encode(document),
                                parent: file.nextParent(of: id).parent)
    }
}

@Suite("End to end: forged packages, edited stores and the authority table", .serialized)
struct TrustEndToEndTests {
    @Test("an assistant cannot promote herself, deactivate the coordinator, add a coordinator or change the settings")
    func accountsAndSettings() throws {
        let o = try Office()
        let promote = try o.package(from: o.annasLaptop, Office.anna, "awans.teczka") { file in
            var me = file.currentUser
            me.role = .koordynator
            return [try Office.forged(file, me, id: me.id, kind: .user)]
        }
        try o.refused(promote, because: "Anna Nowak: konto — konta, ustawienia, katalog i protokoły zmienia tylko koordynator")
        let depose = try o.package(from: o.annasLaptop, Office.anna, "dezaktywacja.teczka") { file in
            var ewa = try #require(file.users.values.first { $0.name == "Ewa Kierownik" })
            ewa.active = false
            return [try Office.forged(file, ewa, id: ewa.id, kind: .user)]
        }
        try o.refused(depose, because: "Anna Nowak: konto — konta, ustawienia, katalog i protokoły zmienia tylko koordynator")
        let accomplice = try o.package(from: o.annasLaptop, Office.anna, "wspolnik.teczka") { file in
            let (account, _) = UserAccount.withNewKeys(name: "Krzysztof Wspólnik", role: .koordynator)
            return [try Office.forged(file, account, id: account.id, kind: .user)]
        }
        try o.refused(accomplice, because: "Anna Nowak: konto — konta, ustawienia, katalog i protokoły zmienia tylko koordynator")
        let settings = try o.package(from: o.annasLaptop, Office.anna, "ustawienia.teczka") { file in
            var settings = file.settings
            settings.caseloadCap = 40
            settings.catalogue.entries[0].retired = true
            return [try Office.forged(file, settings, id: StoreSettings.recordID, kind: .settings)]
        }
        try o.refused(settings, because: "Anna Nowak: ustawienia — konta, ustawienia, katalog i protokoły zmienia tylko koordynator")
        // Hostile text from a package never reaches the terminal raw, not even in the list of refusals.
        let hostile = try o.package(from: o.annasLaptop, Office.anna, "wrogi-tekst.teczka") { file in
            var family = try #require(file.families[o.annasFamily])
            family.label = "Zła\u{1B}[2J\u{1B}]0;tytuł\u{7}"
            return [try Office.forged(file, family, id: family.id, kind: .family)]
        }
        try o.refused(hostile, because: "tekst ze znakami sterującymi, których program nie zapisuje")
        let history = try o.run(["history", "--store", o.office], Office.ewa)
        #expect(!history.out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 } && !history.err.contains("\u{1B}"))
        // The coordinator still logs in and is still the coordinator.
        let list = try o.run(["user", "list", "--store", o.office], Office.ewa)
        #expect(list.out.contains("Ewa Kierownik  (koordynator-kierownik)") && !list.out.contains("Wspólnik"))
    }

    @Test("an assistant cannot edit another's family, approve an assessment, or win with a 2099 clock; a coordinator cannot approve their own")
    func casework() throws {
        let o = try Office()
        let other = try o.package(from: o.annasLaptop, Office.anna, "cudza-rodzina.teczka") { file in
            var theirs = Family(label: "Zielińscy", address: "ul. Obca 1", locality: "Siechnice")
            theirs.id = o.beatasFamily
            return [try Office.forged(file, theirs, id: theirs.id, kind: .family)]
        }
        try o.refused(other, because: "Anna Nowak: rodzina, rodzina Zielińscy — rodzina nie jest przydzielona autorowi w tym dniu ani mu udostępniona")

        // Her assessment goes to the office the normal way; then she sends its approval, by herself.
        let assessmentID = try o.inProcess(o.annasLaptop, Office.anna) { file -> RecordID in
            let cooperation = try #require(file.cooperations(of: o.annasFamily).first)
            var draft = try file.assessmentDraft(forCooperation: cooperation.id, on: file.today)
            draft.situation = "Stabilna."
            draft.children = "Dzieci w szkole."
            draft.cooperationText = "Rodzina współpracuje."
            draft.recommendation = .kontynuacja
            try file.saveAssessment(draft)
            try file.act(.pass, on: draft.id)
            return draft.id
        }
        let passed = o.folder.file("ocena.teczka")
        try o.run(["exchange", "export", "--store", o.annasLaptop, "--to", passed], Office.anna)
        try o.run(["exchange", "import", passed, "--store", o.office, "--yes"], Office.ewa)
        let approval = try o.package(from: o.annasLaptop, Office.anna, "zatwierdzenie.teczka") { file in
            var approved = try #require(file.assessments[assessmentID])
            approved.state = .zatwierdzona
            approved.approvedBy = try #require(file.users.values.first { $0.name == "Ewa Kierownik" }).id
            approved.approvedOn = file.today
            return [try Office.forged(file, approved, id: approved.id, kind: .assessment)]
        }
        try o.refused(approval, because: "Anna Nowak: ocena, rodzina Wiśniewscy — ocenę zatwierdza albo zwraca tylko koordynator")

        // Marek writes an assessment himself, sends it, then approves it on his laptop past the program.
        let own = try o.inProcess(o.mareksLaptop, Office.marek) { file -> RecordID in
            let cooperation = try #require(file.cooperations(of: o.annasFamily).first)
            var draft = Assessment(familyID: o.annasFamily, cooperationID: cooperation.id, authorID: file.currentUser.id,
                                   periodFrom: LocalDate(year: 2026, month: 1, day: 5)!, periodTo: LocalDate(year: 2026, month: 6, day: 30)!)
            draft.situation = "Ocena koordynatora."
            draft.children = "Bez zmian."
            draft.cooperationText = "Poprawna."
            draft.recommendation = .kontynuacja
            try file.saveAssessment(draft)
            try file.act(.pass, on: draft.id)
            #expect(throws: AssessmentProblem.ownAssessment) { try file.act(.approve, on: draft.id) }
            return draft.id
        }
        let fromMarek = o.folder.file("od-marka.teczka")
        try o.run(["exchange", "export", "--store", o.mareksLaptop, "--to", fromMarek, "--since", "last"], Office.marek)
        try o.run(["exchange", "import", fromMarek, "--store", o.office, "--yes"], Office.ewa)
        let selfApproval = try o.package(from: o.mareksLaptop, Office.marek, "wlasna-ocena.teczka") { file in
            var approved = try #require(file.assessments[own])
            approved.state = .zatwierdzona
            approved.approvedBy = file.currentUser.id
            approved.approvedOn = file.today
            return [try Office.forged(file, approved, id: approved.id, kind: .assessment)]
        }
        try o.refused(selfApproval, because: "Marek Zastępca: ocena, rodzina Wiśniewscy — koordynator nie zatwierdza ani nie zwraca własnej oceny")

        // The same family edited in the office, and on the laptop with a clock in 2099.
        try o.inProcess(o.office, Office.ewa) { file in
            var family = try #require(file.families[o.annasFamily])
            family.address = "ul. Biurowa 5"
            try file.saveFamily(family)
        }
        let future = try o.package(from: o.annasLaptop, Office.anna, "2099.teczka") { file in
            var family = try #require(file.families[o.annasFamily])
            family.address = "ul. Przyszła 99"
            var revision = try Office.forged(file, family, id: family.id, kind: .family)
            revision.timestamp = Date(timeIntervalSince1970: 4_070_908_800)   // 01.01.2099
            try RevisionSeal.sign(&revision, with: file.signingKeyForSlot)
            return [revision]
        }
        try o.refused(future, because: "data z przyszłości (01.01.2099)")
        #expect(try o.inProcess(o.office, Office.ewa) { $0.families[o.annasFamily]?.address } == "ul. Biurowa 5")
    }

    @Test("a replayed revision changes nothing; a flipped signature byte or a changed author is refused")
    func replayAndTampering() throws {
        let o = try Office()
        let before = try o.rows()
        let replay = try o.package(from: o.annasLaptop, Office.anna, "powtorka.teczka") { file in
            try file.withBodies([try #require(file.revisions[o.annasFamily]?.first)])
        }
        let again = try Binary.run(["exchange", "import", replay, "--store", o.office, "--yes"],
                                   environment: ["TECZKA_PASSPHRASE": Office.ewa, "TECZKA_TRANSFER_PASSPHRASE": Office.transfer])
        #expect(again.status == 0 && again.out.contains("Nic nowego"), "\(again.out)\(again.err)")
        #expect(try o.rows() == before)
        let renumbered = try o.package(from: o.annasLaptop, Office.anna, "powtorka-nowy-numer.teczka") { file in
            var old = try file.withBodies([try #require(file.revisions[o.annasFamily]?.first)])[0]
            old.id = .make()
            return [old]
        }
        try o.refused(renumbered, because: "na pozycji 1 tego autora jest już inny zapis")
        let flipped = try o.package(from: o.annasLaptop, Office.anna, "podpis.teczka") { file in
            var family = try #require(file.families[o.annasFamily])
            family.notes = "Wizyta w poniedziałek."
            var revision = try Office.forged(file, family, id: family.id, kind: .family)
            revision.signature[7] ^= 0x01
            return [revision]
        }
        try o.refused(flipped, because: "podpis się nie zgadza")
        let impersonated = try o.package(from: o.annasLaptop, Office.anna, "autor.teczka") { file in
            var family = try #require(file.families[o.annasFamily])
            family.notes = "Zalecenie kierownika."
            var revision = try Office.forged(file, family, id: family.id, kind: .family)
            revision.author = try #require(file.users.values.first { $0.name == "Ewa Kierownik" }).id
            return [revision]
        }
        try o.refused(impersonated, because: "podpis się nie zgadza")
    }

    @Test("a revision deleted from the middle of the office's file is found by teczka check and at log-in, by author and position")
    func deletedRevision() throws {
        let o = try Office()
        let annas = try o.inProcess(o.annasLaptop, Office.anna) { file -> [RecordID] in
            for note in ["Pierwsza wizyta.", "Druga wizyta.", "Trzecia wizyta."] {
                var family = try #require(file.families[o.annasFamily])
                family.notes = note
                try file.saveFamily(family)
            }
            return (file.revisions[o.annasFamily] ?? []).filter { $0.signer == file.currentUser.id }.map(\.id)
        }
        let package = o.folder.file("wizyty.teczka")
        try o.run(["exchange", "export", "--store", o.annasLaptop, "--to", package], Office.anna)
        try o.run(["exchange", "import", package, "--store", o.office, "--yes"], Office.ewa)
        #expect(try o.run(["check", "--store", o.office], Office.ewa).out.contains("jest w porządku"))

        // Someone with the file deletes Anna's second note from the office's store.
        let victim = annas[1]
        let database = try DatabaseQueue(path: o.office)
        try database.write { db in try db.execute(sql: "DELETE FROM revision WHERE id = ?", arguments: [victim.raw]) }
        try database.close()

        let check = try Binary.run(["check", "--store", o.office], environment: ["TECZKA_PASSPHRASE": Office.ewa])
        #expect(check.status == 1)
        #expect(check.err.contains("Anna Nowak, rodzina Wiśniewscy: brak zapisu nr 2 (usunięty z pliku)"), "\(check.err)")
        #expect(check.err.contains("Przywróć najnowszą kopię zapasową"))

        let tmux = try TmuxSession(Binary.command(["--store", o.office]), width: 100, height: 30)
        try tmux.waitFor("Logowanie")
        try tmux.type(Office.ewa)
        try tmux.press("Enter")
        let screen = try tmux.waitFor("Kontrola bazy")
        #expect(screen.contains("brak zapisu nr 2 (usunięty z pliku)"), "\(screen)")
        try tmux.press("Escape")
        try tmux.waitFor("Do zrobienia")
        try tmux.press("F10")
        try tmux.waitFor("EXIT=0")
    }
}

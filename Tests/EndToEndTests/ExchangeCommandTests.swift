import Foundation
import Testing
import TestSupport

@Suite("End to end: teczka exchange between two stores (no terminal)")
struct ExchangeCommandTests {
    let anna = ["TECZKA_PASSPHRASE": "Hasło Anny 2026", "TECZKA_TRANSFER_PASSPHRASE": "pendrive w kopercie"]
    let ewa = ["TECZKA_PASSPHRASE": "Hasło Ewy 2026", "TECZKA_TRANSFER_PASSPHRASE": "pendrive w kopercie"]

    /// The office's store (Ewa, who adds Anna's account) and Anna's laptop set up from the office's package for her.
    func officeAndLaptop(_ folder: TemporaryDirectory) throws -> (office: String, laptop: String) {
        let office = folder.file("office.sqlite"), laptop = folder.file("laptop.sqlite")
        #expect(try Binary.run(["init", "--store", office, "--user", "Ewa Kierownik", "--role", "koordynator"], environment: ewa).status == 0)
        let added = try Binary.run(["user", "add", "--store", office, "--name", "Anna Nowak"],
                                   environment: ewa.merging(["TECZKA_NEW_PASSPHRASE": anna["TECZKA_PASSPHRASE"]!]) { $1 })
        try #require(added.status == 0, "\(added.err)")
        let setUp = folder.file("na-laptop.teczka")
        try #require(try Binary.run(["exchange", "export", "--store", office, "--to", setUp, "--for", "Anna Nowak"], environment: ewa).status == 0)
        let created = try Binary.run(["exchange", "import", setUp, "--store", laptop, "--as", "Anna Nowak"], environment: anna)
        try #require(created.status == 0, "\(created.err)")
        #expect(created.out.contains("Zaufany koordynator: Ewa Kierownik, odcisk klucza "))
        return (office, laptop)
    }

    @Test("the assistant's package is shown by author and merged on --yes; twice is a no-op; bad packages change nothing")
    func exchange() throws {
        let folder = TemporaryDirectory()
        let (office, laptop) = try officeAndLaptop(folder)
        #expect(try Binary.run(["demo", "--store", laptop, "--families", "3"], environment: anna).status == 0)

        let package = folder.file("pakiet.teczka")
        let exported = try Binary.run(["exchange", "export", "--store", laptop, "--to", package], environment: anna)
        #expect(exported.status == 0, "\(exported.err)")
        #expect(exported.out.contains("Zapisano pakiet \(package)"))

        let unconfirmed = try Binary.run(["exchange", "import", package, "--store", office], environment: ewa)
        #expect(unconfirmed.status == 1 && unconfirmed.err.contains("dodaj --yes"), "\(unconfirmed.out)\(unconfirmed.err)")
        #expect(unconfirmed.out.contains("Anna Nowak: rodziny 3, osoby "))
        #expect(!unconfirmed.out.contains("Odrzucone"))
        let merged = try Binary.run(["exchange", "import", package, "--store", office, "--yes"], environment: ewa)
        #expect(merged.status == 0, "\(merged.err)")
        #expect(merged.out.contains("Dołączono zapisy:") && merged.out.contains("Bez konfliktów."))
        let twice = try Binary.run(["exchange", "import", package, "--store", office, "--yes"], environment: ewa)
        #expect(twice.status == 0 && twice.out.contains("Nic nowego"))
        let history = try Binary.run(["history", "--store", office], environment: ewa)
        #expect(history.out.split(separator: "\n").count == 2, "the package for Anna and the merged one:\n\(history.out)")
        #expect(history.out.contains("Ewa Kierownik  dołączony pakiet  \(package)  (rodziny: 3"))
        let report = try Binary.run(["report", "rodziny", "--store", office, "--format", "csv"], environment: ewa)
        #expect(report.out.contains("RAZEM;"), "the supervisor's reports now cover the assistant's families")

        var wrong = ewa
        wrong["TECZKA_TRANSFER_PASSPHRASE"] = "inne hasło przekazania"
        let refused = try Binary.run(["exchange", "import", package, "--store", office, "--yes"], environment: wrong)
        #expect(refused.status == 1 && refused.err.contains("inne hasło przekazania albo plik uszkodzony"))
        var bytes = try #require(FileManager.default.contents(atPath: package))
        bytes[bytes.count - 5] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: package))
        let altered = try Binary.run(["exchange", "import", package, "--store", laptop, "--yes"], environment: anna)
        #expect(altered.status == 1 && altered.err.contains("Nic nie zaimportowano"))

        let mielec = folder.file("mielec.sqlite")
        #expect(try Binary.run(["init", "--store", mielec, "--user", "Jan Mielecki", "--role", "koordynator", "--catalogue", "B"], environment: ewa).status == 0)
        let fresh = folder.file("nowy.teczka")
        #expect(try Binary.run(["exchange", "export", "--store", laptop, "--to", fresh], environment: anna).status == 0)
        let otherCatalogue = try Binary.run(["exchange", "import", fresh, "--store", mielec, "--yes"], environment: ewa)
        #expect(otherCatalogue.status == 1 && otherCatalogue.err.contains("innym katalogiem problemów (A, a ta baza ma B)"))
    }

    @Test("an assistant's laptop is set up from the supervisor's package with --as: her families only, the same records")
    func laptopFromPackage() throws {
        let folder = TemporaryDirectory()
        let office = folder.file("office.sqlite"), laptop = folder.file("laptop.sqlite")
        let demo = try Binary.run(["demo", "--store", office, "--families", "40", "--years", "2"], environment: ewa)
        try #require(demo.status == 0, "\(demo.err)")
        let line = try #require(demo.out.split(separator: "\n").first { $0.contains("Nowe konta bez hasła") })
        let assistant = String(try #require(line.split(separator: ":").last).split(separator: ",")[0]).trimmingCharacters(in: .whitespaces.union(["."]))
        // Her package carries her signing key, sealed with her passphrase: without one there is nothing to set up from.
        let early = folder.file("bez-klucza.teczka")
        #expect(try Binary.run(["exchange", "export", "--store", office, "--to", early, "--for", assistant], environment: ewa).status == 0)
        let keyless = try Binary.run(["exchange", "import", early, "--store", laptop, "--as", assistant], environment: anna)
        #expect(keyless.status == 1 && keyless.err.contains("Pakiet nie zawiera klucza podpisu konta „\(assistant)”"), "\(keyless.err)")
        #expect(!FileManager.default.fileExists(atPath: laptop))
        let reset = try Binary.run(["user", "reset", assistant, "--store", office],
                                   environment: ewa.merging(["TECZKA_NEW_PASSPHRASE": anna["TECZKA_PASSPHRASE"]!]) { $1 })
        #expect(reset.status == 0, "\(reset.err)")

        let package = folder.file("dla-asystentki.teczka")
        let exported = try Binary.run(["exchange", "export", "--store", office, "--to", package, "--for", assistant], environment: ewa)
        #expect(exported.status == 0, "\(exported.err)")
        let missingAs = try Binary.run(["exchange", "import", package, "--store", laptop], environment: anna)
        #expect(missingAs.status == 1 && missingAs.err.contains("podaj --as"))
        let wrongPassphrase = try Binary.run(["exchange", "import", package, "--store", laptop, "--as", assistant],
                                             environment: anna.merging(["TECZKA_PASSPHRASE": "nie jej hasło 123"]) { $1 })
        #expect(wrongPassphrase.status == 1 && wrongPassphrase.err.contains("To hasło nie otwiera klucza konta"), "\(wrongPassphrase.err)")
        #expect(!FileManager.default.fileExists(atPath: laptop))
        let created = try Binary.run(["exchange", "import", package, "--store", laptop, "--as", assistant], environment: anna)
        #expect(created.status == 0, "\(created.err)")
        #expect(created.out.contains("Utworzono bazę \(laptop) z pakietu (użytkownik: \(assistant)"))

        // The laptop holds exactly her families, as the supervisor's report for her counts them.
        let mine = try Binary.run(["report", "rodziny", "--store", laptop, "--format", "csv"], environment: anna)
        let hers = try Binary.run(["report", "rodziny", "--store", office, "--format", "csv", "--assistant", assistant], environment: ewa)
        let total: (String) -> Substring? = { $0.split(separator: "\r\n").first { $0.hasPrefix("RAZEM;") } }
        #expect(total(mine.out) != nil && total(mine.out) == total(hers.out), "\(mine.out)\n\(hers.out)")

        // Nothing new goes back: the laptop's records are the office's own revisions.
        let back = folder.file("do-biura.teczka")
        #expect(try Binary.run(["exchange", "export", "--store", laptop, "--to", back], environment: anna).status == 0)
        let merged = try Binary.run(["exchange", "import", back, "--store", office, "--yes"], environment: ewa)
        #expect(merged.status == 0 && merged.out.contains("Nic nowego"), "\(merged.out)\(merged.err)")
    }
}

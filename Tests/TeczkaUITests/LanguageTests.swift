import Testing
@testable import TeczkaUI

@Suite("Language")
struct LanguageTests {
    @Test("--lang wins; an English locale gives English; anything else Polish")
    func choose() {
        #expect(Language.choose(option: "en", environment: ["LANG": "pl_PL.UTF-8"]) == .en)
        #expect(Language.choose(option: "PL", environment: ["LANG": "en_US.UTF-8"]) == .pl)
        #expect(Language.choose(option: "de", environment: [:]) == nil)
        #expect(Language.choose(option: nil, environment: ["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language.choose(option: nil, environment: ["LC_ALL": "pl_PL.UTF-8", "LANG": "en_US.UTF-8"]) == .pl)
        #expect(Language.choose(option: nil, environment: ["LANG": "C.UTF-8"]) == .pl)
        #expect(Language.choose(option: nil, environment: [:]) == .pl)
    }

    @Test("every Polish and English message is filled in")
    func tablesComplete() {
        for strings in [Strings.polish, Strings.english] {
            #expect(!strings.helpList.isEmpty && !strings.helpCard.isEmpty && !strings.helpLogin.isEmpty)
            #expect(strings.familyCount(2) != Strings.polish.familyCount(5) || strings.language == .en)
        }
        #expect(Strings.polish.familyCount(1) == "1 rodzina")
        #expect(Strings.polish.familyCount(3) == "3 rodziny")
        #expect(Strings.polish.familyCount(12) == "12 rodzin")
        #expect(Strings.polish.familyCount(22) == "22 rodziny")
        #expect(Strings.polish.years(1) == "1 rok")
        #expect(Strings.polish.years(14) == "14 lat")
    }
}


@Suite("System errors in Polish")
struct SystemErrorTextTests {
    @Test("a full disk, a missing folder and a read-only file are explained in Polish with the path, never in SQLite's English")
    func messages() {
        let full = Strings.polish.storeProblem(.diskFull(path: "/home/anna/teczka.sqlite"))
        #expect(full.hasPrefix("Brak miejsca na dysku: nie zapisano do /home/anna/teczka.sqlite. To, co zapisano wcześniej, jest bezpieczne."))
        #expect(Strings.polish.storeProblem(.notFound(path: "/media/pendrive")).hasPrefix("Nie ma takiego pliku ani folderu: /media/pendrive."))
        #expect(Strings.polish.storeProblem(.readOnly(path: "/media/cdrom/x")).hasPrefix("Nie można zapisywać do /media/cdrom/x"))
        #expect(Strings.english.storeProblem(.diskFull(path: "/x")).hasPrefix("The disk is full: nothing was written to /x."))
    }
}

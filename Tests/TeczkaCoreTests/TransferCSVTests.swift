import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

@Suite("CSV import of families and members")
struct TransferCSVTests {
    let file: CaseFile

    init() throws {
        file = try CaseFile.preview(as: UserAccount.test("Anna Nowak", .asystent), settings: StoreSettings(),
                                    clock: TransferFixture.clock)
    }

    static let good = """
        \u{FEFF}Rodzina;Adres;Miejscowość;Wieś;Struktura;Imię;Nazwisko;Rola;Data urodzenia;PESEL
        Wiśniewscy;ul. Polna 3;Siechnice;nie;niepełna;Marta;Wiśniewska;rodzic;14.07.1988;88071412342
        Wiśniewscy;ul. Polna 3;;;;Łucja;Wiśniewska;;2015-03-02;
        wiśniewscy;UL. POLNA  3;;;;Kacper;Wiśniewski;;;15230201237
        Kowalscy;"Długa 5, m. 2";Żerniki;tak;pełna;Jan;Kowalski;rodzic;;
        """

    @Test("rows group into families; dates in both forms; a PESEL fills the birth date; the same file again adds nothing")
    func goodFile() throws {
        let summary = try file.importCSV(Data(Self.good.utf8), fileName: "rodziny.csv")
        #expect(summary.written == [.families: 2, .members: 4])
        let wisniewscy = try #require(file.families.values.first { $0.label == "Wiśniewscy" })
        #expect(wisniewscy.structure == .niepelna && wisniewscy.locality == "Siechnice" && !wisniewscy.rural)
        let kowalscy = try #require(file.families.values.first { $0.label == "Kowalscy" })
        #expect(kowalscy.address == "Długa 5, m. 2" && kowalscy.rural)
        let children = file.members(of: wisniewscy.id).filter { $0.role == .dziecko }
        #expect(Set(children.map(\.firstName)) == ["Łucja", "Kacper"])
        #expect(children.allSatisfy { $0.birthDate == d(2015, 3, 2) })
        #expect(file.transferHistory.first?.log.direction == .importCsv)

        let before = revisionCount(file)
        let again = try file.importCSV(Data(Self.good.utf8), fileName: "rodziny.csv")
        #expect(again.isEmpty && again.unchanged == 6)
        #expect(revisionCount(file) == before)
    }

    @Test("commas as separators, quotes with a comma and a doubled quote inside, Windows line ends")
    func commaSeparated() throws {
        let text = "rodzina,adres,imie,nazwisko,data_urodzenia\r\n\"Nowak, \"\"Mała\"\"\",Lipowa 1,Ola,Nowak,2020-01-01\r\n"
        let summary = try file.importCSV(Data(text.utf8), fileName: "x.csv")
        #expect(summary.written == [.families: 1, .members: 1])
        #expect(file.families.values.first?.label == "Nowak, \"Mała\"")
        #expect(file.members.values.first?.role == .dziecko)
    }

    @Test("errors name the line and the column, and nothing is written")
    func badRows() throws {
        let text = """
            rodzina;adres;imie;nazwisko;rola;data_urodzenia;pesel
            Wiśniewscy;Polna 3;Marta;Wiśniewska;rodzic;14.07.1988;88071412343
            Wiśniewscy;Polna 3;Łucja;Wiśniewska;;2015-02-30;
            Wiśniewscy;Polna 3;;Wiśniewski;wujek;;
            Kowalscy;Długa 5;Jan;Kowalski;;;
            """
        let before = revisionCount(file)
        #expect(throws: TransferFailure([
            TransferIssue(.csv(line: 2, column: "pesel"), .invalid(.peselChecksum)),
            TransferIssue(.csv(line: 3, column: "data_urodzenia"), .badDate("2015-02-30")),
            TransferIssue(.csv(line: 4, column: "imie"), .invalid(.required(.firstName))),
            TransferIssue(.csv(line: 4, column: "rola"), .csvBadValue("wujek", allowed: ["rodzic", "dziecko", "inna"])),
            TransferIssue(.csv(line: 5, column: "rola"), .csvRoleNeeded),
        ])) { try file.importCSV(Data(text.utf8), fileName: "zle.csv") }
        #expect(revisionCount(file) == before)
        #expect(file.families.isEmpty)
    }

    @Test("the header: an unknown or missing column is refused; an unclosed quote names its line")
    func header() throws {
        #expect(throws: TransferFailure([
            TransferIssue(.csv(line: 1, column: "Ulica"), .csvUnknownColumn("Ulica")),
            TransferIssue(.csv(line: 1, column: nil), .csvMissingColumn("nazwisko")),
        ])) { try file.importCSV(Data("rodzina;Ulica;imie\nA;B;C\n".utf8), fileName: "x.csv") }
        #expect(throws: TransferFailure([TransferIssue(.csv(line: 2, column: nil), .csvUnclosedQuote)])) {
            try file.importCSV(Data("rodzina;imie;nazwisko\n\"A;B;C\n".utf8), fileName: "x.csv")
        }
        #expect(throws: TransferFailure([TransferIssue(.csv(line: 2, column: nil), .csvFieldCount(expected: 3, found: 2))])) {
            try file.importCSV(Data("rodzina;imie;nazwisko\nA;B\n".utf8), fileName: "x.csv")
        }
        #expect(file.families.isEmpty)
    }

    @Test("a family on a later line with another locality is refused")
    func familyDiffers() throws {
        let text = "rodzina;adres;miejscowosc;imie;nazwisko;rola\nA;Polna 1;Mielec;Ewa;A;rodzic\nA;Polna 1;Rzeszów;Jan;A;rodzic\n"
        #expect(throws: TransferFailure([TransferIssue(.csv(line: 3, column: "miejscowosc"), .csvFamilyDiffers(firstLine: 2))])) {
            try file.importCSV(Data(text.utf8), fileName: "x.csv")
        }
    }
}

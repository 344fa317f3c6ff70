import Foundation
import TeczkaCore
import TeczkaUI

/// The words of export and import on the command line (Polish, or English with --lang en).
struct TransferMessages {
    let s: Strings
    private var pl: Bool { s.language == .pl }
    private func t(_ polish: String, _ english: String) -> String { pl ? polish : english }

    /// How many issues a refusal lists before "and N more".
    static let listed = 30

    /// A list's name in a message: Polish names in Polish (Docs/import-format.md maps them to the JSON keys).
    func list(_ collection: TransferCollection) -> String {
        guard pl else { return collection.rawValue }
        switch collection {
        case .users: return "użytkownicy"
        case .families: return "rodziny"
        case .members: return "członkowie"
        case .cooperations: return "współprace"
        case .problems: return "problemy"
        case .planVersions: return "plany"
        case .visits: return "wizyty"
        case .placements: return "umieszczenia"
        case .events: return "zdarzenia"
        case .assessments: return "oceny"
        case .meetings: return "posiedzenia"
        }
    }

    /// "rodziny: 3, członkowie: 9" — the lists in document order, empty ones left out.
    func counts(_ counts: [String: Int]) -> String {
        TransferCollection.allCases.compactMap { c in counts[c.rawValue].flatMap { $0 > 0 ? "\(list(c)): \($0)" : nil } }
            .joined(separator: ", ")
    }

    func location(_ location: TransferLocation) -> String {
        switch location {
        case .document(nil): return t("plik", "file")
        case .document(let field?): return field
        case .record(let collection, let index, let id, let field):
            return "\(list(collection))[\(index)]" + (field.map { ".\($0)" } ?? "") + (id.map { " (id \($0.raw))" } ?? "")
        case .csv(let line, nil): return t("wiersz \(line)", "line \(line)")
        case .csv(let line, let column?): return t("wiersz \(line), kolumna \(column)", "line \(line), column \(column)")
        }
    }

    func issue(_ issue: TransferIssue) -> String {
        if case .csv = issue.location, case .badDate(let text) = issue.problem {
            return location(issue.location) + ": " + t("„\(text)” nie jest poprawną datą (DD.MM.RRRR albo RRRR-MM-DD)",
                                                       "“\(text)” is not a valid date (DD.MM.YYYY or YYYY-MM-DD)")
        }
        return location(issue.location) + ": " + problem(issue.problem)
    }

    /// The refusal: a first line, then one issue a line (up to `listed`).
    func refusal(_ failure: TransferFailure) -> String {
        let shown = failure.issues.prefix(Self.listed).map { "  " + issue($0) }
        var lines = [t("Import odrzucony, nic nie zapisano. Błędy (\(failure.issues.count)):",
                       "Import refused, nothing was written. Problems (\(failure.issues.count)):")] + shown
        if failure.issues.count > Self.listed {
            lines.append(t("  … i \(failure.issues.count - Self.listed) dalszych.", "  … and \(failure.issues.count - Self.listed) more."))
        }
        return lines.joined(separator: "\n")
    }

    private func type(_ type: TransferValueType) -> String {
        switch type {
        case .text: return t("tekst", "text")
        case .number: return t("liczba całkowita", "a whole number")
        case .bool: return "true/false"
        case .list: return t("lista", "a list")
        case .object: return t("obiekt", "an object")
        case .id: return t("identyfikator (tekst)", "an id (text)")
        }
    }

    private func record(_ collection: TransferCollection) -> String {
        guard pl else { return collection.kind.rawValue }
        switch collection {
        case .users: return "użytkownik"
        case .families: return "rodzina"
        case .members: return "członek rodziny"
        case .cooperations: return "współpraca"
        case .problems: return "problem"
        case .planVersions: return "wersja planu"
        case .visits: return "wizyta"
        case .placements: return "umieszczenie"
        case .events: return "zdarzenie"
        case .assessments: return "ocena"
        case .meetings: return "posiedzenie"
        }
    }

    func problem(_ problem: TransferProblem) -> String {
        switch problem {
        case .notJSON(let detail): return t("to nie jest poprawny JSON (\(detail))", "not valid JSON (\(detail))")
        case .notUTF8: return t("plik nie jest zapisany w UTF-8", "the file is not UTF-8")
        case .wrongFormat(let found):
            return t("to nie jest eksport programu Teczka (format „\(found)”, oczekiwano „\(TransferDocument.formatName)”)",
                     "not a Teczka export (format “\(found)”, expected “\(TransferDocument.formatName)”)")
        case .unsupportedVersion(let version) where version > TransferDocument.currentVersion:
            return t("plik pochodzi z nowszej wersji programu (wersja formatu \(version)); zaktualizuj program Teczka",
                     "the file comes from a newer version of the program (format version \(version)); update Teczka")
        case .unsupportedVersion(let version):
            return t("nieobsługiwana wersja formatu \(version)", "unsupported format version \(version)")
        case .unknownField(let name): return t("nieznane pole „\(name)”", "unknown field “\(name)”")
        case .missingField: return t("brak wymaganego pola", "required field missing")
        case .wrongType(let expected): return t("zły rodzaj wartości, oczekiwano: \(type(expected))", "wrong kind of value, expected \(type(expected))")
        case .badDate(let text): return t("„\(text)” nie jest poprawną datą (RRRR-MM-DD)", "“\(text)” is not a valid date (YYYY-MM-DD)")
        case .badTime(let text): return t("„\(text)” nie jest poprawną godziną (GG:MM)", "“\(text)” is not a valid time (HH:MM)")
        case .badID(let text):
            return t("„\(text)” nie jest poprawnym identyfikatorem (małe litery, cyfry i „-”, do 64 znaków)",
                     "“\(text)” is not a valid id (lowercase letters, digits and “-”, up to 64 characters)")
        case .unknownCode(let code, let allowed), .csvBadValue(let code, let allowed):
            return t("nieznana wartość „\(code)” (dozwolone: \(allowed.joined(separator: ", ")))",
                     "unknown value “\(code)” (allowed: \(allowed.joined(separator: ", ")))")
        case .unknownCatalogueCode(let code):
            return t("kodu „\(code)” nie ma w katalogu problemów tej bazy", "the code “\(code)” is not in this store's problem catalogue")
        case .catalogueDiffers(.otherCatalogue(let file, let store)):
            return t("plik zapisano z innym katalogiem problemów (\(file)) niż katalog tej bazy (\(store)); kody problemów znaczyłyby co innego",
                     "the file was written with another problem catalogue (\(file)) than this store's (\(store)); problem codes would mean other things")
        case .catalogueDiffers(.entry(let code)):
            return t("katalog problemów w pliku różni się od katalogu tej bazy (pozycja \(code))",
                     "the file's problem catalogue differs from this store's (entry \(code))")
        case .catalogueDiffers(.titles):
            return t("katalog problemów w pliku różni się od katalogu tej bazy (nazwa lub tytuły tabel)",
                     "the file's problem catalogue differs from this store's (name or table titles)")
        case .unresolved(let collection, let id):
            return t("odwołanie do rekordu, którego nie ma ani w bazie, ani w pliku (\(record(collection)) \(id.raw))",
                     "refers to a record that is neither in the store nor in the file (\(record(collection)) \(id.raw))")
        case .ownAssessment:
            return t("ocenę zatwierdził albo zwrócił jej autor (zasada dwóch par oczu)", "the assessment was approved or returned by its own author (four eyes)")
        case .otherFamily(let collection, let id):
            return t("\(record(collection)) \(id.raw) należy do innej rodziny", "\(record(collection)) \(id.raw) belongs to another family")
        case .duplicateInFile(let collection, let index):
            return t("ten sam identyfikator ma już \(list(collection))[\(index)], z inną treścią",
                     "the same id as \(list(collection))[\(index)], with other content")
        case .conflictsWithStore:
            return t("w bazie jest już rekord o tym identyfikatorze, z inną treścią; import niczego nie nadpisuje",
                     "the store has a record with this id and other content; an import never overwrites")
        case .idOfOtherKind(let kind):
            return t("ten identyfikator ma w bazie rekord innego rodzaju (\(kind.rawValue))",
                     "this id belongs to another kind of record in the store (\(kind.rawValue))")
        case .invalid(let issue): return s.fieldLabel(issue.field) + ": " + s.issue(issue)
        case .csvEmpty: return t("brak danych (potrzebny wiersz nagłówka i co najmniej jeden wiersz)", "no data (a header row and at least one row are needed)")
        case .csvUnknownColumn(let name):
            return t("nieznana kolumna „\(name)” (kolumny: rodzina, adres, miejscowosc, wies, struktura, imie, nazwisko, rola, data_urodzenia, pesel)",
                     "unknown column “\(name)” (columns: rodzina, adres, miejscowosc, wies, struktura, imie, nazwisko, rola, data_urodzenia, pesel)")
        case .csvMissingColumn(let name): return t("brak wymaganej kolumny „\(name)”", "required column “\(name)” missing")
        case .csvDuplicateColumn(let name): return t("kolumna „\(name)” występuje dwa razy", "column “\(name)” appears twice")
        case .csvFieldCount(let expected, let found):
            return t("wiersz ma \(found) pól, a nagłówek \(expected)", "the row has \(found) fields, the header \(expected)")
        case .csvUnclosedQuote: return t("cudzysłów otwarty w tym wierszu nie jest zamknięty", "a quote opened on this line is never closed")
        case .csvFamilyDiffers(let first):
            return t("ta sama rodzina (nazwa i adres) co w wierszu \(first), ale z inną miejscowością, wsią lub strukturą",
                     "the same family (label and address) as on line \(first), with another locality, village flag or structure")
        case .csvAmbiguousFamily(let count):
            return t("w bazie jest \(count) rodzin o tej nazwie i adresie; nie wiadomo, do której dopisać",
                     "the store has \(count) families with this label and address; it is not clear which one is meant")
        case .csvRoleNeeded: return t("podaj rolę albo datę urodzenia (lub PESEL)", "give a role or a birth date (or a PESEL)")
        }
    }

    /// What an import wrote.
    func summary(_ summary: ImportSummary, file: String) -> String {
        if summary.isEmpty {
            return t("Nic nowego do zaimportowania (już w bazie: \(summary.unchanged)).",
                     "Nothing new to import (already in the store: \(summary.unchanged)).")
        }
        var text = t("Zaimportowano z \(file): \(counts(summary.counts)).", "Imported from \(file): \(counts(summary.counts)).")
        if summary.unchanged > 0 {
            text += t(" Już w bazie (pominięte): \(summary.unchanged).", " Already in the store (skipped): \(summary.unchanged).")
        }
        return text
    }

    /// Accounts that cannot log in yet, with the command that gives them a passphrase.
    func withoutPassphrase(_ users: [UserAccount]) -> String? {
        guard !users.isEmpty else { return nil }
        let names = users.map { "\($0.name) (\($0.id.short))" }.joined(separator: ", ")
        return t("Konta bez hasła (nie mogą się zalogować, dopóki koordynator nie nada hasła: teczka user passphrase ID): \(names).",
                 "Accounts without a passphrase (they cannot log in until a coordinator gives one: teczka user passphrase ID): \(names).")
    }

    func direction(_ direction: TransferLog.Direction) -> String {
        switch direction {
        case .eksport: return t("eksport", "export")
        case .import: return "import"
        case .importCsv: return t("import CSV", "CSV import")
        case .pakiet: return t("pakiet wymiany", "exchange package")
        case .pakietDolaczony: return t("dołączony pakiet", "package merged")
        case .wydruk: return t("wydruk", "printout")
        case .pakietOdrzucony: return t("pakiet nie dołączony", "package not merged")
        case .migracja: return t("przejście na zapisy podpisane", "migration to signed revisions")
        case .klucze: return t("przejście na klucze według uprawnień", "migration to need-to-know keys")
        case .anonimizacja: return t("anonimizacja rodziny", "anonymisation of a family")
        }
    }
}

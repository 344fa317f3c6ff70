import TeczkaCore

/// Texts of the exchange between stores (the "Wymiana" screen and `teczka exchange`), per language.
public struct ExchangeText: Sendable {
    public let kindPlural: @Sendable (RecordKind) -> String
    public let nothingNew: String
    public let newRevisions: @Sendable (Int, Int) -> String
    public let confirmMerge: String
    public let merged: @Sendable (Int, Int) -> String
    public let exported: @Sendable (Int, String) -> String
    public let packageProblem: @Sendable (PackageProblem) -> String
    public let exchangeProblem: @Sendable (ExchangeProblem) -> String
    /// One record of a kind, for the lines that name refused revisions ("ocena", "rodzina" …).
    public let kindSingular: @Sendable (RecordKind) -> String
    public let transferTooShort: @Sendable (Int) -> String
    // The screen
    public let title: String
    public let exportHeading: String
    public let importHeading: String
    public let fileLabel: String
    public let fileHint: String
    public let passphraseLabel: String
    public let passphraseRepeatLabel: String
    public let passphraseHint: String
    public let recipientLabel: String
    public let recipientAll: String
    public let sinceLastLabel: String
    public let sinceLastHint: String
    public let sealing: String
    public let opening: String
    public let merging: String
    public let keyExport: String
    public let keyImport: String
    public let keyWrite: String
    public let keyOpen: String
    public let historyHeading: String
    public let historyColumns: String
    public let historyEmpty: String
    public let keyHistory: String
    public let direction: @Sendable (TransferLog.Direction) -> String
    public let help: ScreenHelp

    /// A list of the export document by the same name as its record kind.
    public func collection(_ collection: TransferCollection) -> String { kindPlural(collection.kind) }

    /// "rodziny 2, wizyty 12" for one author's part of a package.
    public func counts(_ byKind: [RecordKind: Int]) -> String {
        RecordKind.allCases.compactMap { kind in byKind[kind].map { "\(kindPlural(kind)) \($0)" } }.joined(separator: ", ")
    }

    /// The lines that say what a package adds, by author.
    public func summaryLines(_ summary: MergeSummary) -> [String] {
        guard !summary.isEmpty else { return summary.refusals.isEmpty ? [nothingNew] : [] }
        return [newRevisions(summary.revisions, summary.newRecords)]
            + summary.byAuthor.keys.sorted().map { "  \($0): " + counts(summary.byAuthor[$0]!) }
    }

    public static let polish = ExchangeText(
        kindPlural: { kind in
            switch kind {
            case .user: return "użytkownicy"
            case .family: return "rodziny"
            case .member: return "osoby"
            case .settings: return "ustawienia"
            case .cooperation: return "współprace"
            case .problem: return "problemy"
            case .planVersion: return "wersje planu"
            case .visit: return "wizyty"
            case .placement: return "umieszczenia w pieczy"
            case .event: return "zdarzenia"
            case .assessment: return "oceny i ich przeglądy"
            case .meeting: return "posiedzenia zespołu"
            case .meetingEntry: return "uwagi z posiedzeń"
            case .transfer: return "eksporty i importy"
            case .redaction: return "anonimizacje"
            }
        },
        nothingNew: "Nic nowego: wszystkie zapisy z pakietu już są w tej bazie.",
        newRevisions: { "Nowe zapisy: \($0) (nowe rekordy: \($1))." },
        confirmMerge: "Dołączyć je do bazy? Nic nie zostanie nadpisane.",
        merged: { count, conflicts in
            "Dołączono zapisy: \(count)." + (conflicts > 0
                ? " Konflikty (ten sam rekord zmieniony w obu bazach): \(conflicts) — obie wersje zachowano; wybierz w programie (F9 K na liście rodzin)."
                : " Bez konfliktów.")
        },
        exported: { "Zapisano pakiet \($1) (zapisy: \($0)), zaszyfrowany hasłem przekazania." },
        packageProblem: { problem in
            switch problem {
            case .notAPackage: return "To nie jest pakiet wymiany Teczki. Nic nie zaimportowano."
            case .newerFormat(let v): return "Pakiet pochodzi z nowszej wersji programu (format \(v)). Zaktualizuj Teczkę. Nic nie zaimportowano."
            case .wrongPassphraseOrDamaged:
                return "Nie można otworzyć pakietu: inne hasło przekazania albo plik uszkodzony lub zmieniony. Nic nie zaimportowano."
            case .unacceptableCost:
                return "Pakiet żąda wyprowadzenia klucza ponad dopuszczalne granice (np. ponad 1 GiB pamięci): odrzucony bez otwierania. Nic nie zaimportowano."
            }
        },
        exchangeProblem: { problem in
            switch problem {
            case .otherCatalogue(let mine, let theirs):
                return "Pakiet pochodzi z bazy z innym katalogiem problemów (\(theirs), a ta baza ma \(mine)). Nic nie zaimportowano."
            case .ownPackage: return "To pakiet z tej samej bazy: nie ma w nim nic nowego. Nic nie zaimportowano."
            }
        },
        kindSingular: { kind in
            switch kind {
            case .user: return "konto"
            case .family: return "rodzina"
            case .member: return "osoba"
            case .settings: return "ustawienia"
            case .cooperation: return "współpraca"
            case .problem: return "problem"
            case .planVersion: return "wersja planu"
            case .visit: return "wizyta"
            case .placement: return "umieszczenie w pieczy"
            case .event: return "zdarzenie"
            case .assessment: return "ocena"
            case .meeting: return "protokół posiedzenia"
            case .meetingEntry: return "uwagi z posiedzenia"
            case .transfer: return "wpis historii"
            case .redaction: return "anonimizacja"
            }
        },
        transferTooShort: { "Hasło przekazania musi mieć co najmniej \($0) znaków." },
        title: "Wymiana danych",
        exportHeading: "Pakiet do przekazania",
        importHeading: "Pakiet do dołączenia",
        fileLabel: "Plik",
        fileHint: "np. /media/pendrive/pakiet.teczka",
        passphraseLabel: "Hasło przekazania",
        passphraseRepeatLabel: "Powtórz hasło",
        passphraseHint: "Inne niż hasło do bazy; przekaż je osobno (np. telefonicznie)",
        recipientLabel: "Dla",
        recipientAll: "całej bazy (inny koordynator)",
        sinceLastLabel: "Tylko nowe",
        sinceLastHint: "Tylko zapisy od ostatniego pakietu dla tej osoby",
        sealing: "Szyfrowanie pakietu…",
        opening: "Otwieranie pakietu…",
        merging: "Dołączanie zapisów…",
        keyExport: "Pakiet",
        keyImport: "Dołącz",
        keyWrite: "Zapisz",
        keyOpen: "Otwórz",
        historyHeading: "Historia eksportów, importów, wymiany i wydruków",
        historyColumns: "Kiedy             Kto                   Co",
        historyEmpty: "Bazy jeszcze nie eksportowano, nie importowano do niej, nie wymieniano pakietów i niczego nie drukowano.",
        keyHistory: "Historia",
        direction: { d in
            switch d {
            case .eksport: return "eksport całej bazy"
            case .import: return "import całej bazy"
            case .importCsv: return "import CSV"
            case .pakiet: return "pakiet wymiany"
            case .pakietDolaczony: return "dołączony pakiet"
            case .wydruk: return "wydruk"
            case .pakietOdrzucony: return "pakiet nie dołączony (odrzucone zapisy)"
            case .migracja: return "przejście na zapisy podpisane"
            case .klucze: return "przejście na klucze według uprawnień"
            case .anonimizacja: return "anonimizacja rodziny po okresie przechowywania"
            }
        },
        help: ScreenHelp([
            "Wymiana zapisów z drugą bazą (asystent ↔ koordynator) bez serwera: pakiet to jeden plik zaszyfrowany",
            "hasłem przekazania (scrypt + AES-256-GCM). Bez tego hasła nikt go nie odczyta, więc można go nosić na",
            "pendrivie albo wysłać e-mailem. Hasło przekaż inną drogą.",
        ], commands: [
            "O": "otwórz zaznaczoną pozycję",
            "E": "pakiet do przekazania: plik, hasło (dwa razy), dla kogo (koordynator), tylko nowe zapisy",
            "I": "dołączenie pakietu: plik i hasło; program pokazuje, co dojdzie (kto, co), i pyta (T/N)",
            "H": "historia wymian: każdy pakiet, eksport i import tej bazy, z odrzuconymi zapisami",
        ], after: [
            "Nic nie jest nadpisywane. Ten sam pakiet dołączony drugi raz niczego nie zmienia. Gdy ten sam rekord",
            "zmieniono w obu bazach, zostają obie wersje, a rekord trafia na ekran Konflikty (F9 K na liście rodzin).",
            "",
            "Każdy zapis pakietu jest sprawdzany: podpis autora, kolejność jego zapisów i jego prawa (kto może zmieniać",
            "konta, ustawienia, przydziały, oceny, dane rodziny). Zapisy odrzucone program wymienia przed pytaniem —",
            "kto, co, której rodziny i dlaczego; nie wejdą do bazy, a ich odrzucenie zostaje w historii (F9 H).",
            "T dołącza pozostałe, N — nic. Pakiet dla jednej osoby zawiera jej klucz podpisu (zamknięty jej hasłem):",
            "z niego zakłada się bazę na jej laptopie (teczka exchange import … --as \"Imię Nazwisko\").",
        ]))

    public static let english = ExchangeText(
        kindPlural: { kind in
            switch kind {
            case .user: return "users"
            case .family: return "families"
            case .member: return "people"
            case .settings: return "settings"
            case .cooperation: return "cooperations"
            case .problem: return "problems"
            case .planVersion: return "plan versions"
            case .visit: return "visits"
            case .placement: return "foster-care placements"
            case .event: return "events"
            case .assessment: return "assessments and reviews"
            case .meeting: return "team meetings"
            case .meetingEntry: return "team meeting remarks"
            case .transfer: return "exports and imports"
            case .redaction: return "anonymisations"
            }
        },
        nothingNew: "Nothing new: every revision in the package is already in this store.",
        newRevisions: { "New revisions: \($0) (new records: \($1))." },
        confirmMerge: "Add them to the store? Nothing will be overwritten.",
        merged: { count, conflicts in
            "Added revisions: \(count)." + (conflicts > 0
                ? " Conflicts (the same record changed in both stores): \(conflicts) — both versions kept; choose in the program (F9 K on the family list)."
                : " No conflicts.")
        },
        exported: { "Package \($1) written (revisions: \($0)), encrypted with the transfer passphrase." },
        packageProblem: { problem in
            switch problem {
            case .notAPackage: return "This is not a Teczka exchange package. Nothing was imported."
            case .newerFormat(let v): return "The package comes from a newer version of the program (format \(v)). Update Teczka. Nothing was imported."
            case .wrongPassphraseOrDamaged:
                return "Cannot open the package: another transfer passphrase, or the file is damaged or altered. Nothing was imported."
            case .unacceptableCost:
                return "The package asks for a key derivation beyond the allowed limits (e.g. over 1 GiB of memory): refused without opening. Nothing was imported."
            }
        },
        exchangeProblem: { problem in
            switch problem {
            case .otherCatalogue(let mine, let theirs):
                return "The package comes from a store with another problem catalogue (\(theirs); this store has \(mine)). Nothing was imported."
            case .ownPackage: return "This package was made by this store: nothing in it is new. Nothing was imported."
            }
        },
        kindSingular: { kind in
            switch kind {
            case .user: return "account"
            case .family: return "family"
            case .member: return "person"
            case .settings: return "settings"
            case .cooperation: return "cooperation"
            case .problem: return "problem"
            case .planVersion: return "plan version"
            case .visit: return "visit"
            case .placement: return "foster-care placement"
            case .event: return "event"
            case .assessment: return "assessment"
            case .meeting: return "meeting protocol"
            case .meetingEntry: return "meeting remarks"
            case .transfer: return "history entry"
            case .redaction: return "anonymisation"
            }
        },
        transferTooShort: { "The transfer passphrase must be at least \($0) characters long." },
        title: "Data exchange",
        exportHeading: "Package to hand over",
        importHeading: "Package to add",
        fileLabel: "File",
        fileHint: "e.g. /media/usb/package.teczka",
        passphraseLabel: "Transfer passphrase",
        passphraseRepeatLabel: "Repeat passphrase",
        passphraseHint: "Not the store's passphrase; give it separately (e.g. by phone)",
        recipientLabel: "For",
        recipientAll: "the whole store (another coordinator)",
        sinceLastLabel: "Only new",
        sinceLastHint: "Only revisions since the last package for this person",
        sealing: "Encrypting the package…",
        opening: "Opening the package…",
        merging: "Adding the revisions…",
        keyExport: "Package",
        keyImport: "Add",
        keyWrite: "Write",
        keyOpen: "Open",
        historyHeading: "History of exports, imports, exchanges and printouts",
        historyColumns: "When              Who                   What",
        historyEmpty: "The store has not been exported, imported into, exchanged or printed from yet.",
        keyHistory: "History",
        direction: { d in
            switch d {
            case .eksport: return "whole-store export"
            case .import: return "whole-store import"
            case .importCsv: return "CSV import"
            case .pakiet: return "exchange package"
            case .pakietDolaczony: return "package merged"
            case .wydruk: return "printout"
            case .pakietOdrzucony: return "package not merged (refused revisions)"
            case .migracja: return "migration to signed revisions"
            case .klucze: return "migration to need-to-know keys"
            case .anonimizacja: return "anonymisation of a family past retention"
            }
        },
        help: ScreenHelp([
            "Exchange revisions with another store (assistant ↔ coordinator) without a server: a package is one file",
            "encrypted with a transfer passphrase (scrypt + AES-256-GCM). Without it nobody can read the file, so it",
            "can travel on a USB stick or by e-mail. Give the passphrase another way.",
        ], commands: [
            "O": "open the selected item",
            "E": "package to hand over: file, passphrase (twice), for whom (coordinators), only new revisions",
            "I": "add a package: file and passphrase; the program shows what it adds (who, what) and asks (Y/N)",
            "H": "exchange history: every package, export and import of this store, with refused revisions",
        ], after: [
            "Nothing is overwritten. Adding the same package twice changes nothing. When the same record was changed in",
            "both stores, both versions stay and the record goes to the Conflicts screen (F9 K on the family list).",
            "",
            "Every revision of a package is checked: its author's signature, its place among the author's revisions and",
            "the author's rights (who may change accounts, settings, assignments, assessments, a family's data). The",
            "program names each refused revision before asking — who, what, which family, why; they never enter the",
            "store, and the refusal stays in the history (F9 H). Y adds the rest, N nothing. A package for one person holds",
            "their signing key (sealed with their passphrase), to set up their laptop (teczka exchange import … --as).",
        ]))
}

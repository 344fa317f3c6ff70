import ArgumentParser
import Foundation
import TeczkaUI

/// Every text of the command line's help: the commands' abstracts and discussions and the options' and arguments'
/// help, one table per language. Polish is the default and the reference; `--lang en` (or an English LANG/LC_ALL)
/// gives the English one. swift-argument-parser's own words are translated apart, by `PolishHelp`.
struct CommandText: Sendable {
    // The program, and the options many commands share
    let teczkaAbstract, teczkaDiscussion: String
    let passphraseFile, store, lang, catalogue, role, outputFile, noConfirmation: String
    // open
    let openAbstract, openLockAfter: String
    // bench-signatures, bench-login (not shown in the help)
    let benchSignaturesAbstract, benchSignaturesCount, benchSignaturesChains: String
    let benchLoginAbstract, benchLoginAccounts: String
    let benchUIAbstract, benchUIKeys: String
    // manual (not shown in the help)
    let manualAbstract: String
    // init
    let initAbstract, initUser: String
    // demo
    let demoAbstract, demoDiscussion, demoFamilies, demoYears, demoSeed, demoAssistants, demoUser: String
    // settings
    let settingsAbstract, settingsCaseloadCap, settingsMonitoringMonths, settingsNotVisitedDays, settingsRetire,
        settingsRestore, settingsCapByFTE, settingsRetentionYears: String
    let settingsCentreName, settingsCentreAddress, settingsCentreTown, settingsCaseNumberPattern: String
    // user
    let userAbstract, userListAbstract, userAddAbstract, userAddName, userAddNewPassphraseFile: String
    let userPasswdAbstract, userNewPassphraseFile: String
    let userPassphraseAbstract, userPassphraseNewPassphraseFile, userAccountID: String
    let userResetAbstract, userResetAccount, userDeactivateAbstract: String
    let userEmploymentAbstract, userEmploymentDiscussion, userEmploymentFrom, userEmploymentTo, userEmploymentFTE,
        userEmploymentRemove: String
    let userHandoverAbstract, userHandoverDiscussion, userHandoverTo, userHandoverFrom: String
    // anonymise
    let anonymiseAbstract, anonymiseDiscussion, anonymiseFamilies, anonymisePastRetention, anonymiseYes: String
    // print
    let printAbstract, printID, printFormat, printAssessmentAbstract, printPlanAbstract, printMeetingAbstract,
        printPersonAbstract: String
    // report, and the period options it shares with check --data
    let reportAbstract, reportDiscussion, reportName, reportList, reportAll, reportTiming, reportAssistant,
        reportFormat, reportSeparator, reportBOM: String
    let periodYear, periodYears, periodHalf, periodFrom, periodTo, periodAsOf: String
    // backup, restore
    let backupAbstract, backupDiscussion, backupTo, restoreAbstract, restoreFile: String
    // check
    let checkAbstract, checkDiscussion, checkData, checkFormat: String
    // export, history, import
    let exportAbstract, exportDiscussion, exportFormat, exportOutput: String
    let historyAbstract: String
    let importAbstract, importDiscussion, importFile, importCSV, importAs, importDryRun: String
    // exchange
    let exchangeAbstract, exchangeDiscussion, exchangeTransferPassphraseFile, exchangePackageFile: String
    let exchangeExportAbstract, exchangeExportFor, exchangeExportSince: String
    let exchangeImportAbstract, exchangeImportAs: String
}

extension CommandText {
    /// The table of this run's language.
    static let current = forLanguage(runLanguage)

    /// The language of this run, decided from the command line and the environment before the arguments are
    /// parsed: the help texts (`static let configuration`, the options' `help:`) are read while parsing, and
    /// argument-parser's messages are translated after a failed parse. A `static let` is initialised once, safely,
    /// on first use; `Teczka.main` reads it first thing, and it depends only on argv and the environment, which do
    /// not change, so every reader gets the same value.
    static let runLanguage = language(arguments: Array(CommandLine.arguments.dropFirst()),
                                      environment: ProcessInfo.processInfo.environment)

    static func forLanguage(_ language: Language) -> CommandText {
        switch language {
        case .pl: return .polish
        case .en: return .english
        }
    }

    /// The rule of `CommonOptions.strings()`, `Language.choose(option:environment:)`, applied to the raw arguments:
    /// the last `--lang X` or `--lang=X` before a `--` (as argument-parser keeps the last value), else LC_ALL,
    /// LC_MESSAGES, LANG. A language that is neither pl nor en is refused later, by the command; until then the
    /// texts are Polish.
    static func language(arguments: [String], environment: [String: String]) -> Language {
        Language.choose(option: langOption(in: arguments).value, environment: environment) ?? .pl
    }

    /// The value of the last `--lang X`/`--lang=X` before a `--`, and the arguments without those options.
    static func langOption(in arguments: [String]) -> (value: String?, others: [String]) {
        var value: String?
        var others: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                others += arguments[index...]
                break
            }
            if argument == "--lang", index + 1 < arguments.endIndex {
                value = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            } else {
                others.append(argument)
            }
            index += 1
        }
        return (value, others)
    }

    /// The arguments to parse. `help` takes no options, so `teczka --lang en help demo` (or `teczka help demo
    /// --lang en`) would be refused; the language being already chosen, its `--lang` is left out there.
    static func argumentsToParse(_ arguments: [String]) -> [String] {
        let (value, others) = langOption(in: arguments)
        guard others.first == "help", let value, Language(rawValue: value.lowercased()) != nil else { return arguments }
        return others
    }
}

extension ArgumentHelp {
    /// An option's or argument's help from this run's table: `@Option(help: .text(\.demoFamilies))`.
    static func text(_ key: KeyPath<CommandText, String>) -> ArgumentHelp {
        ArgumentHelp(CommandText.current[keyPath: key])
    }
}

extension CommandText {
    static let polish = CommandText(
        teczkaAbstract: "Teczka — kartoteka asystenta rodziny w terminalu (a family assistant's case manager).",
        teczkaDiscussion: """
            Bez polecenia otwiera program w terminalu. Dane są w zaszyfrowanym pliku; domyślnie \
            $XDG_DATA_HOME/teczka/teczka.sqlite (albo ~/.local/share/teczka/teczka.sqlite).

            Dla skryptów i testów (automatyzacja): hasło można podać w zmiennej środowiskowej TECZKA_PASSPHRASE \
            albo w pliku (--passphrase-file PLIK). W zwykłej pracy wpisuj hasło w programie.
            """,
        passphraseFile: "Do automatyzacji: plik z hasłem (pierwszy wiersz). Zamiast niego można ustawić TECZKA_PASSPHRASE.",
        store: "Plik bazy danych (domyślnie w $XDG_DATA_HOME/teczka/).",
        lang: "Język: pl albo en (domyślnie według ustawień systemu, zwykle pl).",
        catalogue: "Katalog problemów nowej bazy: A (Siechnice, domyślny), B (Mielec) albo plik JSON (Docs/catalogues.md).",
        role: "Rola: asystent albo koordynator.",
        outputFile: "Plik wynikowy (domyślnie standardowe wyjście).",
        noConfirmation: "Nie pytaj o potwierdzenie (dla skryptów).",
        openAbstract: "Otwiera program w terminalu (domyślne polecenie).",
        openLockAfter: "Blokada po tylu minutach bez naciśnięcia klawisza (domyślnie 10; 0 — nigdy).",
        benchSignaturesAbstract: "Pomiar: podpisanie i sprawdzenie N zapisów (make bench).",
        benchSignaturesCount: "Liczba zapisów.",
        benchSignaturesChains: "Liczba łańcuchów (rodzin).",
        benchLoginAbstract: "Pomiar: czas logowania przy 1, 10 i 50 kontach (make bench).",
        benchLoginAccounts: "Liczby kont, po przecinku.",
        benchUIAbstract: "Pomiar: czas od klawisza do narysowania ekranu, wklejenie notatki, zapis wizyty (make bench).",
        benchUIKeys: "Liczba klawiszy na każdym ekranie.",
        manualAbstract: "Strona podręcznika teczka(1) w formacie man, z definicji poleceń (make deb, make install).",
        initAbstract: "Tworzy nową, zaszyfrowaną bazę z pierwszym użytkownikiem.",
        initUser: "Imię i nazwisko pierwszego użytkownika.",
        demoAbstract: "Dodaje przykładowe rodziny (tworzy bazę, jeśli jej nie ma).",
        demoDiscussion: """
            Współprace, problemy, plany, wizyty, piecza zastępcza, zdarzenia, oceny okresowe i protokoły zespołu \
            rozłożone na ostatnie --years lat. Konta asystentów i koordynatora, które polecenie zakłada, nie mają \
            hasła: nie można się na nie zalogować.
            """,
        demoFamilies: "Liczba rodzin.",
        demoYears: "Z ilu ostatnich lat są współprace (kończą się dziś).",
        demoSeed: "Ziarno losowania: te same dane dla tego samego ziarna.",
        demoAssistants: "Liczba asystentów (domyślnie jeden na około 15 rodzin w toku, co najmniej jeden).",
        demoUser: "Imię i nazwisko użytkownika, gdy baza jest tworzona (domyślnie „Asystent Demo”, a przy kilku asystentach „Koordynator Demo”).",
        settingsAbstract: "Pokazuje lub zmienia ustawienia bazy: dane ośrodka, wzór numeru sprawy, limit rodzin, monitoring, wycofane pozycje katalogu.",
        settingsCaseloadCap: "Limit jednoczesnych rodzin na asystenta (ustawa: 15).",
        settingsMonitoringMonths: "Miesiące monitoringu po zakończeniu współpracy (domyślnie 6).",
        settingsNotVisitedDays: "Po ilu dniach bez wizyty rodzina jest oznaczana (domyślnie 30).",
        settingsRetire: "Wycofaj pozycję katalogu (kod, np. A7); zostaje w zapisanych danych.",
        settingsRestore: "Przywróć wycofaną pozycję katalogu.",
        settingsCapByFTE: "Czy limit rodzin asystenta idzie za jego etatem: tak albo nie (domyślnie tak: 15 na pełny etat, 7 na ½ etatu).",
        settingsRetentionYears: "Ile lat po zakończeniu ostatniej współpracy lub pieczy dane rodziny są przechowywane (domyślnie 10; wybór ośrodka); potem „Do zrobienia” wskazuje rodzinę koordynatorowi.",
        settingsCentreName: "Nazwa ośrodka, np. „Miejsko-Gminny Ośrodek Pomocy Społecznej w Siechnicach” (pusty tekst usuwa).",
        settingsCentreAddress: "Adres ośrodka, np. „ul. Jana Pawła II 12, 55-011 Siechnice”.",
        settingsCentreTown: "Miejscowość przed datą na pismach („Siechnice, dnia …”).",
        settingsCaseNumberPattern: "Wzór numeru sprawy współpracy: {nr} kolejny numer w roku, {rok} rok rozpoczęcia, np. AR.4011.{nr}.{rok} (pusty: bez podpowiedzi).",
        userAbstract: "Konta użytkowników: lista, dodanie, zmiana hasła, dezaktywacja.",
        userListAbstract: "Lista kont.",
        userAddAbstract: "Dodaje konto (wymaga hasła koordynatora).",
        userAddName: "Imię i nazwisko.",
        userAddNewPassphraseFile: "Do automatyzacji: plik z hasłem nowego konta. Zamiast niego można ustawić TECZKA_NEW_PASSPHRASE.",
        userPasswdAbstract: "Zmienia hasło zalogowanego użytkownika.",
        userNewPassphraseFile: "Do automatyzacji: plik z nowym hasłem. Zamiast niego można ustawić TECZKA_NEW_PASSPHRASE.",
        userPassphraseAbstract: "Nadaje pierwsze hasło kontu, które go nie ma (konta z importu; wymaga hasła koordynatora).",
        userPassphraseNewPassphraseFile: "Do automatyzacji: plik z hasłem. Zamiast niego można ustawić TECZKA_NEW_PASSPHRASE.",
        userAccountID: "Początek identyfikatora konta (z `teczka user list`).",
        userResetAbstract: "Nadaje innemu kontu nowe hasło i nowe klucze (zapomniane hasło, konto bez kluczy; wymaga hasła koordynatora).",
        userResetAccount: "Imię i nazwisko albo początek identyfikatora konta (z `teczka user list`).",
        userDeactivateAbstract: "Dezaktywuje konto (historia zachowuje nazwisko).",
        userEmploymentAbstract: "Pokazuje lub zmienia okresy zatrudnienia konta z etatem (wymaga hasła koordynatora).",
        userEmploymentDiscussion: """
            Bez opcji pokazuje okresy. --from z --fte dodaje okres (--to: ostatni dzień; bez niego zatrudnienie trwa). \
            --remove usuwa okres zaczynający się w podanym dniu. Raport „obciazenie” pokazuje etat i rodziny na etat; \
            limit rodzin idzie za etatem (teczka settings --cap-by-fte).
            """,
        userEmploymentFrom: "Pierwszy dzień okresu (RRRR-MM-DD albo DD.MM.RRRR).",
        userEmploymentTo: "Ostatni dzień okresu; bez niego zatrudnienie trwa.",
        userEmploymentFTE: "Etat: 1, 0,5, 0.75, 3/4 albo 50%.",
        userEmploymentRemove: "Usuń okres zaczynający się w tym dniu.",
        userHandoverAbstract: "Przekazuje wszystkie rodziny asystenta (współprace w toku) innemu asystentowi od dnia (wymaga hasła koordynatora).",
        userHandoverDiscussion: """
            Gdy asystent odchodzi albo idzie na urlop: współprace trwają, nie są kończone. Wszystko albo nic: jeśli \
            którejś współpracy nie można przekazać w tym dniu (np. zaczęła się później), nic nie jest zapisane. Powyżej \
            limitu rodzin nowego asystenta polecenie pyta o --yes.
            """,
        userHandoverTo: "Asystent, który przejmuje rodziny (imię i nazwisko albo początek identyfikatora).",
        userHandoverFrom: "Pierwszy dzień u nowego asystenta (RRRR-MM-DD albo DD.MM.RRRR).",
        anonymiseAbstract: "Anonimizuje rodziny po okresie przechowywania danych (wymaga hasła koordynatora).",
        anonymiseDiscussion: """
            Bez argumentów wypisuje rodziny po okresie przechowywania (teczka settings --retention-years). Z \
            identyfikatorami rodzin albo z --past-retention pokazuje, co zostanie zanonimizowane, a z --yes \
            anonimizuje: znikają nazwiska i imiona, PESEL, adresy i wszystkie notatki ze wszystkich wersji zapisów; \
            daty, daty urodzenia, kategorie, kody problemów i stany zostają, więc raporty za minione lata drukują się \
            tak samo. Tego nie można cofnąć (kopie zapasowe zachowują dane do czasu ich usunięcia przez rotację). \
            Każda anonimizacja jest w historii bazy.
            """,
        anonymiseFamilies: "Rodziny: początek identyfikatora (jak w programie).",
        anonymisePastRetention: "Wszystkie rodziny po okresie przechowywania.",
        anonymiseYes: "Anonimizuj (bez tego polecenie tylko pokazuje, co zrobi).",
        printAbstract: "Drukuje dokument: ocenę okresową, wersję planu pracy albo protokół posiedzenia zespołu.",
        printID: "Identyfikator dokumentu (albo jego początek, jak w programie: „nr …”).",
        printFormat: "html, md albo text.",
        printAssessmentAbstract: "Ocena okresowa rodziny.",
        printPlanAbstract: "Wersja planu pracy z rodziną.",
        printMeetingAbstract: "Protokół posiedzenia zespołu.",
        printPersonAbstract: "Wszystkie dane jednej osoby (identyfikator albo PESEL), na jej żądanie dostępu (art. 15 RODO); wydruk zapisuje się w historii.",
        reportAbstract: "Raport statystyczny: tabele do sprawozdania z realizacji programu wspierania rodziny.",
        reportDiscussion: """
            Okres: --year 2025, --years 2023-2025, --half 2025-H1, --from 01.01.2025 --to 30.06.2025, --as-of 31.10.2025 \
            (z --year/--years skraca ostatni rok do tej daty). Bez okresu: bieżący rok do dziś. \
            Zasady liczenia: Docs/reports.md. Lista raportów: teczka report --list. \
            --format xlsx to arkusz Excel/Calc gotowy do druku (A4): tylko z --output PLIK.xlsx albo do potoku.
            """,
        reportName: "Nazwa raportu (teczka report --list).",
        reportList: "Pokazuje raporty: nazwy, tytuły i co liczą.",
        reportAll: "Wszystkie raporty dostępne w tej bazie, jeden po drugim (w xlsx: arkusz na raport).",
        reportTiming: "Na standardowe wyjście błędów: czas otwarcia bazy i czas liczenia (pomiar wydajności, make bench).",
        reportAssistant: "Tylko rodziny jednego asystenta (imię i nazwisko).",
        reportFormat: "text, csv, md, html, json albo xlsx (domyślnie text).",
        reportSeparator: "CSV: separator pól, ; albo , (domyślnie ; — jak na ekranie raportu, dla arkusza kalkulacyjnego; przy , kropka dziesiętna).",
        reportBOM: "CSV: znacznik BOM na początku (domyślnie jest, dla arkuszy kalkulacyjnych; --no-bom dla skryptów).",
        periodYear: "Rok, np. 2025.",
        periodYears: "Kilka lat obok siebie, np. 2023-2025.",
        periodHalf: "Półrocze, np. 2025-H1 (01.01–30.06) albo 2025-H2.",
        periodFrom: "Początek okresu (DD.MM.RRRR albo RRRR-MM-DD), razem z --to.",
        periodTo: "Koniec okresu, razem z --from.",
        periodAsOf: "Dane na dzień: rok do tej daty.",
        backupAbstract: "Zapisuje kopię zapasową bazy (zaszyfrowaną, jak sama baza) do pliku.",
        backupDiscussion: "Program sam robi kopię raz dziennie w katalogu backups/ obok bazy (7 dziennych i 4 tygodniowe).",
        backupTo: "Plik kopii (nie może istnieć).",
        restoreAbstract: "Zastępuje bazę kopią zapasową (obecna baza zostaje zachowana w backups/).",
        restoreFile: "Plik kopii zapasowej.",
        checkAbstract: "Sprawdza bazę: integralność pliku, odszyfrowanie każdego zapisu, podpisy i łańcuchy zapisów, prawa autorów i powiązania między zapisami.",
        checkDiscussion: "Z --data: braki w danych, które zafałszują raporty (rodziny bez problemów, osoby bez daty urodzenia, współprace bez kategorii, brak oceny od ponad 6 miesięcy, oceny niezatwierdzone).",
        checkData: "Sprawdza kompletność danych do raportów zamiast pliku.",
        checkFormat: "Z --data: text albo md (domyślnie text).",
        exportAbstract: "Eksportuje całą bazę do pliku JSON (wymaga hasła koordynatora; zapisuje się w historii).",
        exportDiscussion: "Format pliku: Docs/import-format.md. Plik zawiera dane osobowe w jawnej postaci: chroń go jak teczkę.",
        exportFormat: "Format: json.",
        exportOutput: "Plik wynikowy; - albo brak: standardowe wyjście.",
        historyAbstract: "Historia eksportów, importów, pakietów wymiany i wydruków (kto, kiedy, jaki plik, ile rekordów).",
        importAbstract: "Importuje eksport JSON całej bazy albo rodziny i członków z pliku CSV (--csv).",
        importDiscussion: """
            Plik jest najpierw w całości sprawdzany; przy jakimkolwiek błędzie nic nie jest zapisywane. Rekordy, \
            które już są w bazie (ten sam identyfikator i treść), są pomijane, więc ponowny import niczego nie zmienia. \
            Do nieistniejącej bazy (--store NOWA) import tworzy ją: --as „Imię Nazwisko” wskazuje koordynatora z pliku, \
            który dostaje podane hasło; pozostali użytkownicy wchodzą bez haseł (teczka user passphrase ID). \
            Format: Docs/import-format.md.
            """,
        importFile: "Plik do importu.",
        importCSV: "Plik CSV z rodzinami i członkami (kolumny: Docs/import-format.md).",
        importAs: "Tworząc nową bazę: imię i nazwisko koordynatora z pliku, który dostaje hasło.",
        importDryRun: "Tylko sprawdza plik i mówi, co by zaimportował; niczego nie zapisuje.",
        exchangeAbstract: "Wymiana zapisów z drugą bazą w zaszyfrowanym pakiecie (bez serwera).",
        exchangeDiscussion: """
            Hasło przekazania: zmienna TECZKA_TRANSFER_PASSPHRASE, plik (--transfer-passphrase-file) albo pytanie \
            w terminalu. Nic nie jest nadpisywane; rekord zmieniony w obu bazach ma obie wersje (ekran Konflikty).
            """,
        exchangeTransferPassphraseFile: "Plik z hasłem przekazania (pierwszy wiersz).",
        exchangePackageFile: "Plik pakietu.",
        exchangeExportAbstract: "Zapisuje pakiet z zapisami dla drugiej bazy.",
        exchangeExportFor: "Koordynator: pakiet dla jednej osoby (imię i nazwisko): asystentowi tylko jego rodziny, koordynatorowi cała baza; z jej kluczem podpisu, aby mogła założyć bazę na laptopie (--as).",
        exchangeExportSince: "last: tylko zapisy od ostatniego pakietu dla tej osoby; all: wszystkie (domyślnie).",
        exchangeImportAbstract: "Dołącza pakiet z drugiej bazy (pokazuje, co dojdzie, i pyta).",
        exchangeImportAs: "Gdy bazy jeszcze nie ma: tworzy ją z pakietu dla tego konta (imię i nazwisko), np. na laptopie asystenta.")

    static let english = CommandText(
        teczkaAbstract: "Teczka — a family assistant's case manager in the terminal.",
        teczkaDiscussion: """
            Without a command it opens the program in the terminal. The data is in an encrypted file; by default \
            $XDG_DATA_HOME/teczka/teczka.sqlite (or ~/.local/share/teczka/teczka.sqlite).

            For scripts and tests (automation): the passphrase can be given in the environment variable \
            TECZKA_PASSPHRASE or in a file (--passphrase-file FILE). In everyday work, type the passphrase in the program.
            """,
        passphraseFile: "For automation: a file with the passphrase (first line). TECZKA_PASSPHRASE can be set instead.",
        store: "The store file (by default in $XDG_DATA_HOME/teczka/).",
        lang: "Language: pl or en (by default from the system settings, usually pl).",
        catalogue: "The problem catalogue of a new store: A (Siechnice, the default), B (Mielec) or a JSON file (Docs/catalogues.md).",
        role: "Role: asystent (assistant) or koordynator (coordinator).",
        outputFile: "The output file (by default the standard output).",
        noConfirmation: "Do not ask for confirmation (for scripts).",
        openAbstract: "Opens the program in the terminal (the default command).",
        openLockAfter: "Lock after this many minutes without a key press (default 10; 0 — never).",
        benchSignaturesAbstract: "Benchmark: signing and checking N revisions (make bench).",
        benchSignaturesCount: "The number of revisions.",
        benchSignaturesChains: "The number of chains (families).",
        benchLoginAbstract: "Benchmark: log-in time with 1, 10 and 50 accounts (make bench).",
        benchLoginAccounts: "Numbers of accounts, separated by commas.",
        benchUIAbstract: "Benchmark: the time from a key to a drawn frame, pasting a note, saving a visit (make bench).",
        benchUIKeys: "Keys per screen.",
        manualAbstract: "The teczka(1) manual page in man format, from the commands' definitions (make deb, make install).",
        initAbstract: "Creates a new encrypted store with its first user.",
        initUser: "The first user's full name.",
        demoAbstract: "Adds sample families (creates the store if there is none).",
        demoDiscussion: """
            Cooperations, problems, plans, visits, foster care, events, periodic assessments and team meeting \
            protocols, spread over the last --years years. The assistant and coordinator accounts the command creates \
            have no passphrase: nobody can log in with them.
            """,
        demoFamilies: "The number of families.",
        demoYears: "How many recent years the cooperations span (they end today).",
        demoSeed: "Random seed: the same seed gives the same data.",
        demoAssistants: "The number of assistants (by default one per about 15 ongoing families, at least one).",
        demoUser: "The user's full name when the store is created (by default \"Asystent Demo\", or \"Koordynator Demo\" with several assistants).",
        settingsAbstract: "Shows or changes the store's settings: the centre's details, the case-number pattern, caseload cap, monitoring, retired catalogue entries.",
        settingsCaseloadCap: "The cap on families per assistant at one time (the law: 15).",
        settingsMonitoringMonths: "Months of monitoring after a cooperation ends (default 6).",
        settingsNotVisitedDays: "After how many days without a visit a family is flagged (default 30).",
        settingsRetire: "Retire a catalogue entry (its code, e.g. A7); it stays in the saved data.",
        settingsRestore: "Bring back a retired catalogue entry.",
        settingsCapByFTE: "Whether an assistant's caseload cap follows their FTE: tak (yes) or nie (no); default tak (15 full time, 7 at 0.5).",
        settingsRetentionYears: "How many years after the last cooperation or placement ends a family's records are kept (default 10, the centre's choice); then Do zrobienia points the family out to the coordinator.",
        settingsCentreName: "The centre's name, e.g. “MGOPS w Siechnicach” (empty text clears it).",
        settingsCentreAddress: "The centre's address, e.g. “ul. Rynek 1, 55-011 Siechnice”.",
        settingsCentreTown: "The town written before the date on documents (“Siechnice, dnia …”).",
        settingsCaseNumberPattern: "The pattern of a cooperation's case number: {nr} the next number in the year, {rok} the start year, e.g. AR.4011.{nr}.{rok} (empty: no suggestion).",
        userAbstract: "User accounts: list, add, change passphrase, deactivate.",
        userListAbstract: "Lists the accounts.",
        userAddAbstract: "Adds an account (needs a coordinator's passphrase).",
        userAddName: "Full name.",
        userAddNewPassphraseFile: "For automation: a file with the new account's passphrase. TECZKA_NEW_PASSPHRASE can be set instead.",
        userPasswdAbstract: "Changes the logged-in user's passphrase.",
        userNewPassphraseFile: "For automation: a file with the new passphrase. TECZKA_NEW_PASSPHRASE can be set instead.",
        userPassphraseAbstract: "Gives a first passphrase to an account that has none (imported accounts; needs a coordinator's passphrase).",
        userPassphraseNewPassphraseFile: "For automation: a file with the passphrase. TECZKA_NEW_PASSPHRASE can be set instead.",
        userAccountID: "The start of the account's id (from `teczka user list`).",
        userResetAbstract: "Gives another account a new passphrase and new keys (forgotten passphrase, account without keys; needs a coordinator's passphrase).",
        userResetAccount: "The full name or the start of the account's id (from `teczka user list`).",
        userDeactivateAbstract: "Deactivates an account (the history keeps the name).",
        userEmploymentAbstract: "Shows or changes an account's periods of employment with their FTE (needs a coordinator's passphrase).",
        userEmploymentDiscussion: """
            Without options it shows the periods. --from with --fte adds a period (--to: its last day; without it the \
            employment goes on). --remove deletes the period that starts on the given day. The report "obciazenie" \
            shows the FTE and families per FTE; the caseload cap follows the FTE (teczka settings --cap-by-fte).
            """,
        userEmploymentFrom: "The period's first day (YYYY-MM-DD or DD.MM.YYYY).",
        userEmploymentTo: "The period's last day; without it the employment goes on.",
        userEmploymentFTE: "FTE: 1, 0.5, 0,75, 3/4 or 50%.",
        userEmploymentRemove: "Delete the period that starts on this day.",
        userHandoverAbstract: "Hands all of an assistant's families (cooperations in progress) over to another assistant from a day (needs a coordinator's passphrase).",
        userHandoverDiscussion: """
            When an assistant leaves or goes on leave: the cooperations go on, none is ended. All or none: if one \
            cooperation cannot be handed over on that day (it started later, say), nothing is written. Above the new \
            assistant's cap the command asks for --yes.
            """,
        userHandoverTo: "The assistant who takes the families over (full name or the start of the id).",
        userHandoverFrom: "The first day with the new assistant (YYYY-MM-DD or DD.MM.YYYY).",
        anonymiseAbstract: "Anonymises families past the retention of their data (needs a coordinator's passphrase).",
        anonymiseDiscussion: """
            Without arguments, lists the families past retention (teczka settings --retention-years). With family \
            ids or --past-retention, shows what would be anonymised, and with --yes anonymises it: names, PESEL, \
            addresses and every note go from every version of the records; dates, birth dates, categories, problem \
            codes and statuses stay, so reports for past years print the same. It cannot be undone (backups keep the \
            data until rotation removes them). Each anonymisation is in the store's history.
            """,
        anonymiseFamilies: "Families: the start of the id (as shown in the program).",
        anonymisePastRetention: "Every family past retention.",
        anonymiseYes: "Anonymise (without it the command only shows what it would do).",
        printAbstract: "Prints a document: a periodic assessment, a work plan version or a team meeting protocol.",
        printID: "The document's id (or its start, as in the program: \"no. …\").",
        printFormat: "html, md or text.",
        printAssessmentAbstract: "A family's periodic assessment.",
        printPlanAbstract: "A version of the family's work plan.",
        printMeetingAbstract: "A team meeting protocol.",
        printPersonAbstract: "Everything about one person (id or PESEL), for their access request (art. 15 GDPR); the printout is recorded in the history.",
        reportAbstract: "Statistical report: the tables for the report on carrying out the family support programme.",
        reportDiscussion: """
            Period: --year 2025, --years 2023-2025, --half 2025-H1, --from 01.01.2025 --to 30.06.2025, --as-of 31.10.2025 \
            (with --year/--years it cuts the last year short at that date). Without a period: this year to today. \
            How things are counted: Docs/reports.md. The list of reports: teczka report --list. \
            --format xlsx is an Excel/Calc workbook ready to print (A4): only with --output FILE.xlsx or into a pipe.
            """,
        reportName: "The report's name (teczka report --list).",
        reportList: "Lists the reports: names, titles and what they count.",
        reportAll: "Every report available in this store, one after another (in xlsx: a sheet per report).",
        reportTiming: "To standard error: the time to open the store and the time to count (performance measurement, make bench).",
        reportAssistant: "Only one assistant's families (full name).",
        reportFormat: "text, csv, md, html, json or xlsx (default text).",
        reportSeparator: "CSV: the field separator, ; or , (default ; — as on the report screen, for a spreadsheet; with , a decimal point).",
        reportBOM: "CSV: a BOM mark at the start (there is one by default, for spreadsheets; --no-bom for scripts).",
        periodYear: "A year, e.g. 2025.",
        periodYears: "Several consecutive years, e.g. 2023-2025.",
        periodHalf: "A half-year, e.g. 2025-H1 (01.01–30.06) or 2025-H2.",
        periodFrom: "The start of the period (DD.MM.YYYY or YYYY-MM-DD), together with --to.",
        periodTo: "The end of the period, together with --from.",
        periodAsOf: "Data as of this day: the year up to this date.",
        backupAbstract: "Writes a backup of the store (encrypted, like the store itself) to a file.",
        backupDiscussion: "The program itself makes a copy once a day in the backups/ folder next to the store (7 daily and 4 weekly).",
        backupTo: "The backup file (must not exist).",
        restoreAbstract: "Replaces the store with a backup (the current store is kept in backups/).",
        restoreFile: "The backup file.",
        checkAbstract: "Checks the store: the file's integrity, that every revision decrypts, the signatures and chains of revisions, the authors' rights and the references between records.",
        checkDiscussion: "With --data: gaps in the data that would distort the reports (families without problems, people without a date of birth, cooperations without a category, no assessment for over 6 months, assessments not approved).",
        checkData: "Checks that the data for the reports is complete, instead of the file.",
        checkFormat: "With --data: text or md (default text).",
        exportAbstract: "Exports the whole store to a JSON file (needs a coordinator's passphrase; recorded in the history).",
        exportDiscussion: "File format: Docs/import-format.md. The file holds personal data in the clear: guard it like a case file.",
        exportFormat: "The file format: json.",
        exportOutput: "The output file; - or none: the standard output.",
        historyAbstract: "The history of exports, imports, exchange packages and printouts (who, when, which file, how many records).",
        importAbstract: "Imports a JSON export of a whole store, or families and members from a CSV file (--csv).",
        importDiscussion: """
            The whole file is checked first; on any error nothing is written. Records already in the store (the \
            same id and content) are skipped, so importing again changes nothing. Into a store that does not exist \
            (--store NEW) the import creates it: --as "Name" names the coordinator from the file who gets the \
            passphrase given; the other users come in without passphrases (teczka user passphrase ID). \
            Format: Docs/import-format.md.
            """,
        importFile: "The file to import.",
        importCSV: "A CSV file of families and members (columns: Docs/import-format.md).",
        importAs: "When creating a new store: the full name of the coordinator from the file who gets the passphrase.",
        importDryRun: "Only checks the file and says what it would import; writes nothing.",
        exchangeAbstract: "Exchanges revisions with another store in an encrypted package (no server).",
        exchangeDiscussion: """
            The transfer passphrase: the variable TECZKA_TRANSFER_PASSPHRASE, a file (--transfer-passphrase-file) or \
            a question in the terminal. Nothing is overwritten; a record changed in both stores keeps both versions \
            (the Conflicts screen).
            """,
        exchangeTransferPassphraseFile: "A file with the transfer passphrase (first line).",
        exchangePackageFile: "The package file.",
        exchangeExportAbstract: "Writes a package of revisions for another store.",
        exchangeExportFor: "Coordinator: a package for one person (full name): an assistant gets only their own families, a coordinator the whole store; with that person's signing key, so that they can set up a store on a laptop (--as).",
        exchangeExportSince: "last: only the revisions since the last package for this person; all: every revision (the default).",
        exchangeImportAbstract: "Merges a package from another store (shows what it adds, and asks).",
        exchangeImportAs: "When there is no store yet: creates it from the package for this account (full name), e.g. on an assistant's laptop.")
}

import Foundation
import TeczkaCore

extension Strings {
    /// Polish polite plural forms: 1 rodzina, 2–4 rodziny, 5+ rodzin (12–14 too).
    public static func plural(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        if n == 1 { return one }
        let last = n % 10, lastTwo = n % 100
        return (2...4).contains(last) && !(12...14).contains(lastTwo) ? few : many
    }

    public static let polish: Strings = Strings(
        language: .pl,
        appName: "Teczka",
        tooSmall: "Okno terminala jest za małe",
        tooSmallSize: { w, h in "Potrzeba co najmniej 80×24 znaków, jest \(w)×\(h)." },
        yes: "tak", no: "nie",
        confirmKeys: "T – tak    N – nie",
        keyHelp: "Pomoc", keySave: "Zapisz", keySearch: "Szukaj", keyEdit: "Edytuj", keyNewFamily: "Nowa rodz.",
        keyNewMember: "Nowa osoba", keyArchive: "Archiwizuj", keyQuit: "Koniec", keyBack: "Wróć", keyOpen: "Otwórz",
        keyCancel: "Anuluj", keyPanel: "Panel", keyArchived: "Archiwum", keyRestore: "Przywróć", keyChoose: "Wybierz",
        keyPerson: "Osoba", keyFamily: "Rodzina", keyArchiveShort: "Archiw.",
        busyCreating: "Tworzę zaszyfrowaną bazę… (to potrwa chwilę)",
        busyUnlocking: "Sprawdzam hasło…",
        busyDemo: "Tworzę dane przykładowe…",
        setupTitle: "Pierwsze uruchomienie",
        setupIntro: { path in [
            "Nie ma jeszcze bazy danych. Zostanie utworzona w pliku:",
            path,
            "Dane są szyfrowane Twoim hasłem. Bez hasła nie da się ich odczytać — zapamiętaj je.",
        ] },
        setupDone: "Baza utworzona.",
        demoQuestion: "Wczytać przykładowe rodziny (dane demonstracyjne), żeby wypróbować program?",
        demoLoaded: { n in "Dodano \(n) \(plural(n, "przykładową rodzinę", "przykładowe rodziny", "przykładowych rodzin"))." },
        loginTitle: "Logowanie",
        loginIntro: { path in "Baza: \(path)" },
        loginPassphrase: "Hasło",
        wrongPassphraseLeft: { n in "Błędne hasło. \(plural(n, "Pozostała 1 próba", "Pozostały \(n) próby", "Pozostało \(n) prób"))." },
        tooManyAttempts: "Trzy błędne hasła. Program kończy pracę; dane nie zostały zmienione.",
        familiesTitle: "Rodziny",
        archivedFamiliesTitle: "Rodziny w archiwum",
        columnFamily: "Rodzina", columnLocality: "Miejscowość", columnAdults: "Dorośli", columnChildren: "Dzieci",
        columnFlags: "Uwagi",
        columnAssistant: "Asystent", columnWork: "Współpraca", columnLastVisit: "Wizyta",
        workState: { state in
            switch state {
            case .none: return "—"
            case .inProgress: return "trwa"
            case .monitoring: return "monitoring"
            case .ended: return "zakończona"
            }
        },
        searchPrompt: "Szukaj: ",
        searchShowing: { q, n, all in "Filtr „\(q)”: \(n) z \(all). Esc czyści filtr." },
        noFamilies: "Brak rodzin. Naciśnij F7, aby dodać pierwszą rodzinę.",
        noMatches: "Żadna rodzina nie pasuje do wyszukiwania.",
        listNoMatches: { q in "Nic nie znaleziono dla „\(q)”. Esc czyści wyszukiwanie." },
        listSearchHelp: [
            KeyLine("litery", "szukanie: lista pokazuje tylko wiersze z wpisanym tekstem (bez względu na wielkość liter i polskie znaki); Enter kończy wpisywanie, Esc czyści filtr. Litery nigdy nie są poleceniami."),
            KeyLine("F3", "szukanie od nowa z dotychczasowym tekstem"),
            KeyLine("F9", "menu: wszystkie polecenia ekranu z ich literami"),
            KeyLine("Esc, ←", "powrót"),
        ],
        keyMenu: "Menu", menuTitle: "Polecenia",
        menuHelp: "Polecenia tego ekranu. Litera uruchamia polecenie od razu (↑ ↓ i Enter też); Esc albo F9 zamyka.",
        menuTodo: "Do zrobienia", menuMeetings: "Posiedzenia zespołu", menuReview: "Oceny do zatwierdzenia",
        menuReports: "Raporty", menuExchange: "Wymiana danych z drugą bazą", menuConflicts: "Konflikty",
        menuUsers: "Użytkownicy", menuArchive: "Archiwum rodzin", menuActive: "Rodziny (bez archiwum)",
        menuMonth: "Podsumowanie miesiąca", menuNewFamily: "Nowa rodzina",
        familyCount: { n in "\(n) \(plural(n, "rodzina", "rodziny", "rodzin"))" },
        archiveFamilyQuestion: { l in "Przenieść rodzinę „\(l)” do archiwum? Dane zostaną zachowane." },
        restoreFamilyQuestion: { l in "Przywrócić rodzinę „\(l)” z archiwum?" },
        familyArchived: { l in "Rodzina „\(l)” jest w archiwum (F9, A pokazuje archiwum)." },
        familyRestored: { l in "Rodzina „\(l)” wróciła na listę." },
        largeFamilyFlag: "wielodz.",
        ruralFlag: "wieś",
        cardTitle: { l in "Rodzina: \(l)" },
        membersHeading: "Osoby", historyHeading: "Historia zmian", notesHeading: "Notatki",
        noMembers: "Brak osób. Naciśnij F7, aby dodać osobę.",
        noHistory: "Brak historii.",
        archivedBadge: "[ARCHIWUM]",
        years: { n in "\(n) \(plural(n, "rok", "lata", "lat"))" },
        childWord: "dziecko", adultWord: "dorosły",
        noBirthDate: "brak daty",
        archiveMemberQuestion: { n in "Przenieść osobę „\(n)” do archiwum? Dane zostaną zachowane." },
        memberArchived: { n in "Osoba „\(n)” jest w archiwum." },
        newFamilyTitle: "Nowa rodzina", editFamilyTitle: "Edycja rodziny",
        newMemberTitle: "Nowa osoba", editMemberTitle: "Edycja osoby",
        dateHint: "RRRR-MM-DD lub DD.MM.RRRR", peselHint: "11 cyfr; nieobowiązkowy",
        choiceHint: "← → zmienia wybór", toggleHint: "Spacja zmienia",
        notATextField: "W tym polu nie wpisuje się tekstu: wybór zmieniają ← → (pole tak/nie: Spacja, lista: Enter). Tab przechodzi do następnego pola.",
        promptOwnPassphrase: "Twoje hasło do bazy (konto, które wykonuje polecenie)",
        promptNewStorePassphrase: "Hasło do nowej bazy (Twoje)",
        promptPassphraseFor: { "Hasło dla konta „\($0)”" },
        stoppedFromOutside: "Program zamknięto z zewnątrz (zamknięte okno terminala albo sygnał zakończenia). Zapisane dane są bezpieczne; niezapisany formularz zachowano jako szkic do następnego logowania.",
        draftTitle: "Niezapisany formularz", draftReopen: "Otwórz", draftDiscard: "Usuń szkic", draftLater: "Później",
        draftDiscardQuestion: "Usunąć szkic? Jego tekstu nie da się potem odzyskać.",
        draftHelp: [
            "Formularz, którego nie zapisano, gdy program zamknięto z zewnątrz (zamknięte okno, zerwane połączenie ssh).",
            "Szkic jest zaszyfrowany kluczem Twojego konta; nikt inny go nie odczyta.",
            "  Enter         otwórz ten formularz z wpisanym tekstem (nowa wizyta); zapisz go F2",
            "  F8            usuń szkic (z potwierdzeniem)",
            "  Esc           później: szkic zostanie i pojawi się przy następnym logowaniu",
            "  ↑ ↓           przewijanie tekstu",
        ],
        draftIntro: { heading, date in
            "„\(heading)” z \(warsawDateTime(date)) nie został zapisany, bo program zamknięto z zewnątrz. Oto, co było wpisane:"
        },
        saved: "Zapisano.",
        notSaved: { n in "Nie zapisano: \(n) \(plural(n, "błąd", "błędy", "błędów")) w formularzu." },
        discardQuestion: "Porzucić niezapisane zmiany?",
        fieldLabel: polishFieldLabel,
        memberRole: { role in
            switch role {
            case .rodzic: return "rodzic/opiekun prawny"
            case .dziecko: return "dziecko"
            case .innaDorosla: return "inna osoba dorosła"
            }
        },
        userRole: { role in role == .asystent ? "asystent rodziny" : "koordynator-kierownik" },
        structure: { s in s == .pelna ? "pełna" : "niepełna" },
        rural: { r in r ? "wieś" : "miasto" },
        large: "wielodzietna",
        issue: { issue in
            switch issue {
            case .required: return "To pole jest wymagane."
            case .tooLong(_, let limit): return "Za długi tekst (najwyżej \(limit) znaków)."
            case .controlCharacters: return "Tekst zawiera niedozwolone znaki sterujące."
            case .outsideCooperation(.handoverDate): return "Dzień przekazania musi przypadać po początku współpracy i po poprzednim przekazaniu, nie później niż jej koniec i dziś."
            case .outsideCooperation(.chargeMonth): return "Miesiąc poza okresem umieszczenia w pieczy."
            case .invalidDate(.chargeMonth): return "Nieprawidłowy miesiąc (MM.RRRR albo RRRR-MM)."
            case .invalidDate: return "Nieprawidłowa data (RRRR-MM-DD lub DD.MM.RRRR)."
            case .dateInFuture: return "Data nie może być późniejsza niż dzisiaj."
            case .peselLength: return "PESEL ma 11 cyfr."
            case .peselDigits: return "PESEL może zawierać tylko cyfry."
            case .peselChecksum: return "Błędna cyfra kontrolna PESEL."
            case .peselDate: return "PESEL zawiera nieistniejącą datę urodzenia."
            case .peselBirthDateMismatch(let d): return "Niezgodny z datą urodzenia (w PESEL: \(d.polish))."
            case .peselInUse(let person, let family): return "Ten PESEL ma już \(person) (rodzina \(family)). Jeden PESEL to jedna osoba; jeśli ta osoba przeszła do tej rodziny, wpisz w poprzedniej „W rodzinie do”."
            case .endBeforeStart: return "Data końcowa jest wcześniejsza niż początkowa."
            case .passphraseTooShort(let n): return "Hasło musi mieć co najmniej \(n) znaków."
            case .passphrasesDiffer: return "Hasła nie są takie same."
            case .outOfRange(.fte, _, _): return "Etat od 0,01 do 1 (np. 1, 0,5, 3/4)."
            case .outOfRange(.chargeAmount, _, _): return "Kwota w zł, większa od zera, do 1 000 000 zł (np. 1 234,56)."
            case .outOfRange(.duration, _, _): return "Czas trwania od 0:01 do 12:00."
            case .outOfRange(_, let min, let max): return "Dozwolone wartości: \(min)–\(max)."
            case .outsideCooperation: return "Data poza okresem współpracy."
            case .notApplicable: return "To pole nie dotyczy tego zdarzenia."
            case .duplicateEntry: return "Ta sama pozycja występuje dwa razy."
            case .notInFamily: return "Osoba lub problem z innej rodziny."
            case .unknownCatalogueCode(let code): return "Nieznany kod problemu: \(code)."
            case .noEffectsInCatalogue: return "Katalog tej bazy nie ma efektów."
            case .overlapsCooperation(let s, let e):
                return "Nakłada się na współpracę \(s.polish)–\(e?.polish ?? "trwa")."
            case .overlapsEmployment(let f, let t):
                return "Nakłada się na okres zatrudnienia \(f.polish)–\(t?.polish ?? "trwa")."
            case .sameAssistant: return "Rodzina jest już u tego asystenta."
            case .invalidTime: return "Nieprawidłowa godzina (GG:MM)."
            case .invalidDuration: return "Nieprawidłowy czas trwania (np. 1:30 albo 90)."
            case .caseNumberWithoutNumber: return "Wzór musi zawierać {nr}, np. AR.4011.{nr}.{rok}."
            case .unknownPlaceholder(let token): return "Nieznane pole \(token); dozwolone: {nr} i {rok}."
            }
        },
        storeProblem: { problem in
            switch problem {
            case .wrongPassphrase: return "Błędne hasło."
            case .lockedByOtherProcess(let pid):
                return "Baza jest otwarta w innym oknie" + (pid.map { " (PID \($0))" } ?? "")
                    + ". Zamknij tamten program i spróbuj ponownie."
            case .notATeczkaStore(let path): return "Plik \(path) nie jest bazą programu Teczka. Plik nie został zmieniony."
            case .damaged(let path, let detail):
                return "Plik \(path) jest uszkodzony i nie da się go otworzyć (\(detail)). Plik nie został zmieniony."
            case .newerFormat(let v): return "Baza pochodzi z nowszej wersji programu (format \(v)). Zaktualizuj program Teczka."
            case .alreadyExists(let path): return "Baza \(path) już istnieje."
            case .notInitialized(let path): return "Baza \(path) nie istnieje. Utwórz ją: teczka init --store \(path) …"
            case .accountInactive: return "To konto jest nieaktywne. Skontaktuj się z koordynatorem."
            case .awaitingReset:
                return "To konto nie ma jeszcze kluczy do tej bazy (hasło z poprzedniej wersji albo odrzucona prośba o klucze): koordynator nadaje mu nowe hasło i klucze (ekran Użytkownicy, R, albo teczka user reset)."
            case .diskFull(let path):
                return "Brak miejsca na dysku: nie zapisano do \(path). To, co zapisano wcześniej, jest bezpieczne. Zwolnij miejsce (np. usuń stare pliki z wydruki/) i spróbuj ponownie."
            case .notFound(let path):
                return "Nie ma takiego pliku ani folderu: \(path). Sprawdź ścieżkę (albo czy pendrive jest włożony). Nic nie zmieniono."
            case .readOnly(let path):
                return "Nie można zapisywać do \(path): plik albo folder jest tylko do odczytu (albo brak uprawnień). Nic nie zmieniono."
            case .awaitingKeys:
                return "Hasło jest już zabezpieczone po nowemu, a program poprosił o klucze do Twoich rodzin. Dostaniesz je, gdy koordynator następnym razem zaloguje się do tej bazy; potem zaloguj się tym samym hasłem."
            case .unacceptableKeyDerivation(let path):
                return "Plik \(path) żąda wyprowadzenia klucza z hasła ponad dopuszczalne granice (np. ponad 1 GiB pamięci): odrzucony bez prób. Plik nie został zmieniony."
            case .awaitingCoordinator:
                return "Baza pochodzi z poprzedniej wersji programu: pierwszy raz musi ją otworzyć koordynator, a program przeniesie ją wtedy na nowy format (podręcznik, „Bezpieczeństwo danych”)."
            case .io(let detail): return "Błąd zapisu lub odczytu pliku: \(detail)"
            }
        },
        unexpected: { detail in "Nieoczekiwany błąd: \(detail)" },
        catalogueProblem: { problem in
            switch problem {
            case .notJSON(let detail): return "Plik katalogu nie jest poprawnym plikiem JSON (\(detail))."
            case .wrongFormat: return "To nie jest plik katalogu programu Teczka (pole \"format\" musi mieć wartość \"teczka-catalogue\")."
            case .unsupportedVersion(let v): return "Nieobsługiwana wersja pliku katalogu: \(v)."
            case .empty: return "Katalog nie ma żadnej pozycji."
            case .duplicateCode(let c): return "Kod \(c) występuje w katalogu więcej niż raz."
            case .badText(let c): return "Pusta, za długa albo niedozwolona treść w pozycji \(c.isEmpty ? "nagłówka" : c)."
            case .missingEffect(let c): return "Pozycja \(c) nie ma efektu, a katalog ma tabelę efektów."
            }
        },
        history: { change in
            let labels: ([Field]) -> String = { $0.map { polishFieldLabel($0).lowercased() }.joined(separator: ", ") }
            switch change {
            case .familyCreated: return "Utworzono rodzinę"
            case .familyChanged(let f): return "Zmieniono dane rodziny: \(labels(f))"
            case .familyArchived: return "Przeniesiono rodzinę do archiwum"
            case .familyRestored: return "Przywrócono rodzinę z archiwum"
            case .memberAdded(let n): return "Dodano osobę: \(n)"
            case .memberChanged(let n, let f): return "Zmieniono dane osoby \(n): \(labels(f))"
            case .memberArchived(let n): return "Przeniesiono do archiwum osobę: \(n)"
            case .memberRestored(let n): return "Przywrócono osobę: \(n)"
            }
        },
        helpTitle: { s in "Pomoc — \(s)" },
        helpClose: "Esc, F1 lub q zamyka pomoc; ↑ ↓ przewijają.",
        helpCommon: [
            "Klawisze wspólne:",
            "  F1 lub ?      pomoc do bieżącego ekranu",
            "  ↑ ↓           poruszanie po liście; PgUp PgDn Home End (na liście litery szukają)",
            "  Enter         otwórz / dalej",
            "  Esc           wróć do poprzedniego ekranu",
            "  F10 lub q     zakończ program (dane są zapisywane od razu przy F2)",
        ],
        helpSetup: [
            "Tworzysz nową, zaszyfrowaną bazę danych i pierwsze konto użytkownika.",
            "Wpisz imię i nazwisko, wybierz rolę strzałkami ← →, a potem dwa razy to samo hasło",
            "(co najmniej 8 znaków). Hasło nie jest wyświetlane. Bez hasła danych nie da się odczytać.",
            "",
            "  Tab / ↓       następne pole;  Shift-Tab / ↑  poprzednie pole",
            "  F2 lub Enter  na ostatnim polu: utwórz bazę",
            "  F10           wyjdź bez tworzenia bazy",
        ],
        helpLogin: [
            "Wpisz swoje hasło i naciśnij Enter. Hasło otwiera Twoje konto — każdy użytkownik ma własne.",
            "Po trzech błędnych próbach program kończy pracę; dane nie są zmieniane.",
            "",
            "  Enter         zaloguj",
            "  F10           wyjdź",
        ],
        helpList: ScreenHelp([
            "Lista rodzin: nazwa, miejscowość oraz liczba dorosłych i dzieci (do 18 lat) na dziś; koordynator widzi zamiast tego asystenta, stan współpracy i ostatnią wizytę.",
        ], commands: [
            "C": "otwórz kartę rodziny",
            "S": "szukaj: pisz nazwę, miejscowość, adres albo imię i nazwisko; Esc czyści filtr",
            "N": "nowa rodzina",
            "E": "edytuj zaznaczoną rodzinę",
            "D": "nowa wizyta w zaznaczonej rodzinie (szybki wpis: dzisiaj, wszyscy obecni)",
            "M": "podsumowanie miesiąca: Twoje wizyty, godziny, rodziny bez wizyty",
            "P": "przenieś rodzinę do archiwum, a w archiwum przywróć (z potwierdzeniem; nic nie jest usuwane)",
            "T": "do zrobienia: oceny po terminie, plany, cele, rodziny bez wizyty",
            "O": "oceny okresowe czekające na zatwierdzenie (przegląd obok planu i wizyt)",
            "Z": "protokoły posiedzeń zespołu: uwagi i zalecenia dla rodzin",
            "R": "raporty: tabele do sprawozdania (okres, asystent, zapis do pliku)",
            "W": "wymiana danych z drugą bazą: pakiet do przekazania, dołączenie pakietu",
            "K": "konflikty: zapisy zmienione na dwóch komputerach",
            "U": "użytkownicy: konta, zmiana własnego hasła",
            "B": "ustawienia bazy: nazwa, adres i miejscowość ośrodka, wzór numeru sprawy, limity (zmienia koordynator)",
            "A": "archiwum rodzin / powrót do listy",
        ], after: [
            "Litery na liście zawsze szukają rodziny — żadna nie otwiera innego ekranu. Polecenia bez własnego klawisza są w menu F9: tam litera uruchamia polecenie.",
        ]),
        helpCard: ScreenHelp([
            "Karta rodziny: dane rodziny, osoby z wiekiem na dziś i historia zmian (kto, co i kiedy).",
        ], commands: [
            "P": "przełącz między panelem osób a historią",
            "O": "edytuj zaznaczoną osobę",
            "N": "dodaj osobę",
            "A": "przenieś zaznaczoną osobę do archiwum",
            "R": "edytuj dane rodziny",
            "W": "nowa wizyta (szybki wpis)",
            "1": "współpraca",
            "2": "problemy",
            "3": "plan pracy",
            "4": "wizyty",
            "5": "piecza i zdarzenia",
            "6": "oś czasu",
            "7": "oceny okresowe",
            "U": "udostępnij rodzinę asystentom na czas zastępstwa (koordynator)",
            "Z": "zanonimizuj rodzinę po okresie przechowywania danych (koordynator; Do zrobienia ją wskazuje): nazwiska, PESEL, adresy i notatki znikają ze wszystkich wersji, raporty za minione lata się nie zmieniają; nie można cofnąć",
        ], after: [
            "Esc wraca do listy rodzin.",
        ]),
        helpFamilyForm: [
            "Dane rodziny. Wymagana jest tylko nazwa (np. „Kowalscy”).",
            "Rodzina wielodzietna (3+ dzieci) jest wyliczana z osób, nie wpisuje się jej.",
            "",
            "  Tab / ↓       następne pole;  Shift-Tab / ↑  poprzednie",
            "  ← →           zmiana wyboru; Spacja przełącza pole tak/nie",
            "  F2            zapisz;  Esc  anuluj",
        ],
        helpMemberForm: [
            "Dane osoby. Data urodzenia w formacie RRRR-MM-DD albo DD.MM.RRRR.",
            "PESEL jest nieobowiązkowy; program sprawdza cyfrę kontrolną i zgodność z datą urodzenia,",
            "a gdy brak daty urodzenia, uzupełnia ją z numeru PESEL.",
            "Dziecko to osoba przed 18. urodzinami — status liczony jest na każdy dzień osobno.",
            "",
            "  Tab / ↓       następne pole;  Shift-Tab / ↑  poprzednie",
            "  ← →           zmiana roli",
            "  F2            zapisz;  Esc  anuluj",
        ],
        casework: .polish,
        userText: .polish,
        assessment: .polish,
        meeting: .polish,
        report: .polish,
        exchange: .polish,
        lock: .polish,
        conflict: .polish
    )

    static func polishFieldLabel(_ field: Field) -> String {
        switch field {
        case .label: return "Nazwa rodziny"
        case .address: return "Adres"
        case .locality: return "Miejscowość"
        case .rural: return "Teren wiejski"
        case .structure: return "Struktura"
        case .notes: return "Notatki"
        case .firstName: return "Imię"
        case .lastName: return "Nazwisko"
        case .birthDate: return "Data urodzenia"
        case .role: return "Rola w rodzinie"
        case .pesel: return "PESEL"
        case .memberFrom: return "W rodzinie od"
        case .memberTo: return "W rodzinie do"
        case .userRole: return "Rola"
        case .userName: return "Imię i nazwisko"
        case .passphrase: return "Hasło"
        case .passphraseRepeat: return "Powtórz hasło"
        case .catalogue: return "Katalog problemów"
        case .caseloadCap: return "Limit rodzin"
        case .fte: return "Etat"
        case .handoverDate: return "Od dnia"
        case .powiat: return "Powiat"
        case .chargeMonth: return "Miesiąc"
        case .chargeAmount: return "Kwota"
        case .retentionYears: return "Przechowywanie (lata)"
        case .centreName: return "Nazwa ośrodka"
        case .centreAddress: return "Adres ośrodka"
        case .centreTown: return "Miejscowość ośrodka"
        case .caseNumberPattern: return "Wzór numeru sprawy"
        case .capByEmployment: return "Limit według etatu"
        case .caseNumber: return "Numer sprawy"
        case .notVisitedDays: return "Dni bez wizyty"
        case .referral: return "Skierowanie"
        case .referralDate: return "Data skierowania"
        case .referralReference: return "Sygnatura lub opis"
        case .consentDate: return "Zgoda rodziny"
        case .start: return "Początek"
        case .end: return "Koniec"
        case .endReason: return "Powód zakończenia"
        case .category: return "Kategoria rodziny"
        case .categoryFrom: return "Kategoria od"
        case .monitoringMonths: return "Monitoring (mies.)"
        case .monitoringNotes: return "Notatka z monitoringu"
        case .problems: return "Problemy"
        case .identified: return "Data rozpoznania"
        case .source: return "Źródło"
        case .note: return "Notatka"
        case .status: return "Stan"
        case .effectDate: return "Data efektu"
        case .date: return "Data"
        case .startTime: return "Godzina"
        case .duration: return "Czas trwania"
        case .place: return "Miejsce"
        case .present: return "Obecni"
        case .activities: return "Działania"
        case .nextSteps: return "Dalsze kroki"
        case .child: return "Dziecko"
        case .form: return "Forma pieczy"
        case .placeName: return "Rodzina/placówka"
        case .endType: return "Sposób zakończenia"
        case .eventKind: return "Zdarzenie"
        case .until: return "Do"
        case .socialWorker: return "Pracownik socjalny"
        case .fosterCoordinator: return "Koordynator pieczy"
        case .coordinated: return "Plan pomocy dziecku"
        case .goals: return "Cele"
        case .actions: return "Działania planu"
        case .signatures: return "Podpisy"
        case .signedOn: return "Data podpisów"
        case .participants: return "Uczestnicy"
        case .chair: return "Prowadzący(a)"
        case .meetingPlace: return "Miejsce"
        case .families: return "Rodziny"
        case .period: return "Okres"
        case .assistant: return "Asystent"
        case .file: return "Plik"
        case .sinceLast: return "Tylko nowe"
        }
    }
}

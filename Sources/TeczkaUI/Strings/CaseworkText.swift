import TeczkaCore

/// The texts of the casework screens (cooperations, problems, plans, visits, placements, timeline), per language.
/// Domain labels in Polish come from TeczkaCore exactly as printed; English translates them for the screen only.
public struct CaseworkText: Sendable {
    public let category: @Sendable (FamilyCategory) -> String
    public let endReason: @Sendable (EndReason) -> String
    public let referral: @Sendable (ReferralBasis) -> String
    public let source: @Sendable (ProblemSource) -> String
    public let status: @Sendable (ProblemStatus) -> String
    public let place: @Sendable (VisitPlace) -> String
    public let activity: @Sendable (ActivityGroup) -> String
    public let fosterForm: @Sendable (FosterForm) -> String
    public let placementEnd: @Sendable (PlacementEndType) -> String
    public let eventKind: @Sendable (EventKind) -> String
    public let goalStatus: @Sendable (GoalStatus) -> String
    public let group: @Sendable (Int) -> String
    public let warning: @Sendable (CaseworkWarning) -> String
    public let keyNew: String
    public let keyEnd: String
    public let keyCategory: String
    public let keyMonitoring: String
    public let keyAddProblems: String
    public let keyStatus: String
    public let keyNewVisit: String
    public let keyCorrect: String
    public let keyNewPlacement: String
    public let keyNewEvent: String
    public let keyNewVersion: String
    public let keyNewGoal: String
    public let keyNewAction: String
    public let keyRemove: String
    public let keyFilter: String
    public let keyPreviousFilter: String
    public let keyTick: String
    public let spaceKey: String
    public let keyAccept: String
    /// The checklist's list and search: moving into the list, back to the search, and an empty result.
    public let keyToList: String
    public let keyToSearch: String
    public let nothingFound: String
    public let keyMonth: String
    public let keyMonthSummary: String
    public let periodColumn: String
    public let categoryColumn: String
    public let assistantColumn: String
    public let problemColumn: String
    public let identifiedColumn: String
    public let statusColumn: String
    public let dateColumn: String
    public let timeColumn: String
    public let durationColumn: String
    public let placeColumn: String
    public let notesColumn: String
    public let whatColumn: String
    public let kindColumn: String
    public let versionsColumn: String
    public let goalsColumn: String
    public let actionsColumn: String
    public let cooperationsTitle: @Sendable (String) -> String
    public let problemsTitle: @Sendable (String) -> String
    public let visitsTitle: @Sendable (String) -> String
    public let placementsTitle: @Sendable (String) -> String
    public let planTitle: @Sendable (String) -> String
    public let timelineTitle: @Sendable (String) -> String
    public let newVisit: @Sendable (String) -> String
    public let newCooperation: String
    public let editCooperation: String
    public let endCooperation: String
    public let changeCategory: String
    public let monitoringNote: String
    public let correctVisit: String
    public let placementTitle: String
    public let eventTitle: String
    public let chooseProblems: String
    public let newPlanVersion: @Sendable (Int) -> String
    public let correctPlanVersion: @Sendable (Int) -> String
    public let recordProblems: @Sendable (Int) -> String
    public let monthTitle: String
    public let referralLabel: String
    public let consentLabel: String
    public let since: String
    public let until: String
    public let endedLabel: String
    public let monitoringUntil: String
    public let sourceLabel: String
    public let effectLabel: String
    public let notYet: String
    public let presentLabel: String
    public let nextStepsLabel: String
    public let placeOtherLabel: String
    public let socialWorkerLabel: String
    public let coordinatorLabel: String
    public let coordinatedLabel: String
    public let signedLabel: String
    public let goalWord: String
    public let actionWord: String
    public let deadlineLabel: String
    public let effectExpected: String
    public let whoLabel: String
    public let doneLabel: String
    public let ongoing: String
    public let notEnded: String
    public let alreadyRecorded: String
    public let filterPrompt: String
    public let noChanges: String
    public let changesHeading: @Sendable (Int) -> String
    public let chosenCount: @Sendable (Int) -> String
    public let goalsSummary: @Sendable (Int) -> String
    public let actionsSummary: @Sendable (Int) -> String
    public let versionLine: @Sendable (Int, String, Int, Int, Int) -> String
    public let referenceHint: String
    public let categoryHint: String
    public let timeHint: String
    public let durationHint: String
    public let multiHint: String
    public let effectHint: String
    public let endHint: String
    public let untilHint: String
    public let coordinatorHint: String
    public let coordinatedHint: String
    public let linkHint: String
    public let signaturesHint: String
    public let signedOnHint: String
    public let noCooperations: String
    public let noProblems: String
    public let noVisits: String
    public let noPlacements: String
    public let noPlan: String
    public let noCooperationForPlan: String
    public let noGoals: String
    public let noActions: String
    public let noChildren: String
    public let timelineEmpty: String
    public let archiveProblemQuestion: @Sendable (String) -> String
    public let timelineFilter: @Sendable (String) -> String
    public let timelineCooperationStart: @Sendable (String, String) -> String
    public let timelineCategory: @Sendable (String) -> String
    public let timelineCooperationEnd: @Sendable (String) -> String
    public let timelineMonitoring: @Sendable (String) -> String
    public let timelinePlan: @Sendable (Int, Int, Int) -> String
    public let timelineProblem: @Sendable (String) -> String
    public let timelineProblemStatus: @Sendable (String, String) -> String
    public let timelineEffect: @Sendable (String) -> String
    public let timelineVisit: @Sendable (String, String, String) -> String
    public let timelinePlacement: @Sendable (String, String) -> String
    public let timelinePlacementEnd: @Sendable (String, String) -> String
    public let timelinePeriodEnd: @Sendable (String) -> String
    public let monthHeading: @Sendable (String, Int, Int) -> String
    public let monthVisits: @Sendable (Int) -> String
    public let monthHours: @Sendable (String) -> String
    public let monthFamilies: @Sendable (Int) -> String
    public let notVisitedHeading: @Sendable (Int) -> String
    /// The casework sections the card opens with the digits 1–7.
    public let cardSections: [String]
    public let cardCooperation: @Sendable (String?, String?, Int, String?) -> String
    public let helpChecklist: [String]
    public let helpCooperations: ScreenHelp
    public let helpCooperationForm: [String]
    public let helpEndForm: [String]
    public let helpCategoryForm: [String]
    public let helpMonitoringForm: [String]
    public let helpProblems: ScreenHelp
    public let helpProblemForm: [String]
    public let helpStatusForm: [String]
    public let helpVisits: ScreenHelp
    public let helpVisitForm: [String]
    public let helpPlacements: ScreenHelp
    public let helpPlacementForm: [String]
    public let helpEventForm: [String]
    public let helpPlan: ScreenHelp
    public let helpPlanEditor: [String]
    public let helpGoals: ScreenHelp
    public let helpActions: ScreenHelp
    public let helpTimeline: ScreenHelp
    public let helpMonth: [String]

    public static let polish: CaseworkText = CaseworkText(
        category: { $0.label },
        endReason: { $0.label },
        referral: { $0.label },
        source: { $0.label },
        status: { $0.label },
        place: { $0.label },
        activity: { $0.label },
        fosterForm: { $0.label },
        placementEnd: { $0.label },
        eventKind: { $0.label },
        goalStatus: { $0.label },
        group: { ["wszystko", "współpraca", "problemy", "plan", "wizyty", "piecza", "zdarzenia", "oceny", "zespół"][$0] },
        warning: { w in
            switch w {
            case .caseloadAboveCap(let n, let cap):
                return "Asystent będzie miał \(n) rodzin jednocześnie, więcej niż limit \(cap). Otworzyć współpracę mimo to?"
            case .visitOutsideCooperation:
                return "W tym dniu rodzina nie ma otwartej współpracy. Zapisać wizytę mimo to?"
            }
        },
        keyNew: "Nowa",
        keyEnd: "Zakończ",
        keyCategory: "Kategoria",
        keyMonitoring: "Monitoring",
        keyAddProblems: "Dodaj",
        keyStatus: "Stan",
        keyNewVisit: "Wizyta",
        keyCorrect: "Popraw",
        keyNewPlacement: "Piecza",
        keyNewEvent: "Zdarzenie",
        keyNewVersion: "Nowa wersja",
        keyNewGoal: "Nowy cel",
        keyNewAction: "Nowe działanie",
        keyRemove: "Usuń",
        keyFilter: "Filtr",
        keyPreviousFilter: "Poprzedni filtr",
        keyTick: "Zaznacz",
        spaceKey: "Spacja",
        keyAccept: "Gotowe",
        keyToList: "Lista", keyToSearch: "Szukaj",
        nothingFound: "Nic nie znaleziono. Backspace skraca szukany tekst.",
        keyMonth: "Miesiąc",
        keyMonthSummary: "Miesiąc",
        periodColumn: "Okres",
        categoryColumn: "Kategoria",
        assistantColumn: "Asystent",
        problemColumn: "Problem",
        identifiedColumn: "Rozpoznany",
        statusColumn: "Stan",
        dateColumn: "Data",
        timeColumn: "Godz.",
        durationColumn: "Czas",
        placeColumn: "Miejsce",
        notesColumn: "Notatka",
        whatColumn: "Co",
        kindColumn: "Rodzaj",
        versionsColumn: "Wersje planu (najnowsza u góry)",
        goalsColumn: "Stan                   Cel",
        actionsColumn: "   Termin     Działanie",
        cooperationsTitle: { "Współpraca: \($0)" },
        problemsTitle: { "Problemy: \($0)" },
        visitsTitle: { "Wizyty: \($0)" },
        placementsTitle: { "Piecza i zdarzenia: \($0)" },
        planTitle: { "Plan pracy z rodziną: \($0)" },
        timelineTitle: { "Oś czasu: \($0)" },
        newVisit: { "Nowa wizyta: \($0)" },
        newCooperation: "Nowa współpraca",
        editCooperation: "Edycja współpracy",
        endCooperation: "Zakończenie współpracy",
        changeCategory: "Zmiana kategorii rodziny",
        monitoringNote: "Notatka z monitoringu",
        correctVisit: "Poprawa wizyty",
        placementTitle: "Umieszczenie w pieczy zastępczej",
        eventTitle: "Zdarzenie",
        chooseProblems: "Wybierz problemy z katalogu",
        newPlanVersion: { "Plan — nowa wersja \($0)" },
        correctPlanVersion: { "Plan — poprawa wersji \($0)" },
        recordProblems: { "Nowe problemy (\($0))" },
        monthTitle: "Podsumowanie miesiąca",
        referralLabel: "Skierowanie",
        consentLabel: "Zgoda rodziny",
        since: "od",
        until: "do",
        endedLabel: "Zakończona",
        monitoringUntil: "Monitoring do",
        sourceLabel: "Źródło",
        effectLabel: "Efekt",
        notYet: "jeszcze nie",
        presentLabel: "Obecni",
        nextStepsLabel: "Dalsze kroki",
        placeOtherLabel: "Inne miejsce",
        socialWorkerLabel: "Pracownik socjalny",
        coordinatorLabel: "Koordynator pieczy",
        coordinatedLabel: "skoordynowany z planem pomocy dziecku",
        signedLabel: "Podpisali",
        goalWord: "cel",
        actionWord: "działanie",
        deadlineLabel: "Termin",
        effectExpected: "Oczekiwany efekt",
        whoLabel: "Kto",
        doneLabel: "Wykonane",
        ongoing: "trwa",
        notEnded: "(nie zakończono)",
        alreadyRecorded: "już wpisany",
        filterPrompt: "Szukaj: ",
        noChanges: "bez zmian w celach i działaniach",
        changesHeading: { "Zmiany względem wersji \($0):" },
        chosenCount: { "Zaznaczono: \($0)" },
        goalsSummary: { "\($0) \(Strings.plural($0, "cel", "cele", "celów")) — Enter, aby edytować" },
        actionsSummary: { "\($0) \(Strings.plural($0, "działanie", "działania", "działań")) — Enter, aby edytować" },
        versionLine: { n, d, g, a, s in "Wersja \(n) z \(d) · cele: \(g) · działania: \(a) · podpisy: \(s)" },
        referenceHint: "sygnatura postanowienia sądu albo opis",
        categoryHint: "← →; późniejsze zmiany: F9 C na liście",
        timeHint: "GG:MM, nieobowiązkowa",
        durationHint: "g:mm (np. 1:30) albo minuty",
        multiHint: "Enter lub Spacja: wybierz z listy",
        effectHint: "data osiągnięcia efektu; puste = jeszcze nie",
        endHint: "puste, jeśli trwa",
        untilHint: "tylko nadzór kuratora: koniec okresu",
        coordinatorHint: "gdy dziecko jest w pieczy zastępczej",
        coordinatedHint: "[x] = skoordynowany z planem pomocy dziecku (Spacja)",
        linkHint: "Enter: lista",
        signaturesHint: "Enter: kto podpisał",
        signedOnHint: "data nowych podpisów; puste = data planu",
        noCooperations: "Brak współpracy. F7 otwiera nową.",
        noProblems: "Brak problemów. F7 dodaje problemy z katalogu.",
        noVisits: "Brak wizyt. F5 zapisuje wizytę.",
        noPlacements: "Brak umieszczeń i zdarzeń. F7 — piecza, F9 Z — zdarzenie.",
        noPlan: "Brak planu. F7 tworzy pierwszą wersję.",
        noCooperationForPlan: "Plan należy do współpracy: najpierw otwórz współpracę (klawisz 1 na karcie).",
        noGoals: "Brak celów. F7 dodaje cel.",
        noActions: "Brak działań. F7 dodaje działanie.",
        noChildren: "Najpierw dodaj dziecko do rodziny.",
        timelineEmpty: "Nic jeszcze nie zapisano.",
        archiveProblemQuestion: { "Przenieść problem „\($0)” do archiwum (wpisany przez pomyłkę)?" },
        timelineFilter: { "Pokazuję: \($0). Tab zmienia filtr." },
        timelineCooperationStart: { "Początek współpracy (\($0)), asystent: \($1)" },
        timelineCategory: { "Kategoria: \($0)" },
        timelineCooperationEnd: { "Koniec współpracy: \($0)" },
        timelineMonitoring: { "Monitoring: \($0)" },
        timelinePlan: { "Plan, wersja \($0): cele \($1), działania \($2)" },
        timelineProblem: { "Rozpoznano: \($0)" },
        timelineProblemStatus: { "\($0): \($1)" },
        timelineEffect: { "Efekt: \($0)" },
        timelineVisit: { "Wizyta \($0), \($1)\($2.isEmpty ? "" : ": " + $2)" },
        timelinePlacement: { "\($0): umieszczenie — \($1)" },
        timelinePlacementEnd: { "\($0): koniec pieczy — \($1)" },
        timelinePeriodEnd: { "Koniec: \($0)" },
        monthHeading: { n, m, y in "\(n) — \(["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"][m - 1]) \(y)" },
        monthVisits: { "Wizyty: \($0)" },
        monthHours: { "Czas wizyt: \($0) h" },
        monthFamilies: { "Odwiedzone rodziny: \($0)" },
        notVisitedHeading: { "Rodziny bez wizyty w tym miesiącu (\($0)):" },
        cardSections: ["Współpraca", "Problemy", "Plan", "Wizyty", "Piecza", "Oś czasu", "Oceny"],
        cardCooperation: { period, category, problems, lastVisit in "Współpraca: \(period ?? "brak") · problemy: \(problems) · wizyta: \(lastVisit ?? "—")\(category.map { " · \($0)" } ?? "")" },
        helpChecklist: [
            "Najpierw kursor stoi w polu Szukaj: pisz, aby zawęzić listę (bez polskich znaków też działa).",
            "  ↓ albo Tab    przejście do listy (pierwsza pozycja); ↑ na pierwszej pozycji wraca do szukania",
            "  Spacja        na liście: zaznacza albo odznacza podświetloną pozycję (w polu Szukaj to zwykła spacja)",
            "  litery        na liście: wracają do szukania i dopisują się do szukanego tekstu",
            "Enter lub F2 zatwierdza wybór, Esc zostawia poprzedni.",
            "Pozycje oznaczone [•] są już wpisane i nie można ich dodać drugi raz.",
        ],
        helpCooperations: ScreenHelp([
            "Okresy współpracy asystenta z rodziną (najnowsza u góry). Okresy jednej rodziny nie mogą się nakładać.",
        ], commands: [
            "N": "nowa współpraca (ostrzeżenie, gdy asystent przekroczy limit rodzin)",
            "E": "edycja zaznaczonej",
            "K": "zakończenie: data i jeden z pięciu powodów",
            "C": "zmiana kategorii rodziny od wskazanej daty",
            "M": "notatka z monitoringu po zakończeniu (domyślnie przez 6 miesięcy)",
        ]),
        helpCooperationForm: [
            "Koordynator wybiera asystenta (← →), któremu przydziela rodzinę; asystent otwiera współpracę dla siebie.",
            "Podstawa skierowania, daty, kategoria rodziny do statystyk i długość monitoringu.",
            "Sygnatura jest wymagana przy postanowieniu sądu. Daty: RRRR-MM-DD lub DD.MM.RRRR.",
            "Numer sprawy nowej współpracy podpowiada wzór z ustawień (F9 B na liście rodzin); można go zmienić albo wyczyścić. W zespole numery podpowiedziane w bazach asystentów mogą się powtórzyć: rozstrzyga rejestr ośrodka.",
            "  F2 zapisz;  Esc anuluj",
        ],
        helpEndForm: [
            "Data zakończenia i powód (dokładnie jeden). Po zakończeniu trwa monitoring.",
            "  F2 zapisz;  Esc anuluj",
        ],
        helpCategoryForm: [
            "Nowa kategoria obowiązuje od wskazanej daty; wcześniejsze zostają w historii.",
            "  F2 zapisz;  Esc anuluj",
        ],
        helpMonitoringForm: [
            "Notatka z monitoringu rodziny po zakończeniu współpracy.",
            "  F2 zapisz;  Esc anuluj",
        ],
        helpProblems: ScreenHelp([
            "Problemy rodziny z katalogu tej bazy, z historią stanu (aktywny → poprawa / rozwiązany / bez zmian / pogorszenie).",
        ], commands: [
            "N": "dodaj problemy: lista z zaznaczaniem Spacją i wyszukiwaniem",
            "S": "zmiana stanu (z datą), notatka, efekt (katalog B)",
            "A": "do archiwum (wpisany przez pomyłkę)",
        ]),
        helpProblemForm: [
            "Data rozpoznania i źródło dla wszystkich wybranych problemów.",
            "  F2 zapisz;  Esc anuluj",
        ],
        helpStatusForm: [
            "Nowy stan zapisuje się z datą; poprzednie zostają w historii.",
            "  F2 zapisz;  Esc anuluj",
        ],
        helpVisits: ScreenHelp([
            "Wizyty i kontakty z rodziną, najnowsze u góry.",
        ], commands: [
            "N": "nowa wizyta (dzisiaj, ostatnie miejsce, wszyscy obecni)",
            "E": "popraw wizytę (poprawka to nowa wersja; poprzednia zostaje)",
        ]),
        helpVisitForm: [
            "Nowa wizyta ma już dzisiejszą datę, ostatnie miejsce i wszystkich obecnych: wpisz notatkę i naciśnij F2.",
            "Notatka: wiele wierszy, Enter = nowy wiersz, PgUp/PgDn przewijają; Tab przechodzi do następnego pola.",
            "Obecni i działania: Enter lub Spacja otwiera listę do zaznaczania.",
            "Czas trwania od 0:01 do 12:00; data nie może być z przyszłości.",
            "  F2 zapisz;  Esc anuluj",
        ],
        helpPlacements: ScreenHelp([
            "Umieszczenia dzieci w pieczy zastępczej oraz zdarzenia: Niebieska Karta, nadzór kuratora, GKRPA, sąd.",
        ], commands: [
            "N": "nowe umieszczenie w pieczy",
            "Z": "nowe zdarzenie",
            "E": "edycja zaznaczonego",
        ]),
        helpPlacementForm: [
            "Dziecko, forma pieczy, nazwa rodziny zastępczej lub placówki, daty. Koniec wymaga sposobu zakończenia.",
            "  F2 zapisz;  Esc anuluj",
        ],
        helpEventForm: [
            "Rodzaj zdarzenia, data i notatka. Nadzór kuratora ma też datę końca („Do”).",
            "  F2 zapisz;  Esc anuluj",
        ],
        helpPlan: ScreenHelp([
            "Wersje planu pracy z rodziną dla bieżącej współpracy. Nowa wersja zaczyna się od celów i działań poprzedniej;",
            "poprzednie wersje zostają do wglądu, a pod listą widać, co się zmieniło.",
        ], commands: [
            "N": "nowa wersja planu",
            "E": "poprawa zaznaczonej wersji",
            "D": "zapisz wersję do druku (HTML z miejscami na podpisy, katalog wydruki/)",
        ]),
        helpPlanEditor: [
            "Data, pracownik socjalny, koordynator pieczy (gdy dziecko jest w pieczy), cele, działania i podpisy.",
            "Na polach „Cele” i „Działania” Enter otwiera listę; „Podpisy”: zaznacz osoby, które podpisały.",
            "  F2 zapisz wersję;  Esc anuluj",
        ],
        helpGoals: ScreenHelp([
            "Cele planu: treść, problemy rodziny, których dotyczy, termin, oczekiwany efekt i stan.",
        ], commands: [
            "N": "nowy cel",
            "E": "edycja zaznaczonego",
            "U": "usuń z tej wersji",
        ], after: [
            "Esc wraca do planu; zapis klawiszem F2 w formularzu planu.",
        ]),
        helpActions: ScreenHelp([
            "Działania planu: co, kto, do kiedy, czy wykonane.",
        ], commands: [
            "N": "nowe działanie",
            "E": "edycja zaznaczonego",
            "U": "usuń z tej wersji",
        ], after: [
            "Esc wraca do planu; zapis klawiszem F2 w formularzu planu.",
        ]),
        helpTimeline: ScreenHelp([
            "Wszystko o rodzinie według dat, najnowsze u góry: współpraca, problemy, plan, wizyty, piecza, zdarzenia.",
        ], commands: [
            "F": "następny filtr",
            "P": "poprzedni filtr",
            "O": "otwórz zaznaczoną pozycję",
        ]),
        helpMonth: [
            "Twoje wizyty w miesiącu: ich liczba, łączny czas, odwiedzone rodziny i rodziny pod Twoją opieką bez wizyty.",
            "  ← →           poprzedni / następny miesiąc",
        ]
    )

    public static let english: CaseworkText = CaseworkText(
        category: { c in
            switch c {
            case .problemowa: return "Family with problems"
            case .zastepczaPiecza: return "Foster/care family"
            case .zaZyciem: return "“Za życiem” programme family"
            }
        },
        endReason: { r in
            switch r {
            case .celeOsiagniete: return "Cooperation goals achieved"
            case .zmianaMetodPracy: return "Change of working methods"
            case .zaprzestanieWspolpracy: return "Family stopped cooperating"
            case .brakEfektow: return "No effects of cooperation"
            case .zmianaMiejscaZamieszkania: return "Family moved away"
            }
        },
        referral: { r in
            switch r {
            case .wniosekPracownika: return "social worker's request after a community interview"
            case .postanowienieSadu: return "court decision"
            case .inne: return "other"
            }
        },
        source: { s in
            switch s {
            case .wywiad: return "community interview"
            case .diagnozaAsystenta: return "assistant's diagnosis"
            case .zgloszonePrzezRodzine: return "reported by the family"
            }
        },
        status: { s in
            switch s {
            case .aktywny: return "active"
            case .poprawa: return "improved"
            case .rozwiazany: return "resolved"
            case .bezZmian: return "no change"
            case .pogorszenie: return "worse"
            }
        },
        place: { p in
            switch p {
            case .miejsceZamieszkania: return "family's home"
            case .wskazaneMiejsce: return "place chosen by the family"
            case .instytucja: return "institution (accompanying)"
            case .telefon: return "phone"
            case .inne: return "other"
            }
        },
        activity: { a in
            switch a {
            case .pedagogizacja: return "Parenting education"
            case .odbudowaWiezi: return "Rebuilding family bonds"
            case .gospodarstwoDomowe: return "Household and official matters"
            case .doradztwoZawodowe: return "Career counselling"
            case .rzecznictwo: return "Advocacy and contacts with others"
            case .dzialaniaPosrednie: return "Indirect work (contact with institutions)"
            case .interwencja: return "Intervention"
            case .konsultacjaWychowawcza: return "Parenting consultation"
            }
        },
        fosterForm: { $0.label },
        placementEnd: { $0 == .powrotDoRodziny ? "return to the birth family" : "other" },
        eventKind: { e in
            switch e {
            case .niebieskaKartaStart: return "“Niebieska Karta” procedure started"
            case .niebieskaKartaEnd: return "“Niebieska Karta” procedure ended"
            case .kuratorSupervision: return "Probation officer's supervision"
            case .gkrpaReferral: return "Referral to the alcohol commission (GKRPA)"
            case .courtOpinionRequest: return "Court asked for an opinion"
            case .courtOpinionSent: return "Opinion sent to the court"
            case .courtDecision: return "Other court decision"
            case .other: return "Other event"
            }
        },
        goalStatus: { g in
            switch g {
            case .wToku: return "in progress"
            case .osiagniety: return "achieved"
            case .czesciowo: return "partly achieved"
            case .nieosiagniety: return "not achieved"
            }
        },
        group: { ["everything", "cooperation", "problems", "plan", "visits", "foster care", "events", "assessments", "team"][$0] },
        warning: { w in
            switch w {
            case .caseloadAboveCap(let n, let cap):
                return "The assistant would have \(n) families at once, above the cap of \(cap). Open the cooperation anyway?"
            case .visitOutsideCooperation:
                return "The family has no open cooperation on that day. Save the visit anyway?"
            }
        },
        keyNew: "New",
        keyEnd: "End",
        keyCategory: "Category",
        keyMonitoring: "Monitoring",
        keyAddProblems: "Add",
        keyStatus: "Status",
        keyNewVisit: "Visit",
        keyCorrect: "Correct",
        keyNewPlacement: "Placement",
        keyNewEvent: "Event",
        keyNewVersion: "New version",
        keyNewGoal: "New goal",
        keyNewAction: "New action",
        keyRemove: "Remove",
        keyFilter: "Filter",
        keyPreviousFilter: "Previous filter",
        keyTick: "Tick",
        spaceKey: "Space",
        keyAccept: "Done",
        keyToList: "List", keyToSearch: "Search",
        nothingFound: "Nothing found. Backspace shortens the search.",
        keyMonth: "Month",
        keyMonthSummary: "Month",
        periodColumn: "Period",
        categoryColumn: "Category",
        assistantColumn: "Assistant",
        problemColumn: "Problem",
        identifiedColumn: "Found",
        statusColumn: "Status",
        dateColumn: "Date",
        timeColumn: "Time",
        durationColumn: "Hours",
        placeColumn: "Place",
        notesColumn: "Note",
        whatColumn: "What",
        kindColumn: "Kind",
        versionsColumn: "Plan versions (newest first)",
        goalsColumn: "Status                 Goal",
        actionsColumn: "   Deadline   Action",
        cooperationsTitle: { "Cooperation: \($0)" },
        problemsTitle: { "Problems: \($0)" },
        visitsTitle: { "Visits: \($0)" },
        placementsTitle: { "Foster care and events: \($0)" },
        planTitle: { "Family work plan: \($0)" },
        timelineTitle: { "Timeline: \($0)" },
        newVisit: { "New visit: \($0)" },
        newCooperation: "New cooperation",
        editCooperation: "Edit cooperation",
        endCooperation: "End of cooperation",
        changeCategory: "Change of family category",
        monitoringNote: "Monitoring note",
        correctVisit: "Correct a visit",
        placementTitle: "Foster-care placement",
        eventTitle: "Event",
        chooseProblems: "Choose problems from the catalogue",
        newPlanVersion: { "Plan — new version \($0)" },
        correctPlanVersion: { "Plan — correcting version \($0)" },
        recordProblems: { "New problems (\($0))" },
        monthTitle: "Month summary",
        referralLabel: "Referral",
        consentLabel: "Family's consent",
        since: "from",
        until: "by",
        endedLabel: "Ended",
        monitoringUntil: "Monitoring until",
        sourceLabel: "Source",
        effectLabel: "Effect",
        notYet: "not yet",
        presentLabel: "Present",
        nextStepsLabel: "Next steps",
        placeOtherLabel: "Other place",
        socialWorkerLabel: "Social worker",
        coordinatorLabel: "Foster-care coordinator",
        coordinatedLabel: "coordinated with the child's plan",
        signedLabel: "Signed by",
        goalWord: "goal",
        actionWord: "action",
        deadlineLabel: "Deadline",
        effectExpected: "Expected effect",
        whoLabel: "Who",
        doneLabel: "Done",
        ongoing: "ongoing",
        notEnded: "(not ended)",
        alreadyRecorded: "already recorded",
        filterPrompt: "Search: ",
        noChanges: "no change in goals and actions",
        changesHeading: { "Changes since version \($0):" },
        chosenCount: { "Ticked: \($0)" },
        goalsSummary: { "\($0) \($0 == 1 ? "goal" : "goals") — Enter to edit" },
        actionsSummary: { "\($0) \($0 == 1 ? "action" : "actions") — Enter to edit" },
        versionLine: { n, d, g, a, s in "Version \(n) of \(d) · goals: \(g) · actions: \(a) · signatures: \(s)" },
        referenceHint: "court decision reference or a note",
        categoryHint: "← →; later changes: F9 C on the list",
        timeHint: "HH:MM, optional",
        durationHint: "h:mm (e.g. 1:30) or minutes",
        multiHint: "Enter or Space: choose from the list",
        effectHint: "date the effect was reached; empty = not yet",
        endHint: "empty while it lasts",
        untilHint: "supervision only: end of the period",
        coordinatorHint: "when a child is in foster care",
        coordinatedHint: "[x] = coordinated with the child's care plan (Space)",
        linkHint: "Enter: the list",
        signaturesHint: "Enter: who signed",
        signedOnHint: "date of new signatures; empty = the plan's date",
        noCooperations: "No cooperation yet. F7 opens one.",
        noProblems: "No problems recorded. F7 adds some from the catalogue.",
        noVisits: "No visits yet. F5 logs one.",
        noPlacements: "No placements or events. F7 — placement, F9 Z — event.",
        noPlan: "No plan yet. F7 creates the first version.",
        noCooperationForPlan: "A plan belongs to a cooperation: open one first (key 1 on the card).",
        noGoals: "No goals. F7 adds one.",
        noActions: "No actions. F7 adds one.",
        noChildren: "Add a child to the family first.",
        timelineEmpty: "Nothing recorded yet.",
        archiveProblemQuestion: { "Move the problem “\($0)” to the archive (recorded by mistake)?" },
        timelineFilter: { "Showing: \($0). Tab changes the filter." },
        timelineCooperationStart: { "Cooperation starts (\($0)), assistant: \($1)" },
        timelineCategory: { "Category: \($0)" },
        timelineCooperationEnd: { "Cooperation ends: \($0)" },
        timelineMonitoring: { "Monitoring: \($0)" },
        timelinePlan: { "Plan version \($0): \($1) goals, \($2) actions" },
        timelineProblem: { "Identified: \($0)" },
        timelineProblemStatus: { "\($0): \($1)" },
        timelineEffect: { "Effect: \($0)" },
        timelineVisit: { "Visit \($0), \($1)\($2.isEmpty ? "" : ": " + $2)" },
        timelinePlacement: { "\($0): placed — \($1)" },
        timelinePlacementEnd: { "\($0): placement ends — \($1)" },
        timelinePeriodEnd: { "Ends: \($0)" },
        monthHeading: { n, m, y in "\(n) — \(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1]) \(y)" },
        monthVisits: { "Visits: \($0)" },
        monthHours: { "Time with families: \($0) h" },
        monthFamilies: { "Families visited: \($0)" },
        notVisitedHeading: { "Families not visited this month (\($0)):" },
        cardSections: ["Cooperation", "Problems", "Plan", "Visits", "Care", "Timeline", "Reviews"],
        cardCooperation: { period, category, problems, lastVisit in "Cooperation: \(period ?? "none") · problems: \(problems) · visit: \(lastVisit ?? "—")\(category.map { " · \($0)" } ?? "")" },
        helpChecklist: [
            "The cursor starts in Search: type to narrow the list (Polish letters optional).",
            "  ↓ or Tab      into the list (its first item); ↑ on the first item goes back to the search",
            "  Space         in the list: ticks or unticks the highlighted item (in Search it is a space)",
            "  letters       in the list: go back to the search and are added to it",
            "Enter or F2 accepts, Esc keeps the previous choice.",
            "Items marked [•] are already recorded and cannot be added twice.",
        ],
        helpCooperations: ScreenHelp([
            "Periods of the assistant's work with the family (newest first). They cannot overlap.",
        ], commands: [
            "N": "new cooperation (warns when the assistant would exceed the caseload cap)",
            "E": "edit the selected one",
            "K": "end it: date and one of the five reasons",
            "C": "change the family category from a date",
            "M": "monitoring note after the end (6 months by default)",
        ]),
        helpCooperationForm: [
            "A coordinator chooses the assistant (← →) the family is assigned to; an assistant opens her own cooperation.",
            "Referral basis, dates, the family category for the statistics and the monitoring length.",
            "A reference is required for a court decision. Dates: YYYY-MM-DD or DD.MM.YYYY.",
            "A new cooperation's case number is suggested by the pattern in the settings (F9 B on the family list); it can be changed or cleared. In a team, numbers suggested in assistants' stores can repeat: the centre's register decides.",
            "  F2 save;  Esc cancel",
        ],
        helpEndForm: [
            "End date and reason (exactly one). Monitoring follows the end.",
            "  F2 save;  Esc cancel",
        ],
        helpCategoryForm: [
            "The new category applies from the date; earlier ones stay in the history.",
            "  F2 save;  Esc cancel",
        ],
        helpMonitoringForm: [
            "A note from monitoring the family after the cooperation ended.",
            "  F2 save;  Esc cancel",
        ],
        helpProblems: ScreenHelp([
            "The family's problems from the store's catalogue, with a dated status history.",
        ], commands: [
            "N": "add problems: a checklist with Space and typing to search",
            "S": "change the status (dated), the note, the effect (catalogue B)",
            "A": "archive (recorded by mistake)",
        ]),
        helpProblemForm: [
            "Date and source for all the chosen problems.",
            "  F2 save;  Esc cancel",
        ],
        helpStatusForm: [
            "A new status is saved with its date; earlier ones stay in the history.",
            "  F2 save;  Esc cancel",
        ],
        helpVisits: ScreenHelp([
            "Visits and contacts, newest first.",
        ], commands: [
            "N": "new visit (today, the last place, everyone present)",
            "E": "correct a visit (a correction is a new revision; the old one stays)",
        ]),
        helpVisitForm: [
            "A new visit already has today's date, the last place and everyone present: type the note and press F2.",
            "Notes: several lines, Enter = new line, PgUp/PgDn scroll; Tab goes to the next field.",
            "Present and activities: Enter or Space opens a checklist.",
            "Duration 0:01 to 12:00; no future dates.",
            "  F2 save;  Esc cancel",
        ],
        helpPlacements: ScreenHelp([
            "Children's foster-care placements and events: Niebieska Karta, supervision, GKRPA, court.",
        ], commands: [
            "N": "new placement",
            "Z": "new event",
            "E": "edit the selected one",
        ]),
        helpPlacementForm: [
            "Child, form of care, the foster family or institution, dates. An end needs how it ended.",
            "  F2 save;  Esc cancel",
        ],
        helpEventForm: [
            "Kind, date and note. Supervision also has an end date (“Until”).",
            "  F2 save;  Esc cancel",
        ],
        helpPlan: ScreenHelp([
            "Versions of the family work plan for the current cooperation. A new version starts from the previous one;",
            "earlier versions stay readable, and below the list you see what changed.",
        ], commands: [
            "N": "new plan version",
            "E": "correct the selected version",
            "D": "save the version for printing (HTML with signature lines, wydruki/ folder)",
        ]),
        helpPlanEditor: [
            "Date, social worker, foster-care coordinator (when a child is in care), goals, actions and signatures.",
            "On “Goals” and “Actions” Enter opens the list; “Signatures”: tick who signed.",
            "  F2 save the version;  Esc cancel",
        ],
        helpGoals: ScreenHelp([
            "Plan goals: text, the family's problems it addresses, deadline, expected effect and status.",
        ], commands: [
            "N": "new goal",
            "E": "edit the selected one",
            "U": "remove from this version",
        ], after: [
            "Esc goes back to the plan; save with F2 in its form.",
        ]),
        helpActions: ScreenHelp([
            "Plan actions: what, who, by when, done or not.",
        ], commands: [
            "N": "new action",
            "E": "edit the selected one",
            "U": "remove from this version",
        ], after: [
            "Esc goes back to the plan; save with F2 in its form.",
        ]),
        helpTimeline: ScreenHelp([
            "Everything about the family by date, newest first.",
        ], commands: [
            "F": "next filter",
            "P": "previous filter",
            "O": "open the selected item",
        ]),
        helpMonth: [
            "Your visits in a month: how many, total time, families visited, and families in your care not visited.",
            "  ← →           previous / next month",
        ]
    )

}

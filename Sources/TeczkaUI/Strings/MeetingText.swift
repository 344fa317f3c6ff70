/// Texts of the team meeting protocols and the side-by-side review, per language.
public struct MeetingText: Sendable {
    public let title: String
    public let columns: String
    public let empty: String
    public let keyNew: String
    public let keyAddFamily: String
    public let keyRemove: String
    public let keyPrint: String
    public let newTitle: String
    public let editTitle: @Sendable (String) -> String
    public let familiesSummary: @Sendable (Int) -> String
    public let familiesHint: String
    public let participantsHint: String
    public let placeHint: String
    public let chairHint: String
    public let entriesColumns: String
    public let noEntries: String
    public let chooseFamily: String
    public let alreadyListed: String
    public let remarksLabel: String
    public let recommendationsLabel: String
    public let readOnly: String
    public let timelineLine: @Sendable (String) -> String
    public let saved: String
    public let printed: @Sendable (String) -> String
    public let help: ScreenHelp
    public let helpForm: [String]
    public let helpEntries: ScreenHelp
    // The side-by-side review
    public let reviewTitle: @Sendable (String) -> String
    public let assessmentPane: String
    public let familyPane: String
    public let planHeading: @Sendable (Int, String) -> String
    public let noPlan: String
    public let visitsHeading: String
    public let noVisits: String
    public let meetingsHeading: String
    public let keyPane: String
    public let helpReview: ScreenHelp

    public static let polish = MeetingText(
        title: "Posiedzenia zespołu",
        columns: "Data        Rodziny  Uczestnicy",
        empty: "Brak protokołów. F7 — nowy protokół posiedzenia zespołu (koordynator).",
        keyNew: "Nowy", keyAddFamily: "Dodaj rodzinę", keyRemove: "Usuń", keyPrint: "Druk",
        newTitle: "Protokół posiedzenia zespołu",
        editTitle: { "Protokół posiedzenia z \($0)" },
        familiesSummary: { "\($0) — Enter: uwagi i zalecenia dla rodzin" },
        familiesHint: "co najmniej jedna rodzina",
        participantsHint: "np. kierownik, asystenci, pracownik socjalny",
        placeHint: "np. siedziba ośrodka, sala 12 (na wydruku protokołu)",
        chairHint: "kto prowadził posiedzenie; podpisuje protokół",
        entriesColumns: "Rodzina                 Uwagi",
        noEntries: "Brak rodzin. F7 — dodaj rodzinę omawianą na posiedzeniu.",
        chooseFamily: "Wybierz rodzinę (Enter)",
        alreadyListed: "Ta rodzina jest już w protokole — otwórz jej pozycję.",
        remarksLabel: "Uwagi",
        recommendationsLabel: "Zalecenia",
        readOnly: "Protokoły pisze koordynator; tu widać uwagi o Twoich rodzinach.",
        timelineLine: { "Posiedzenie zespołu: \($0)" },
        saved: "Zapisano protokół.",
        printed: { "Zapisano do druku: \($0)" },
        help: ScreenHelp([
            "Protokoły comiesięcznych posiedzeń zespołu: data, uczestnicy i dla każdej omawianej rodziny",
            "uwagi i zalecenia kierownika. Pozycja rodziny widnieje na jej osi czasu (klawisz 6 na karcie).",
            "Asystent widzi tylko pozycje o rodzinach, z którymi pracuje.",
        ], commands: [
            "N": "nowy protokół (koordynator)",
            "O": "otwórz protokół (koordynator poprawia; każda zmiana to nowa wersja)",
            "D": "zapisz protokół do druku (HTML w katalogu wydruki/)",
        ]),
        helpForm: [
            "Protokół posiedzenia: data (nie z przyszłości), miejsce, prowadzący(a), uczestnicy i rodziny.",
            "Protokół podpisują prowadzący(a) i protokołujący(a) (zalogowany koordynator).",
            "Na polu „Rodziny” Enter otwiera listę omawianych rodzin z uwagami i zaleceniami.",
            "",
            "  Tab / ↓       następne pole;  Shift-Tab / ↑  poprzednie",
            "  F2            zapisz;  Esc  anuluj",
        ],
        helpEntries: ScreenHelp([
            "Rodziny omawiane na posiedzeniu. Każda pozycja wymaga uwag albo zaleceń.",
        ], commands: [
            "N": "dodaj rodzinę (wybór z listy)",
            "E": "uwagi i zalecenia",
            "U": "usuń rodzinę z protokołu",
            "W": "wybierz zaznaczoną rodzinę",
        ], after: [
            "Esc wraca do protokołu (zapis klawiszem F2 w protokole).",
        ]),
        reviewTitle: { "Przegląd oceny: \($0)" },
        assessmentPane: "Ocena",
        familyPane: "Plan i wizyty",
        planHeading: { number, date in "PLAN PRACY — wersja \(number) z \(date)" },
        noPlan: "Brak planu pracy z rodziną.",
        visitsHeading: "OSTATNIE WIZYTY",
        noVisits: "Brak wizyt.",
        meetingsHeading: "ZALECENIA ZESPOŁU",
        keyPane: "Panel",
        helpReview: ScreenHelp([
            "Ocena (po lewej) obok planu pracy, ostatnich wizyt i zaleceń zespołu (po prawej).",
        ], commands: [
            "P": "przełącz panel",
            "A": "zatwierdź ocenę (pyta o potwierdzenie)",
            "Z": "zwróć ocenę do poprawy z uwagami i zaleceniami",
            "D": "zapisz ocenę do druku (HTML w katalogu wydruki/)",
        ], after: [
            "↑ ↓ PgUp PgDn przewijają panel, Esc wraca do kolejki. Tu nic się nie wpisuje, więc litery A, Z, D działają od razu.",
        ]))

    public static let english = MeetingText(
        title: "Team meetings",
        columns: "Date        Families Participants",
        empty: "No protocols. F7 — new team meeting protocol (coordinator).",
        keyNew: "New", keyAddFamily: "Add family", keyRemove: "Remove", keyPrint: "Print",
        newTitle: "Team meeting protocol",
        editTitle: { "Meeting protocol of \($0)" },
        familiesSummary: { "\($0) — Enter: remarks and recommendations per family" },
        familiesHint: "at least one family",
        participantsHint: "e.g. the head, assistants, social worker",
        placeHint: "e.g. the centre's office, room 12 (on the printed protocol)",
        chairHint: "who chaired the meeting; signs the protocol",
        entriesColumns: "Family                  Remarks",
        noEntries: "No families. F7 — add a family discussed at the meeting.",
        chooseFamily: "Choose a family (Enter)",
        alreadyListed: "This family is already in the protocol — open its entry.",
        remarksLabel: "Remarks",
        recommendationsLabel: "Recommendations",
        readOnly: "Protocols are written by a coordinator; here you see the remarks about your families.",
        timelineLine: { "Team meeting: \($0)" },
        saved: "Protocol saved.",
        printed: { "Saved for printing: \($0)" },
        help: ScreenHelp([
            "Protocols of the monthly team meetings: date, participants and, per family discussed, the head's",
            "remarks and recommendations. A family's entry shows on its timeline (key 6 on the card).",
            "An assistant sees only the entries about their own families.",
        ], commands: [
            "N": "new protocol (coordinator)",
            "O": "open a protocol (a coordinator corrects it; every change is a new version)",
            "D": "save the protocol for printing (HTML in the wydruki/ folder)",
        ]),
        helpForm: [
            "A meeting protocol: date (not in the future), place, chair, participants and families.",
            "The chair and the minute-taker (the coordinator logged in) sign the protocol.",
            "On “Families” Enter opens the list of families discussed, with remarks and recommendations.",
            "",
            "  Tab / ↓       next field;  Shift-Tab / ↑  previous",
            "  F2            save;  Esc  cancel",
        ],
        helpEntries: ScreenHelp([
            "Families discussed at the meeting. Each entry needs remarks or recommendations.",
        ], commands: [
            "N": "add a family (chosen from a list)",
            "E": "remarks and recommendations",
            "U": "remove the family from the protocol",
            "W": "choose the selected family",
        ], after: [
            "Esc goes back to the protocol (save with F2 there).",
        ]),
        reviewTitle: { "Reviewing the assessment: \($0)" },
        assessmentPane: "Assessment",
        familyPane: "Plan and visits",
        planHeading: { number, date in "WORK PLAN — version \(number) of \(date)" },
        noPlan: "No family work plan.",
        visitsHeading: "RECENT VISITS",
        noVisits: "No visits.",
        meetingsHeading: "TEAM RECOMMENDATIONS",
        keyPane: "Pane",
        helpReview: ScreenHelp([
            "The assessment (left) next to the work plan, recent visits and team recommendations (right).",
        ], commands: [
            "P": "switch pane",
            "A": "approve the assessment (asks to confirm)",
            "Z": "return it for correction with remarks and recommendations",
            "D": "save the assessment for printing (HTML in the wydruki/ folder)",
        ], after: [
            "↑ ↓ PgUp PgDn scroll the pane, Esc goes back to the queue. Nothing is typed here, so the letters A, Z, D work at once.",
        ]))
}

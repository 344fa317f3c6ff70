import TeczkaCore

/// The texts of the assessment screens, per language.
public struct AssessmentText: Sendable {
    public let listTitle: @Sendable (String) -> String
    public let columns: String
    public let state: @Sendable (AssessmentState) -> String
    public let recommendation: @Sendable (Recommendation) -> String
    public let section: @Sendable (AssessmentSection) -> String
    public let correctionWord: String
    public let noCooperation: String
    public let empty: @Sendable (String) -> String
    public let keyWrite: String
    public let keyPass: String
    public let keyApprove: String
    /// Asked before an approval, which makes the assessment final: the family and the period.
    public let approveQuestion: @Sendable (String, String) -> String
    public let keyReturn: String
    /// The F9 menu's other commands of the assessment list.
    public let keyCorrection, keyReview, keyPrint, keyAssistantFilter: String
    public let readOnly: @Sendable (String) -> String
    public let done: @Sendable (String) -> String
    public let approvedLine: @Sendable (String, String) -> String
    public let passedLine: @Sendable (String) -> String
    public let returnedLine: @Sendable (String, String, String) -> String
    public let recommendationsLabel: String
    public let recommendationLabel: String
    public let periodFrom: String
    public let periodTo: String
    public let situationLabel: String
    public let childrenLabel: String
    public let cooperationLabel: String
    public let proposedReason: String
    public let proposedReasonHint: String
    public let specialistLabel: String
    public let specialistHint: String
    public let progressSummary: @Sendable (Int) -> String
    public let progressHint: String
    public let progressColumns: String
    public let nothingToAssess: String
    public let commentLabel: String
    public let remarksLabel: String
    public let returnTitle: String
    public let formTitle: @Sendable (String) -> String
    public let correctionTitle: @Sendable (Int) -> String
    public let draftExists: String
    public let approvedIsFinal: String
    public let timelineLine: @Sendable (String, String, String) -> String
    public let idLine: @Sendable (String) -> String
    public let todoTitle: String
    public let todoColumns: String
    public let todoEmpty: String
    public let todo: @Sendable (TodoItem.Kind, String) -> String
    public let helpTodo: ScreenHelp
    /// The coordinator's filter line under "Do zrobienia": whose families are listed.
    public let todoFilter: @Sendable (String) -> String
    public let keyAssistant: String
    public let notVisible: String
    public let coordinatorOnly: String
    public let shareTitle: @Sendable (String) -> String
    public let keyShare: String
    public let queueTitle: String
    public let queueColumns: String
    public let queueEmpty: String
    public let waitingDays: @Sendable (Int) -> String
    public let helpQueue: ScreenHelp
    public let problem: @Sendable (AssessmentProblem) -> String
    public let help: ScreenHelp
    public let helpForm: [String]
    public let helpProgress: ScreenHelp
    public let helpReturn: [String]

    public static let polish: AssessmentText = AssessmentText(
        listTitle: { "Oceny okresowe: \($0)" },
        columns: "Okres                     Stan                       Autor",
        state: { $0.label },
        recommendation: { $0.label },
        section: { s in
            switch s {
            case .situation: return "sytuacja rodziny"
            case .goals: return "postępy w celach planu (komentarze)"
            case .problems: return "stan problemów (komentarze)"
            case .children: return "sytuacja dzieci"
            case .cooperation: return "współpraca rodziny"
            case .recommendation: return "rekomendacja"
            case .proposedEndReason: return "proponowany powód zakończenia (rekomendacja to zakończenie współpracy)"
            case .specialist: return "specjalista (rekomendacja to skierowanie do specjalisty)"
            }
        },
        correctionWord: "korekta",
        noCooperation: "Ocena należy do współpracy: najpierw otwórz współpracę (klawisz 1 na karcie).",
        empty: { "Brak ocen. Najbliższa ocena do \($0). F7 — napisz ocenę." },
        keyWrite: "Ocena",
        keyPass: "Przekaż",
        keyApprove: "Zatwierdź",
        approveQuestion: { family, period in "Zatwierdzić ocenę rodziny „\(family)” za okres \(period)? Zatwierdzonej oceny nie można już zmienić (tylko korekta: F9 C)." },
        keyReturn: "Zwróć",
        keyCorrection: "Korekta", keyReview: "Przegląd", keyPrint: "Druk", keyAssistantFilter: "Następny asystent",
        readOnly: { "Ocena jest \($0) i nie można jej teraz edytować (zatwierdzoną poprawia się poleceniem F9 C na liście ocen)." },
        done: { "Stan oceny: \($0)." },
        approvedLine: { "Zatwierdził(a): \($0), \($1)" },
        passedLine: { "Przekazana \($0), czeka na zatwierdzenie" },
        returnedLine: { "Zwrócona \($0) przez \($1): \($2)" },
        recommendationsLabel: "Zalecenia",
        recommendationLabel: "Rekomendacja",
        periodFrom: "Okres od",
        periodTo: "Okres do (data)",
        situationLabel: "Sytuacja rodziny",
        childrenLabel: "Sytuacja dzieci",
        cooperationLabel: "Współpraca rodziny",
        proposedReason: "Proponowany powód",
        proposedReasonHint: "przy rekomendacji zakończenia współpracy",
        specialistLabel: "Specjalista",
        specialistHint: "przy skierowaniu do specjalisty: do kogo",
        progressSummary: { "\($0) — Enter: stan i komentarz" },
        progressHint: "każda pozycja wymaga komentarza",
        progressColumns: "Stan                 (!) = brak komentarza; pozycja",
        nothingToAssess: "Brak pozycji.",
        commentLabel: "Komentarz",
        remarksLabel: "Uwagi",
        returnTitle: "Zwrot oceny do poprawy",
        formTitle: { "Ocena okresowa: \($0)" },
        correctionTitle: { "Ocena okresowa — korekta \($0)" },
        draftExists: "Dla tej współpracy i okresu jest już otwarta ocena — otwórz ją z listy.",
        approvedIsFinal: "Zatwierdzonej oceny nie można zmienić; F9 C na liście ocen rozpoczyna korektę.",
        timelineLine: { from, to, state in "Ocena okresowa za \(from)–\(to): \(state)" },
        idLine: { id in "nr \(id) (D — do druku)" },
        todoTitle: "Do zrobienia",
        todoColumns: "Termin      Rodzina / asystent     Co",
        todoEmpty: "Nic pilnego: oceny, plany i wizyty są na czas.",
        todo: { kind, detail in
            switch kind {
            case .assessmentOverdue: return "ocena okresowa po terminie"
            case .assessmentReturned: return "ocena zwrócona do poprawy"
            case .assessmentToReview: return "ocena czeka na Twoje zatwierdzenie albo zwrot"
            case .assessmentDueSoon: return "ocena okresowa w ciągu 30 dni"
            case .noPlan: return "współpraca bez planu pracy"
            case .goalOverdue: return "cel planu po terminie: \(detail)"
            case .notVisited: return "\(detail) dni bez wizyty (data: ostatnia wizyta)"
            case .monitoringEnding: return "koniec monitoringu po zakończeniu współpracy"
            case .caseloadAboveCap: return "asystent ponad limit rodzin: \(detail)"
            case .pastRetention: return "po okresie przechowywania danych (data: jego koniec)"
            case .conflict: return ConflictText.polish.todo(detail)
            }
        },
        helpTodo: ScreenHelp([
            "Co wymaga działania, najpierw zaległe: oceny po terminie i w ciągu 30 dni, oceny czekające na zatwierdzenie",
            "(koordynator), zwrócone oceny, współprace bez planu, cele po terminie, rodziny bez wizyty dłużej niż ustawienie",
            "bazy (domyślnie 30 dni), kończący się monitoring, asystenci ponad limit rodzin, zapisy w konflikcie po wymianie",
            "danych. Asystent widzi swoje rodziny, koordynator — wszystkich.",
        ], commands: [
            "O": "otwórz: oceny, plan, kartę rodziny albo porównanie wersji zapisu w konflikcie",
            "A": "(koordynator) tylko rodziny jednego asystenta: kolejny asystent, potem znów wszyscy",
        ]),
        todoFilter: { "Asystent: \($0)  (F9 A — następny)" },
        keyAssistant: "Asystent",
        notVisible: "Ta rodzina nie jest pod Twoją opieką i nie została Ci udostępniona.",
        coordinatorOnly: "Tylko koordynator może to zrobić.",
        shareTitle: { label in "Udostępnij rodzinę „\(label)” asystentom (zastępstwo)" },
        keyShare: "Udostępnij",
        queueTitle: "Oceny do zatwierdzenia",
        queueColumns: "Rodzina                Okres                  Asystent             Czeka",
        queueEmpty: "Żadna ocena nie czeka na zatwierdzenie.",
        waitingDays: { n in "\(n) \(Strings.plural(n, "dzień", "dni", "dni"))" },
        helpQueue: ScreenHelp([
            "Oceny przekazane przez asystentów, najdłużej czekające u góry; pod listą treść zaznaczonej oceny.",
        ], commands: [
            "O": "przegląd: ocena obok planu pracy, ostatnich wizyt i zaleceń zespołu",
            "A": "zatwierdź (pyta o potwierdzenie)",
            "Z": "zwróć z uwagami i zaleceniami",
        ]),
        problem: { p in
            switch p {
            case .notAllowed: return "Tej czynności nie można wykonać w obecnym stanie oceny."
            case .notAuthor: return "Tylko autor oceny może to zrobić."
            case .supervisorOnly: return "Tylko koordynator może zatwierdzić lub zwrócić ocenę."
            case .missingSections(let s): return "Nie przekazano — uzupełnij: " + s.map { CaseworkTextHelpers.polishSection($0) }.joined(separator: ", ") + "."
            case .approvedIsFinal: return "Zatwierdzonej oceny nie można zmienić; F9 C na liście ocen rozpoczyna korektę."
            case .ownAssessment: return "To Twoja ocena: zatwierdza ją albo zwraca inny koordynator (zasada dwóch par oczu)."
            }
        },
        help: ScreenHelp([
            "Okresowa ocena sytuacji rodziny — co najmniej co 6 miesięcy od początku współpracy lub od ostatniej oceny.",
        ], commands: [
            "N": "napisz ocenę (otwiera istniejący szkic albo nowy, wypełniony celami planu i otwartymi problemami)",
            "O": "otwórz szkic lub zwróconą ocenę do edycji",
            "P": "przekaż ocenę kierownikowi (wymaga wszystkich sekcji)",
            "A": "zatwierdź (koordynator; pyta o potwierdzenie)",
            "Z": "zwróć z uwagami i zaleceniami (koordynator)",
            "C": "korekta zatwierdzonej oceny (nowa wersja oznaczona jako korekta)",
            "D": "do druku: strona HTML z miejscem na podpisy, w katalogu wydruki/ obok bazy",
            "R": "przegląd: ocena obok planu pracy i ostatnich wizyt",
        ]),
        helpForm: [
            "Sekcje: sytuacja rodziny, postęp w celach planu, stan problemów, sytuacja dzieci, współpraca rodziny, rekomendacja.",
            "Cele i problemy: Enter otwiera listę; każda pozycja wymaga stanu i komentarza. F2 zapisuje szkic; przekazanie: F9 P na liście ocen.",
        ],
        helpProgress: ScreenHelp([
            "Stan i komentarz do każdego celu planu lub problemu. (!) oznacza brak komentarza.",
        ], commands: [
            "E": "stan i komentarz zaznaczonej pozycji",
        ], after: [
            "Esc wraca do oceny; zapis klawiszem F2 w formularzu oceny.",
        ]),
        helpReturn: [
            "Uwagi są wymagane; zalecenia nieobowiązkowe. Asystent zobaczy je przy ocenie.",
            "  F2 zwróć;  Esc anuluj",
        ]
    )

    public static let english: AssessmentText = AssessmentText(
        listTitle: { "Periodic assessments: \($0)" },
        columns: "Period                    Status                     Author",
        state: { s in
            switch s {
            case .szkic: return "draft"
            case .przekazana: return "passed on"
            case .zatwierdzona: return "approved"
            case .zwrocona: return "returned"
            }
        },
        recommendation: { r in
            switch r {
            case .kontynuacja: return "continue the cooperation"
            case .modyfikacjaPlanu: return "change the plan"
            case .zakonczenie: return "end the cooperation"
            case .skierowanieDoSpecjalisty: return "refer to a specialist"
            }
        },
        section: { s in
            switch s {
            case .situation: return "the family's situation"
            case .goals: return "progress on the plan goals (comments)"
            case .problems: return "status of the problems (comments)"
            case .children: return "the children's situation"
            case .cooperation: return "the family's cooperation"
            case .recommendation: return "the recommendation"
            case .proposedEndReason: return "the proposed end reason (the recommendation is to end the cooperation)"
            case .specialist: return "the specialist (the recommendation is a referral to a specialist)"
            }
        },
        correctionWord: "correction",
        noCooperation: "An assessment belongs to a cooperation: open one first (key 1 on the card).",
        empty: { "No assessments. The next one is due by \($0). F7 — write it." },
        keyWrite: "Write",
        keyPass: "Pass on",
        keyApprove: "Approve",
        approveQuestion: { family, period in "Approve the assessment of “\(family)” for \(period)? An approved assessment cannot be changed (only corrected: F9 C)." },
        keyReturn: "Return",
        keyCorrection: "Correction", keyReview: "Review", keyPrint: "Print", keyAssistantFilter: "Next assistant",
        readOnly: { "The assessment is \($0) and cannot be edited now (an approved one is corrected with F9 C on the list of assessments)." },
        done: { "Assessment status: \($0)." },
        approvedLine: { "Approved by \($0) on \($1)" },
        passedLine: { "Passed on \($0), waiting for review" },
        returnedLine: { "Returned on \($0) by \($1): \($2)" },
        recommendationsLabel: "Recommendations",
        recommendationLabel: "Recommendation",
        periodFrom: "Period from",
        periodTo: "Period to (date)",
        situationLabel: "Family situation",
        childrenLabel: "Children",
        cooperationLabel: "Cooperation",
        proposedReason: "Proposed reason",
        proposedReasonHint: "with the recommendation to end",
        specialistLabel: "Specialist",
        specialistHint: "with a referral: to whom",
        progressSummary: { "\($0) — Enter: status and comment" },
        progressHint: "every item needs a comment",
        progressColumns: "Status               (!) = no comment yet; item",
        nothingToAssess: "Nothing to assess.",
        commentLabel: "Comment",
        remarksLabel: "Remarks",
        returnTitle: "Return the assessment",
        formTitle: { "Periodic assessment: \($0)" },
        correctionTitle: { "Periodic assessment — correction \($0)" },
        draftExists: "An open assessment for this cooperation and period exists — open it from the list.",
        approvedIsFinal: "An approved assessment cannot be changed; F9 C on the list of assessments starts a correction.",
        timelineLine: { from, to, state in "Periodic assessment \(from)–\(to): \(state)" },
        idLine: { id in "no. \(id) (D — print)" },
        todoTitle: "To do",
        todoColumns: "Date        Family / assistant     What",
        todoEmpty: "Nothing urgent: assessments, plans and visits are on time.",
        todo: { kind, detail in
            switch kind {
            case .assessmentOverdue: return "periodic assessment overdue"
            case .assessmentReturned: return "assessment returned for correction"
            case .assessmentToReview: return "assessment waiting for your approval or return"
            case .assessmentDueSoon: return "periodic assessment due within 30 days"
            case .noPlan: return "cooperation without a work plan"
            case .goalOverdue: return "plan goal past its deadline: \(detail)"
            case .notVisited: return "\(detail) days without a visit (date: the last one)"
            case .monitoringEnding: return "post-closure monitoring ending"
            case .caseloadAboveCap: return "assistant above the caseload cap: \(detail)"
            case .pastRetention: return "past the retention period (date: its end)"
            case .conflict: return ConflictText.english.todo(detail)
            }
        },
        helpTodo: ScreenHelp([
            "What needs doing, overdue first: overdue assessments and those due within 30 days, assessments waiting for",
            "approval (coordinator), returned assessments, cooperations without a plan, overdue goals, families not visited",
            "for longer than the store's setting (30 days), monitoring ending, assistants above the cap, records in conflict",
            "after an exchange. An assistant sees their own families, a coordinator everyone's.",
        ], commands: [
            "O": "open: assessments, plan, family card or the versions of a record in conflict",
            "A": "(coordinator) only one assistant's families: the next assistant, then everyone again",
        ]),
        todoFilter: { "Assistant: \($0)  (F9 A — next)" },
        keyAssistant: "Assistant",
        notVisible: "This family is not in your care and was not shared with you.",
        coordinatorOnly: "Only a coordinator can do this.",
        shareTitle: { label in "Share the family “\(label)” with assistants (substitute)" },
        keyShare: "Share",
        queueTitle: "Assessments to review",
        queueColumns: "Family                 Period                 Assistant            Waiting",
        queueEmpty: "No assessment is waiting for review.",
        waitingDays: { n in "\(n) \(n == 1 ? "day" : "days")" },
        helpQueue: ScreenHelp([
            "Assessments passed on by assistants, the longest waiting first; below, the selected one.",
        ], commands: [
            "O": "review: the assessment next to the work plan, recent visits and team recommendations",
            "A": "approve (asks to confirm)",
            "Z": "return with remarks and recommendations",
        ]),
        problem: { p in
            switch p {
            case .notAllowed: return "This cannot be done in the assessment's present status."
            case .notAuthor: return "Only the author of the assessment can do this."
            case .supervisorOnly: return "Only a coordinator can approve or return an assessment."
            case .missingSections(let s): return "Not passed on — fill in: " + s.map { CaseworkTextHelpers.englishSection($0) }.joined(separator: ", ") + "."
            case .approvedIsFinal: return "An approved assessment cannot be changed; F9 C on the list of assessments starts a correction."
            case .ownAssessment: return "This is your own assessment: another coordinator approves or returns it (four eyes)."
            }
        },
        help: ScreenHelp([
            "The periodic assessment of the family — at least every 6 months from the start or the last assessment.",
        ], commands: [
            "N": "write an assessment (opens the open draft or a new one prefilled with plan goals and open problems)",
            "O": "open a draft or a returned assessment for editing",
            "P": "pass it on to the head of the centre (every section needed)",
            "A": "approve (coordinator; asks to confirm)",
            "Z": "return with remarks and recommendations (coordinator)",
            "C": "correct an approved assessment (a new version marked as a correction)",
            "D": "print: an HTML page with signature lines, in wydruki/ beside the store",
            "R": "review: the assessment next to the work plan and recent visits",
        ]),
        helpForm: [
            "Sections: the family's situation, progress on plan goals, problems, the children, cooperation, recommendation.",
            "Goals and problems: Enter opens the list; every item needs a status and a comment. F2 saves the draft; pass it on with P in the list.",
        ],
        helpProgress: ScreenHelp([
            "Status and comment for every plan goal or problem. (!) marks a missing comment.",
        ], commands: [
            "E": "status and comment of the selected item",
        ], after: [
            "Esc goes back to the assessment; save with F2 in its form.",
        ]),
        helpReturn: [
            "Remarks are required; recommendations optional. The assistant sees them with the assessment.",
            "  F2 return;  Esc cancel",
        ]
    )

}

enum CaseworkTextHelpers {
    static func polishSection(_ s: AssessmentSection) -> String { AssessmentText.polish.section(s) }
    static func englishSection(_ s: AssessmentSection) -> String { AssessmentText.english.section(s) }
}

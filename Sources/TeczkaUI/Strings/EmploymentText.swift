import TeczkaCore

/// Texts about assistants' employment and etat (issue 15), per language.
public struct EmploymentText: Sendable {
    public let title: @Sendable (String) -> String
    public let columns: String
    public let empty: String
    public let ongoing: String
    public let keyEmployment, keyAdd, keyRemove: String
    public let addTitle: @Sendable (String) -> String
    public let from, to, fte: String
    public let fteHint: String
    public let removeQuestion: @Sendable (String) -> String
    public let saved: @Sendable (String) -> String
    public let noPeriodFrom: @Sendable (LocalDate) -> String
    /// The etat of an account today, for the list of accounts ("etat 0,5", "nie zatrudniony"); empty when none is recorded.
    public let today: @Sendable (Int?) -> String
    public let listing: @Sendable (String, [EmploymentPeriod]) -> String
    public let help: ScreenHelp

    public static let polish = EmploymentText(
        title: { "Zatrudnienie: \($0)" },
        columns: "Od          Do          Etat",
        empty: "Nie wpisano zatrudnienia: limit rodzin jest pełny. F7 dodaje okres.",
        ongoing: "trwa",
        keyEmployment: "Zatrudnienie", keyAdd: "Dodaj okres", keyRemove: "Usuń okres",
        addTitle: { "Nowy okres zatrudnienia: \($0)" },
        from: "Od", to: "Do (puste: trwa)", fte: "Etat",
        fteHint: "1, 0,5, 3/4 albo 50%",
        removeQuestion: { "Usunąć okres zatrudnienia od \($0)?" },
        saved: { "Zapisano zatrudnienie: \($0)." },
        noPeriodFrom: { "Nie ma okresu zatrudnienia zaczynającego się \($0.polish)." },
        today: { percent in
            guard let percent else { return "" }
            return percent == 0 ? "nie zatrudniony dziś" : "etat \(EmploymentPeriod.fteText(percent))"
        },
        listing: { name, periods in
            guard !periods.isEmpty else { return "\(name): zatrudnienia nie wpisano (pełny limit rodzin)." }
            return (["\(name) — okresy zatrudnienia:"] + periods.map {
                "  \($0.from.polish) – \($0.to?.polish ?? "trwa"): etat \($0.fteText)"
            }).joined(separator: "\n")
        },
        help: ScreenHelp([
            "Okresy zatrudnienia asystenta z wymiarem etatu. Raport „Obciążenie asystentów” pokazuje z nich etat i rodziny na etat.",
            "Limit rodzin idzie za etatem (15 na pełny etat, 7 na ½ etatu; w dniu poza okresami 0), chyba że wyłączono to w ustawieniach (teczka settings --cap-by-fte nie). Bez wpisanych okresów obowiązuje pełny limit.",
        ], commands: [
            "N": "nowy okres: od, do (puste: trwa), etat",
            "D": "usuń okres pod kursorem (koordynator)",
        ]))

    public static let english = EmploymentText(
        title: { "Employment: \($0)" },
        columns: "From        To          FTE",
        empty: "No employment recorded: the full caseload cap applies. F7 adds a period.",
        ongoing: "ongoing",
        keyEmployment: "Employment", keyAdd: "Add period", keyRemove: "Delete period",
        addTitle: { "New period of employment: \($0)" },
        from: "From", to: "To (empty: ongoing)", fte: "FTE",
        fteHint: "1, 0.5, 3/4 or 50%",
        removeQuestion: { "Delete the period of employment from \($0)?" },
        saved: { "Employment saved: \($0)." },
        noPeriodFrom: { "No period of employment starts on \($0.polish)." },
        today: { percent in
            guard let percent else { return "" }
            return percent == 0 ? "not employed today" : "FTE \(EmploymentPeriod.fteText(percent))"
        },
        listing: { name, periods in
            guard !periods.isEmpty else { return "\(name): no employment recorded (full caseload cap)." }
            return (["\(name) — periods of employment:"] + periods.map {
                "  \($0.from.polish) – \($0.to?.polish ?? "ongoing"): FTE \($0.fteText)"
            }).joined(separator: "\n")
        },
        help: ScreenHelp([
            "An assistant's periods of employment with their FTE. The report \"Caseload of assistants\" shows the FTE and families per FTE.",
            "The caseload cap follows the FTE (15 full time, 7 at 0.5; 0 on a day outside every period) unless the settings turn it off (teczka settings --cap-by-fte nie). Without periods the full cap applies.",
        ], commands: [
            "N": "new period: from, to (empty: ongoing), FTE",
            "D": "delete the period under the cursor (coordinator)",
        ]))
}

extension Strings {
    public var employmentText: EmploymentText { language == .pl ? .polish : .english }
}

/// Texts about handing a cooperation over to another assistant (issue 15), per language.
public struct HandoverText: Sendable {
    public let key: String
    public let title: @Sendable (String) -> String
    public let to: String
    public let date: String
    public let noOther: String
    public let onlyCoordinator: String
    public let ended: String
    public let done: @Sendable (String, String, String) -> String
    public let timeline: @Sendable (String, String) -> String
    public let detail: @Sendable (String, String, String) -> String
    public let explanation: String

    public static let polish = HandoverText(
        key: "Przekaż",
        title: { "Przekazanie rodziny innemu asystentowi: \($0)" },
        to: "Nowy asystent", date: "Od dnia",
        noOther: "Nie ma innego aktywnego asystenta, któremu można przekazać rodzinę.",
        onlyCoordinator: "Rodzinę innemu asystentowi przekazuje koordynator.",
        ended: "Współpraca jest zakończona; przekazać można tylko trwającą.",
        done: { family, from, to in "Rodzina \(family) przekazana: \(from) → \(to). Współpraca trwa." },
        timeline: { from, to in "Przekazanie rodziny: \(from) → \(to)" },
        detail: { date, from, to in "Przekazana \(date): \(from) → \(to)" },
        explanation: "przekaż rodzinę innemu asystentowi od dnia (koordynator): współpraca trwa, nie jest zakończeniem; nowy asystent dostaje klucz rodziny, poprzedni nie czyta tego, co zapisano później")

    public static let english = HandoverText(
        key: "Hand over",
        title: { "Handing the family over to another assistant: \($0)" },
        to: "New assistant", date: "From",
        noOther: "There is no other active assistant to hand the family over to.",
        onlyCoordinator: "A coordinator hands a family over to another assistant.",
        ended: "The cooperation has ended; only one in progress can be handed over.",
        done: { family, from, to in "\(family) handed over: \(from) → \(to). The cooperation goes on." },
        timeline: { from, to in "Family handed over: \(from) → \(to)" },
        detail: { date, from, to in "Handed over \(date): \(from) → \(to)" },
        explanation: "hand the family over to another assistant from a date (coordinator): the cooperation goes on, it is not an end; the new assistant gets the family's key, the former one does not read what is written later")
}

extension Strings {
    public var handoverText: HandoverText { language == .pl ? .polish : .english }
}

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

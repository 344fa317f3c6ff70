import TeczkaCore

/// Texts about co-financing foster care: a placement's powiat and charge notes (issue 15), per language.
public struct CoFinancingText: Sendable {
    public let keyCharges, keyAdd, keyRemove: String
    public let title: @Sendable (String) -> String
    public let columns: String
    public let empty: String
    public let addTitle: @Sendable (String) -> String
    public let month, kind, amount: String
    public let monthHint, amountHint: String
    public let kinds: [String]
    /// Short labels of the two kinds, for the list.
    public let shortKinds: [String]
    public let removeQuestion: @Sendable (String) -> String
    public let onlyCoordinator: String
    public let notPlacement: String
    public let share: @Sendable (Int) -> String
    public let powiatHint: String
    public let explanation: String
    public let help: ScreenHelp

    public static let polish = CoFinancingText(
        keyCharges: "Noty obciążeniowe", keyAdd: "Dodaj notę", keyRemove: "Usuń notę",
        title: { "Noty obciążeniowe: \($0)" },
        columns: "Miesiąc   Z noty                     Udział gminy",
        empty: "Brak not. F7 dodaje notę za miesiąc.",
        addTitle: { "Nowa nota obciążeniowa: \($0)" },
        month: "Miesiąc", kind: "Kwota z noty", amount: "Kwota (zł)",
        monthHint: "MM.RRRR albo RRRR-MM", amountHint: "np. 1 234,56",
        kinds: ["udział gminy (kwota do zapłaty)", "koszt pobytu w miesiącu (udział liczy program)"],
        shortKinds: ["udział", "koszt"],
        removeQuestion: { "Usunąć notę za \($0)?" },
        onlyCoordinator: "Noty obciążeniowe i powiat wpisuje koordynator.",
        notPlacement: "Noty dotyczą umieszczenia w pieczy: wybierz umieszczenie, nie zdarzenie.",
        share: { "udział \($0)%" },
        powiatHint: "powiat, który obciąża gminę kosztami (koordynator)",
        explanation: "noty obciążeniowe powiatu za pobyt dziecka w pieczy, miesiąc po miesiącu (koordynator); raport „wspolfinansowanie”",
        help: ScreenHelp([
            "Noty obciążeniowe powiatu za pobyt dziecka w pieczy zastępczej. Z noty wpisuje się kwotę udziału gminy albo koszt pobytu w miesiącu — wtedy udział liczy program: 10% w pierwszym roku pobytu, 30% w drugim, 50% od trzeciego (art. 191 ust. 9 ustawy o wspieraniu rodziny).",
            "Raport „Współfinansowanie pobytu dziecka w pieczy zastępczej” (wspolfinansowanie) sumuje je za okres i wskazuje miesiące bez noty.",
        ], commands: [
            "N": "nowa nota: miesiąc, rodzaj kwoty, kwota w zł; nota za miesiąc, który już ma notę, zastępuje ją (tak się poprawia notę)",
            "D": "usuń notę pod kursorem",
        ]))

    public static let english = CoFinancingText(
        keyCharges: "Charge notes", keyAdd: "Add note", keyRemove: "Delete note",
        title: { "Charge notes: \($0)" },
        columns: "Month     From the note              Gmina's share",
        empty: "No notes. F7 adds a month's note.",
        addTitle: { "New charge note: \($0)" },
        month: "Month", kind: "Amount on the note", amount: "Amount (zł)",
        monthHint: "MM.YYYY or YYYY-MM", amountHint: "e.g. 1 234,56",
        kinds: ["the gmina's share (to pay)", "the month's cost of care (the program works out the share)"],
        shortKinds: ["share", "cost"],
        removeQuestion: { "Delete the note for \($0)?" },
        onlyCoordinator: "A coordinator records charge notes and the powiat.",
        notPlacement: "Notes belong to a placement in foster care: choose a placement, not an event.",
        share: { "share \($0)%" },
        powiatHint: "the powiat that charges the gmina (coordinator)",
        explanation: "the powiat's charge notes for the child's foster care, month by month (coordinator); report \"wspolfinansowanie\"",
        help: ScreenHelp([
            "The powiat's charge notes for a child's foster care. Enter the gmina's share from the note, or the month's cost of care — the program then works out the share: 10% in the first year of the stay, 30% in the second, 50% from the third (art. 191(9) of the family support act).",
            "The report \"Co-financing of foster care\" (wspolfinansowanie) sums them for a period and names the months without a note.",
        ], commands: [
            "N": "new note: month, kind of amount, amount in zł; a note for a month that has one replaces it (that is how a note is corrected)",
            "D": "delete the note under the cursor",
        ]))
}

extension Strings {
    public var coFinancingText: CoFinancingText { language == .pl ? .polish : .english }
}

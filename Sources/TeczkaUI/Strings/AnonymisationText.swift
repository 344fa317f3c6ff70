import TeczkaCore

/// Texts about anonymising families past retention (issue 15), per language; the command line uses them too.
public struct AnonymisationText: Sendable {
    public let keyAnonymise: String
    /// The first question, naming the family and what goes; the second, that it cannot be undone.
    public let question: @Sendable (String) -> String
    public let questionAgain: @Sendable (String) -> String
    public let done: @Sendable (String, AnonymisationSummary) -> String
    public let problem: @Sendable (AnonymisationProblem) -> String
    /// A family past retention, for lists: its label, the last day it was kept, its id.
    public let due: @Sendable (String, LocalDate, RecordID) -> String
    public let noneDue: String

    public static let polish = AnonymisationText(
        keyAnonymise: "Anonimizuj rodzinę",
        question: { "Zanonimizować rodzinę \($0)? Ze wszystkich wersji zapisów znikną nazwiska i imiona, PESEL, adresy i notatki; daty, daty urodzenia, kategorie i kody problemów zostaną, więc raporty za minione lata się nie zmienią." },
        questionAgain: { "Tego nie można cofnąć: dane rodziny \($0) zostaną usunięte z bazy (kopie zapasowe zachowują je do rotacji). Anonimizować?" },
        done: { label, summary in
            "Zanonimizowano rodzinę \(label) (zapisy: \(summary.revisions)); jest teraz na liście jako „\(summary.label)”."
        },
        problem: { problem in
            switch problem {
            case .coordinatorOnly: return "Anonimizować rodziny może tylko koordynator."
            case .unknownFamily(let id): return "Nie ma rodziny o identyfikatorze „\(id.raw)”."
            case .notPastRetention(let until?):
                return "Dane tej rodziny są przechowywane do \(until.polish) (ustawienie: lata przechowywania). Nic nie zmieniono."
            case .notPastRetention(nil):
                return "Współpraca z rodziną albo umieszczenie dziecka trwa: dane są przechowywane. Nic nie zmieniono."
            case .alreadyAnonymised: return "Ta rodzina jest już zanonimizowana."
            }
        },
        due: { label, until, id in "\(id.short)  \(label)  (przechowywana do \(until.polish))" },
        noneDue: "Żadna rodzina nie jest po okresie przechowywania danych.")

    public static let english = AnonymisationText(
        keyAnonymise: "Anonymise family",
        question: { "Anonymise the family \($0)? Names, PESEL, addresses and notes go from every version of the records; dates, birth dates, categories and problem codes stay, so reports for past years do not change." },
        questionAgain: { "This cannot be undone: the family \($0)'s data will be removed from the store (backups keep it until rotation). Anonymise?" },
        done: { label, summary in
            "The family \(label) was anonymised (revisions: \(summary.revisions)); it is now listed as “\(summary.label)”."
        },
        problem: { problem in
            switch problem {
            case .coordinatorOnly: return "Only a coordinator anonymises families."
            case .unknownFamily(let id): return "No family with id “\(id.raw)”."
            case .notPastRetention(let until?):
                return "This family's data is kept until \(until.polish) (setting: retention years). Nothing was changed."
            case .notPastRetention(nil):
                return "A cooperation with the family or a child's placement goes on: its data is kept. Nothing was changed."
            case .alreadyAnonymised: return "This family is anonymised already."
            }
        },
        due: { label, until, id in "\(id.short)  \(label)  (kept until \(until.polish))" },
        noneDue: "No family is past the retention of its data.")
}

extension Strings {
    public var anonymisation: AnonymisationText { language == .pl ? .polish : .english }
}

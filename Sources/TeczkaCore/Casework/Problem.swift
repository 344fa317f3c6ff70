/// Where a problem was identified.
public enum ProblemSource: String, Codable, Sendable, CaseIterable {
    case wywiad, diagnozaAsystenta, zgloszonePrzezRodzine

    public var label: String {
        switch self {
        case .wywiad: return "wywiad środowiskowy"
        case .diagnozaAsystenta: return "diagnoza asystenta"
        case .zgloszonePrzezRodzine: return "zgłoszone przez rodzinę"
        }
    }
}

/// Where a problem stands; the outcome statuses close it for the statistics except `bezZmian`/`pogorszenie`.
public enum ProblemStatus: String, Codable, Sendable, CaseIterable {
    case aktywny, poprawa, rozwiazany, bezZmian, pogorszenie

    public var label: String {
        switch self {
        case .aktywny: return "aktywny"
        case .poprawa: return "poprawa"
        case .rozwiazany: return "rozwiązany"
        case .bezZmian: return "bez zmian"
        case .pogorszenie: return "pogorszenie"
        }
    }
}

public struct StatusChange: Codable, Equatable, Sendable {
    public var date: LocalDate
    public var status: ProblemStatus
    public init(date: LocalDate, status: ProblemStatus) {
        self.date = date
        self.status = status
    }
}

/// A problem from the store's catalogue, diagnosed in a family, with its dated status history.
public struct FamilyProblem: Codable, Equatable, Sendable, Identifiable {
    public var id: RecordID
    public var familyID: RecordID
    public var code: String
    public var identified: LocalDate
    public var source: ProblemSource
    public var note: String
    /// Oldest first; starts with `aktywny` on the identification date.
    public var history: [StatusChange]
    /// Catalogue B: when the paired effect was achieved.
    public var effectDate: LocalDate?
    public var archived: Bool

    public init(id: RecordID = .make(), familyID: RecordID, code: String, identified: LocalDate,
                source: ProblemSource = .diagnozaAsystenta, note: String = "", effectDate: LocalDate? = nil,
                archived: Bool = false) {
        self.id = id
        self.familyID = familyID
        self.code = code
        self.identified = identified
        self.source = source
        self.note = note
        self.history = [StatusChange(date: identified, status: .aktywny)]
        self.effectDate = effectDate
        self.archived = archived
    }

    public var status: ProblemStatus { history.last?.status ?? .aktywny }

    public func status(on date: LocalDate) -> ProblemStatus? {
        guard identified <= date else { return nil }
        return history.last { $0.date <= date }?.status ?? .aktywny
    }

    /// The date it was resolved (rozwiązany), if it was and stayed so.
    public var closedOn: LocalDate? {
        guard let last = history.last, last.status == .rozwiazany else { return nil }
        return last.date
    }

    public func validate(today: LocalDate, catalogue: ProblemCatalogue) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if catalogue.entry(code) == nil { issues.append(.unknownCatalogueCode(code)) }
        if identified > today { issues.append(.dateInFuture(.identified)) }
        if let issue = TextRules.check(note, field: .note, required: false, limit: TextRules.notesLimit, multiline: true) {
            issues.append(issue)
        }
        var previous = identified
        for change in history {
            if change.date < previous { issues.append(.endBeforeStart(.status)); break }
            if change.date > today { issues.append(.dateInFuture(.status)); break }
            previous = change.date
        }
        if let effectDate {
            if !catalogue.hasEffects { issues.append(.noEffectsInCatalogue) }
            if effectDate < identified { issues.append(.endBeforeStart(.effectDate)) }
            if effectDate > today { issues.append(.dateInFuture(.effectDate)) }
        }
        return issues
    }
}

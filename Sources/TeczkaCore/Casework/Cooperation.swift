/// Family category for the statistics (Siechnice Table 3); exactly one at a time, may change with a date.
public enum FamilyCategory: String, Codable, Sendable, CaseIterable {
    case problemowa, zastepczaPiecza, zaZyciem

    public var label: String {
        switch self {
        case .problemowa: return "Rodzina problemowa"
        case .zastepczaPiecza: return "Rodzina zastępcza/piecza"
        case .zaZyciem: return "Rodziny z programu „Za życiem”"
        }
    }
}

/// Why a cooperation ended (Siechnice Table 4, in printed order).
public enum EndReason: String, Codable, Sendable, CaseIterable {
    case celeOsiagniete, zmianaMetodPracy, zaprzestanieWspolpracy, brakEfektow, zmianaMiejscaZamieszkania

    public var label: String {
        switch self {
        case .celeOsiagniete: return "Osiągnięcie celów współpracy z rodziną"
        case .zmianaMetodPracy: return "Zmiana metod pracy"
        case .zaprzestanieWspolpracy: return "Zaprzestanie współpracy przez rodzinę"
        case .brakEfektow: return "Brak efektów współpracy"
        case .zmianaMiejscaZamieszkania: return "Zmiana miejsca zamieszkania przez rodzinę"
        }
    }
}

/// On what basis the centre assigned the assistant.
public enum ReferralBasis: String, Codable, Sendable, CaseIterable {
    case wniosekPracownika, postanowienieSadu, inne

    public var label: String {
        switch self {
        case .wniosekPracownika: return "wniosek pracownika socjalnego po wywiadzie środowiskowym"
        case .postanowienieSadu: return "postanowienie sądu"
        case .inne: return "inne"
        }
    }
}

public struct CategoryChange: Codable, Equatable, Sendable {
    public var from: LocalDate
    public var category: FamilyCategory
    public init(from: LocalDate, category: FamilyCategory) {
        self.from = from
        self.category = category
    }
}

public struct DatedNote: Codable, Equatable, Sendable {
    public var date: LocalDate
    public var text: String
    public init(date: LocalDate, text: String) {
        self.date = date
        self.text = text
    }
}

/// One period of an assistant's work with a family (*współpraca*).
public struct Cooperation: Codable, Equatable, Sendable, Identifiable {
    public var id: RecordID
    public var familyID: RecordID
    public var assistantID: RecordID
    public var referral: ReferralBasis
    /// Date of the wywiad środowiskowy or of the court decision.
    public var referralDate: LocalDate?
    /// The court decision's reference (sygnatura) or what "inne" means.
    public var referralReference: String
    public var consentDate: LocalDate?
    public var start: LocalDate
    /// Category changes, oldest first; the first applies from the start.
    public var categories: [CategoryChange]
    public var end: LocalDate?
    public var endReason: EndReason?
    public var monitoringMonths: Int
    public var monitoringNotes: [DatedNote]
    public var archived: Bool
    /// Handovers to another assistant, oldest first (issue 15): the cooperation goes on, `assistantID` is the
    /// assistant after the last one. Absent in cooperations never handed over (and in all written before).
    public var handovers: [Handover]?
    /// The centre's case number (numer sprawy) for this cooperation, printed in every document's header (issue 17).
    /// Absent in cooperations written before; suggested from `CentreDetails.caseNumberPattern` when one is opened.
    public var caseNumber: String?
    public static let caseNumberLimit = 60

    public init(id: RecordID = .make(), familyID: RecordID, assistantID: RecordID,
                referral: ReferralBasis = .wniosekPracownika, referralDate: LocalDate? = nil,
                referralReference: String = "", consentDate: LocalDate? = nil, start: LocalDate,
                category: FamilyCategory = .problemowa, end: LocalDate? = nil, endReason: EndReason? = nil,
                monitoringMonths: Int = 6, monitoringNotes: [DatedNote] = [], archived: Bool = false) {
        self.id = id
        self.familyID = familyID
        self.assistantID = assistantID
        self.referral = referral
        self.referralDate = referralDate
        self.referralReference = referralReference
        self.consentDate = consentDate
        self.start = start
        self.categories = [CategoryChange(from: start, category: category)]
        self.end = end
        self.endReason = endReason
        self.monitoringMonths = monitoringMonths
        self.monitoringNotes = monitoringNotes
        self.archived = archived
    }

    /// The category on `date` (the first one before the start).
    public func category(on date: LocalDate) -> FamilyCategory {
        categories.last { $0.from <= date }?.category ?? categories.first?.category ?? .problemowa
    }

    /// Active on `date`: started and not yet ended (the end day still counts).
    public func isActive(on date: LocalDate) -> Bool {
        !archived && start <= date && (end.map { date <= $0 } ?? true)
    }

    /// Overlaps the closed range [from, to].
    public func overlaps(from: LocalDate, to: LocalDate) -> Bool {
        !archived && start <= to && (end.map { $0 >= from } ?? true)
    }

    /// The last day of post-closure monitoring, when the cooperation has ended.
    public var monitoringUntil: LocalDate? { end?.adding(months: monitoringMonths) }

    public func isMonitored(on date: LocalDate) -> Bool {
        guard let end, let until = monitoringUntil else { return false }
        return date > end && date <= until
    }

    public func validate(today: LocalDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let issue = TextRules.check(referralReference, field: .referralReference, required: referral == .postanowienieSadu) {
            issues.append(issue)
        }
        if let caseNumber, let issue = TextRules.check(caseNumber, field: .caseNumber, required: false, limit: Self.caseNumberLimit) {
            issues.append(issue)
        }
        if start > today { issues.append(.dateInFuture(.start)) }
        if let consentDate, consentDate > today { issues.append(.dateInFuture(.consentDate)) }
        if let referralDate, referralDate > start { issues.append(.endBeforeStart(.referralDate)) }
        if let end {
            if end < start { issues.append(.endBeforeStart(.end)) }
            if end > today { issues.append(.dateInFuture(.end)) }
            if endReason == nil { issues.append(.required(.endReason)) }
        } else if endReason != nil {
            issues.append(.required(.end))
        }
        if categories.isEmpty { issues.append(.required(.category)) }
        // A cooperation still in progress takes category changes up to today.
        let lastDay = max(end ?? today, start)
        if categories.contains(where: { $0.from < start || $0.from > lastDay }) {
            issues.append(.outsideCooperation(.categoryFrom))
        }
        issues += validateHandovers(today: today)
        if !(0...36).contains(monitoringMonths) { issues.append(.outOfRange(.monitoringMonths, min: 0, max: 36)) }
        for note in monitoringNotes {
            if let issue = TextRules.check(note.text, field: .monitoringNotes, required: true,
                                           limit: TextRules.notesLimit, multiline: true) {
                issues.append(issue)
                break
            }
        }
        return issues
    }
}

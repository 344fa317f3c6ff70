/// Forms of foster care (piecza zastępcza), as printed.
public enum FosterForm: String, Codable, Sendable, CaseIterable {
    case rzs, rzn, rzz, rdd, placowkaInterwencyjna, placowkaSocjalizacyjna, placowkaSpecjalistyczna,
         placowkaRodzinna, regionalnaPlacowka, osrodekPreadopcyjny

    public var label: String {
        switch self {
        case .rzs: return "RZS – Rodzina Zastępcza Spokrewniona"
        case .rzn: return "RZN – Rodzina Zastępcza Niespokrewniona"
        case .rzz: return "RZZ – Rodzina Zastępcza Zawodowa"
        case .rdd: return "RDD – Rodzinny Dom Dziecka"
        case .placowkaInterwencyjna: return "Placówka Opiekuńczo-Wychowawcza typu Interwencyjnego"
        case .placowkaSocjalizacyjna: return "Placówka Opiekuńczo-Wychowawcza typu Socjalizacyjnego"
        case .placowkaSpecjalistyczna: return "Placówka Opiekuńczo-Wychowawcza typu Specjalistyczno-Terapeutycznego"
        case .placowkaRodzinna: return "Placówka Opiekuńczo-Wychowawcza typu Rodzinnego"
        case .regionalnaPlacowka: return "Regionalna Placówka Opiekuńczo-Terapeutyczna"
        case .osrodekPreadopcyjny: return "Interwencyjny Ośrodek Preadopcyjny"
        }
    }
}

public enum PlacementEndType: String, Codable, Sendable, CaseIterable {
    case powrotDoRodziny, inne

    public var label: String {
        switch self {
        case .powrotDoRodziny: return "powrót do rodziny biologicznej"
        case .inne: return "inne"
        }
    }
}

/// A child's placement in foster care.
public struct Placement: Codable, Equatable, Sendable, Identifiable {
    public var id: RecordID
    public var familyID: RecordID
    public var childID: RecordID
    public var form: FosterForm
    /// The foster family's or the institution's name.
    public var placeName: String
    public var start: LocalDate
    public var end: LocalDate?
    public var endType: PlacementEndType?
    public var note: String
    public var archived: Bool
    /// The powiat whose foster care the child is in: it charges the gmina its share (art. 191 ust. 9; issue 15).
    public var powiat: String?
    /// The powiat's charge notes for this placement, month by month (a coordinator's records; see `FosterCharge`).
    public var charges: [FosterCharge]?

    public init(id: RecordID = .make(), familyID: RecordID, childID: RecordID, form: FosterForm, placeName: String = "",
                start: LocalDate, end: LocalDate? = nil, endType: PlacementEndType? = nil, note: String = "",
                archived: Bool = false) {
        self.id = id
        self.familyID = familyID
        self.childID = childID
        self.form = form
        self.placeName = placeName
        self.start = start
        self.end = end
        self.endType = endType
        self.note = note
        self.archived = archived
    }

    public func overlaps(from: LocalDate, to: LocalDate) -> Bool {
        !archived && start <= to && (end.map { $0 >= from } ?? true)
    }

    public func validate(today: LocalDate, familyMembers: Set<RecordID>) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if !familyMembers.contains(childID) { issues.append(.notInFamily(.child)) }
        if let issue = TextRules.check(placeName, field: .placeName, required: false) { issues.append(issue) }
        if let issue = TextRules.check(note, field: .note, required: false, limit: TextRules.notesLimit, multiline: true) {
            issues.append(issue)
        }
        if start > today { issues.append(.dateInFuture(.start)) }
        if let powiat, let issue = TextRules.check(powiat, field: .powiat, required: false) { issues.append(issue) }
        issues += FosterCharge.validate(charges ?? [], of: self)
        if let end {
            if end < start { issues.append(.endBeforeStart(.end)) }
            if end > today { issues.append(.dateInFuture(.end)) }
            if endType == nil { issues.append(.required(.endType)) }
        } else if endType != nil {
            issues.append(.required(.end))
        }
        return issues
    }
}

/// Court, police and commission events in a family's life.
public enum EventKind: String, Codable, Sendable, CaseIterable {
    case niebieskaKartaStart, niebieskaKartaEnd, kuratorSupervision, gkrpaReferral, courtOpinionRequest,
         courtOpinionSent, courtDecision, other

    public var label: String {
        switch self {
        case .niebieskaKartaStart: return "Wszczęcie procedury „Niebieska Karta”"
        case .niebieskaKartaEnd: return "Zakończenie procedury „Niebieska Karta”"
        case .kuratorSupervision: return "Nadzór kuratora"
        case .gkrpaReferral: return "Skierowanie do GKRPA"
        case .courtOpinionRequest: return "Wniosek sądu o opinię"
        case .courtOpinionSent: return "Opinia przekazana do sądu"
        case .courtDecision: return "Inne postanowienie sądu"
        case .other: return "Inne zdarzenie"
        }
    }

    /// Kurator supervision is a period; the others happen on one day.
    public var hasPeriod: Bool { self == .kuratorSupervision }
}

public struct FamilyEvent: Codable, Equatable, Sendable, Identifiable {
    public var id: RecordID
    public var familyID: RecordID
    public var kind: EventKind
    public var date: LocalDate
    /// End of a period (kurator supervision); nil while it lasts.
    public var until: LocalDate?
    public var note: String
    public var archived: Bool

    public init(id: RecordID = .make(), familyID: RecordID, kind: EventKind, date: LocalDate, until: LocalDate? = nil,
                note: String = "", archived: Bool = false) {
        self.id = id
        self.familyID = familyID
        self.kind = kind
        self.date = date
        self.until = until
        self.note = note
        self.archived = archived
    }

    public func overlaps(from: LocalDate, to: LocalDate) -> Bool {
        !archived && date <= to && ((kind.hasPeriod ? until : date).map { $0 >= from } ?? true)
    }

    public func validate(today: LocalDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if date > today { issues.append(.dateInFuture(.date)) }
        if let until {
            if !kind.hasPeriod { issues.append(.notApplicable(.until)) }
            if until < date { issues.append(.endBeforeStart(.until)) }
        }
        if let issue = TextRules.check(note, field: .note, required: false, limit: TextRules.notesLimit, multiline: true) {
            issues.append(issue)
        }
        return issues
    }
}

/// Where a visit or contact took place.
public enum VisitPlace: String, Codable, Sendable, CaseIterable {
    case miejsceZamieszkania, wskazaneMiejsce, instytucja, telefon, inne

    public var label: String {
        switch self {
        case .miejsceZamieszkania: return "miejsce zamieszkania rodziny"
        case .wskazaneMiejsce: return "miejsce wskazane przez rodzinę"
        case .instytucja: return "instytucja (towarzyszenie)"
        case .telefon: return "telefon"
        case .inne: return "inne"
        }
    }
}

/// What was done during a visit (multi-select).
public enum ActivityGroup: String, Codable, Sendable, CaseIterable {
    case pedagogizacja, odbudowaWiezi, gospodarstwoDomowe, doradztwoZawodowe, rzecznictwo, dzialaniaPosrednie,
         interwencja, konsultacjaWychowawcza

    public var label: String {
        switch self {
        case .pedagogizacja: return "Pedagogizacja rodziców"
        case .odbudowaWiezi: return "Odbudowa więzi w rodzinie"
        case .gospodarstwoDomowe: return "Gospodarstwo domowe i sprawy urzędowe"
        case .doradztwoZawodowe: return "Doradztwo zawodowe"
        case .rzecznictwo: return "Rzecznictwo i kontakty z innymi"
        case .dzialaniaPosrednie: return "Działania pośrednie (kontakt z instytucjami)"
        case .interwencja: return "Interwencja"
        case .konsultacjaWychowawcza: return "Konsultacja wychowawcza"
        }
    }
}

/// A time of day, typed as HH:MM.
public struct TimeOfDay: Codable, Equatable, Comparable, Sendable, CustomStringConvertible {
    public let minutes: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigitChar) }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    public var description: String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }
    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        // Stored times are always "HH:MM": read straight (opening a store decodes hundreds of thousands of visits).
        let bytes = Array(text.utf8)
        if bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
           let value = TimeOfDay.digits(bytes[0], bytes[1]).flatMap({ h in TimeOfDay.digits(bytes[3], bytes[4]).flatMap { TimeOfDay(hour: h, minute: $0) } }) {
            self = value
            return
        }
        guard let value = TimeOfDay(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad time \(text)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    private static func digits(_ tens: UInt8, _ ones: UInt8) -> Int? {
        let zero = UInt8(ascii: "0")
        guard (zero...zero + 9).contains(tens), (zero...zero + 9).contains(ones) else { return nil }
        return Int(tens - zero) * 10 + Int(ones - zero)
    }
}

/// Durations as people type them: "1:30" (h:mm) or "90" (minutes).
public enum Duration {
    public static let maximumMinutes = 12 * 60

    public static func parse(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.contains(":") {
            let parts = t.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), h >= 0, (0...59).contains(m),
                  parts[1].count == 2 else { return nil }
            return h * 60 + m
        }
        guard !t.isEmpty, t.allSatisfy(\.isASCIIDigitChar) else { return nil }
        return Int(t)
    }

    public static func format(_ minutes: Int) -> String { String(format: "%d:%02d", minutes / 60, minutes % 60) }
}

/// A visit or contact with the family.
public struct Visit: Codable, Equatable, Sendable, Identifiable {
    public var id: RecordID
    public var familyID: RecordID
    public var assistantID: RecordID
    public var date: LocalDate
    public var startTime: TimeOfDay?
    public var durationMinutes: Int
    public var place: VisitPlace
    public var placeOther: String
    public var presentMemberIDs: [RecordID]
    public var activities: [ActivityGroup]
    public var notes: String
    public var nextSteps: String
    public var archived: Bool

    public init(id: RecordID = .make(), familyID: RecordID, assistantID: RecordID, date: LocalDate,
                startTime: TimeOfDay? = nil, durationMinutes: Int = 60, place: VisitPlace = .miejsceZamieszkania,
                placeOther: String = "", presentMemberIDs: [RecordID] = [], activities: [ActivityGroup] = [],
                notes: String = "", nextSteps: String = "", archived: Bool = false) {
        self.id = id
        self.familyID = familyID
        self.assistantID = assistantID
        self.date = date
        self.startTime = startTime
        self.durationMinutes = durationMinutes
        self.place = place
        self.placeOther = placeOther
        self.presentMemberIDs = presentMemberIDs
        self.activities = activities
        self.notes = notes
        self.nextSteps = nextSteps
        self.archived = archived
    }

    public static let notesLimit = 8_000

    public func validate(today: LocalDate, familyMembers: Set<RecordID>) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if date > today { issues.append(.dateInFuture(.date)) }
        if !(1...Duration.maximumMinutes).contains(durationMinutes) {
            issues.append(.outOfRange(.duration, min: 1, max: Duration.maximumMinutes))
        }
        if place == .inne, let issue = TextRules.check(placeOther, field: .place, required: true) { issues.append(issue) }
        if presentMemberIDs.contains(where: { !familyMembers.contains($0) }) { issues.append(.notInFamily(.present)) }
        for (text, field) in [(notes, Field.notes), (nextSteps, Field.nextSteps)] {
            if let issue = TextRules.check(text, field: field, required: false, limit: Visit.notesLimit, multiline: true) {
                issues.append(issue)
            }
        }
        return issues
    }
}

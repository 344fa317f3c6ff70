/// Limits for text typed by users. Stored text must stay printable: control characters would be sent to the
/// terminal or break exports, so single-line fields refuse them and notes allow only line breaks and tabs.
public enum TextRules {
    public static let shortLimit = 200
    public static let notesLimit = 20_000

    public static func containsControl(_ text: String, allowLineBreaks: Bool) -> Bool {
        text.unicodeScalars.contains { scalar in
            if allowLineBreaks, scalar == "\n" || scalar == "\t" { return false }
            return isControl(scalar)
        }
    }

    /// C0, DEL and C1 controls, plus the bidirectional overrides that can disguise text on screen.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// An optional one-line text as saved: trimmed, and none when nothing is left (so that a record saved without it
    /// keeps the shape it had before the field existed).
    public static func blankAsAbsent(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    public static func check(_ text: String, field: Field, required: Bool, limit: Int = shortLimit,
                             multiline: Bool = false) -> ValidationIssue? {
        if required && text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .required(field) }
        if text.count > limit { return .tooLong(field, limit: limit) }
        if containsControl(text, allowLineBreaks: multiline) { return .controlCharacters(field) }
        return nil
    }
}

/// Which field a validation message is about; the UI turns it into a label in the user's language.
public enum Field: String, Codable, Sendable, CaseIterable {
    case label, address, locality, rural, structure, notes
    case firstName, lastName, birthDate, role, pesel, memberFrom, memberTo
    case userName, userRole, passphrase, passphraseRepeat, catalogue, caseloadCap, notVisitedDays, fte, retentionYears
    // The centre (issue 17)
    case centreName, centreAddress, centreTown, caseNumberPattern, capByEmployment, caseNumber
    // Casework
    case referral, referralDate, referralReference, consentDate, start, end, endReason, category, categoryFrom,
         monitoringMonths, monitoringNotes
    case problems, identified, source, note, status, effectDate
    case date, startTime, duration, place, present, activities, nextSteps
    case child, form, placeName, endType, eventKind, until, handoverDate, powiat, chargeMonth, chargeAmount
    case socialWorker, fosterCoordinator, coordinated, goals, actions, signatures, signedOn
    // Team meetings
    case participants, families, chair, meetingPlace
    // Reports
    case period, assistant
    // Exchange
    case file, sinceLast
}

/// Something wrong with what the user typed. Nothing is saved while any issue remains.
public enum ValidationIssue: Error, Equatable, Sendable {
    case required(Field)
    case tooLong(Field, limit: Int)
    case controlCharacters(Field)
    case invalidDate(Field)
    case dateInFuture(Field)
    case peselLength
    case peselDigits
    case peselChecksum
    case peselDate
    case peselBirthDateMismatch(peselDate: LocalDate)
    /// The PESEL of another person of the store (the same family, or another one they still belong to).
    case peselInUse(person: String, family: String)
    case endBeforeStart(Field)
    case passphraseTooShort(minimum: Int)
    case passphrasesDiffer
    case outOfRange(Field, min: Int, max: Int)
    case outsideCooperation(Field)
    case notApplicable(Field)
    case notInFamily(Field)
    /// The same item twice in one list (a family twice in one meeting protocol).
    case duplicateEntry(Field)
    case unknownCatalogueCode(String)
    case noEffectsInCatalogue
    case overlapsCooperation(start: LocalDate, end: LocalDate?)
    /// A cooperation handed over to the assistant who already has it.
    case sameAssistant
    /// Two periods of one person's employment on the same day.
    case overlapsEmployment(from: LocalDate, to: LocalDate?)
    case invalidTime(Field)
    case invalidDuration
    /// A case-number pattern without `{nr}`.
    case caseNumberWithoutNumber
    /// A `{…}` in a case-number pattern other than `{nr}` and `{rok}`.
    case unknownPlaceholder(String)

    public var field: Field {
        switch self {
        case .required(let f), .tooLong(let f, _), .controlCharacters(let f), .invalidDate(let f),
             .dateInFuture(let f), .endBeforeStart(let f), .outOfRange(let f, _, _), .outsideCooperation(let f),
             .notApplicable(let f), .notInFamily(let f), .duplicateEntry(let f), .invalidTime(let f):
            return f
        case .unknownCatalogueCode: return .problems
        case .noEffectsInCatalogue: return .effectDate
        case .overlapsCooperation: return .start
        case .overlapsEmployment: return .start
        case .sameAssistant: return .assistant
        case .invalidDuration: return .duration
        case .caseNumberWithoutNumber, .unknownPlaceholder: return .caseNumberPattern
        case .peselLength, .peselDigits, .peselChecksum, .peselDate, .peselBirthDateMismatch, .peselInUse: return .pesel
        case .passphraseTooShort: return .passphrase
        case .passphrasesDiffer: return .passphraseRepeat
        }
    }
}

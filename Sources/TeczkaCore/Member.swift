public enum MemberRole: String, Codable, Sendable, CaseIterable {
    case rodzic      // rodzic / opiekun prawny
    case dziecko
    case innaDorosla // inna osoba dorosła
}

/// A person in a family. Child or adult is not stored: it depends on the date asked about (under 18 = child).
public struct Member: Codable, Equatable, Sendable, Identifiable {
    public static let adultAge = 18

    public var id: RecordID
    public var familyID: RecordID
    public var firstName: String
    public var lastName: String
    public var birthDate: LocalDate?
    public var role: MemberRole
    public var pesel: String?
    public var memberFrom: LocalDate?
    public var memberTo: LocalDate?
    public var archived: Bool

    public init(id: RecordID = .make(), familyID: RecordID, firstName: String = "", lastName: String = "",
                birthDate: LocalDate? = nil, role: MemberRole = .dziecko, pesel: String? = nil,
                memberFrom: LocalDate? = nil, memberTo: LocalDate? = nil, archived: Bool = false) {
        self.id = id
        self.familyID = familyID
        self.firstName = firstName
        self.lastName = lastName
        self.birthDate = birthDate
        self.role = role
        self.pesel = pesel
        self.memberFrom = memberFrom
        self.memberTo = memberTo
        self.archived = archived
    }

    public var fullName: String { "\(firstName) \(lastName)" }

    public func age(on date: LocalDate) -> Int? {
        guard let birthDate, birthDate <= date else { return nil }
        return birthDate.age(on: date)
    }

    /// Child on `date`: under 18 by birth date; without a birth date, the role decides.
    public func isChild(on date: LocalDate) -> Bool {
        if let age = age(on: date) { return age < Member.adultAge }
        return role == .dziecko
    }

    /// Belongs to the family on `date` (membership dates inclusive, not archived, already born).
    public func belongs(on date: LocalDate) -> Bool {
        if archived { return false }
        if let from = memberFrom, date < from { return false }
        if let to = memberTo, date > to { return false }
        if let birthDate, date < birthDate { return false }
        return true
    }

    /// Checks the member; `today` bounds birth dates. Returns every problem found.
    public func validate(today: LocalDate) -> [ValidationIssue] {
        var issues = [
            TextRules.check(firstName, field: .firstName, required: true, limit: 60),
            TextRules.check(lastName, field: .lastName, required: true, limit: 60),
        ].compactMap { $0 }
        if let birthDate, birthDate > today { issues.append(.dateInFuture(.birthDate)) }
        if let from = memberFrom, let to = memberTo, to < from { issues.append(.endBeforeStart(.memberTo)) }
        if let pesel, !pesel.isEmpty {
            do {
                let number = try Pesel(pesel)
                if let birthDate, let encoded = number.birthDate, encoded != birthDate {
                    issues.append(.peselBirthDateMismatch(peselDate: encoded))
                }
            } catch {
                switch error {
                case .wrongLength: issues.append(.peselLength)
                case .notDigits: issues.append(.peselDigits)
                case .badChecksum: issues.append(.peselChecksum)
                case .badDate: issues.append(.peselDate)
                }
            }
        }
        return issues
    }

    public func changedFields(from old: Member) -> [Field] {
        var fields: [Field] = []
        if firstName != old.firstName { fields.append(.firstName) }
        if lastName != old.lastName { fields.append(.lastName) }
        if birthDate != old.birthDate { fields.append(.birthDate) }
        if role != old.role { fields.append(.role) }
        if pesel != old.pesel { fields.append(.pesel) }
        if memberFrom != old.memberFrom { fields.append(.memberFrom) }
        if memberTo != old.memberTo { fields.append(.memberTo) }
        return fields
    }
}

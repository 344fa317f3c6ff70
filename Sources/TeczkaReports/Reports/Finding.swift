import TeczkaCore

/// A record that is incomplete, so the figures built on it cannot be trusted yet: the family and what is missing.
public struct Finding: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case noProblems, noBirthDate, noCategory, noEndReason, assessmentOverdue, assessmentNotReviewed
        /// Two people with one PESEL (entered before the program refused it): one of them is someone else.
        case duplicatePesel
        /// Co-financing of foster care (`wspolfinansowanie` only): a placement without the powiat that charges the
        /// gmina, and months of care without a charge note.
        case noPowiat, missingCharge
    }

    public let familyID: RecordID
    /// The family's label, as on the list.
    public let family: String
    public let kind: Kind
    /// What is missing, in Polish.
    public let detail: String

    public init(familyID: RecordID, family: String, kind: Kind, detail: String) {
        self.familyID = familyID
        self.family = family
        self.kind = kind
        self.detail = detail
    }

    /// "Kowalscy: brak wpisanych problemów".
    public var text: String { "\(family): \(detail)" }
}

import Foundation

public enum FamilyStructure: String, Codable, Sendable, CaseIterable {
    case pelna, niepelna
}

/// A family in the registry. Its members are separate records (see `Member`), so that two people editing two
/// members never touch the same record.
public struct Family: Codable, Equatable, Sendable, Identifiable {
    public var id: RecordID
    public var label: String
    public var address: String
    public var locality: String
    public var rural: Bool
    public var structure: FamilyStructure
    public var notes: String
    public var archived: Bool
    /// Assistants a coordinator shared the family with (a substitute during leave). Absent in older records.
    public var sharedWith: [RecordID]?

    public init(id: RecordID = .make(), label: String = "", address: String = "", locality: String = "",
                rural: Bool = false, structure: FamilyStructure = .pelna, notes: String = "", archived: Bool = false) {
        self.id = id
        self.label = label
        self.address = address
        self.locality = locality
        self.rural = rural
        self.structure = structure
        self.notes = notes
        self.archived = archived
    }

    public func validate() -> [ValidationIssue] {
        [
            TextRules.check(label, field: .label, required: true, limit: 100),
            TextRules.check(address, field: .address, required: false),
            TextRules.check(locality, field: .locality, required: false, limit: 100),
            TextRules.check(notes, field: .notes, required: false, limit: TextRules.notesLimit, multiline: true),
        ].compactMap { $0 }
    }

    /// Names of the fields that differ, for the change history.
    public func changedFields(from old: Family) -> [Field] {
        var fields: [Field] = []
        if label != old.label { fields.append(.label) }
        if address != old.address { fields.append(.address) }
        if locality != old.locality { fields.append(.locality) }
        if rural != old.rural { fields.append(.rural) }
        if structure != old.structure { fields.append(.structure) }
        if notes != old.notes { fields.append(.notes) }
        return fields
    }
}

/// Who sees which family. A coordinator sees all; an assistant sees the families they work with (a cooperation of
/// theirs), the families they registered and nobody else took on yet, and families a coordinator shared with them.
extension CaseFile {
    public func canSee(_ familyID: RecordID, as user: UserAccount? = nil) -> Bool {
        let user = user ?? currentUser
        if user.role == .koordynator { return true }
        guard let family = families[familyID] else { return false }
        if family.sharedWith?.contains(user.id) == true { return true }
        let theirs = cooperations.values.filter { $0.familyID == familyID && !$0.archived }
        if theirs.contains(where: { $0.assistantID == user.id }) { return true }
        return theirs.isEmpty && revisions[familyID]?.first?.author == user.id
    }

    /// Shares a family with assistants (or stops sharing); coordinators only.
    public func share(_ familyID: RecordID, with assistants: [RecordID]) throws {
        guard currentUser.role == .koordynator else { throw AccessProblem.coordinatorOnly }
        guard var family = families[familyID] else { throw CaseFileError.unknownRecord(familyID) }
        family.sharedWith = assistants.isEmpty ? nil : assistants.sorted()
        try saveFamily(family)
    }

    /// Active assistants, by name.
    public var assistants: [UserAccount] {
        users.values.filter { $0.active && $0.role == .asystent }
            .sorted { PolishCollation.compare($0.name, $1.name) == .orderedAscending }
    }
}

public enum AccessProblem: Error, Equatable, Sendable {
    case coordinatorOnly
    /// The family is not this assistant's and was not shared with them.
    case notVisible
}

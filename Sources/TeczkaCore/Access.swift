/// Who sees which family. A coordinator sees all; an assistant sees the families they work with (a cooperation of
/// theirs), the families they registered and nobody else took on yet, and families a coordinator shared with them.
extension CaseFile {
    /// Whether `user` (nil: the logged-in user) sees a family: exactly the accounts its key is wrapped for (see
    /// `Ledger.readers`) — a coordinator always; an assistant while her cooperation with it is in progress or in
    /// monitoring (or, once its work ended, as its last assistant), while it is shared with her, or when she
    /// registered it and nobody is assigned.
    public func canSee(_ familyID: RecordID, as user: UserAccount? = nil) -> Bool {
        let user = user ?? currentUser
        if user.role == .koordynator { return true }
        guard families[familyID] != nil, user.id != currentUser.id || !withdrawn.contains(familyID) else { return false }
        return mayRead(familyID, as: user)
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

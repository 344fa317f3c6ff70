import Foundation

/// How long a family's records are kept (issue 15). The centre is the controller of art. 9 GDPR data: after the
/// family's last cooperation or placement ends, its records are kept for `StoreSettings.retentionYears` (10 by
/// default, the centre's choice), and Do zrobienia then lists the family for the coordinator.
extension CaseFile {
    /// The last day a family's records are kept: `retentionYears` after the end of its last cooperation (its
    /// monitoring included) or placement, or after its registration when it had neither; nil while one goes on.
    public func retainedUntil(_ familyID: RecordID) -> LocalDate? {
        let cooperations = self.cooperations(of: familyID)
        let placements = self.placements(of: familyID)
        var ends: [LocalDate] = []
        for c in cooperations {
            guard let end = c.end else { return nil }
            ends.append(c.monitoringUntil ?? end)
        }
        for p in placements {
            guard let end = p.end else { return nil }
            ends.append(end)
        }
        let registered = registeredAt(familyID).map { LocalDate.today(now: $0) }
        guard let last = ends.max() ?? registered else { return nil }
        return last.adding(months: 12 * settings.retentionYears)
    }

    /// Families past retention on `today` and not yet anonymised, with the day it ended, oldest first.
    public func pastRetention(on today: LocalDate) -> [(RecordID, LocalDate)] {
        families.keys.compactMap { id -> (RecordID, LocalDate)? in
            guard !isAnonymised(id), let until = retainedUntil(id), until < today else { return nil }
            return (id, until)
        }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
    }
}

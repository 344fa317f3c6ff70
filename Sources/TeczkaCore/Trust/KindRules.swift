import Foundation

/// The rows of the authority table that look inside a document: sharing and assigning are a coordinator's, an
/// approval needs four eyes, an approved assessment is final, nobody writes in another's name.
enum KindRules {
    static func check(_ r: Revision, _ document: (any RecordDocument)?, actor: RecordID, coordinator: Bool,
                      ledger: Ledger) -> RefusalReason? {
        switch document {
        case let family as Family:
            guard !coordinator else { return nil }
            let before = ledger.families[r.recordID]?.sharedWith ?? []
            return (family.sharedWith ?? []) == before ? nil : .sharingChange
        case let cooperation as Cooperation:
            guard !coordinator else { return nil }
            guard cooperation.assistantID == actor, cooperation.handovers == nil || ledger.cooperations[cooperation.familyID]?[r.recordID] != nil
            else { return .assignmentChange }
            if let before = ledger.cooperations[cooperation.familyID]?[r.recordID],
               before.assistantID != cooperation.assistantID || before.handovers != cooperation.handovers {
                return .assignmentChange
            }
            return nil
        case let placement as Placement:
            // The powiat and its charge notes are the coordinator's (co-financing of foster care, issue 15).
            guard !coordinator else { return nil }
            return PlacementCharges(placement) == ledger.placementCharges[r.recordID] ?? .none ? nil : .coFinancingChange
        case let assessment as Assessment:
            return check(assessment, r, actor: actor, coordinator: coordinator, ledger: ledger)
        default:
            return nil
        }
    }

    private static func check(_ next: Assessment, _ r: Revision, actor: RecordID, coordinator: Bool, ledger: Ledger) -> RefusalReason? {
        // The version it replaces: of several parents (a resolved conflict), the one in force.
        let parent = r.parents.compactMap { ledger.facts[$0] }.max { $0.clock < $1.clock }
        let previous = parent.flatMap { try? DocumentCoding.decoder.decode(Assessment.self, from: $0.body) }
        if let previous, previous.state == .zatwierdzona {
            // Final, but for archiving by a coordinator and for starting a correction (the state machine's `.correct`).
            var unarchived = next
            unarchived.archived = previous.archived
            if unarchived == previous { return coordinator ? nil : .approvedIsFinal }
            var corrected = previous
            corrected.state = .szkic
            corrected.correction += 1
            corrected.approvedBy = nil
            corrected.approvedOn = nil
            guard next == corrected else { return .approvedIsFinal }
            return coordinator || actor == next.authorID ? nil : .authorMismatch
        }
        if previous == nil, !coordinator, next.authorID != actor { return .authorMismatch }
        let reviewed = next.state == .zatwierdzona || next.state == .zwrocona
        let changed = previous.map { $0.state != next.state || $0.reviews != next.reviews || $0.approvedBy != next.approvedBy } ?? true
        if reviewed && changed {
            guard coordinator else { return .reviewByAssistant }
            guard next.authorID != actor else { return .ownAssessment }
            if next.state == .zatwierdzona, next.approvedBy != actor { return .authorMismatch }
            let added = next.reviews.dropFirst(previous?.reviews.count ?? 0)
            if added.contains(where: { $0.reviewerID != actor }) { return .authorMismatch }
        }
        return nil
    }
}

import Crypto
import Foundation

/// What the ledger knows about one family's scope, for a checkpoint (`FamilyCheckpoint`): the facts of its revisions
/// and its chains' newest links. The rest of the ledger's state about a family (its document, cooperations and who
/// registered it) follows from the revisions and the current documents, and is worked out again on adoption.
struct LedgerScopeSlice {
    struct Fact {
        let revisionID: RecordID
        let facts: RevisionFacts
    }

    var facts: [Fact] = []
    var tips: [(signer: RecordID, tip: ChainTip)] = []
}

extension Ledger {
    /// The newest link of every chain in `scopes`, found in one pass over all chains (a city centre's store has tens
    /// of thousands).
    func tips(in scopes: Set<Scope>) -> [Scope: [(signer: RecordID, tip: ChainTip)]] {
        var found: [Scope: [(signer: RecordID, tip: ChainTip)]] = [:]
        // Over the keys only: copying every tip out of the table (its links and signature) made each save at 10,000
        // families 10 ms slower.
        for chain in tips.keys where scopes.contains(chain.scope) { found[chain.scope, default: []].append((chain.signer, tips[chain]!)) }
        return found
    }

    /// Takes a family's state from a checkpoint this account sealed after admitting it: nothing in it is checked
    /// again (see `FamilyCheckpoint` for why that is safe). `revisions` are the family's revisions in admission order,
    /// `documents` the current document of each of its records.
    mutating func adopt(family familyID: RecordID, revisions: [Revision], slice: LedgerScopeSlice,
                        documents: [RecordID: any RecordDocument]) {
        let scope = Scope.family(familyID)
        for fact in slice.facts { facts[fact.revisionID] = fact.facts }
        for (signer, tip) in slice.tips { tips[ChainKey(signer: signer, scope: scope)] = tip }
        for revision in revisions {
            records[revision.recordID] = (revision.kind, scope)
            guard Self.stateKinds.contains(revision.kind) else { continue }
            heldClock[revision.recordID] = max(heldClock[revision.recordID] ?? 0, revision.clock)
            if revision.kind == .family, registrants[revision.recordID] == nil {
                registrants[revision.recordID] = revision.legacy ? revision.author : revision.signer
            }
        }
        for (id, document) in documents {
            switch document {
            case let family as Family: families[id] = family
            case let cooperation as Cooperation: cooperations[cooperation.familyID, default: [:]][id] = cooperation
            case let placement as Placement: placementCharges[id] = PlacementCharges(placement)
            default: break
            }
        }
    }
}

import Crypto
import Foundation

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
    /// again (see `FamilyCheckpoint` for why that is safe). `records` are the family's records with their kinds,
    /// `heldClocks` the clock of the version in force of those the authority rules read, `documents` the current
    /// documents. The facts of its revisions come later, when the family is needed (`adoptFact`).
    mutating func adopt(family familyID: RecordID, records familyRecords: [(RecordID, RecordKind)],
                        heldClocks: [(id: RecordID, clock: Int)], registrant: RecordID?,
                        tips familyTips: [(signer: RecordID, tip: ChainTip)],
                        documents: [(id: RecordID, kind: RecordKind, document: any RecordDocument)]) {
        let scope = Scope.family(familyID)
        for (signer, tip) in familyTips { tips[ChainKey(signer: signer, scope: scope)] = tip }
        setPlaces(familyRecords, in: scope)
        for (id, clock) in heldClocks { heldClock[id] = clock }
        if let registrant { registrants[familyID] = registrant }
        for (id, _, document) in documents {
            switch document {
            case let family as Family: families[id] = family
            case let cooperation as Cooperation: cooperations[cooperation.familyID, default: [:]][id] = cooperation
            case let placement as Placement: placementCharges[id] = PlacementCharges(placement)
            default: break
            }
        }
    }

    /// The facts of a checkpointed family's revision, once the family is needed (`CaseFile.warm`).
    mutating func adoptFact(_ fact: RevisionFacts, of revisionID: RecordID) {
        facts[revisionID] = fact
    }
}

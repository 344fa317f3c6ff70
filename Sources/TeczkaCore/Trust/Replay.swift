import Foundation

/// Re-admits a store's revisions in the order they were written, as the store admitted them then. Whatever fails
/// (a gap or fork in a chain, a signature, a clock, the authority table) is left out and reported; so is everything
/// that follows from it.
enum Replay {
    struct Outcome {
        var ledger: Ledger
        var admitted: [Revision]
        var refused: [Refusal]
    }

    static func run(_ stored: [Revision], root: RootOfTrust?) -> Outcome {
        var excluded: [RecordID: RefusalReason] = [:]
        while true {
            var outcome = pass(stored, root: root, excluded: excluded)
            let bad = badSignatures(outcome)
            if bad.isEmpty {
                // With every signature proved: anonymised bodies must agree with the coordinators' redaction records.
                let problems = outcome.ledger.redactionProblems()
                if problems.isEmpty {
                    outcome.ledger.markVerified()
                    return outcome
                }
                excluded.merge(problems) { first, _ in first }
            }
            for id in bad { excluded[id] = .badSignature }
        }
    }

    private static func pass(_ stored: [Revision], root: RootOfTrust?, excluded: [RecordID: RefusalReason]) -> Outcome {
        var ledger = Ledger(root: root)
        ledger.reserve(stored.count)
        ledger.keepsDecoded = true
        var admitted: [Revision] = []
        admitted.reserveCapacity(stored.count)
        var refused: [Refusal] = []
        var refusedIDs = Set<RecordID>()
        var brokenChains = Set<ChainKey>()
        // Digests and the documents the rules read are worked out on every core, a batch ahead of the admitting.
        var prepared: [Ledger.Prepared] = []
        var preparedFrom = 0
        for (position, revision) in stored.enumerated() {
            if position - preparedFrom >= prepared.count {
                preparedFrom = position
                let batch = stored[position..<min(position + 8_192, stored.count)]
                prepared = parallelMap(batch.count) { Ledger.prepare(batch[batch.startIndex + $0]) }
            }
            let chain = ChainKey(signer: revision.signer, scope: revision.scope)
            let reason: RefusalReason?
            if let excludedReason = excluded[revision.id] {
                reason = excludedReason
            } else if brokenChains.contains(chain) || revision.parents.contains(where: refusedIDs.contains) {
                reason = .afterRefused
            } else {
                reason = ledger.admit(revision, origin: .replay, prepared: prepared[position - preparedFrom])
            }
            if let reason {
                refused.append(Refusal(revision, reason))
                refusedIDs.insert(revision.id)
                if revision.isSigned { brokenChains.insert(chain) }
            } else {
                admitted.append(revision)
            }
        }
        return Outcome(ledger: ledger, admitted: admitted, refused: refused)
    }

    /// The first revision of each chain whose newest signature does not verify, found by checking its revisions one
    /// by one (the links already hold, so it is a signature that was altered, or a revision forged at the end).
    private static func badSignatures(_ outcome: Outcome) -> Set<RecordID> {
        var bad = Set<RecordID>()
        // One signature per chain, each independent: checked on every core (a city centre has tens of thousands).
        let tips = outcome.ledger.tips.filter { !$0.value.verified }.map { ($0.key, $0.value) }
        let valid = parallelMap(tips.count, sequentialBelow: 64) { tips[$0].1.key.isValid(tips[$0].1.signature, for: tips[$0].1.digest) }
        let failing = tips.indices.filter { !valid[$0] }.map { tips[$0] }
        guard !failing.isEmpty else { return bad }
        for (chain, tip) in failing {
            let members = outcome.admitted.filter { $0.signer == chain.signer && $0.scope == chain.scope }
            let first = members.first { !RevisionSeal.verify($0, with: tip.key) }
            bad.insert(first?.id ?? tip.revisionID)
        }
        return bad
    }
}

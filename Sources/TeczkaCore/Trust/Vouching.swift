import Foundation

/// Revisions written before this program signed anything (stores and packages of format 1) get a signature only
/// from a coordinator who vouches for them: each is signed as `legacy` by the coordinator, keeping its original
/// author, record, parents and time. What that proves, and what it does not, is in Docs/store.md ("Migration").
public enum Vouching {
    public enum Problem: Error, Equatable, Sendable {
        /// A revision's document does not read as its kind.
        case undecodable(RecordID, RecordKind)
    }

    /// Signs `unsigned` (in the order they were written) by `voucher`, continuing the voucher's chains from
    /// `position` and taking parents' clocks from `clockOf` for revisions written before these.
    public static func sign(_ unsigned: [Revision], by voucher: RecordID, key: SigningKey,
                            position: (Scope) -> (index: Int, link: Data) = { _ in (1, RevisionSeal.noLink) },
                            clockOf: (RecordID) -> Int? = { _ in nil }) throws -> [Revision] {
        var next: [Scope: (index: Int, link: Data)] = [:]
        var clocks: [RecordID: Int] = [:]
        var signed: [Revision] = []
        signed.reserveCapacity(unsigned.count)
        for old in unsigned {
            guard let document = try? old.kind.traits.decode(old.body),
                  let scope = old.kind.scope(of: document, recordID: old.recordID) else {
                throw Problem.undecodable(old.recordID, old.kind)
            }
            let place = next[scope] ?? position(scope)
            var revision = old
            revision.scope = scope
            revision.signer = voucher
            revision.chainIndex = place.index
            revision.previousLink = place.link
            revision.clock = 1 + (old.parents.compactMap { clocks[$0] ?? clockOf($0) }.max() ?? 0)
            revision.legacy = true
            try RevisionSeal.sign(&revision, with: key)
            clocks[revision.id] = revision.clock
            next[scope] = (place.index + 1, RevisionSeal.link(revision))
            signed.append(revision)
        }
        return signed
    }
}

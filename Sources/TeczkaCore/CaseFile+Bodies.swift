import Crypto
import Foundation

/// Older revisions' bodies are read from the journal when they are needed (issue 14): a case file holds the current
/// documents decoded, and the JSON they were decoded from (as large again as the store's current state) need not stay
/// in memory. A case file opened with `releasingBodies` (a store's) drops them as it decodes; a history, a package,
/// `teczka check`, a conflict and the check that a save changes something read the bodies they need through
/// `withBodies`, which accepts a body only if it is the one admitted (its SHA-256 is kept in the ledger's facts).
extension CaseFile {
    /// Drops the bodies of one record's revisions, if it is a family's record and not in conflict (the versions of a
    /// record in conflict are compared on screen).
    func releaseBodies(of id: RecordID) {
        guard !forked.contains(id), let first = loadedRevisions[id]?.first, first.scope.familyID != nil else { return }
        for index in loadedRevisions[id]!.indices { loadedRevisions[id]![index].body = Data() }
    }

    /// `list` with every body, those released from memory read from the journal (one read for all of them).
    public func withBodies(_ list: [Revision]) throws -> [Revision] {
        let missing = list.filter { $0.body.isEmpty }
        guard !missing.isEmpty else { return list }
        warm(scopes: Set(missing.map(\.scope)))
        let bodies = try journal.bodies(of: missing)
        return try list.map { revision in
            guard revision.body.isEmpty else { return revision }
            // A store says which file is damaged itself; a journal that simply lacks one names the revision.
            guard let body = bodies[revision.id] else { throw StoreProblem.io(revision.id.raw) }
            // The body admitted at log-in, not one sealed anew into the row since (by anyone holding the scope's key).
            guard let admitted = ledger.facts[revision.id]?.bodyHash, BodyHash(SHA256.hash(data: body)) == admitted else {
                throw StoreProblem.damaged(path: journal.location, detail: "revision \(revision.id.raw) changed since log-in")
            }
            var loaded = revision
            loaded.body = body
            return loaded
        }
    }

    /// The body of one revision, read from the journal if it was released.
    func body(of revision: Revision) throws -> Data {
        revision.body.isEmpty ? try withBodies([revision])[0].body : revision.body
    }

    /// A record that has come to have two or more heads gets its bodies back in memory: its versions are compared.
    func restoreBodies(of id: RecordID) {
        guard bodiesReleased, let list = revisions(of: id), list.contains(where: { $0.body.isEmpty }),
              let loaded = try? withBodies(list) else { return }
        loadedRevisions[id] = loaded
    }
}

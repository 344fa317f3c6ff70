import Foundation

/// What signing and checking cost, measured on synthetic revisions the size of a visit (`teczka bench-signatures`,
/// make bench): signing each, checking them the way a store is opened (every digest and link, the newest signature
/// of each chain), and verifying every signature (`teczka check`).
public enum SealBenchmark {
    public struct Result: Sendable {
        public let count: Int
        public let chains: Int
        public let sign: TimeInterval
        public let checkAsOpened: TimeInterval
        public let verifyEach: TimeInterval
    }

    public static func run(count: Int, chains: Int = 1_000) throws -> Result {
        let key = SigningKey()
        let signer = RecordID.make()
        let body = Data(String(repeating: "Notatka z wizyty u rodziny. ", count: 35).utf8)
        let scopes = (0..<max(1, chains)).map { _ in Scope.family(.make()) }
        var tips: [Scope: (Int, Data)] = [:]
        var revisions: [Revision] = []
        revisions.reserveCapacity(count)
        let started = Date()
        for i in 0..<count {
            let scope = scopes[i % scopes.count]
            let (index, link) = tips[scope] ?? (1, RevisionSeal.noLink)
            var revision = Revision(id: .make(), recordID: .make(), kind: .visit, parent: nil, timestamp: Date(), author: signer,
                                    body: body, scope: scope, signer: signer, chainIndex: index, previousLink: link, clock: 1,
                                    legacy: false, signature: Data())
            try RevisionSeal.sign(&revision, with: key)
            tips[scope] = (index + 1, RevisionSeal.link(revision))
            revisions.append(revision)
        }
        let signed = Date()
        // As a store is opened: every digest and link; the newest signature of each chain.
        var last: [Scope: (digest: Data, signature: Data)] = [:]
        var expected: [Scope: Data] = [:]
        for revision in revisions {
            guard revision.previousLink == (expected[revision.scope] ?? RevisionSeal.noLink) else { throw Problem.broken }
            let digest = RevisionSeal.digest(revision)
            expected[revision.scope] = RevisionSeal.link(digest: digest, signature: revision.signature)
            last[revision.scope] = (digest, revision.signature)
        }
        for (_, tip) in last where !key.publicKey.isValid(tip.signature, for: tip.digest) { throw Problem.broken }
        let checked = Date()
        for revision in revisions where !RevisionSeal.verify(revision, with: key.publicKey) { throw Problem.broken }
        let verified = Date()
        return Result(count: count, chains: scopes.count, sign: signed.timeIntervalSince(started),
                      checkAsOpened: checked.timeIntervalSince(signed), verifyEach: verified.timeIntervalSince(checked))
    }

    enum Problem: Error { case broken }
}

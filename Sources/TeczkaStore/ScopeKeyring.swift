import Crypto
import Foundation
import GRDB
import TeczkaCore

/// One key of one scope: scopes get a new epoch when someone loses the right to read them.
struct ScopeEpoch: Hashable, Sendable {
    let scope: Scope
    let epoch: Int
}

/// The scope keys of an open store: the ones the logged-in account holds (unwrapped with its agreement key), and
/// for every scope of the file its newest epoch and whom each epoch is wrapped for (clear metadata).
struct ScopeKeyring {
    var held: [ScopeEpoch: SymmetricKey] = [:]
    var current: [Scope: Int] = [:]
    var recipients: [ScopeEpoch: Set<KeyRecipient>] = [:]

    /// A row of `scope_key` to write.
    struct Wrap {
        let place: ScopeEpoch
        let recipient: KeyRecipient
        let ephemeral: Data
        let wrapped: Data
    }

    /// Reads the file's wraps and opens the ones addressed to `account` (its current agreement key).
    /// `only` (nil: all) limits the keys opened to those scopes (a log-in that reads one family, see
    /// `EncryptedStore.unlock(passphrase:limitedTo:)`); every scope's recipients are still known. The account's keys
    /// are opened on every core: a coordinator of a city centre holds one per family.
    static func load(_ db: Database, for account: RecordID, agreement: AgreementKey, only: Set<Scope>? = nil) throws -> ScopeKeyring {
        var ring = ScopeKeyring()
        let mine = agreement.publicKey.rawRepresentation
        var wrapped: [(place: ScopeEpoch, key: Data, ephemeral: Data)] = []
        for row in try Row.fetchAll(db, sql: "SELECT scope, epoch, recipient, recipient_key, wrapped, ephemeral FROM scope_key") {
            let place = ScopeEpoch(scope: Scope(raw: row[0]), epoch: row[1])
            let recipientID = RecordID(row[2])
            guard let key = PublicAgreementKey(rawRepresentation: row[3]) else { continue }
            ring.recipients[place, default: []].insert(KeyRecipient(userID: recipientID, key: key))
            ring.current[place.scope] = max(ring.current[place.scope] ?? 0, place.epoch)
            guard recipientID == account, key.rawRepresentation == mine, only?.contains(place.scope) ?? true else { continue }
            wrapped.append((place, row[4], row[5]))
        }
        let sealed = wrapped
        let opened = parallelMap(sealed.count) { index in
            Sealing.unwrap(scopeKey: sealed[index].key, ephemeral: sealed[index].ephemeral, scope: sealed[index].place.scope,
                           epoch: sealed[index].place.epoch, recipient: account, with: agreement)
        }
        for (index, key) in opened.enumerated() {
            if let key { ring.held[wrapped[index].place] = key }
        }
        return ring
    }

    /// The key new revisions of a scope are sealed with.
    func sealingKey(_ scope: Scope) -> (key: SymmetricKey, epoch: Int)? {
        guard let epoch = current[scope], let key = held[ScopeEpoch(scope: scope, epoch: epoch)] else { return nil }
        return (key, epoch)
    }

    /// Brings a scope's keys in line with who may read it now: a new scope gets its first key; a reader who lost the
    /// right (or whose agreement key changed) makes a new epoch, wrapped for the readers only, so nothing written
    /// after reaches them; a new reader gets every epoch this account holds (the family's whole history).
    mutating func update(_ scope: Scope, readers: Set<KeyRecipient>) throws -> [Wrap] {
        guard let epoch = current[scope] else { return try newEpoch(scope, 1, readers) }
        let place = ScopeEpoch(scope: scope, epoch: epoch)
        let have = recipients[place] ?? []
        if !have.subtracting(readers).isEmpty {
            var wraps = try newEpoch(scope, epoch + 1, readers)
            wraps += try wrapHistory(scope, below: epoch + 1, for: readers.subtracting(have))
            return wraps
        }
        return try wrapHistory(scope, below: epoch + 1, for: readers.subtracting(have))
    }

    private mutating func newEpoch(_ scope: Scope, _ epoch: Int, _ readers: Set<KeyRecipient>) throws -> [Wrap] {
        let key = SymmetricKey(size: .bits256)
        let place = ScopeEpoch(scope: scope, epoch: epoch)
        held[place] = key
        current[scope] = epoch
        recipients[place] = readers
        return try readers.map { try wrap(key, place, $0) }
    }

    /// Every epoch of `scope` this account holds, wrapped for `added`.
    private mutating func wrapHistory(_ scope: Scope, below end: Int, for added: Set<KeyRecipient>) throws -> [Wrap] {
        var wraps: [Wrap] = []
        for epoch in 1..<end {
            let place = ScopeEpoch(scope: scope, epoch: epoch)
            guard let key = held[place] else { continue }
            for recipient in added {
                // A recipient wrapped before under another agreement key (a reset) is replaced, not added.
                recipients[place] = (recipients[place] ?? []).filter { $0.userID != recipient.userID }.union([recipient])
                wraps.append(try wrap(key, place, recipient))
            }
        }
        return wraps
    }

    private func wrap(_ key: SymmetricKey, _ place: ScopeEpoch, _ recipient: KeyRecipient) throws -> Wrap {
        let (ephemeral, wrapped) = try Sealing.wrap(scopeKey: key, scope: place.scope, epoch: place.epoch, for: recipient)
        return Wrap(place: place, recipient: recipient, ephemeral: ephemeral, wrapped: wrapped)
    }

    static func insert(_ db: Database, _ wraps: [Wrap]) throws {
        for w in wraps {
            try db.execute(sql: """
                INSERT OR REPLACE INTO scope_key (scope, epoch, recipient, recipient_key, ephemeral, wrapped)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [w.place.scope.raw, w.place.epoch, w.recipient.userID.raw, w.recipient.key.rawRepresentation,
                                 w.ephemeral, w.wrapped])
        }
    }
}

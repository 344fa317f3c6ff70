import Crypto
import CryptoExtras
import Foundation
import TeczkaCore

/// scrypt cost of the store's passphrase derivation (and of key slots of format 1, which had their own). Stored with
/// the store so that it can be raised later.
public struct KeyDerivationCost: Sendable, Equatable, Codable {
    public var log2N: Int
    public var r: Int
    public var p: Int
    public init(log2N: Int, r: Int = 8, p: Int = 1) {
        self.log2N = log2N
        self.r = r
        self.p = p
    }
    /// For real stores: N = 2^18, r = 8, p = 1, as `age` does by default (256 MiB; about a second in a release build).
    public static let standard = KeyDerivationCost(log2N: 18)
    /// For tests only: fast and weak.
    public static let testing = KeyDerivationCost(log2N: 10)

    /// What the program uses for new stores: `standard`, except in a debug build asked by the end-to-end tests
    /// (`TECZKA_TEST_WEAK_KDF=1`) so that each of their many log-ins takes milliseconds. A release build ignores it.
    public static func forNewStores(environment: [String: String] = ProcessInfo.processInfo.environment) -> KeyDerivationCost {
        #if DEBUG
        if environment["TECZKA_TEST_WEAK_KDF"] == "1" { return .testing }
        #endif
        return .standard
    }

    /// The bytes of memory the derivation takes (128·r·N).
    public var memory: Int { 128 * r * (1 << min(log2N, 40)) }

    /// Whether a cost read from a file may be used: scrypt needs about 128·r·N bytes, and a crafted file asking for
    /// gigabytes (or absurd parallelism) is refused before any work is done.
    public var isBounded: Bool {
        guard (1...22).contains(log2N), (1...32).contains(r), (1...4).contains(p) else { return false }
        return memory <= 1 << 30
    }

    /// Not weaker than `other` in memory and work.
    func isAtLeast(_ other: KeyDerivationCost) -> Bool { memory * p >= other.memory * other.p && log2N >= other.log2N }
}

/// The store's passphrase derivation (format 3): one salt and cost for the whole store, in `meta`, so that a log-in
/// derives one key whatever the number of accounts; the key's tag finds the account's slot.
struct StoreKeyDerivation: Sendable, Equatable {
    var salt: Data
    var cost: KeyDerivationCost

    func derive(_ passphrase: String) throws -> SymmetricKey {
        try Sealing.deriveKey(passphrase: passphrase, salt: salt, cost: cost)
    }
}

/// What an account's key slot holds besides the data key: its private signing key and the store's root of trust,
/// sealed under the same passphrase-derived key, so that nobody without the passphrase can read or change either.
public struct AccountIdentity: Codable, Sendable {
    public var signingKey: Data
    /// The private X25519 key that opens the scope keys wrapped for the account (absent in identities of format 2).
    public var agreementKey: Data?
    public var root: RootOfTrust

    public init(keys: AccountKeys, root: RootOfTrust) {
        signingKey = keys.signing.rawRepresentation
        agreementKey = keys.agreement.rawRepresentation
        self.root = root
    }

    public func key() throws -> SigningKey { try SigningKey(rawRepresentation: signingKey) }

    func agreement() throws -> AgreementKey? { try agreementKey.map(AgreementKey.init(rawRepresentation:)) }
}

/// The cryptography of the store: the data key, its per-user wrapping, and the sealing of revision bodies.
enum Sealing {
    static func normalized(_ passphrase: String) -> Data {
        // The same passphrase typed on another keyboard may arrive decomposed (z + combining dot): normalise.
        Data(passphrase.precomposedStringWithCanonicalMapping.utf8)
    }

    static func deriveKey(passphrase: String, salt: Data, cost: KeyDerivationCost) throws -> SymmetricKey {
        try KDF.Scrypt.deriveKey(from: normalized(passphrase), salt: salt, outputByteCount: 32,
                                 rounds: 1 << cost.log2N, blockSize: cost.r, parallelism: cost.p)
    }

    static func randomBytes(_ count: Int) -> Data {
        SymmetricKey(size: SymmetricKeySize(bitCount: count * 8)).withUnsafeBytes { Data($0) }
    }

    static func slotContext(_ userID: RecordID) -> Data { Data("teczka-keyslot-v1|\(userID.raw)".utf8) }

    static func wrap(dataKey: SymmetricKey, with kek: SymmetricKey, userID: RecordID) throws -> Data {
        let raw = dataKey.withUnsafeBytes { Data($0) }
        return try AES.GCM.seal(raw, using: kek, authenticating: slotContext(userID)).combined!
    }

    /// Nil when the passphrase is wrong (or the slot damaged: AES-GCM cannot tell them apart).
    static func unwrap(_ wrapped: Data, with kek: SymmetricKey, userID: RecordID) -> SymmetricKey? {
        guard let box = try? AES.GCM.SealedBox(combined: wrapped),
              let raw = try? AES.GCM.open(box, using: kek, authenticating: slotContext(userID)) else { return nil }
        return SymmetricKey(data: raw)
    }

    static func identityContext(_ userID: RecordID) -> Data { Data("teczka-identity-v1|\(userID.raw)".utf8) }

    static func seal(identity: AccountIdentity, with kek: SymmetricKey, userID: RecordID) throws -> Data {
        try AES.GCM.seal(try JSONEncoder.sorted.encode(identity), using: kek, authenticating: identityContext(userID)).combined!
    }

    static func openIdentity(_ sealed: Data, with kek: SymmetricKey, userID: RecordID) -> AccountIdentity? {
        guard let box = try? AES.GCM.SealedBox(combined: sealed),
              let clear = try? AES.GCM.open(box, using: kek, authenticating: identityContext(userID)) else { return nil }
        return try? JSONDecoder().decode(AccountIdentity.self, from: clear)
    }

    // MARK: Format 3: slots found by a tag, scope keys wrapped for X25519 recipients

    /// What finds an account's slot without trying each: derived from the passphrase key, useless without it.
    static func slotTag(_ kek: SymmetricKey) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: Data("teczka-slot-tag-v3".utf8), using: kek))
    }

    static func scopeKeyContext(_ scope: Scope, _ epoch: Int, _ recipient: RecordID) -> Data {
        Data("teczka-scope-key-v3|\(scope.raw)|\(epoch)|\(recipient.raw)".utf8)
    }

    /// Wraps a scope key for one recipient as `age` does for X25519: an ephemeral key, the shared secret through
    /// HKDF-SHA256 (salt: both public keys), AES-256-GCM over the key with the scope, epoch and recipient bound in.
    static func wrap(scopeKey: SymmetricKey, scope: Scope, epoch: Int, for recipient: KeyRecipient) throws -> (ephemeral: Data, wrapped: Data) {
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let shared = try ephemeral.sharedSecretFromKeyAgreement(with: recipient.key.key)
        let context = scopeKeyContext(scope, epoch, recipient.userID)
        let kek = shared.hkdfDerivedSymmetricKey(using: SHA256.self,
                                                 salt: ephemeral.publicKey.rawRepresentation + recipient.key.rawRepresentation,
                                                 sharedInfo: context, outputByteCount: 32)
        let raw = scopeKey.withUnsafeBytes { Data($0) }
        return (ephemeral.publicKey.rawRepresentation, try AES.GCM.seal(raw, using: kek, authenticating: context).combined!)
    }

    static func unwrap(scopeKey wrapped: Data, ephemeral: Data, scope: Scope, epoch: Int, recipient: RecordID,
                       with key: AgreementKey) -> SymmetricKey? {
        guard let ephemeralKey = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: ephemeral),
              let shared = try? key.key.sharedSecretFromKeyAgreement(with: ephemeralKey) else { return nil }
        let context = scopeKeyContext(scope, epoch, recipient)
        let kek = shared.hkdfDerivedSymmetricKey(using: SHA256.self, salt: ephemeral + key.publicKey.rawRepresentation,
                                                 sharedInfo: context, outputByteCount: 32)
        guard let box = try? AES.GCM.SealedBox(combined: wrapped),
              let raw = try? AES.GCM.open(box, using: kek, authenticating: context) else { return nil }
        return SymmetricKey(data: raw)
    }

    /// The clear envelope of a body sealed under a scope key (format 3): the row's columns and the key's epoch.
    static func envelope(_ r: Revision, epoch: Int) -> Data {
        envelope(r) + Data("|\(r.scope.raw)|v3|\(epoch)".utf8)
    }

    static func seal(_ revision: Revision, key: SymmetricKey, epoch: Int) throws -> Data {
        try AES.GCM.seal(revision.body, using: key, authenticating: envelope(revision, epoch: epoch)).combined!
    }

    static func open(_ sealed: Data, envelopeOf revision: Revision, key: SymmetricKey, epoch: Int) throws -> Data {
        try AES.GCM.open(try AES.GCM.SealedBox(combined: sealed), using: key, authenticating: envelope(revision, epoch: epoch))
    }

    /// The clear envelope is authenticated with the body, so moving a body to another record or author fails.
    static func envelope(_ r: Revision) -> Data {
        Data("teczka-rev-v1|\(r.id.raw)|\(r.recordID.raw)|\(r.kind.rawValue)|\(r.parent?.raw ?? "")|\(r.author.raw)|\(r.timestamp.timeIntervalSince1970.bitPattern)".utf8)
    }

    static func seal(_ revision: Revision, key: SymmetricKey) throws -> Data {
        try AES.GCM.seal(revision.body, using: key, authenticating: envelope(revision)).combined!
    }

    static func open(_ sealed: Data, envelopeOf revision: Revision, key: SymmetricKey) throws -> Data {
        let box = try AES.GCM.SealedBox(combined: sealed)
        return try AES.GCM.open(box, using: key, authenticating: envelope(revision))
    }
}

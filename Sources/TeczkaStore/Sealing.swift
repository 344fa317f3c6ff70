import Crypto
import CryptoExtras
import Foundation
import TeczkaCore

/// scrypt cost of a key slot. Stored in the slot so that it can be raised later without breaking old slots.
public struct KeyDerivationCost: Sendable, Equatable {
    public var log2N: Int
    public var r: Int
    public var p: Int
    public init(log2N: Int, r: Int = 8, p: Int = 1) {
        self.log2N = log2N
        self.r = r
        self.p = p
    }
    /// For real stores: N = 2^15 (about 0.15 s in a release build).
    public static let standard = KeyDerivationCost(log2N: 15)
    /// For tests only: fast and weak.
    public static let testing = KeyDerivationCost(log2N: 10)

    /// Whether a cost read from a file may be used: scrypt needs about 128·r·N bytes, and a crafted file asking for
    /// gigabytes (or absurd parallelism) is refused before any work is done.
    public var isBounded: Bool {
        guard (1...22).contains(log2N), (1...32).contains(r), (1...4).contains(p) else { return false }
        return 128 * r * (1 << log2N) <= 1 << 30
    }
}

/// What an account's key slot holds besides the data key: its private signing key and the store's root of trust,
/// sealed under the same passphrase-derived key, so that nobody without the passphrase can read or change either.
public struct AccountIdentity: Codable, Sendable {
    public var signingKey: Data
    public var root: RootOfTrust

    public init(signingKey: SigningKey, root: RootOfTrust) {
        self.signingKey = signingKey.rawRepresentation
        self.root = root
    }

    public func key() throws -> SigningKey { try SigningKey(rawRepresentation: signingKey) }
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

import Crypto
import Foundation

/// An account's private signing key (Ed25519). The store keeps it only sealed in the account's key slot; a case
/// file holds the logged-in account's key in memory to sign what it writes.
public struct SigningKey: Sendable {
    let key: Curve25519.Signing.PrivateKey

    public init() { key = Curve25519.Signing.PrivateKey() }

    public init(rawRepresentation: Data) throws {
        key = try Curve25519.Signing.PrivateKey(rawRepresentation: rawRepresentation)
    }

    public var rawRepresentation: Data { key.rawRepresentation }
    public var publicKey: PublicSigningKey { PublicSigningKey(key.publicKey) }

    func sign(_ digest: Data) throws -> Data { try key.signature(for: digest) }
}

/// The public half, as kept in the account's `user` record (base64 of the 32 raw bytes).
public struct PublicSigningKey: PublicKeyText, CustomStringConvertible {
    public let rawRepresentation: Data

    init(_ key: Curve25519.Signing.PublicKey) { rawRepresentation = key.rawRepresentation }

    public init?(rawRepresentation: Data) {
        guard (try? Curve25519.Signing.PublicKey(rawRepresentation: rawRepresentation)) != nil else { return nil }
        self.rawRepresentation = rawRepresentation
    }

    /// A key this program checked when it admitted it (read back from an authenticated checkpoint).
    init(checked rawRepresentation: Data) { self.rawRepresentation = rawRepresentation }

    func isValid(_ signature: Data, for digest: Data) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: rawRepresentation) else { return false }
        return key.isValidSignature(signature, for: digest)
    }

    /// A short fingerprint for people to compare: the first 8 bytes of SHA-256, in groups of four hex digits.
    public var fingerprint: String {
        let hex = SHA256.hash(data: rawRepresentation).prefix(8).map { String(format: "%02X", $0) }.joined()
        return stride(from: 0, to: hex.count, by: 4).map { i in
            String(hex[hex.index(hex.startIndex, offsetBy: i)..<hex.index(hex.startIndex, offsetBy: i + 4)])
        }.joined(separator: "-")
    }

    public var description: String { fingerprint }
}

/// What a signature covers, and how revisions of one signer and scope are chained.
///
/// `digest` = SHA-256 over the length-prefixed fields of the envelope (format tag, id, record, kind, scope, parents,
/// signer, author, chain index, previous link, clock, timestamp bits, legacy flag) and the SHA-256 of the body.
/// `link` = SHA-256(digest ‖ signature) is what the next revision of the chain names as `previousLink`, so checking the
/// links of a chain and the signature of its last revision proves every revision of it, signatures included.
public enum RevisionSeal {
    public static let noLink = Data(repeating: 0, count: 32)
    static let tag = "teczka-rev-v2"

    /// `bodyHash`: SHA-256 of the body when the caller has it already (ignored for an anonymised body).
    public static func digest(_ r: Revision, bodyHash: SHA256.Digest? = nil) -> Data {
        // Bytes gathered in an array, each field as its length and its bytes (opening a store computes this for every
        // revision, so no field goes through a `Data` of its own).
        var out: [UInt8] = []
        out.reserveCapacity(512)
        func field<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
            withUnsafeBytes(of: UInt32(bytes.count).bigEndian) { out.append(contentsOf: $0) }
            out.append(contentsOf: bytes)
        }
        func field(_ text: String) { field(text.utf8) }
        func field(_ id: RecordID) {
            withUnsafeBytes(of: UInt32(id.utf8Count).bigEndian) { out.append(contentsOf: $0) }
            id.appendUTF8(to: &out)
        }
        field(tag)
        field(r.id)
        field(r.recordID)
        field(r.kind.rawValue)
        if case .family(let id) = r.scope { field(id) } else { field(r.scope.raw) }
        if let parent = r.parent { field(parent) } else { field("") }
        field(r.signer)
        field(r.author)
        field(String(r.chainIndex))
        field(r.previousLink)
        field(String(r.clock))
        field(String(r.timestamp.timeIntervalSince1970.bitPattern))
        field(r.legacy ? "1" : "0")
        // An anonymised body is signed as the body it replaced (`Revision.redactedFrom`).
        if let original = r.redactedFrom { field(original) } else { field(Array(bodyHash ?? SHA256.hash(data: r.body))) }
        return Data(SHA256.hash(data: out))
    }

    public static func link(_ r: Revision) -> Data {
        link(digest: digest(r), signature: r.signature)
    }

    static func link(digest: Data, signature: Data) -> Data {
        Data(SHA256.hash(data: digest + signature))
    }

    /// Signs a revision whose envelope is complete (everything but the signature).
    public static func sign(_ revision: inout Revision, with key: SigningKey) throws {
        revision.signature = try key.sign(digest(revision))
    }

    public static func verify(_ revision: Revision, with key: PublicSigningKey) -> Bool {
        key.isValid(revision.signature, for: digest(revision))
    }
}

/// An account's private key for receiving scope keys (X25519, as `age` recipients). Sealed in the account's key slot
/// with its signing key; the public half is in the account record.
public struct AgreementKey: Sendable {
    public let key: Curve25519.KeyAgreement.PrivateKey

    public init() { key = Curve25519.KeyAgreement.PrivateKey() }

    public init(rawRepresentation: Data) throws {
        key = try Curve25519.KeyAgreement.PrivateKey(rawRepresentation: rawRepresentation)
    }

    /// The agreement key an account of format 2 (a signing key only) gets when its stores move to need-to-know
    /// keys: derived from the signing key, so that the office and the laptop, each moved on its own, give the
    /// account the same one. Accounts made since get a random key.
    public init(migratingFrom signing: SigningKey) {
        let derived = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: signing.rawRepresentation),
                                             info: Data("teczka-agreement-from-signing-v3".utf8), outputByteCount: 32)
        key = derived.withUnsafeBytes { try! Curve25519.KeyAgreement.PrivateKey(rawRepresentation: Data($0)) }
    }

    public var rawRepresentation: Data { key.rawRepresentation }
    public var publicKey: PublicAgreementKey { PublicAgreementKey(key.publicKey) }
}

/// The public half of an `AgreementKey` (base64 of the 32 raw bytes in the account record).
public struct PublicAgreementKey: PublicKeyText {
    public let rawRepresentation: Data

    init(_ key: Curve25519.KeyAgreement.PublicKey) { rawRepresentation = key.rawRepresentation }

    public init?(rawRepresentation: Data) {
        guard (try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: rawRepresentation)) != nil else { return nil }
        self.rawRepresentation = rawRepresentation
    }

    public var key: Curve25519.KeyAgreement.PublicKey { try! Curve25519.KeyAgreement.PublicKey(rawRepresentation: rawRepresentation) }
}

/// Someone a scope key is wrapped for: an account and its public agreement key.
public struct KeyRecipient: Sendable, Hashable {
    public let userID: RecordID
    public let key: PublicAgreementKey
    public init(userID: RecordID, key: PublicAgreementKey) {
        self.userID = userID
        self.key = key
    }
}

/// A public key as it is written in documents: base64 of its 32 raw bytes; text that is not a valid key of its kind
/// does not decode.
public protocol PublicKeyText: Sendable, Hashable, Codable {
    var rawRepresentation: Data { get }
    init?(rawRepresentation: Data)
}

extension PublicKeyText {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let data = Data(base64Encoded: text), let key = Self(rawRepresentation: data) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a public key of \(Self.self)"))
        }
        self = key
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawRepresentation.base64EncodedString())
    }
}

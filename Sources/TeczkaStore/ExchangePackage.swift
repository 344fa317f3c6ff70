import Crypto
import Foundation
import TeczkaCore

/// The sealed file: `TECZKA-PAKIET-1\n`, a 4-byte big-endian length, a clear JSON header (format version and the
/// scrypt parameters and salt of the transfer passphrase), then AES-256-GCM over the JSON contents with the magic
/// and the header as authenticated data, so that no byte of the file can change unnoticed.
public enum ExchangePackage {
    static let magic = Data("TECZKA-PAKIET-1\n".utf8)
    /// 2: signed revisions (`PackedRevision`'s signed fields) and the recipient's sealed identity. Packages of
    /// version 1 still open; their revisions are unsigned.
    public static let version = 2

    struct Header: Codable {
        var version: Int
        var kdf: String
        var log2N: Int
        var r: Int
        var p: Int
        var salt: Data
    }

    struct Payload: Codable {
        var sourceStoreID: String
        var catalogueID: String
        var catalogueCodes: [String]
        var createdAt: Double
        var createdBy: String
        var revisions: [PackedRevision]
        /// Since the first version too, optional: a store created from the package takes its catalogue from here.
        var settings: StoreSettings?
        /// Version 2, a coordinator's package for one assistant: her signing key, sealed under her passphrase.
        var identity: PackedIdentity?
    }

    /// A revision as JSON. The time travels as its exact bit pattern: the store authenticates it bit for bit.
    struct PackedRevision: Codable {
        var id: String
        var recordID: String
        var kind: String
        var parent: String?
        var time: String
        var author: String
        var body: Data
        // Version 2 (absent in unsigned revisions).
        var scope: String?
        var signer: String?
        var chainIndex: Int?
        var previousLink: Data?
        var clock: Int?
        var legacy: Bool?
        var signature: Data?
        /// An anonymised body's original hash (`Revision.redactedFrom`; absent otherwise, and in older packages).
        var redactedFrom: Data?
    }

    public static func seal(_ contents: PackageContents, passphrase: String, cost: KeyDerivationCost = .standard) throws -> Data {
        let header = Header(version: version, kdf: "scrypt", log2N: cost.log2N, r: cost.r, p: cost.p, salt: Sealing.randomBytes(16))
        let headerBytes = try JSONEncoder.sorted.encode(header)
        let payload = Payload(
            sourceStoreID: contents.sourceStoreID, catalogueID: contents.catalogueID, catalogueCodes: contents.catalogueCodes,
            createdAt: contents.createdAt.timeIntervalSince1970, createdBy: contents.createdBy.raw,
            revisions: contents.revisions.map { r in
                PackedRevision(id: r.id.raw, recordID: r.recordID.raw, kind: r.kind.rawValue, parent: r.parent?.raw,
                               time: String(r.timestamp.timeIntervalSince1970.bitPattern), author: r.author.raw, body: r.body,
                               scope: r.isSigned ? r.scope.raw : nil, signer: r.isSigned ? r.signer.raw : nil,
                               chainIndex: r.isSigned ? r.chainIndex : nil, previousLink: r.isSigned ? r.previousLink : nil,
                               clock: r.isSigned ? r.clock : nil, legacy: r.isSigned ? r.legacy : nil,
                               signature: r.isSigned ? r.signature : nil, redactedFrom: r.isSigned ? r.redactedFrom : nil)
            }, settings: contents.settings, identity: contents.identity)
        let key = try Sealing.deriveKey(passphrase: passphrase, salt: header.salt, cost: cost)
        var length = UInt32(headerBytes.count).bigEndian
        let prefix = magic + Data(bytes: &length, count: 4) + headerBytes
        let sealed = try AES.GCM.seal(try JSONEncoder.sorted.encode(payload), using: key, authenticating: prefix).combined!
        return prefix + sealed
    }

    /// The clear header, checked without any key derivation: the mark, the length, the version, and the derivation's
    /// parameters, bounded (a crafted header asking for gigabytes of scrypt memory is refused at once). Returns the
    /// header, its cost and where the sealed part starts.
    static func checkedHeader(_ bytes: [UInt8]) throws -> (header: Header, cost: KeyDerivationCost, sealedStart: Int) {
        guard bytes.count > magic.count + 4, Data(bytes.prefix(magic.count)) == magic else { throw PackageProblem.notAPackage }
        let lengthBytes = bytes[magic.count..<magic.count + 4]
        let length = lengthBytes.reduce(0) { $0 << 8 | Int($1) }
        let headerStart = magic.count + 4
        guard length > 0, length < 4096, bytes.count > headerStart + length else { throw PackageProblem.wrongPassphraseOrDamaged }
        let headerBytes = Data(bytes[headerStart..<headerStart + length])
        guard let header = try? JSONDecoder().decode(Header.self, from: headerBytes), header.kdf == "scrypt" else {
            throw PackageProblem.wrongPassphraseOrDamaged
        }
        guard header.version <= version else { throw PackageProblem.newerFormat(version: header.version) }
        let cost = KeyDerivationCost(log2N: header.log2N, r: header.r, p: header.p)
        guard header.log2N >= 10, cost.isBounded else { throw PackageProblem.unacceptableCost }
        return (header, cost, headerStart + length)
    }

    public static func open(_ data: Data, passphrase: String) throws -> PackageContents {
        let bytes = [UInt8](data)
        let (header, cost, sealedStart) = try checkedHeader(bytes)
        let headerStart = magic.count + 4, length = sealedStart - headerStart
        let key = try Sealing.deriveKey(passphrase: passphrase, salt: header.salt, cost: cost)
        guard let box = try? AES.GCM.SealedBox(combined: Data(bytes[(headerStart + length)...])),
              let clear = try? AES.GCM.open(box, using: key, authenticating: Data(bytes.prefix(headerStart + length))),
              let payload = try? JSONDecoder().decode(Payload.self, from: clear) else {
            throw PackageProblem.wrongPassphraseOrDamaged
        }
        var revisions: [Revision] = []
        for packed in payload.revisions {
            guard let kind = RecordKind(rawValue: packed.kind), let bits = UInt64(packed.time) else {
                // Authenticated, so not damage: a kind this version does not know.
                throw PackageProblem.newerFormat(version: header.version)
            }
            var revision = Revision(id: RecordID(packed.id), recordID: RecordID(packed.recordID), kind: kind,
                                    parent: packed.parent.map(RecordID.init),
                                    timestamp: Date(timeIntervalSince1970: Double(bitPattern: bits)),
                                    author: RecordID(packed.author), body: packed.body)
            if let signature = packed.signature {
                revision.signature = signature
                revision.scope = Scope(raw: packed.scope ?? "")
                revision.signer = packed.signer.map(RecordID.init) ?? revision.author
                revision.chainIndex = packed.chainIndex ?? 0
                revision.previousLink = packed.previousLink ?? Data()
                revision.clock = packed.clock ?? 0
                revision.legacy = packed.legacy ?? false
                revision.redactedFrom = packed.redactedFrom
            }
            revisions.append(revision)
        }
        var contents = PackageContents(sourceStoreID: payload.sourceStoreID, catalogueID: payload.catalogueID,
                                       catalogueCodes: payload.catalogueCodes, createdAt: Date(timeIntervalSince1970: payload.createdAt),
                                       createdBy: RecordID(payload.createdBy), revisions: revisions, settings: payload.settings)
        contents.identity = payload.identity
        return contents
    }
}

import Foundation

/// What kind of document a record is. New features add kinds, never a new store. What each kind means for scope,
/// authority, exchange and export is in one table: `RecordKind.traits` (KindRegistry.swift).
public enum RecordKind: String, Codable, Sendable, CaseIterable {
    case user, family, member
    case settings, cooperation, problem, planVersion, visit, placement, event
    case assessment, meeting
    /// A team meeting's remarks about one family (so that an assistant can hold them without the rest of the protocol).
    case meetingEntry
    /// An audit entry: a whole-store export or an import (`TransferLog`); never part of an export document.
    case transfer
    /// A coordinator's anonymisation of a family past retention: which bodies the store holds anonymised (`Redaction`).
    case redaction
}

/// One saved version of one record. The store keeps `body` sealed; everything else is the clear envelope, covered by
/// the signer's signature (see `RevisionSeal`).
public struct Revision: Sendable, Equatable {
    public var id: RecordID
    public var recordID: RecordID
    public var kind: RecordKind
    public var parent: RecordID?
    /// When the author saved it, by the author's computer: shown to people, never used to choose a version.
    public var timestamp: Date
    /// Who wrote the document (shown in histories). The same as `signer`, except for a revision written before
    /// signatures existed, which a coordinator vouched for (`legacy`).
    public var author: RecordID
    /// The document as JSON (plain text in memory only).
    public var body: Data

    /// Which chain of the signer this revision belongs to: the family it is about, or a store-wide scope.
    public var scope: Scope
    /// Whose key signed the revision.
    public var signer: RecordID
    /// Position in the signer's chain for `scope`, counted from 1 (0: not signed).
    public var chainIndex: Int
    /// `RevisionSeal.link` of the revision before this one in the same chain; 32 zero bytes for the first.
    public var previousLink: Data
    /// Logical clock: one more than the highest clock of its parents (1 for a first revision). Decides which of
    /// several concurrent versions is shown, instead of anybody's wall clock.
    public var clock: Int
    /// Written before this program signed revisions, and vouched for by `signer` when the store was migrated.
    public var legacy: Bool
    /// Ed25519 over `RevisionSeal.digest` (empty: not signed, as in stores and packages of format 1).
    public var signature: Data
    /// Set when the body was anonymised (`Redaction`): the SHA-256 of the body as written and signed. The signature
    /// still covers that body through this hash; a coordinator's redaction record vouches for the body held now.
    public var redactedFrom: Data? = nil

    /// An unsigned revision (as stores of format 1 held them); `CaseFile` signs what it writes.
    public init(id: RecordID, recordID: RecordID, kind: RecordKind, parent: RecordID?, timestamp: Date,
                author: RecordID, body: Data) {
        self.init(id: id, recordID: recordID, kind: kind, parent: parent, timestamp: timestamp, author: author, body: body,
                  scope: .team, signer: author, chainIndex: 0, previousLink: RevisionSeal.noLink, clock: 0,
                  legacy: false, signature: Data())
    }

    public init(id: RecordID, recordID: RecordID, kind: RecordKind, parent: RecordID?, timestamp: Date,
                author: RecordID, body: Data, scope: Scope, signer: RecordID, chainIndex: Int, previousLink: Data,
                clock: Int, legacy: Bool, signature: Data) {
        self.id = id
        self.recordID = recordID
        self.kind = kind
        self.parent = parent
        self.timestamp = timestamp
        self.author = author
        self.body = body
        self.scope = scope
        self.signer = signer
        self.chainIndex = chainIndex
        self.previousLink = previousLink
        self.clock = clock
        self.legacy = legacy
        self.signature = signature
    }

    public var isSigned: Bool { !signature.isEmpty }
}

/// The chain a revision belongs to: a family's records, or one of the store-wide scopes. Each signer keeps one
/// chain per scope, so a store that holds a family holds every chain of that family whole (packages carry whole
/// scopes), and a revision deleted from the middle leaves a visible gap.
public enum Scope: Hashable, Sendable, Comparable, CustomStringConvertible {
    case family(RecordID)
    /// Accounts.
    case team
    /// Team meeting protocols (coordinators only; assistants hold the per-family `meetingEntry` records).
    case meetings
    case settings
    /// This store's own audit entries (exports, imports, printouts); never leaves the store.
    case history

    public var raw: String {
        switch self {
        case .family(let id): return id.raw
        case .team: return "zespol"
        case .meetings: return "spotkania"
        case .settings: return "ustawienia"
        case .history: return "historia"
        }
    }

    public init(raw: String) {
        switch raw {
        case "zespol": self = .team
        case "spotkania": self = .meetings
        case "ustawienia": self = .settings
        case "historia": self = .history
        default: self = .family(RecordID(raw))
        }
    }

    public var familyID: RecordID? {
        if case .family(let id) = self { return id }
        return nil
    }

    public var description: String { raw }
    public static func < (a: Scope, b: Scope) -> Bool { a.raw < b.raw }
}

/// Where revisions are persisted. `append` must be atomic and durable: when it returns, the revisions survive a
/// crash; when it throws, none of them was written. `readers` names, for every scope the batch may change the readers
/// of, who may read it from now on (a store seals by scope and wraps each scope's key for exactly them).
public protocol RevisionJournal: AnyObject {
    func append(_ revisions: [Revision], readers: [Scope: Set<KeyRecipient>]) throws
    /// `append`, and in the same transaction the bodies of `redacted` (revisions it holds) replaced by their anonymised
    /// bodies, with `Revision.redactedFrom` (`CaseFile.anonymise`): all or none.
    func redact(_ redacted: [Revision], appending revisions: [Revision], readers: [Scope: Set<KeyRecipient>]) throws
    /// The bodies of written revisions, by revision id (a case file keeps older bodies out of memory: see
    /// `CaseFile.releaseBodies`). A revision the journal does not hold is left out.
    func bodies(of revisions: [Revision]) throws -> [RecordID: Data]
    /// Where the revisions are kept (the store's file), for messages.
    var location: String { get }
}

extension RevisionJournal {
    public func append(_ revisions: [Revision]) throws { try append(revisions, readers: [:]) }
}

/// A journal that keeps checkpoints of families (`FamilyCheckpoint`): told after every write which families changed.
public protocol CheckpointKeeper: AnyObject {
    func keepCheckpoints(of file: CaseFile, families: Set<RecordID>)
}

/// A journal that can open this account's checkpoints of families again (the store): a checkpointed family's
/// revisions are then read back from its checkpoint when the family is needed, not held from log-in on (`ColdFamily`).
public protocol CheckpointReader: AnyObject {
    /// The opened (decrypted) checkpoints of `families` as this account's store holds them now; a family without one,
    /// or whose checkpoint does not open, is left out.
    func openedCheckpoints(of families: Set<RecordID>) -> [RecordID: Data]
}

/// A journal that keeps revisions in memory only: for tests and previews.
public final class MemoryJournal: RevisionJournal {
    public private(set) var revisions: [Revision] = []
    public var failNextAppend = false
    public init() {}
    public private(set) var readers: [Scope: Set<KeyRecipient>] = [:]
    public func append(_ revisions: [Revision], readers: [Scope: Set<KeyRecipient>]) throws {
        if failNextAppend {
            failNextAppend = false
            throw StoreProblem.io("simulated failure")
        }
        self.revisions.append(contentsOf: revisions)
        self.readers.merge(readers) { $1 }
    }

    public func redact(_ redacted: [Revision], appending revisions: [Revision], readers: [Scope: Set<KeyRecipient>]) throws {
        try append(revisions, readers: readers)
        let byID = Dictionary(redacted.map { ($0.id, $0) }) { first, _ in first }
        for index in self.revisions.indices {
            guard let replacement = byID[self.revisions[index].id] else { continue }
            self.revisions[index].body = replacement.body
            self.revisions[index].redactedFrom = replacement.redactedFrom
        }
    }

    public var location: String { "" }

    /// Changes a stored revision in place, as someone editing a store's file could: for tests of what opening
    /// refuses.
    public func replace(_ index: Int, _ change: (inout Revision) -> Void) {
        change(&revisions[index])
    }

    public func bodies(of wanted: [Revision]) throws -> [RecordID: Data] {
        let ids = Set(wanted.map(\.id))
        return Dictionary(revisions.filter { ids.contains($0.id) }.map { ($0.id, $0.body) }) { first, _ in first }
    }
}

/// Problems opening or writing a store, shown to the user in their language by the UI and the command line.
public enum StoreProblem: Error, Equatable, Sendable {
    case wrongPassphrase
    case lockedByOtherProcess(pid: Int32?)
    case notATeczkaStore(path: String)
    case damaged(path: String, detail: String)
    case newerFormat(version: Int)
    case alreadyExists(path: String)
    case notInitialized(path: String)
    case accountInactive
    /// A store of format 1 (before signatures) waits for a coordinator's first log-in to be migrated.
    case awaitingCoordinator
    /// The account's slot is of an earlier format in a migrated store: a coordinator gives it a new passphrase.
    case awaitingReset
    /// The account moved to this format's slot and asked for its keys: a coordinator's next log-in grants them.
    case awaitingKeys
    /// No space left on the disk (or over quota) while writing `path`: nothing of that write was kept.
    case diskFull(path: String)
    /// The file or its folder cannot be written (read-only medium, permissions).
    case readOnly(path: String)
    /// A file or folder on the way does not exist (a path mistyped, a pendrive taken out).
    case notFound(path: String)
    /// The file asks for a key derivation out of bounds (more than 1 GiB of memory, an absurd cost): refused at once.
    case unacceptableKeyDerivation(path: String)
    case io(String)
}

enum DocumentCoding {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()
    static let decoder = JSONDecoder()
}

extension Revision {
    /// The revisions this one replaces: one for an ordinary save, several when it resolves a conflict. They are kept
    /// comma-separated in `parent`, so the store's layout and its authenticated envelope stay as they were.
    public var parents: [RecordID] { Revision.split(parent) }

    static func split(_ parent: RecordID?) -> [RecordID] {
        parent.map { $0.raw.split(separator: ",").map { RecordID(String($0)) } } ?? []
    }

    /// The `parent` value for several parents (sorted, so both stores write the same text).
    public static func parentField(_ ids: [RecordID]) -> RecordID? {
        ids.isEmpty ? nil : RecordID(ids.map(\.raw).sorted().joined(separator: ","))
    }
}

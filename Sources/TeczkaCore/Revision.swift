import Foundation

/// What kind of document a record is. New features add kinds, never a new store.
public enum RecordKind: String, Codable, Sendable, CaseIterable {
    case user, family, member
    case settings, cooperation, problem, planVersion, visit, placement, event
    case assessment, meeting
    /// An audit entry: a whole-store export or an import (`TransferLog`); never part of an export document.
    case transfer
}

/// One saved version of one record. The store keeps `body` sealed; everything else is the clear envelope.
public struct Revision: Sendable, Equatable {
    public var id: RecordID
    public var recordID: RecordID
    public var kind: RecordKind
    public var parent: RecordID?
    public var timestamp: Date
    public var author: RecordID
    /// The document as JSON (plain text in memory only).
    public var body: Data

    public init(id: RecordID, recordID: RecordID, kind: RecordKind, parent: RecordID?, timestamp: Date,
                author: RecordID, body: Data) {
        self.id = id
        self.recordID = recordID
        self.kind = kind
        self.parent = parent
        self.timestamp = timestamp
        self.author = author
        self.body = body
    }
}

/// Where revisions are persisted. `append` must be atomic and durable: when it returns, the revisions survive a
/// crash; when it throws, none of them was written.
public protocol RevisionJournal: AnyObject {
    func append(_ revisions: [Revision]) throws
}

/// A journal that keeps revisions in memory only: for tests and previews.
public final class MemoryJournal: RevisionJournal {
    public private(set) var revisions: [Revision] = []
    public var failNextAppend = false
    public init() {}
    public func append(_ revisions: [Revision]) throws {
        if failNextAppend {
            failNextAppend = false
            throw StoreProblem.io("simulated failure")
        }
        self.revisions.append(contentsOf: revisions)
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
    public var parents: [RecordID] {
        parent.map { $0.raw.split(separator: ",").map { RecordID(String($0)) } } ?? []
    }

    /// The `parent` value for several parents (sorted, so both stores write the same text).
    public static func parentField(_ ids: [RecordID]) -> RecordID? {
        ids.isEmpty ? nil : RecordID(ids.map(\.raw).sorted().joined(separator: ","))
    }
}

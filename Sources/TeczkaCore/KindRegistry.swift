import Foundation

/// A document stored as revisions of a record: every record kind's type conforms.
public protocol RecordDocument: Codable, Sendable {
    /// The family the document is about; nil for store-wide kinds (accounts, settings, protocols, audit entries).
    var familyScopeID: RecordID? { get }
}

extension RecordDocument {
    public var familyScopeID: RecordID? { nil }
}

/// Which chain scope a kind's revisions belong to (see `Scope`).
public enum ScopeRule: Sendable, Equatable {
    /// The family the document names (`RecordDocument.familyScopeID`).
    case family
    case team, meetings, settings, history
}

/// Who may write a kind: the rows of the authority table (Docs/store.md, "Who may write what").
public enum AuthorityRule: Sendable, Equatable {
    /// Accounts, settings and the catalogue, team meeting protocols: coordinators.
    case coordinator
    /// A family's records: the assistant the family's cooperation is assigned to on that day (monitoring included),
    /// an assistant the family is shared with, or a coordinator; the kind may add its own rules (`KindRules`).
    case familyWork
    /// An audit entry: anyone, of their own doing (the signer is the author).
    case ownEntry
}

/// How the program edits a record of a kind after a conflict is resolved ("Połącz").
public enum EditorHome: Sendable, Equatable {
    case familyForm, memberForm
    /// The family's list of records of this kind.
    case familyList
    case none
}

/// Everything the program needs to know about one record kind, in one place: a new kind is one entry in `traits`,
/// and it cannot be added without its scope and its authority rule.
public struct KindTraits: Sendable {
    public let scope: ScopeRule
    public let authority: AuthorityRule
    /// Whether revisions of the kind go into exchange packages (the audit log stays in its store).
    public let travels: Bool
    /// The list of the export document that holds the kind, if any.
    public let collection: TransferCollection?
    public let editorHome: EditorHome
    let decode: @Sendable (Data) throws -> any RecordDocument
    /// The compact encoding of checkpoints (`FamilyCheckpoint`, `BinaryEncoder`).
    let encodeBinary: @Sendable (any RecordDocument, BinaryWriter) throws -> Void
    let decodeBinary: @Sendable (UnsafeRawBufferPointer) throws -> any RecordDocument
    /// Makes a decoded document the current state of its record in a case file.
    let apply: @Sendable (CaseFile, RecordID, any RecordDocument) -> Void
    /// The current document of a record, if the case file has one.
    let current: @Sendable (CaseFile, RecordID) -> (any RecordDocument)?
    /// Whether the case file has the record, without producing its document (a visit held encoded is not decoded).
    let contains: @Sendable (CaseFile, RecordID) -> Bool
    /// Makes room for `count` records of the kind (opening a store: its tables grow once, not by doubling).
    let reserve: @Sendable (CaseFile, Int) -> Void

    init<Document: RecordDocument>(_ type: Document.Type, scope: ScopeRule, authority: AuthorityRule, travels: Bool = true,
                                   collection: TransferCollection?, editorHome: EditorHome = .none,
                                   state: ReferenceWritableKeyPath<CaseFile, [RecordID: Document]> & Sendable) {
        self.init(type, scope: scope, authority: authority, travels: travels, collection: collection, editorHome: editorHome,
                  apply: { file, id, document in file[keyPath: state][id] = document },
                  current: { file, id in file[keyPath: state][id] },
                  contains: { file, id in file[keyPath: state][id] != nil },
                  reserve: { file, count in file[keyPath: state].reserveCapacity(count) })
    }

    init<Document: RecordDocument>(_ type: Document.Type, scope: ScopeRule, authority: AuthorityRule, travels: Bool = true,
                                   collection: TransferCollection?, editorHome: EditorHome = .none,
                                   apply: @escaping @Sendable (CaseFile, RecordID, Document) -> Void,
                                   current: @escaping @Sendable (CaseFile, RecordID) -> Document?,
                                   contains: (@Sendable (CaseFile, RecordID) -> Bool)? = nil,
                                   reserve: @escaping @Sendable (CaseFile, Int) -> Void = { _, _ in }) {
        self.scope = scope
        self.authority = authority
        self.travels = travels
        self.collection = collection
        self.editorHome = editorHome
        decode = { try DocumentCoding.decoder.decode(Document.self, from: $0) }
        encodeBinary = { document, writer in
            guard let document = document as? Document else { throw BinaryDecodingFailure() }
            try BinaryEncoder.encode(document, into: writer)
        }
        decodeBinary = { bytes in
            let decoder = BinaryDecoder(BinaryReader(bytes))
            let document = try decoder.decodeValue(Document.self)
            guard decoder.reader.isAtEnd else { throw BinaryDecodingFailure() }
            return document
        }
        self.apply = { file, id, document in
            if let document = document as? Document { apply(file, id, document) }
        }
        self.current = { file, id in current(file, id) }
        self.contains = contains ?? { file, id in current(file, id) != nil }
        self.reserve = reserve
    }
}

extension RecordKind {
    /// The registry: what each kind is. Built once: opening a store asks it several times per revision.
    public var traits: KindTraits { RecordKind.registry[self]! }

    private static let registry = Dictionary(uniqueKeysWithValues: RecordKind.allCases.map { ($0, $0.makeTraits()) })

    private func makeTraits() -> KindTraits {
        switch self {
        case .user:
            return KindTraits(UserAccount.self, scope: .team, authority: .coordinator, collection: .users, state: \.users)
        case .family:
            return KindTraits(Family.self, scope: .family, authority: .familyWork, collection: .families,
                              editorHome: .familyForm, state: \.families)
        case .member:
            return KindTraits(Member.self, scope: .family, authority: .familyWork, collection: .members,
                              editorHome: .memberForm, state: \.members)
        case .settings:
            return KindTraits(StoreSettings.self, scope: .settings, authority: .coordinator, collection: nil,
                              apply: { file, _, settings in file.settings = settings }, current: { file, _ in file.settings })
        case .cooperation:
            return KindTraits(Cooperation.self, scope: .family, authority: .familyWork, collection: .cooperations,
                              editorHome: .familyList, state: \.cooperations)
        case .problem:
            return KindTraits(FamilyProblem.self, scope: .family, authority: .familyWork, collection: .problems,
                              editorHome: .familyList, state: \.problems)
        case .planVersion:
            return KindTraits(PlanVersion.self, scope: .family, authority: .familyWork, collection: .planVersions,
                              editorHome: .familyList, state: \.planVersions)
        case .visit:
            return KindTraits(Visit.self, scope: .family, authority: .familyWork, collection: .visits, editorHome: .familyList,
                              apply: { file, id, visit in file.visitTable.set(visit, for: id) },
                              current: { file, id in file.visit(id) },
                              contains: { file, id in file.visitTable.contains(id) },
                              reserve: { file, count in file.visitTable.reserve(decoded: count, encoded: 0) })
        case .placement:
            return KindTraits(Placement.self, scope: .family, authority: .familyWork, collection: .placements,
                              editorHome: .familyList, state: \.placements)
        case .event:
            return KindTraits(FamilyEvent.self, scope: .family, authority: .familyWork, collection: .events,
                              editorHome: .familyList, state: \.events)
        case .assessment:
            return KindTraits(Assessment.self, scope: .family, authority: .familyWork, collection: .assessments,
                              editorHome: .familyList, state: \.assessments)
        case .meeting:
            return KindTraits(TeamMeeting.self, scope: .meetings, authority: .coordinator, collection: .meetings,
                              state: \.meetingHeaders)
        case .meetingEntry:
            return KindTraits(FamilyMeetingEntry.self, scope: .family, authority: .coordinator, collection: nil,
                              state: \.meetingEntryRecords)
        case .transfer:
            return KindTraits(TransferLog.self, scope: .history, authority: .ownEntry, travels: false, collection: nil,
                              state: \.transfers)
        case .redaction:
            return KindTraits(Redaction.self, scope: .family, authority: .coordinator, collection: nil, state: \.redactions)
        }
    }

    /// The scope of a revision of this kind holding `document`.
    func scope(of document: any RecordDocument, recordID: RecordID) -> Scope? {
        switch traits.scope {
        case .family: return document.familyScopeID.map(Scope.family)
        case .team: return .team
        case .meetings: return .meetings
        case .settings: return .settings
        case .history: return .history
        }
    }
}

extension UserAccount: RecordDocument {}
extension StoreSettings: RecordDocument {}
extension TeamMeeting: RecordDocument {}
extension TransferLog: RecordDocument {}
extension Family: RecordDocument { public var familyScopeID: RecordID? { id } }
extension Member: RecordDocument { public var familyScopeID: RecordID? { familyID } }
extension Cooperation: RecordDocument { public var familyScopeID: RecordID? { familyID } }
extension FamilyProblem: RecordDocument { public var familyScopeID: RecordID? { familyID } }
extension PlanVersion: RecordDocument { public var familyScopeID: RecordID? { familyID } }
extension Visit: RecordDocument { public var familyScopeID: RecordID? { familyID } }
extension Placement: RecordDocument { public var familyScopeID: RecordID? { familyID } }
extension FamilyEvent: RecordDocument { public var familyScopeID: RecordID? { familyID } }
extension Assessment: RecordDocument { public var familyScopeID: RecordID? { familyID } }
extension FamilyMeetingEntry: RecordDocument { public var familyScopeID: RecordID? { familyID } }

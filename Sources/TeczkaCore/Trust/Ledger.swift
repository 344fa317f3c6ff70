import Crypto
import Foundation

/// A signer's chain in one scope.
struct ChainKey: Hashable, Sendable {
    let signer: RecordID
    let scope: Scope
}

/// The newest admitted revision of a chain.
struct ChainTip: Sendable {
    var index: Int
    var link: Data
    var revisionID: RecordID
    /// Replaying a store checks only the newest signature of each chain (the links prove the rest); these wait for it.
    var digest: Data
    var signature: Data
    var key: PublicSigningKey
    var verified: Bool
    var timestamp: Date
}

/// What later revisions need to know about an admitted one.
struct RevisionFacts: Sendable {
    let recordID: RecordID
    let kind: RecordKind
    let clock: Int
    /// Kept for assessments only (`KindRules` compares a new version with the one it replaces).
    let body: Data
    /// The key the signer had when the revision was admitted (an account's key changes when it is reset).
    let key: PublicSigningKey
    /// SHA-256 of the admitted body: a body read again from the file later (`CaseFile.withBodies`) must be this one.
    let bodyHash: BodyHash
}

/// A SHA-256 kept as four words (half a million of them in a city centre's store; a checkpoint reads them back).
struct BodyHash: Equatable, Sendable {
    private let words: (UInt64, UInt64, UInt64, UInt64)

    init(_ digest: SHA256.Digest) {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        digest.withUnsafeBytes { raw in withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: raw) } }
        self.words = words
    }

    init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 32 else { return nil }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyBytes(from: bytes) }
        self.words = words
    }

    var bytes: [UInt8] { withUnsafeBytes(of: words) { Array($0) } }

    static func == (a: BodyHash, b: BodyHash) -> Bool { a.words == b.words }
}

/// What a store trusts, built revision by revision: which accounts exist with which roles and keys, which families
/// are assigned or shared to whom, every chain's newest link. A revision is admitted only if its signature, its place
/// in its chain, its parents, its clock and the authority table all agree with what was admitted before it — so a
/// package can never grant its own sender new rights. The same rules run when a user saves (origin `.local`), when a
/// package is merged (`.incoming`) and when a store is opened (`.replay`, which re-admits the whole file in the order
/// it was written and so finds anything deleted, inserted or edited in it).
struct Ledger {
    enum Origin: Equatable {
        /// Saved here, signed with the logged-in account's key (which must be the one its account record names).
        case local(PublicSigningKey)
        /// From a package or an import file, checked against this computer's clock.
        case incoming(now: Date)
        /// Re-admitting a store's own file when it opens.
        case replay
    }

    private(set) var root: RootOfTrust?
    private(set) var accounts: [RecordID: UserAccount] = [:]
    var families: [RecordID: Family] = [:]
    /// Who registered each family (the author of its first version): may work on it while nobody is assigned.
    var registrants: [RecordID: RecordID] = [:]
    var cooperations: [RecordID: [RecordID: Cooperation]] = [:]
    /// Each placement's powiat and charge notes as in force: only a coordinator changes them (`KindRules`).
    var placementCharges: [RecordID: PlacementCharges] = [:]
    var facts: [RecordID: RevisionFacts] = [:]
    /// Every record's kind and scope, the scope as its number in `scopeTable` (8 bytes a record instead of 32: at
    /// 10,000 families the table of 520,000 records went from about 59 to 34 MB).
    var records: [RecordID: RecordPlace] = [:]
    /// The scopes `records` name, each once; it only grows (a number stays valid after an undo).
    private(set) var scopeTable = NumberedValues<Scope>()
    var tips: [ChainKey: ChainTip] = [:]
    /// The clock of the version held in `accounts`, `families`, `cooperations` for each record.
    var heldClock: [RecordID: Int] = [:]
    /// Anonymised bodies admitted (`Revision.redactedFrom`), and what admitted redaction records vouch for: each must
    /// have the other (`redactionProblems`).
    var redactedBodies: [RecordID: RedactedHashes] = [:]
    var approvedRedactions: [RecordID: RedactionApproval] = [:]
    private var recording = false
    /// While a store is replayed: the documents decoded for the authority rules, by revision, so that opening decodes
    /// each of them once (`CaseFile` takes the current ones and drops the rest).
    var keepsDecoded = false
    var decoded: [RecordID: any RecordDocument] = [:]
    private var undoSteps: [(inout Ledger) -> Void] = []

    init(root: RootOfTrust?) {
        self.root = root
    }

    /// Kinds whose documents the authority rules read, decoded even when a store is replayed.
    static let stateKinds: Set<RecordKind> = [.user, .family, .cooperation, .assessment, .placement, .redaction]

    // MARK: Questions

    func key(of signer: RecordID) -> PublicSigningKey? {
        if let root, signer == root.userID { return root.key }
        return accounts[signer]?.signingKey
    }

    func isActive(_ id: RecordID) -> Bool { accounts[id]?.active ?? (id == root?.userID) }

    /// Coordinators, and the store's root (the coordinator who created it) even before its own account record.
    func isCoordinator(_ id: RecordID) -> Bool {
        guard isActive(id) else { return false }
        return id == root?.userID || accounts[id]?.role == .koordynator
    }

    /// Whether assistant `id` may write records of `familyID` on `day`: shared with her, a cooperation of hers not
    /// yet past its monitoring, or a family she registered that nobody is assigned to. A cooperation handed over is
    /// hers for her stretch of it only (`Cooperation.assignments`): what she wrote before the handover still merges,
    /// nothing written after it.
    func mayWork(_ id: RecordID, on familyID: RecordID, day: LocalDate, creatingFamily: Bool) -> Bool {
        if families[familyID]?.sharedWith?.contains(id) == true { return true }
        let current = (cooperations[familyID] ?? [:]).values.filter { !$0.archived }
        if current.contains(where: { Self.isAssigned(id, to: $0, on: day) }) { return true }
        guard current.isEmpty else { return false }
        return creatingFamily ? families[familyID] == nil : registrants[familyID] == id
    }

    /// From a month before the start (preparing the work) to the end of monitoring; with handovers, each assistant
    /// from her first day (or that month before the start) to the day before the next handover (or the end of
    /// monitoring for the last one).
    static func isAssigned(_ id: RecordID, to cooperation: Cooperation, on day: LocalDate) -> Bool {
        let stretches = cooperation.assignments
        for (index, stretch) in stretches.enumerated() where stretch.assistantID == id {
            let first = index == 0 ? cooperation.start.adding(months: -1) : stretch.from
            let last = index == stretches.count - 1 ? cooperation.monitoringUntil : stretch.to
            if day >= first && (last.map { day <= $0 } ?? true) { return true }
        }
        return false
    }

    func nextPosition(of signer: RecordID, in scope: Scope) -> (index: Int, link: Data) {
        let tip = tips[ChainKey(signer: signer, scope: scope)]
        return ((tip?.index ?? 0) + 1, tip?.link ?? RevisionSeal.noLink)
    }

    func clock(after parents: [RecordID]) -> Int {
        1 + (parents.compactMap { facts[$0]?.clock }.max() ?? 0)
    }

    // MARK: Admitting

    /// What replaying a store works out for each revision on every core before admitting them in order: its digest,
    /// and for the kinds the authority rules read, its document (nil: it does not decode).
    struct Prepared: Sendable {
        let bodyHash: SHA256.Digest
        let digest: Data
        let document: (any RecordDocument)?
    }

    static func prepare(_ r: Revision) -> Prepared {
        let bodyHash = SHA256.hash(data: r.body)
        return Prepared(bodyHash: bodyHash, digest: RevisionSeal.digest(r, bodyHash: bodyHash),
                        document: stateKinds.contains(r.kind) ? try? r.kind.traits.decode(r.body) : nil)
    }

    /// Checks `revision` against everything admitted so far and, if it passes, admits it. Returns why not otherwise;
    /// a refused revision changes nothing.
    mutating func admit(_ revision: Revision, origin: Origin, prepared: Prepared? = nil) -> RefusalReason? {
        let r = revision
        guard r.isSigned else { return .unsigned }
        let traits = r.kind.traits
        if case .incoming = origin, !traits.travels { return .localKind }
        if let known = place(of: r.recordID) {
            if known.kind != r.kind { return .kindChanged }
            if known.scope != r.scope { return .wrongScope }
        }
        var document: (any RecordDocument)?
        if origin != .replay || Self.stateKinds.contains(r.kind) {
            let attempt: (any RecordDocument)?
            if let prepared { attempt = prepared.document } else { attempt = try? traits.decode(r.body) }
            guard let decoded = attempt else { return .undecodable }
            guard r.kind.scope(of: decoded, recordID: r.recordID) == r.scope else { return .wrongScope }
            document = decoded
        }
        if case .incoming = origin, Self.hasControlCharacters(r.body) { return .controlCharacters }
        // The chain first: a revision deleted from a store leaves a gap, which says more than the missing parent.
        let chain = ChainKey(signer: r.signer, scope: r.scope)
        let (expected, link) = nextPosition(of: r.signer, in: r.scope)
        if r.chainIndex > expected { return .chainGap(expected: expected) }
        if r.chainIndex < expected || r.previousLink != link { return .chainFork(index: r.chainIndex) }
        for parent in r.parents {
            guard let facts = facts[parent], facts.recordID == r.recordID else { return .missingParent }
        }
        guard r.clock == clock(after: r.parents) else { return .wrongClock }
        guard let signerKey = key(of: r.signer) else {
            return accounts[r.signer] == nil ? .unknownSigner : .signerWithoutKey
        }
        guard isActive(r.signer) else { return .inactiveSigner }
        if case .incoming(let now) = origin, r.timestamp > now.addingTimeInterval(86_400) {
            return .futureTimestamp(r.timestamp)
        }
        if let before = tips[chain]?.timestamp, r.timestamp < before.addingTimeInterval(-86_400) { return .backdated }
        let bodyHash = prepared?.bodyHash ?? SHA256.hash(data: r.body)
        let digest = prepared?.digest ?? RevisionSeal.digest(r, bodyHash: bodyHash)
        var verified = true
        switch origin {
        case .local(let mine):
            guard mine == signerKey else { return .badSignature }
        case .incoming:
            guard signerKey.isValid(r.signature, for: digest) else { return .badSignature }
        case .replay:
            verified = false
            if let tip = tips[chain], !tip.verified, tip.key != signerKey {
                // The account's key changed within the chain: the older part is proved by the older key.
                guard tip.key.isValid(tip.signature, for: tip.digest) else { return .afterRefused }
            }
        }
        if r.legacy {
            guard isCoordinator(r.signer) else { return .vouchedByAssistant }
        } else if let reason = authorize(r, document) {
            return reason
        }
        record(r, document: document, bodyHash: bodyHash, chain: chain,
               tip: ChainTip(index: r.chainIndex, link: RevisionSeal.link(digest: digest, signature: r.signature),
                             revisionID: r.id, digest: digest, signature: r.signature, key: signerKey, verified: verified,
                             timestamp: max(r.timestamp, tips[chain]?.timestamp ?? r.timestamp)))
        return nil
    }

    /// The authority table (Docs/store.md, "Who may write what") for a signed, non-legacy revision.
    private func authorize(_ r: Revision, _ document: (any RecordDocument)?) -> RefusalReason? {
        let actor = r.signer
        switch r.kind.traits.authority {
        case .coordinator:
            if isCoordinator(actor) || KindRules.publishesOwnAgreementKey(r, document, ledger: self) { return nil }
            return .coordinatorOnly
        case .ownEntry:
            return r.author == actor ? nil : .authorMismatch
        case .familyWork:
            guard let familyID = r.scope.familyID else { return .wrongScope }
            let coordinator = isCoordinator(actor)
            if !coordinator {
                let creating = r.kind == .family && records[r.recordID] == nil
                guard mayWork(actor, on: familyID, day: LocalDate.today(now: r.timestamp), creatingFamily: creating) else {
                    return .notAssigned
                }
            }
            return KindRules.check(r, document, actor: actor, coordinator: coordinator, ledger: self)
        }
    }

    /// Room for `count` more revisions in the tables that grow with every one (replaying a whole store).
    mutating func reserve(_ count: Int) {
        reserve(facts: count, records: count)
    }

    /// Room for `facts` revisions and `records` records in all (adopting checkpoints on top of a replay).
    mutating func reserve(facts factCount: Int, records recordCount: Int) {
        facts.reserveCapacity(factCount)
        records.reserveCapacity(recordCount)
    }

    private mutating func record(_ r: Revision, document: (any RecordDocument)?, bodyHash: SHA256.Digest, chain: ChainKey,
                                 tip: ChainTip) {
        if keepsDecoded, let document { decoded[r.id] = document }
        remember(\.facts, r.id)
        // Only an assessment's rules read the version it replaces; other bodies are not held twice.
        facts[r.id] = RevisionFacts(recordID: r.recordID, kind: r.kind, clock: r.clock,
                                    body: r.kind == .assessment ? r.body : Data(), key: tip.key, bodyHash: BodyHash(bodyHash))
        remember(\.records, r.recordID)
        records[r.recordID] = RecordPlace(kind: r.kind, scope: scopeTable.number(r.scope))
        remember(\.tips, chain)
        tips[chain] = tip
        if let original = r.redactedFrom {
            remember(\.redactedBodies, r.id)
            redactedBodies[r.id] = RedactedHashes(original: Redaction.hex(original), redacted: Redaction.hex(Data(bodyHash)))
        }
        if let redaction = document as? Redaction {
            for entry in redaction.entries {
                remember(\.approvedRedactions, entry.revision)
                approvedRedactions[entry.revision] = RedactionApproval(
                    hashes: RedactedHashes(original: entry.original, redacted: entry.redacted), record: r.id)
            }
        }
        // The version with the highest clock is the one in force (the first admitted of equal ones), as in `CaseFile`.
        guard let document, r.clock > (heldClock[r.recordID] ?? 0) else { return }
        remember(\.heldClock, r.recordID)
        heldClock[r.recordID] = r.clock
        hold(document, of: r)
    }

    /// Makes `document` the version in force of the state the authority rules read.
    mutating func hold(_ document: any RecordDocument, of r: Revision) {
        switch document {
        case let user as UserAccount:
            remember(\.accounts, r.recordID)
            accounts[r.recordID] = user
        case let family as Family:
            remember(\.families, r.recordID)
            families[r.recordID] = family
            if registrants[r.recordID] == nil {
                remember(\.registrants, r.recordID)
                registrants[r.recordID] = r.legacy ? r.author : r.signer
            }
        case let cooperation as Cooperation:
            remember(\.cooperations, cooperation.familyID)
            cooperations[cooperation.familyID, default: [:]][r.recordID] = cooperation
        case let placement as Placement:
            remember(\.placementCharges, r.recordID)
            placementCharges[r.recordID] = PlacementCharges(placement)
        default: break
        }
    }

    /// After a replay has checked the newest signature of every chain.
    mutating func markVerified() {
        for key in tips.keys { tips[key]?.verified = true }
    }

    /// Whether any text of a document holds what no form of the program lets through: control characters other than
    /// line breaks and tabs, C1 controls, bidirectional overrides.
    static func hasControlCharacters(_ body: Data) -> Bool {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: body) else { return true }
        func bad(_ value: JSONValue) -> Bool {
            switch value {
            case .string(let text):
                return text.unicodeScalars.contains { scalar in
                    switch scalar.value {
                    case 0x09, 0x0A, 0x0D: return false
                    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
                    default: return false
                    }
                }
            case .array(let items): return items.contains(where: bad)
            case .object(let fields): return fields.keys.contains { bad(.string($0)) } || fields.values.contains(where: bad)
            default: return false
            }
        }
        return bad(value)
    }

    // MARK: Undoing a batch that was not written

    /// Starts remembering changes, so that `rollBack` can undo a batch whose write failed (or a preview).
    mutating func beginBatch() {
        recording = true
        undoSteps = []
    }

    /// Keeps the batch's changes.
    mutating func endBatch() {
        recording = false
        undoSteps = []
    }

    /// Undoes everything admitted since `beginBatch`.
    mutating func rollBack() {
        let steps = undoSteps
        endBatch()
        for step in steps.reversed() { step(&self) }
    }

    /// A record's kind and scope, if it is known.
    func place(of id: RecordID) -> (kind: RecordKind, scope: Scope)? {
        records[id].map { ($0.kind, scopeTable[$0.scope]) }
    }

    /// Files the records of one scope.
    mutating func setPlaces(_ places: [(RecordID, RecordKind)], in scope: Scope) {
        let number = scopeTable.number(scope)
        for (id, kind) in places { records[id] = RecordPlace(kind: kind, scope: number) }
    }

    mutating func remember<Key: Hashable, Value>(_ path: WritableKeyPath<Ledger, [Key: Value]>, _ key: Key) {
        guard recording else { return }
        let old = self[keyPath: path][key]
        undoSteps.append { ledger in ledger[keyPath: path][key] = old }
    }
}

/// A record's kind and the number of its scope in the ledger's `scopeTable`.
struct RecordPlace: Sendable, Equatable {
    let kind: RecordKind
    let scope: Int32
}

/// What of a placement only a coordinator may change (co-financing of foster care, issue 15).
struct PlacementCharges: Equatable {
    var powiat: String?
    var charges: [FosterCharge]?
    /// A new placement's: neither.
    static let none = PlacementCharges()

    private init() {}
    init(_ placement: Placement) {
        powiat = placement.powiat
        charges = placement.charges
    }
}

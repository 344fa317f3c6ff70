import Foundation

/// Why a revision may not enter a store (or, found in a store, why it cannot be trusted).
public enum RefusalReason: Hashable, Sendable {
    /// Written by a program that did not sign revisions, and nobody here vouched for it.
    case unsigned
    /// The signer is not an account this store trusts (made in another store, or by someone who may not add accounts).
    case unknownSigner
    /// The account has no signing key yet (see `teczka user reset`).
    case signerWithoutKey
    case inactiveSigner
    case badSignature
    /// The revisions before it in the signer's chain for this family (or scope) are missing: `expected` is the first
    /// missing position.
    case chainGap(expected: Int)
    /// Another revision already holds this position in the signer's chain.
    case chainFork(index: Int)
    /// Follows a refused revision (in its chain, or as a later version of the same record).
    case afterRefused
    /// The version it replaces is missing.
    case missingParent
    /// Its logical clock does not follow from its parents.
    case wrongClock
    /// Dated after tomorrow by the receiving computer's clock.
    case futureTimestamp(Date)
    /// Dated more than a day before the signer's previous revision in the same chain (a clock turned back to reach a
    /// day when the family was still theirs).
    case backdated
    /// It claims another family (or scope) than its document, or than the record's earlier versions.
    case wrongScope
    /// Text with control characters or bidirectional overrides, which the program never saves (a forged package).
    case controlCharacters
    case kindChanged
    case undecodable
    /// A store's own audit entry; it never travels.
    case localKind
    /// Accounts, settings and the catalogue, team meeting protocols: coordinators only.
    case coordinatorOnly
    /// The family is not assigned to the signer on that day (monitoring included) and not shared with them.
    case notAssigned
    /// Only a coordinator shares a family.
    case sharingChange
    /// Only a coordinator assigns a cooperation to someone else or hands it over.
    case assignmentChange
    /// Only a coordinator records the powiat of a placement and its charge notes (co-financing, issue 15).
    case coFinancingChange
    /// Four eyes: a coordinator cannot approve or return an assessment they wrote.
    case ownAssessment
    /// Only a coordinator approves or returns an assessment.
    case reviewByAssistant
    /// An approved assessment is final; corrections are new assessments.
    case approvedIsFinal
    /// It names someone else as its author, reviewer or approver.
    case authorMismatch
    /// A revision from before signatures that was vouched for by someone who is not a coordinator.
    case vouchedByAssistant
    /// A coordinator's store holds a revision sealed under a key not wrapped for the coordinator: every coordinator
    /// reads every scope, so the wrap was removed or never written (the file was edited, or came from elsewhere).
    case keyMissing
    /// An anonymised body that no coordinator's redaction record vouches for (edited in the file, or forged).
    case redactionUnapproved
    /// A body a coordinator's redaction record says was anonymised is held as written (the names put back), or a
    /// redaction whose anonymised bodies the package does not carry.
    case redactionUndone
}

/// One refused revision, named so that a person can find it: whose, what, about which family, and why.
public struct Refusal: Equatable, Sendable {
    public let revisionID: RecordID
    public let recordID: RecordID
    public let kind: RecordKind
    /// The author's account id (the signer's, for a vouched revision the original author's).
    public let author: RecordID
    public let signer: RecordID
    public let familyID: RecordID?
    public let scope: Scope
    public let chainIndex: Int
    public let timestamp: Date
    public let reason: RefusalReason

    public init(_ revision: Revision, _ reason: RefusalReason, familyID: RecordID? = nil) {
        revisionID = revision.id
        recordID = revision.recordID
        kind = revision.kind
        author = revision.author
        signer = revision.signer
        self.familyID = familyID ?? revision.scope.familyID
        scope = revision.scope
        chainIndex = revision.chainIndex
        timestamp = revision.timestamp
        self.reason = reason
    }
}

/// A save refused by the authority table before anything was written.
public struct AuthorityProblem: Error, Equatable, Sendable {
    public let reason: RefusalReason
    public let kind: RecordKind
    public let familyID: RecordID?
    public init(reason: RefusalReason, kind: RecordKind, familyID: RecordID?) {
        self.reason = reason
        self.kind = kind
        self.familyID = familyID
    }
}

/// The account and key a store trusts first: the coordinator who created it (or, on a laptop set up from a package,
/// the office store's). Kept sealed in every key slot, so editing the file cannot change it.
public struct RootOfTrust: Sendable, Equatable, Codable {
    public let userID: RecordID
    public let key: PublicSigningKey
    public init(userID: RecordID, key: PublicSigningKey) {
        self.userID = userID
        self.key = key
    }
}

extension RefusalReason {
    /// A stable name for the history of exports and imports (`TransferLog.refused`).
    public var code: String {
        switch self {
        case .unsigned: return "unsigned"
        case .unknownSigner: return "unknownSigner"
        case .signerWithoutKey: return "signerWithoutKey"
        case .inactiveSigner: return "inactiveSigner"
        case .badSignature: return "badSignature"
        case .chainGap: return "chainGap"
        case .chainFork: return "chainFork"
        case .afterRefused: return "afterRefused"
        case .missingParent: return "missingParent"
        case .wrongClock: return "wrongClock"
        case .futureTimestamp: return "futureTimestamp"
        case .backdated: return "backdated"
        case .wrongScope: return "wrongScope"
        case .controlCharacters: return "controlCharacters"
        case .kindChanged: return "kindChanged"
        case .undecodable: return "undecodable"
        case .localKind: return "localKind"
        case .coordinatorOnly: return "coordinatorOnly"
        case .notAssigned: return "notAssigned"
        case .sharingChange: return "sharingChange"
        case .assignmentChange: return "assignmentChange"
        case .coFinancingChange: return "coFinancingChange"
        case .ownAssessment: return "ownAssessment"
        case .reviewByAssistant: return "reviewByAssistant"
        case .approvedIsFinal: return "approvedIsFinal"
        case .authorMismatch: return "authorMismatch"
        case .vouchedByAssistant: return "vouchedByAssistant"
        case .keyMissing: return "keyMissing"
        case .redactionUnapproved: return "redactionUnapproved"
        case .redactionUndone: return "redactionUndone"
        }
    }

    /// The reason a history entry names, with the position or date it keeps.
    public init?(_ refused: RefusedRevision) {
        guard let reason = RefusalReason(code: refused.reason) else { return nil }
        switch reason {
        case .chainGap: self = .chainGap(expected: refused.position ?? 0)
        case .chainFork: self = .chainFork(index: refused.position ?? 0)
        case .futureTimestamp: self = .futureTimestamp(refused.timestamp ?? .distantFuture)
        default: self = reason
        }
    }

    /// The reason named by `code` (without its position or date).
    public init?(code: String) {
        let all: [RefusalReason] = [.unsigned, .unknownSigner, .signerWithoutKey, .inactiveSigner, .badSignature,
                                    .chainGap(expected: 0), .chainFork(index: 0), .afterRefused, .missingParent, .wrongClock,
                                    .futureTimestamp(.distantFuture), .backdated, .wrongScope, .controlCharacters, .kindChanged, .undecodable, .localKind,
                                    .coordinatorOnly, .notAssigned, .sharingChange, .assignmentChange, .coFinancingChange, .ownAssessment,
                                    .reviewByAssistant, .approvedIsFinal, .authorMismatch, .vouchedByAssistant,
                                    .redactionUnapproved, .redactionUndone]
        guard let reason = all.first(where: { $0.code == code }) else { return nil }
        self = reason
    }
}

/// A refused revision as the history of exports and imports keeps it.
public struct RefusedRevision: Codable, Equatable, Sendable {
    public var revisionID: RecordID
    public var kind: RecordKind
    public var author: RecordID
    public var familyID: RecordID?
    public var reason: String
    /// When the revision claims to have been written.
    public var timestamp: Date?
    /// The position a chain gap or fork names.
    public var position: Int?
    /// The author's name and the family's label as the package gave them (this store may know neither).
    public var authorName: String?
    public var familyLabel: String?

    public init(_ refusal: Refusal, names: [RecordID: String] = [:]) {
        revisionID = refusal.revisionID
        kind = refusal.kind
        author = refusal.author
        familyID = refusal.familyID
        reason = refusal.reason.code
        timestamp = refusal.timestamp
        switch refusal.reason {
        case .chainGap(let expected): position = expected
        case .chainFork(let index): position = index
        default: position = nil
        }
        authorName = names[refusal.author]
        familyLabel = refusal.familyID.flatMap { names[$0] }
    }
}

import Crypto
import Foundation

/// A coordinator's anonymisation of one family past its retention (issue 15): which revisions' bodies the store now
/// holds anonymised. Each entry binds a revision to the SHA-256 of the body its author signed and to that of the
/// anonymised body that replaced it, so the signatures of the family's history still verify, and a body that is
/// neither (edited in the file, or the original put back) is refused when the store opens (`Ledger.redactionProblems`).
public struct Redaction: Codable, Equatable, Sendable, Identifiable {
    public struct Entry: Codable, Equatable, Sendable {
        public var revision: RecordID
        /// SHA-256 of the body as written (hex): what the revision's signature covers.
        public var original: String
        /// SHA-256 of the anonymised body the store holds instead (hex).
        public var redacted: String

        public init(revision: RecordID, original: Data, redacted: Data) {
            self.revision = revision
            self.original = Redaction.hex(original)
            self.redacted = Redaction.hex(redacted)
        }
    }

    public var id: RecordID
    public var familyID: RecordID
    /// The day the coordinator anonymised the family.
    public var date: LocalDate
    public var entries: [Entry]

    public init(id: RecordID = .make(), familyID: RecordID, date: LocalDate, entries: [Entry]) {
        self.id = id
        self.familyID = familyID
        self.date = date
        self.entries = entries
    }

    static func hex(_ bytes: Data) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
    static func hash(_ body: Data) -> Data { Data(SHA256.hash(data: body)) }
}

extension Redaction: RecordDocument { public var familyScopeID: RecordID? { familyID } }

/// What anonymising keeps and what it removes, kind by kind: names, PESEL, addresses, free text (notes, remarks,
/// plan and assessment texts, the people named in them) go; ids, dates, birth dates, roles, categories, codes,
/// statuses, activities, the powiat and the charge notes stay, so every table counts the family as before.
/// Birth dates stay whole because the tables count ages on a day (a child's age on 30 June depends on the day of
/// birth, not only on the year).
enum Anonymiser {
    /// The label an anonymised family is listed under (its id keeps it apart from the others).
    static func label(_ familyID: RecordID) -> String { "Zanonimizowana \(familyID.short)" }
    static let personName = "(zanonimizowano)"

    /// The anonymised document, or nil when the kind holds nothing about the family's people.
    static func redact(_ document: any RecordDocument, family familyID: RecordID) -> (any RecordDocument)? {
        switch document {
        case var family as Family:
            family.label = label(family.id)
            family.address = ""
            family.locality = ""
            family.notes = ""
            return family
        case var member as Member:
            member.firstName = ""
            member.lastName = personName
            member.pesel = nil
            return member
        case var cooperation as Cooperation:
            cooperation.referralReference = ""
            for index in cooperation.monitoringNotes.indices { cooperation.monitoringNotes[index].text = "" }
            return cooperation
        case var problem as FamilyProblem:
            problem.note = ""
            return problem
        case var plan as PlanVersion:
            plan.socialWorker = ""
            plan.fosterCoordinator = ""
            for index in plan.goals.indices {
                plan.goals[index].text = ""
                plan.goals[index].expectedEffect = ""
            }
            for index in plan.actions.indices {
                plan.actions[index].text = ""
                plan.actions[index].who = ""
            }
            return plan
        case var visit as Visit:
            visit.placeOther = ""
            visit.notes = ""
            visit.nextSteps = ""
            return visit
        case var placement as Placement:
            placement.placeName = ""
            placement.note = ""
            return placement
        case var event as FamilyEvent:
            event.note = ""
            return event
        case var assessment as Assessment:
            assessment.situation = ""
            assessment.children = ""
            assessment.cooperationText = ""
            assessment.specialist = ""
            for index in assessment.goals.indices {
                assessment.goals[index].text = ""
                assessment.goals[index].comment = ""
            }
            for index in assessment.problems.indices { assessment.problems[index].comment = "" }
            for index in assessment.reviews.indices {
                assessment.reviews[index].remarks = ""
                assessment.reviews[index].recommendations = ""
            }
            return assessment
        case var entry as FamilyMeetingEntry:
            entry.remarks = ""
            entry.recommendations = ""
            return entry
        case var meeting as TeamMeeting:
            for index in meeting.entries.indices where meeting.entries[index].familyID == familyID {
                meeting.entries[index].remarks = ""
                meeting.entries[index].recommendations = ""
            }
            return meeting
        default:
            return nil
        }
    }
}

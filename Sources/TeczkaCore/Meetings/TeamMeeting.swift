import Foundation

/// What a team meeting said about one family: the head's remarks and recommendations.
public struct MeetingEntry: Codable, Equatable, Sendable {
    public var familyID: RecordID
    public var remarks: String
    public var recommendations: String

    public init(familyID: RecordID, remarks: String = "", recommendations: String = "") {
        self.familyID = familyID
        self.remarks = remarks
        self.recommendations = recommendations
    }
}

/// The protocol of a monthly team meeting (*posiedzenie zespołu*): the head reviews plans and gives
/// recommendations per family. Written by a coordinator; each family's entry shows on that family's timeline.
///
/// Stored as two kinds: the `meeting` record (date, participants, archived; coordinators only) and one
/// `meetingEntry` record per family (`FamilyMeetingEntry`), so that an assistant's store holds the entries about her
/// families, each signed by the coordinator, and nothing about the others. `entries` of a stored `meeting` is empty,
/// except in protocols written before the split (format 1), which `CaseFile.meetings` still reads.
public struct TeamMeeting: Codable, Equatable, Sendable, Identifiable {
    public var id: RecordID
    public var date: LocalDate
    public var participants: String
    public var entries: [MeetingEntry]
    public var archived: Bool
    /// Where the team met and who chaired the meeting (issue 17); absent in protocols written before.
    public var place: String?
    public var chair: String?
    /// The coordinator who wrote the protocol down, set when it is saved; signs the printed protocol.
    public var recordedBy: RecordID?

    public init(id: RecordID = .make(), date: LocalDate, participants: String = "", entries: [MeetingEntry] = [],
                archived: Bool = false, place: String? = nil, chair: String? = nil) {
        self.id = id
        self.date = date
        self.participants = participants
        self.entries = entries
        self.archived = archived
        self.place = place
        self.chair = chair
    }

    public static let textLimit = 4000

    public func validate(today: LocalDate, knownFamilies: Set<RecordID>) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if date > today { issues.append(.dateInFuture(.date)) }
        if let issue = TextRules.check(participants, field: .participants, required: true, limit: 1000, multiline: true) { issues.append(issue) }
        if let issue = TextRules.check(place ?? "", field: .meetingPlace, required: false, limit: 200) { issues.append(issue) }
        if let issue = TextRules.check(chair ?? "", field: .chair, required: false, limit: 200) { issues.append(issue) }
        if entries.isEmpty { issues.append(.required(.families)) }
        if entries.contains(where: { !knownFamilies.contains($0.familyID) }) { issues.append(.notApplicable(.families)) }
        if Set(entries.map(\.familyID)).count != entries.count { issues.append(.duplicateEntry(.families)) }
        for entry in entries {
            if let issue = TextRules.check(entry.remarks, field: .note, required: entry.recommendations.isEmpty, limit: Self.textLimit, multiline: true)
                ?? TextRules.check(entry.recommendations, field: .nextSteps, required: false, limit: Self.textLimit, multiline: true) {
                issues.append(issue)
                break
            }
        }
        return issues
    }
}

/// One family's part of a team meeting protocol (record kind `meetingEntry`, in the family's scope). It repeats the
/// meeting's date and participants, so that an assistant's store, which never holds the protocol itself, can show it.
public struct FamilyMeetingEntry: Codable, Equatable, Sendable, Identifiable {
    public var id: RecordID
    public var meetingID: RecordID
    public var familyID: RecordID
    public var date: LocalDate
    public var participants: String
    /// Order within the protocol.
    public var position: Int
    public var remarks: String
    public var recommendations: String
    public var archived: Bool
    /// Repeated from the protocol like the date (issue 17): an assistant's store prints the protocol from its entries.
    public var place: String?
    public var chair: String?
    public var recordedBy: RecordID?

    public init(id: RecordID = .make(), meetingID: RecordID, familyID: RecordID, date: LocalDate, participants: String,
                position: Int, remarks: String, recommendations: String, archived: Bool = false) {
        self.id = id
        self.meetingID = meetingID
        self.familyID = familyID
        self.date = date
        self.participants = participants
        self.position = position
        self.remarks = remarks
        self.recommendations = recommendations
        self.archived = archived
    }

    var entry: MeetingEntry { MeetingEntry(familyID: familyID, remarks: remarks, recommendations: recommendations) }

    /// The protocol as far as an entry repeats it (an assistant's store has no `meeting` record), without entries.
    var protocolHeader: TeamMeeting {
        var header = TeamMeeting(id: meetingID, date: date, participants: participants, place: place, chair: chair)
        header.recordedBy = recordedBy
        return header
    }
}

extension CaseFile {
    /// Every protocol this store holds, assembled from the `meeting` records and the per-family entries (an
    /// assistant's store has only entries: her protocols are made from them).
    public var meetings: [RecordID: TeamMeeting] {
        var result = meetingHeaders
        var parts: [RecordID: [FamilyMeetingEntry]] = [:]
        for entry in meetingEntryRecords.values where !entry.archived { parts[entry.meetingID, default: []].append(entry) }
        for (meetingID, entries) in parts {
            let sorted = entries.sorted { ($0.position, $0.familyID) < ($1.position, $1.familyID) }
            var meeting = result[meetingID] ?? sorted[0].protocolHeader
            let split = Set(sorted.map(\.familyID))
            meeting.entries = meeting.entries.filter { !split.contains($0.familyID) } + sorted.map(\.entry)
            result[meetingID] = meeting
        }
        return result
    }

    /// Meetings, newest first; an assistant sees only the entries about families they can see.
    public var teamMeetings: [TeamMeeting] {
        meetings.values.filter { !$0.archived }.map { meeting in
            var visible = meeting
            visible.entries = meeting.entries.filter { canSee($0.familyID) }
            return visible
        }
        .filter { currentUser.role == .koordynator || !$0.entries.isEmpty }
        .sorted { ($0.date, $0.id.raw) > ($1.date, $1.id.raw) }
    }

    /// The entries about one family, with the meeting each comes from, oldest first.
    public func meetingEntries(ofFamily familyID: RecordID) -> [(meeting: TeamMeeting, entry: MeetingEntry)] {
        meetings.values.filter { !$0.archived }.sorted { $0.date < $1.date }.flatMap { meeting in
            meeting.entries.filter { $0.familyID == familyID }.map { (meeting, $0) }
        }
    }

    /// Saves a protocol; only a coordinator writes them. The protocol and its per-family entries are written together
    /// (one append); an entry dropped from the protocol is archived.
    @discardableResult
    public func saveMeeting(_ meeting: TeamMeeting) throws -> TeamMeeting {
        guard currentUser.role == .koordynator else { throw AccessProblem.coordinatorOnly }
        var meeting = meeting
        meeting.participants = meeting.participants.trimmingCharacters(in: .whitespacesAndNewlines)
        meeting.place = TextRules.blankAsAbsent(meeting.place)
        meeting.chair = TextRules.blankAsAbsent(meeting.chair)
        meeting.recordedBy = currentUser.id
        let issues = meeting.validate(today: today, knownFamilies: Set(families.keys))
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        try writeAll(meetingDocuments(meeting))
        return meeting
    }

    /// The `meeting` record and its entries as they are stored for `meeting`.
    func meetingDocuments(_ meeting: TeamMeeting) -> [(id: RecordID, kind: RecordKind, document: any RecordDocument)] {
        var header = meeting
        header.entries = []
        var documents: [(id: RecordID, kind: RecordKind, document: any RecordDocument)] = [(meeting.id, .meeting, header)]
        let existing = Dictionary(meetingEntryRecords.values.filter { $0.meetingID == meeting.id }.map { ($0.familyID, $0) },
                                  uniquingKeysWith: { a, _ in a })
        for (position, entry) in meeting.entries.enumerated() {
            var record = FamilyMeetingEntry(id: existing[entry.familyID]?.id ?? .make(), meetingID: meeting.id,
                                            familyID: entry.familyID, date: meeting.date, participants: meeting.participants,
                                            position: position, remarks: entry.remarks, recommendations: entry.recommendations,
                                            archived: meeting.archived)
            (record.place, record.chair, record.recordedBy) = (meeting.place, meeting.chair, meeting.recordedBy)
            documents.append((record.id, .meetingEntry, record))
        }
        let kept = Set(meeting.entries.map(\.familyID))
        for (familyID, record) in existing where !kept.contains(familyID) && !record.archived {
            var dropped = record
            dropped.archived = true
            documents.append((record.id, .meetingEntry, dropped))
        }
        return documents
    }
}

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
public struct TeamMeeting: Codable, Equatable, Sendable, Identifiable {
    public var id: RecordID
    public var date: LocalDate
    public var participants: String
    public var entries: [MeetingEntry]
    public var archived: Bool

    public init(id: RecordID = .make(), date: LocalDate, participants: String = "", entries: [MeetingEntry] = [],
                archived: Bool = false) {
        self.id = id
        self.date = date
        self.participants = participants
        self.entries = entries
        self.archived = archived
    }

    public static let textLimit = 4000

    public func validate(today: LocalDate, knownFamilies: Set<RecordID>) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if date > today { issues.append(.dateInFuture(.date)) }
        if let issue = TextRules.check(participants, field: .participants, required: true, limit: 1000, multiline: true) { issues.append(issue) }
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

extension CaseFile {
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

    /// Saves a protocol; only a coordinator writes them.
    @discardableResult
    public func saveMeeting(_ meeting: TeamMeeting) throws -> TeamMeeting {
        guard currentUser.role == .koordynator else { throw AccessProblem.coordinatorOnly }
        var meeting = meeting
        meeting.participants = meeting.participants.trimmingCharacters(in: .whitespacesAndNewlines)
        let issues = meeting.validate(today: today, knownFamilies: Set(families.keys))
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        try write(meeting, id: meeting.id, kind: .meeting)
        return meeting
    }
}

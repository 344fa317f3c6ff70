import Foundation

/// One line of a family's change history: who did what, when.
public struct HistoryEntry: Equatable, Sendable {
    public enum Change: Equatable, Sendable {
        case familyCreated
        case familyChanged([Field])
        case familyArchived
        case familyRestored
        case memberAdded(name: String)
        case memberChanged(name: String, fields: [Field])
        case memberArchived(name: String)
        case memberRestored(name: String)
    }

    public let timestamp: Date
    public let author: RecordID
    public let authorName: String
    public let change: Change
}

extension CaseFile {
    /// The history of a family and its members, newest first.
    /// The earlier versions are read from the journal (see `releaseBodies`).
    public func history(ofFamily familyID: RecordID) throws -> [HistoryEntry] {
        var entries: [(Date, Int, HistoryEntry)] = []
        var sequence = 0
        func add(_ revision: Revision, _ change: HistoryEntry.Change) {
            sequence += 1
            entries.append((revision.timestamp, sequence, HistoryEntry(
                timestamp: revision.timestamp, author: revision.author, authorName: userName(revision.author),
                change: change)))
        }
        let decoder = DocumentCoding.decoder
        var previous: Family?
        for revision in try withBodies(revisions(of: familyID) ?? []) {
            guard let family = try? decoder.decode(Family.self, from: revision.body) else { continue }
            if let old = previous {
                if family.archived != old.archived {
                    add(revision, family.archived ? .familyArchived : .familyRestored)
                }
                let fields = family.changedFields(from: old)
                if !fields.isEmpty { add(revision, .familyChanged(fields)) }
            } else {
                add(revision, .familyCreated)
            }
            previous = family
        }
        for member in records(.member, of: familyID, in: members) {
            var old: Member?
            for revision in try withBodies(revisions(of: member.id) ?? []) {
                guard let m = try? decoder.decode(Member.self, from: revision.body) else { continue }
                if let old {
                    if m.archived != old.archived {
                        add(revision, m.archived ? .memberArchived(name: m.fullName) : .memberRestored(name: m.fullName))
                    }
                    let fields = m.changedFields(from: old)
                    if !fields.isEmpty { add(revision, .memberChanged(name: m.fullName, fields: fields)) }
                } else {
                    add(revision, .memberAdded(name: m.fullName))
                }
                old = m
            }
        }
        return entries.sorted { ($0.0, $0.1) > ($1.0, $1.1) }.map(\.2)
    }
}

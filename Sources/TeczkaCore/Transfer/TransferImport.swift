import Foundation

/// What an import wrote (or, from a plan, would write).
public struct ImportSummary: Equatable, Sendable {
    /// New records per list.
    public var written: [TransferCollection: Int] = [:]
    /// Records already in the store with the same content, skipped.
    public var unchanged = 0
    /// Accounts the import creates; they have no passphrase until a coordinator gives them one.
    public var newUsers: [UserAccount] = []

    public var isEmpty: Bool { written.values.allSatisfy { $0 == 0 } }
    public var counts: [String: Int] { Dictionary(uniqueKeysWithValues: written.map { ($0.key.rawValue, $0.value) }) }
}

/// The checked outcome of an import, not yet written: `CaseFile.commit` writes it in one journal append.
public struct ImportPlan {
    let documents: [(id: RecordID, kind: RecordKind, document: any RecordDocument)]
    public let summary: ImportSummary
}

extension TransferDocument {
    /// Reads an export document strictly: the format and version first, then every field of every record against
    /// the schema (unknown fields, missing fields, wrong types, dates, times, codes, ids). Throws `TransferFailure`
    /// with every issue found.
    public static func read(_ data: Data) throws -> TransferDocument {
        var data = data
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
        guard String(data: data, encoding: .utf8) != nil else { throw TransferFailure([TransferIssue(.document(field: nil), .notUTF8)]) }
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw TransferFailure([TransferIssue(.document(field: nil), .notJSON(describe(error)))])
        }
        guard case .object(let top) = root else {
            throw TransferFailure([TransferIssue(.document(field: nil), .wrongType(.object))])
        }
        guard case .string(formatName)? = top["format"] else {
            let found: String
            if case .string(let text)? = top["format"] { found = text } else { found = "" }
            throw TransferFailure([TransferIssue(.document(field: "format"), .wrongFormat(found))])
        }
        guard case .int(let version)? = top["version"] else {
            throw TransferFailure([TransferIssue(.document(field: "version"), top["version"] == nil ? .missingField : .wrongType(.number))])
        }
        guard version == currentVersion else {
            throw TransferFailure([TransferIssue(.document(field: "version"), .unsupportedVersion(version))])
        }
        let issues = TransferSchema.check(root)
        guard issues.isEmpty else { throw TransferFailure(issues) }
        do {
            return try JSONDecoder().decode(TransferDocument.self, from: data)
        } catch {
            throw TransferFailure([TransferIssue(.document(field: nil), .notJSON(describe(error)))])
        }
    }

    private static func describe(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription
        }
        return "\(error)"
    }
}

extension ProblemCatalogue {
    /// How this catalogue differs from `other`, ignoring which entries are retired (a store may retire entries after
    /// the export); nil when they are the same catalogue.
    func difference(from other: ProblemCatalogue) -> CatalogueDifference? {
        if id != other.id {
            return .otherCatalogue(file: "\(id) (\(name))", store: "\(other.id) (\(other.name))")
        }
        if name != other.name || problemsTitle != other.problemsTitle || effectsTitle != other.effectsTitle { return .titles }
        for index in 0..<max(entries.count, other.entries.count) {
            let mine = index < entries.count ? entries[index] : nil
            let theirs = index < other.entries.count ? other.entries[index] : nil
            if mine?.code != theirs?.code || mine?.label != theirs?.label || mine?.effect != theirs?.effect {
                return .entry(code: mine?.code ?? theirs?.code ?? "")
            }
        }
        return nil
    }
}

extension CaseFile {
    /// A case file in memory only, as a new store made from a document would start (its first user and its
    /// settings): to check a document before the store is created.
    public static func preview(as user: UserAccount, settings: StoreSettings,
                               clock: @escaping () -> Date = Date.init) throws -> CaseFile {
        let file = try CaseFile(revisions: [], journal: MemoryJournal(), currentUser: user, clock: clock)
        try file.writeAll([(user.id, .user, user), (StoreSettings.recordID, .settings, settings)])
        return file
    }

    /// The current document of a record as stored, encoded as a revision body; nil when there is none. A protocol is
    /// compared with its entries, as the export document holds it.
    private func currentBody(_ id: RecordID, _ kind: RecordKind) throws -> Data? {
        var document: (any RecordDocument)? = kind == .meeting ? meetings[id] : kind.traits.current(self, id)
        if let user = document as? UserAccount {
            document = user.withoutKeys   // keys are never taken from a file (see `transferDocument`)
        }
        return try document.map { try DocumentCoding.encoder.encode($0) }
    }

    /// Checks a document against this store without writing: the catalogue, the ids (a record already here with the
    /// same content is skipped, with other content refused), the references between records, and each new record's
    /// own rules. Throws `TransferFailure` with every issue found.
    public func planImport(_ document: TransferDocument) throws -> ImportPlan {
        if let difference = document.catalogue.difference(from: settings.catalogue) {
            throw TransferFailure([TransferIssue(.document(field: "catalogue"), .catalogueDiffers(difference))])
        }
        var issues: [TransferIssue] = []
        var seen: [RecordID: (collection: TransferCollection, index: Int, body: Data)] = [:]
        var planned: [(record: TransferRecord, body: Data)] = []
        var summary = ImportSummary()
        for record in document.records {
            var value = record.value
            if let user = value as? UserAccount { value = user.withoutKeys }
            let body = try DocumentCoding.encoder.encode(value)
            let location = TransferLocation.record(record.collection, index: record.index, id: record.id, field: "id")
            if let earlier = seen[record.id] {
                if earlier.collection != record.collection || earlier.body != body {
                    issues.append(TransferIssue(location, .duplicateInFile(earlier.collection, index: earlier.index)))
                }
                continue
            }
            seen[record.id] = (record.collection, record.index, body)
            if let first = revisions(of: record.id)?.first {
                if first.kind != record.collection.kind {
                    issues.append(TransferIssue(location, .idOfOtherKind(first.kind)))
                } else if try currentBody(record.id, first.kind) == body {
                    summary.unchanged += 1
                } else {
                    issues.append(TransferIssue(.record(record.collection, index: record.index, id: record.id, field: nil),
                                                .conflictsWithStore))
                }
                continue
            }
            planned.append((record, body))
            summary.written[record.collection, default: 0] += 1
        }
        issues += TransferCheck(file: self, document: document, new: Set(planned.map(\.record.id))).issues()
        guard issues.isEmpty else { throw TransferFailure(issues) }
        summary.newUsers = document.users.filter { user in planned.contains { $0.record.id == user.id } }
        var documents: [(id: RecordID, kind: RecordKind, document: any RecordDocument)] = []
        for (record, _) in planned {
            if let meeting = record.value as? TeamMeeting {
                documents += meetingDocuments(meeting)
            } else if let user = record.value as? UserAccount {
                documents.append((record.id, .user, user.withoutKeys))
            } else {
                documents.append((record.id, record.collection.kind, record.value))
            }
        }
        return ImportPlan(documents: documents, summary: summary)
    }

    /// Imports a whole-store document (coordinators only: it brings other users' records). Everything is checked
    /// first; then every new record and the audit entry are written in one journal append, authored by the current
    /// user. Nothing new (the same file again) writes nothing.
    @discardableResult
    public func importDocument(_ document: TransferDocument, fileName: String) throws -> ImportSummary {
        guard currentUser.role == .koordynator else { throw AccessProblem.coordinatorOnly }
        let plan = try planImport(document)
        try commit(plan, direction: .import, fileName: fileName)
        return plan.summary
    }

    /// Writes a checked plan and its audit entry together (nothing when the plan is empty).
    func commit(_ plan: ImportPlan, direction: TransferLog.Direction, fileName: String) throws {
        guard !plan.summary.isEmpty else { return }
        let log = TransferLog(direction: direction, fileName: fileName, date: today, counts: plan.summary.counts)
        try writeAll(plan.documents + [(log.id, .transfer, log)], vouched: direction == .import)
    }
}

/// The checks of the records an import adds: references to records in the store or in the file, and each record's
/// own rules with the same functions the program's save uses. The store's own records are not checked again.
private struct TransferCheck {
    let file: CaseFile
    let document: TransferDocument
    let new: Set<RecordID>
    let today: LocalDate
    let users: Set<RecordID>
    let families: Set<RecordID>
    let cooperations: [RecordID: Cooperation]
    /// Cooperations, problems and members by family (the store's and the file's).
    let familyCooperations: [RecordID: [Cooperation]]
    let familyProblems: [RecordID: Set<RecordID>]
    let familyMembers: [RecordID: Set<RecordID>]

    init(file: CaseFile, document: TransferDocument, new: Set<RecordID>) {
        self.file = file
        self.document = document
        self.new = new
        today = file.today
        users = Set(file.users.keys).union(document.users.map(\.id))
        families = Set(file.families.keys).union(document.families.map(\.id))
        cooperations = file.cooperations.merging(document.cooperations.map { ($0.id, $0) }) { old, _ in old }
        familyCooperations = Dictionary(grouping: cooperations.values, by: \.familyID)
        func byFamily(_ pairs: [(RecordID, RecordID)]) -> [RecordID: Set<RecordID>] {
            var map: [RecordID: Set<RecordID>] = [:]
            for (id, familyID) in pairs { map[familyID, default: []].insert(id) }
            return map
        }
        familyProblems = byFamily(file.problems.values.map { ($0.id, $0.familyID) } + document.problems.map { ($0.id, $0.familyID) })
        familyMembers = byFamily(file.members.values.map { ($0.id, $0.familyID) } + document.members.map { ($0.id, $0.familyID) })
    }

    func issues() -> [TransferIssue] {
        var issues: [TransferIssue] = []
        for (collection, index, id, check) in checks() where new.contains(id) {
            var problems: [(String?, TransferProblem)] = []
            check(&problems)
            issues += problems.map { TransferIssue(.record(collection, index: index, id: id, field: $0.0), $0.1) }
        }
        return issues
    }

    private typealias Check = (inout [(String?, TransferProblem)]) -> Void

    private func rules(_ found: [ValidationIssue], field: ((ValidationIssue) -> String)? = nil) -> [(String?, TransferProblem)] {
        found.map { issue in
            if case .unknownCatalogueCode(let code) = issue { return ("code", .unknownCatalogueCode(code)) }
            return (field?(issue) ?? issue.transferField, .invalid(issue))
        }
    }

    private func need(_ id: RecordID?, in known: Set<RecordID>, _ collection: TransferCollection, _ field: String,
                      _ out: inout [(String?, TransferProblem)]) {
        if let id, !known.contains(id) { out.append((field, .unresolved(collection, id))) }
    }

    /// The family of a cooperation must be the record's own family.
    private func needCooperation(_ id: RecordID, of familyID: RecordID, _ out: inout [(String?, TransferProblem)]) {
        guard let cooperation = cooperations[id] else { return out.append(("cooperationID", .unresolved(.cooperations, id))) }
        if cooperation.familyID != familyID { out.append(("cooperationID", .otherFamily(.cooperations, id))) }
    }

    private func checks() -> [(TransferCollection, Int, RecordID, Check)] {
        var list: [(TransferCollection, Int, RecordID, Check)] = []
        func add<T: Identifiable>(_ records: [T], _ collection: TransferCollection, _ check: @escaping (T, inout [(String?, TransferProblem)]) -> Void)
            where T.ID == RecordID {
            for (index, record) in records.enumerated() {
                list.append((collection, index, record.id, { check(record, &$0) }))
            }
        }
        add(document.users, .users) { user, out in
            out += rules([TextRules.check(user.name, field: .userName, required: true, limit: 100)].compactMap { $0 }
                         + EmploymentPeriod.validate(user.employment ?? []))
        }
        add(document.families, .families) { family, out in
            out += rules(family.validate())
            for (i, id) in (family.sharedWith ?? []).enumerated() { need(id, in: users, .users, "sharedWith[\(i)]", &out) }
        }
        add(document.members, .members) { member, out in
            need(member.familyID, in: families, .families, "familyID", &out)
            out += rules(member.validate(today: today))
        }
        add(document.cooperations, .cooperations) { cooperation, out in
            need(cooperation.familyID, in: families, .families, "familyID", &out)
            need(cooperation.assistantID, in: users, .users, "assistantID", &out)
            for (i, handover) in (cooperation.handovers ?? []).enumerated() {
                need(handover.from, in: users, .users, "handovers[\(i)].from", &out)
                need(handover.to, in: users, .users, "handovers[\(i)].to", &out)
            }
            var found = cooperation.validate(today: today)
            if !cooperation.archived, let clash = familyCooperations[cooperation.familyID, default: []].first(where: {
                $0.id != cooperation.id
                    && $0.overlaps(from: cooperation.start, to: cooperation.end ?? LocalDate(year: 2199, month: 12, day: 31)!)
            }) {
                found.append(.overlapsCooperation(start: clash.start, end: clash.end))
            }
            out += rules(found)
        }
        add(document.problems, .problems) { problem, out in
            need(problem.familyID, in: families, .families, "familyID", &out)
            out += rules(problem.validate(today: today, catalogue: file.settings.catalogue))
        }
        add(document.planVersions, .planVersions) { plan, out in
            need(plan.familyID, in: families, .families, "familyID", &out)
            needCooperation(plan.cooperationID, of: plan.familyID, &out)
            out += rules(plan.validate(today: today, familyProblems: familyProblems[plan.familyID, default: []],
                                       familyMembers: familyMembers[plan.familyID, default: []]))
        }
        add(document.visits, .visits) { visit, out in
            need(visit.familyID, in: families, .families, "familyID", &out)
            need(visit.assistantID, in: users, .users, "assistantID", &out)
            out += rules(visit.validate(today: today, familyMembers: familyMembers[visit.familyID, default: []]))
        }
        add(document.placements, .placements) { placement, out in
            need(placement.familyID, in: families, .families, "familyID", &out)
            out += rules(placement.validate(today: today, familyMembers: familyMembers[placement.familyID, default: []]))
        }
        add(document.events, .events) { event, out in
            need(event.familyID, in: families, .families, "familyID", &out)
            out += rules(event.validate(today: today))
        }
        add(document.assessments, .assessments) { assessment, out in
            need(assessment.familyID, in: families, .families, "familyID", &out)
            needCooperation(assessment.cooperationID, of: assessment.familyID, &out)
            need(assessment.authorID, in: users, .users, "authorID", &out)
            need(assessment.approvedBy, in: users, .users, "approvedBy", &out)
            for (i, review) in assessment.reviews.enumerated() { need(review.reviewerID, in: users, .users, "reviews[\(i)].reviewerID", &out) }
            // Four eyes hold in a file too: nobody approves or returns their own assessment.
            if assessment.approvedBy == assessment.authorID { out.append(("approvedBy", .ownAssessment)) }
            for (i, review) in assessment.reviews.enumerated() where review.reviewerID == assessment.authorID {
                out.append(("reviews[\(i)].reviewerID", .ownAssessment))
            }
            for (i, progress) in assessment.problems.enumerated() {
                if file.settings.catalogue.entry(progress.code) == nil { out.append(("problems[\(i)].code", .unknownCatalogueCode(progress.code))) }
            }
            out += rules(assessment.validate(today: today)) { $0.field == .date ? "periodTo" : $0.transferField }
        }
        add(document.meetings, .meetings) { meeting, out in
            for (i, entry) in meeting.entries.enumerated() { need(entry.familyID, in: families, .families, "entries[\(i)].familyID", &out) }
            need(meeting.recordedBy, in: users, .users, "recordedBy", &out)
            out += rules(meeting.validate(today: today, knownFamilies: families).filter { $0 != .notApplicable(.families) })
        }
        return list
    }
}

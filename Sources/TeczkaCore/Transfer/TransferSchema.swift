import Foundation

/// Any JSON value, read before the typed decoding so that every unknown field, missing field, wrong type and bad
/// date can be named with its place in the file; the "Konflikty" screen compares two versions of a record with it.
public indirect enum JSONValue: Decodable, Hashable, Sendable {
    case null, bool(Bool), int(Int), double(Double), string(String), array([JSONValue]), object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let v = try? c.decode(Bool.self) { self = .bool(v) }
        else if let v = try? c.decode(Int.self) { self = .int(v) }
        else if let v = try? c.decode(Double.self) { self = .double(v) }
        else if let v = try? c.decode(String.self) { self = .string(v) }
        else if let v = try? c.decode([JSONValue].self) { self = .array(v) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }
}

/// The shape of every value of the export document: the single source for the strict check (and for the tables
/// in Docs/import-format.md). A test encodes a fully filled record of each kind and compares its keys with this.
indirect enum FieldType: Sendable {
    case text, bool, int, id, date, time
    case code([String])
    case optional(FieldType)
    case list(FieldType)
    case object(Shape)

    static func codes<E: CaseIterable & RawRepresentable>(_: E.Type) -> FieldType where E.RawValue == String {
        .code(E.allCases.map(\.rawValue))
    }
}

struct Shape: Sendable {
    let fields: [String: FieldType]
    init(_ fields: [String: FieldType]) { self.fields = fields }
}

enum TransferSchema {
    static let user = Shape(["id": .id, "name": .text, "role": .codes(UserRole.self), "active": .bool,
                              "signingKey": .optional(.text), "agreementKey": .optional(.text),
                              "employment": .optional(.list(.object(Shape(["from": .date, "to": .optional(.date), "ftePercent": .int]))))])
    static let family = Shape([
        "id": .id, "label": .text, "address": .text, "locality": .text, "rural": .bool,
        "structure": .codes(FamilyStructure.self), "notes": .text, "archived": .bool, "sharedWith": .optional(.list(.id)),
    ])
    static let member = Shape([
        "id": .id, "familyID": .id, "firstName": .text, "lastName": .text, "birthDate": .optional(.date),
        "role": .codes(MemberRole.self), "pesel": .optional(.text), "memberFrom": .optional(.date),
        "memberTo": .optional(.date), "archived": .bool,
    ])
    static let cooperation = Shape([
        "id": .id, "familyID": .id, "assistantID": .id, "referral": .codes(ReferralBasis.self),
        "referralDate": .optional(.date), "referralReference": .text, "consentDate": .optional(.date), "start": .date,
        "categories": .list(.object(Shape(["from": .date, "category": .codes(FamilyCategory.self)]))),
        "end": .optional(.date), "endReason": .optional(.codes(EndReason.self)), "monitoringMonths": .int,
        "monitoringNotes": .list(.object(Shape(["date": .date, "text": .text]))), "archived": .bool,
        "handovers": .optional(.list(.object(Shape(["date": .date, "from": .id, "to": .id])))),
        "caseNumber": .optional(.text),
    ])
    static let problem = Shape([
        "id": .id, "familyID": .id, "code": .text, "identified": .date, "source": .codes(ProblemSource.self),
        "note": .text, "history": .list(.object(Shape(["date": .date, "status": .codes(ProblemStatus.self)]))),
        "effectDate": .optional(.date), "archived": .bool,
    ])
    static let planVersion = Shape([
        "id": .id, "familyID": .id, "cooperationID": .id, "number": .int, "date": .date, "socialWorker": .text,
        "fosterCoordinator": .text, "coordinatedWithChildPlan": .bool,
        "goals": .list(.object(Shape([
            "id": .id, "text": .text, "problemIDs": .list(.id), "deadline": .optional(.date), "expectedEffect": .text,
            "status": .codes(GoalStatus.self),
        ]))),
        "actions": .list(.object(Shape([
            "id": .id, "text": .text, "who": .text, "deadline": .optional(.date), "done": .bool,
        ]))),
        "signatures": .list(.object(Shape(["memberID": .id, "date": .date]))), "archived": .bool,
    ])
    static let visit = Shape([
        "id": .id, "familyID": .id, "assistantID": .id, "date": .date, "startTime": .optional(.time),
        "durationMinutes": .int, "place": .codes(VisitPlace.self), "placeOther": .text, "presentMemberIDs": .list(.id),
        "activities": .list(.codes(ActivityGroup.self)), "notes": .text, "nextSteps": .text, "archived": .bool,
    ])
    static let placement = Shape([
        "id": .id, "familyID": .id, "childID": .id, "form": .codes(FosterForm.self), "placeName": .text, "start": .date,
        "end": .optional(.date), "endType": .optional(.codes(PlacementEndType.self)), "note": .text, "archived": .bool,
        "powiat": .optional(.text),
        "charges": .optional(.list(.object(Shape(["month": .date, "amount": .optional(.int), "monthlyCost": .optional(.int)])))),
    ])
    static let event = Shape([
        "id": .id, "familyID": .id, "kind": .codes(EventKind.self), "date": .date, "until": .optional(.date),
        "note": .text, "archived": .bool,
    ])
    static let assessment = Shape([
        "id": .id, "familyID": .id, "cooperationID": .id, "authorID": .id, "periodFrom": .date, "periodTo": .date,
        "situation": .text,
        "goals": .list(.object(Shape(["goalID": .id, "text": .text, "status": .codes(GoalStatus.self), "comment": .text]))),
        "problems": .list(.object(Shape([
            "problemID": .id, "code": .text, "status": .codes(ProblemStatus.self), "comment": .text,
        ]))),
        "children": .text, "cooperationText": .text, "recommendation": .optional(.codes(Recommendation.self)),
        "proposedEndReason": .optional(.codes(EndReason.self)), "specialist": .text,
        "state": .codes(AssessmentState.self), "passedOn": .optional(.date), "approvedBy": .optional(.id),
        "approvedOn": .optional(.date),
        "reviews": .list(.object(Shape([
            "date": .date, "reviewerID": .id, "remarks": .text, "recommendations": .text,
        ]))),
        "correction": .int, "archived": .bool,
    ])
    static let meeting = Shape([
        "id": .id, "date": .date, "participants": .text,
        "entries": .list(.object(Shape(["familyID": .id, "remarks": .text, "recommendations": .text]))),
        "archived": .bool, "place": .optional(.text), "chair": .optional(.text), "recordedBy": .optional(.id),
    ])
    static let catalogue = Shape([
        "id": .text, "name": .text, "problemsTitle": .text, "effectsTitle": .optional(.text),
        "entries": .list(.object(Shape([
            "code": .text, "label": .text, "effect": .optional(.text), "retired": .optional(.bool),
        ]))),
    ])
    static let settings = Shape(["caseloadCap": .int, "monitoringMonths": .int, "notVisitedDays": .int,
                                 "capByEmployment": .optional(.bool), "retentionYears": .optional(.int),
                                 "centre": .optional(.object(Shape([
                                     "name": .optional(.text), "address": .optional(.text), "town": .optional(.text),
                                     "caseNumberPattern": .optional(.text),
                                 ])))])

    static func shape(of collection: TransferCollection) -> Shape {
        switch collection {
        case .users: return user
        case .families: return family
        case .members: return member
        case .cooperations: return cooperation
        case .problems: return problem
        case .planVersions: return planVersion
        case .visits: return visit
        case .placements: return placement
        case .events: return event
        case .assessments: return assessment
        case .meetings: return meeting
        }
    }

    /// Checks the raw document. Returns every issue found, in file order (records by list, then index).
    static func check(_ root: JSONValue) -> [TransferIssue] {
        guard case .object(let top) = root else { return [TransferIssue(.document(field: nil), .wrongType(.object))] }
        var issues: [TransferIssue] = []
        let lists = Set(TransferCollection.allCases.map(\.rawValue))
        for key in top.keys.sorted() where !lists.contains(key) && !["format", "version", "catalogue", "settings"].contains(key) {
            issues.append(TransferIssue(.document(field: nil), .unknownField(key)))
        }
        for (key, shape, required) in [("catalogue", catalogue, true), ("settings", settings, false)] {
            let value = top[key] ?? .null
            if value == .null && !required { continue }
            check(value, .object(shape), path: key) { path, problem in
                issues.append(TransferIssue(.document(field: path), problem))
            }
        }
        for collection in TransferCollection.allCases {
            guard let value = top[collection.rawValue], value != .null else { continue }
            guard case .array(let records) = value else {
                issues.append(TransferIssue(.document(field: collection.rawValue), .wrongType(.list)))
                continue
            }
            for (index, record) in records.enumerated() {
                var id: RecordID?
                if case .object(let fields) = record, case .string(let raw)? = fields["id"], isValidID(raw) { id = RecordID(raw) }
                check(record, .object(shape(of: collection)), path: nil) { path, problem in
                    issues.append(TransferIssue(.record(collection, index: index, id: id, field: path), problem))
                }
            }
        }
        return issues
    }

    /// Ids are what the program makes (lowercase UUIDs), or any short name of lowercase letters, digits and `-`.
    static func isValidID(_ raw: String) -> Bool {
        !raw.isEmpty && raw.count <= 64 && raw.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    private static func join(_ path: String?, _ key: String) -> String { path.map { "\($0).\(key)" } ?? key }

    private static func check(_ value: JSONValue, _ type: FieldType, path: String?,
                              report: (String?, TransferProblem) -> Void) {
        switch type {
        case .optional(let inner):
            if value != .null { check(value, inner, path: path, report: report) }
            return
        default:
            break
        }
        switch (type, value) {
        case (_, .null):
            report(path, .missingField)
        case (.text, .string), (.bool, .bool), (.int, .int):
            break
        case (.id, .string(let raw)):
            if !isValidID(raw) { report(path, .badID(raw)) }
        case (.date, .string(let text)):
            if !isISODate(text) { report(path, .badDate(text)) }
        case (.time, .string(let text)):
            if TimeOfDay(parsing: text).map({ $0.description != text }) ?? true { report(path, .badTime(text)) }
        case (.code(let allowed), .string(let code)):
            if !allowed.contains(code) { report(path, .unknownCode(code, allowed: allowed)) }
        case (.list(let element), .array(let items)):
            for (index, item) in items.enumerated() {
                check(item, element, path: (path ?? "") + "[\(index)]", report: report)
            }
        case (.object(let shape), .object(let fields)):
            for key in fields.keys.sorted() where shape.fields[key] == nil {
                report(path, .unknownField(key))
            }
            for (key, fieldType) in shape.fields.sorted(by: { $0.key < $1.key }) {
                let fieldPath = join(path, key)
                if let fieldValue = fields[key] {
                    check(fieldValue, fieldType, path: fieldPath, report: report)
                } else if case .optional = fieldType {
                    continue
                } else {
                    report(fieldPath, .missingField)
                }
            }
        case (.text, _), (.date, _), (.time, _), (.code, _): report(path, .wrongType(.text))
        case (.id, _): report(path, .wrongType(.id))
        case (.bool, _): report(path, .wrongType(.bool))
        case (.int, _): report(path, .wrongType(.number))
        case (.list, _): report(path, .wrongType(.list))
        case (.object, _): report(path, .wrongType(.object))
        case (.optional, _): break
        }
    }

    /// Only `YYYY-MM-DD` of a day that exists: the export writes nothing else, and a file is not the place for the
    /// forms people type.
    static func isISODate(_ text: String) -> Bool {
        guard text.count == 10, let date = LocalDate(parsing: text) else { return false }
        return date.iso == text
    }
}

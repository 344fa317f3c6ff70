/// Where in an import file something is wrong.
public enum TransferLocation: Equatable, Sendable {
    /// The document itself, or one of its top-level keys (`catalogue`, `settings`, `format` …).
    case document(field: String?)
    /// A record: its list, its place in the list (from 0), its id when it has a readable one, and the field path
    /// inside it (`birthDate`, `categories[0].from`), nil for the record as a whole.
    case record(TransferCollection, index: Int, id: RecordID?, field: String?)
    /// A CSV file: the line (from 1, the header is line 1) and the column's name from the header.
    case csv(line: Int, column: String?)

    /// The field path (or CSV column), if the place is narrower than a record.
    public var field: String? {
        switch self {
        case .document(let field), .record(_, _, _, let field): return field
        case .csv(_, let column): return column
        }
    }
}

/// The kind of value a field must hold.
public enum TransferValueType: String, Equatable, Sendable {
    case text, number, bool, list, object, id
}

/// What is wrong. The command line words these in Polish (or English).
public enum TransferProblem: Equatable, Sendable {
    case notJSON(String)
    case notUTF8
    case wrongFormat(String)
    case unsupportedVersion(Int)
    case unknownField(String)
    case missingField
    case wrongType(TransferValueType)
    case badDate(String)
    case badTime(String)
    case badID(String)
    case unknownCode(String, allowed: [String])
    /// A problem code (in `problems` or an assessment) that the store's catalogue does not have.
    case unknownCatalogueCode(String)
    /// The file was written with another catalogue than this store's.
    case catalogueDiffers(CatalogueDifference)
    /// A reference to a record that is neither in the store nor in the file.
    case unresolved(TransferCollection, RecordID)
    /// The referenced record exists but belongs to another family than this record.
    case otherFamily(TransferCollection, RecordID)
    /// The same id appears earlier in the file (at `index` of `collection`) with other content or as another kind.
    case duplicateInFile(TransferCollection, index: Int)
    /// The store has a record with this id and different content; import never overwrites.
    case conflictsWithStore
    /// The id belongs to a record of another kind in the store.
    case idOfOtherKind(RecordKind)
    /// A rule of the record (the same checks as when saving it in the program).
    case invalid(ValidationIssue)
    /// An assessment approved or returned by its own author (four eyes).
    case ownAssessment
    // CSV
    case csvEmpty
    case csvUnknownColumn(String)
    case csvMissingColumn(String)
    case csvDuplicateColumn(String)
    case csvFieldCount(expected: Int, found: Int)
    case csvUnclosedQuote
    case csvBadValue(String, allowed: [String])
    /// The same family (label and address) appears on an earlier line with another locality, village flag or structure.
    case csvFamilyDiffers(firstLine: Int)
    /// Several families in the store have this label and address: the import cannot tell which one is meant.
    case csvAmbiguousFamily(Int)
    /// No role and no birth date (nor a PESEL) to tell an adult from a child.
    case csvRoleNeeded
}

public enum CatalogueDifference: Equatable, Sendable {
    /// Another catalogue (its id and name in the file; the store's id and name).
    case otherCatalogue(file: String, store: String)
    /// The same catalogue id, but an entry differs or is missing on one side (retired flags do not count).
    case entry(code: String)
    case titles
}

public struct TransferIssue: Equatable, Sendable {
    public var location: TransferLocation
    public var problem: TransferProblem

    public init(_ location: TransferLocation, _ problem: TransferProblem) {
        self.location = location
        self.problem = problem
    }
}

/// An import refused: every issue found (nothing was written).
public struct TransferFailure: Error, Equatable, Sendable {
    public var issues: [TransferIssue]
    public init(_ issues: [TransferIssue]) { self.issues = issues }
}

extension ValidationIssue {
    /// The JSON key (or CSV column) a rule's `Field` is about, where the two differ.
    var transferField: String {
        switch field {
        case .userName: return "name"
        case .userRole: return "role"
        case .category, .categoryFrom: return "categories"
        case .problems: return "code"
        case .status: return "history"
        case .present: return "presentMemberIDs"
        case .child: return "childID"
        case .eventKind: return "kind"
        case .duration: return "durationMinutes"
        case .place: return "placeOther"
        case .coordinated: return "coordinatedWithChildPlan"
        case .families: return "entries"
        case .meetingPlace: return "place"
        case .identified: return "identified"
        default: return field.rawValue
        }
    }
}

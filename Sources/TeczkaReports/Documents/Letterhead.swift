import TeczkaCore

/// What every page of a case printout carries so that a loose sheet finds its way back to the file (issue 17): the
/// centre, the case number (numer sprawy) and the family, with "miejscowość, dnia …" and the printing date.
public struct Letterhead: Sendable, Equatable {
    public var centre: CentreDetails
    /// The cooperation's case number; empty when it has none (a cooperation opened before the centre set a pattern).
    public var caseNumber: String
    /// The family's label; empty for a document about several families (a meeting protocol).
    public var family: String
    public var printedOn: LocalDate

    public init(centre: CentreDetails = CentreDetails(), caseNumber: String = "", family: String = "", printedOn: LocalDate) {
        self.centre = centre
        self.caseNumber = caseNumber
        self.family = family
        self.printedOn = printedOn
    }

    /// The letterhead of a document about `familyID` within `cooperationID` (its case number), printed today.
    public static func of(_ file: CaseFile, familyID: RecordID? = nil, cooperationID: RecordID? = nil) -> Letterhead {
        Letterhead(centre: file.settings.centre,
                   caseNumber: cooperationID.flatMap { file.cooperations[$0]?.caseNumber } ?? "",
                   family: familyID.flatMap { file.families[$0]?.label } ?? "",
                   printedOn: file.today)
    }

    static let monthsGenitive = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                                 "września", "października", "listopada", "grudnia"]

    /// "2 grudnia 2026 r.", as a date is written in a Polish letter.
    static func writtenDate(_ date: LocalDate) -> String {
        "\(date.day) \(monthsGenitive[date.month - 1]) \(date.year) r."
    }

    /// "Siechnice, dnia 2 grudnia 2026 r."; a dotted place for the town when the centre has not set one.
    public var placeAndDate: String {
        let town = centre.town.isEmpty ? "……………………" : centre.town
        return "\(town), dnia \(Self.writtenDate(printedOn))"
    }

    /// A document about one family carries its case number; a protocol or a person's data do not.
    var isAboutFamily: Bool { !family.isEmpty }

    /// "Nr sprawy: AR.4011.3.2024", a dash when the cooperation has none.
    var caseLine: String { "Nr sprawy: " + (caseNumber.isEmpty ? "—" : caseNumber) }

    /// The line repeated at the top of every page: the centre, then the case number and the family, or the title of
    /// a document that is not about one family.
    public func runningHeader(title: String) -> String {
        var parts: [String] = []
        if !centre.name.isEmpty { parts.append(centre.name) }
        parts += isAboutFamily ? [caseLine, "Rodzina: " + family] : [title]
        return parts.joined(separator: " · ")
    }

    /// The line at the foot of every page, before the page number.
    public var printedLine: String { "Wydrukowano \(printedOn.polish)" }

    /// The centre's name and address, as at the head of a letter (none when the centre has not set them).
    var centreLines: [String] { [centre.name, centre.address].filter { !$0.isEmpty } }
}

/// One place to sign at the end of a document, naming who signs. A signature the file already records (a family
/// member's signature under a plan) gets the date it was given instead of a blank line.
public struct SignatureLine: Sendable, Equatable {
    public var role: String
    public var name: String
    public var signedOn: LocalDate?

    public init(_ role: String, _ name: String = "", signedOn: LocalDate? = nil) {
        self.role = role
        self.name = name
        self.signedOn = signedOn
    }

    /// "Asystent rodziny: Anna Nowak", or the role alone when nobody is named yet.
    public var label: String { name.isEmpty ? role : "\(role): \(name)" }

    /// Under the line: what to write there, or the recorded signature.
    public var caption: String { signedOn.map { "podpisano \($0.polish)" } ?? "data i podpis" }
}

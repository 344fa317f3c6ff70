import TeczkaCore

/// Who made a report, where and when (issue 17): printed under every table of a report written by the program, in
/// every format, after the counting rule and the period, so that a printed or sent table names its centre and author.
public struct ReportOrigin: Sendable, Equatable {
    public var centre: CentreDetails
    public var madeOn: LocalDate
    public var madeBy: String

    public init(centre: CentreDetails, madeOn: LocalDate, madeBy: String) {
        self.centre = centre
        self.madeOn = madeOn
        self.madeBy = madeBy
    }

    /// The origin of a report made now from `file` by the user logged in.
    public static func of(_ file: CaseFile) -> ReportOrigin {
        ReportOrigin(centre: file.settings.centre, madeOn: file.today, madeBy: file.currentUser.name)
    }

    /// "Ośrodek: …" (when the centre has a name), "Sporządził(a): …" and the place and date it was made.
    public var lines: [String] {
        var out: [String] = []
        if !centre.name.isEmpty { out.append("Ośrodek: " + [centre.name, centre.address].filter { !$0.isEmpty }.joined(separator: ", ")) }
        out.append("Sporządził(a): \(madeBy)")
        out.append(centre.town.isEmpty ? "Data sporządzenia: \(madeOn.polish)"
                                       : Letterhead(centre: centre, printedOn: madeOn).placeAndDate)
        return out
    }
}

extension ReportTable {
    /// The table with its origin under the footnote.
    public func made(by origin: ReportOrigin) -> ReportTable {
        var table = self
        table.footnote += origin.lines
        return table
    }
}

/// Who the centre is, for the printouts' header and the reports' foot (issue 17): set by the coordinator in the
/// settings. Empty fields are left out of the printouts; a store written before issue 17 has them all empty.
public struct CentreDetails: Codable, Equatable, Sendable {
    /// e.g. "Miejsko-Gminny Ośrodek Pomocy Społecznej w Siechnicach".
    public var name: String
    /// Street and post code, e.g. "ul. Jana Pawła II 12, 55-011 Siechnice".
    public var address: String
    /// The town written before the date on a document ("Siechnice, dnia 2 grudnia 2026 r.").
    public var town: String
    /// How a cooperation's case number (numer sprawy) is suggested: `{nr}` the next number in the year, `{rok}` the
    /// year the cooperation started, e.g. "AR.4011.{nr}.{rok}". Empty: no suggestion.
    public var caseNumberPattern: String

    public init(name: String = "", address: String = "", town: String = "", caseNumberPattern: String = "") {
        self.name = name
        self.address = address
        self.town = town
        self.caseNumberPattern = caseNumberPattern
    }

    private enum CodingKeys: String, CodingKey { case name, address, town, caseNumberPattern }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
        address = try c.decodeIfPresent(String.self, forKey: .address) ?? ""
        town = try c.decodeIfPresent(String.self, forKey: .town) ?? ""
        caseNumberPattern = try c.decodeIfPresent(String.self, forKey: .caseNumberPattern) ?? ""
    }

    public var isEmpty: Bool { self == CentreDetails() }
}

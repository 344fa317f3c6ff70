import Foundation

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

extension CentreDetails {
    public static let nameLimit = 200
    public static let addressLimit = 200
    public static let townLimit = 100
    public static let patternLimit = 60

    /// Each field a single line within its limit; a pattern, when given, holds `{nr}` and no placeholder but `{nr}`
    /// and `{rok}`.
    public func validate() -> [ValidationIssue] {
        var issues = [
            TextRules.check(name, field: .centreName, required: false, limit: Self.nameLimit),
            TextRules.check(address, field: .centreAddress, required: false, limit: Self.addressLimit),
            TextRules.check(town, field: .centreTown, required: false, limit: Self.townLimit),
        ].compactMap { $0 }
        if let issue = TextRules.check(caseNumberPattern, field: .caseNumberPattern, required: false, limit: Self.patternLimit) {
            issues.append(issue)
        } else if let issue = CaseNumbering.check(caseNumberPattern) {
            issues.append(issue)
        }
        return issues
    }
}

/// A centre's case-number pattern (`CentreDetails.caseNumberPattern`): `{nr}` the number in the year, `{rok}` the
/// year, everything else as written. Suggests the next number of a year and reads numbers written under it back.
public struct CaseNumbering {
    public static let number = "{nr}"
    public static let year = "{rok}"

    enum Part: Equatable { case text(String), number, year }
    let parts: [Part]
    private let matcher: NSRegularExpression

    /// nil for an empty pattern or one that `check` refuses.
    public init?(_ pattern: String) {
        guard !pattern.isEmpty, Self.check(pattern) == nil else { return nil }
        var parts: [Part] = []
        var rest = Substring(pattern)
        while !rest.isEmpty {
            if rest.hasPrefix(Self.number) {
                parts.append(.number)
                rest = rest.dropFirst(Self.number.count)
            } else if rest.hasPrefix(Self.year) {
                parts.append(.year)
                rest = rest.dropFirst(Self.year.count)
            } else {
                let next = rest.dropFirst().firstIndex(of: "{") ?? rest.endIndex
                let text = String(rest[..<next])
                if case .text(let before) = parts.last { parts[parts.count - 1] = .text(before + text) } else { parts.append(.text(text)) }
                rest = rest[next...]
            }
        }
        self.parts = parts
        let regex = parts.map { part -> String in
            switch part {
            case .text(let text): return NSRegularExpression.escapedPattern(for: text)
            case .number: return "([0-9]{1,9})"
            case .year: return "([0-9]{4})"
            }
        }.joined()
        guard let matcher = try? NSRegularExpression(pattern: "^" + regex + "$", options: [.caseInsensitive]) else { return nil }
        self.matcher = matcher
    }

    /// Why a non-empty pattern cannot be used: no `{nr}`, or a `{…}` that is neither `{nr}` nor `{rok}` (a lone brace
    /// included). nil when it is fine.
    public static func check(_ pattern: String) -> ValidationIssue? {
        guard !pattern.isEmpty else { return nil }
        guard pattern.contains(number) else { return .caseNumberWithoutNumber }
        let rest = pattern.replacingOccurrences(of: number, with: "").replacingOccurrences(of: year, with: "")
        guard let brace = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) else { return nil }
        let end = rest[brace...].dropFirst().firstIndex(where: { $0 == "}" || $0 == "{" })
        let token = end.map { rest[$0] == "}" ? String(rest[brace...$0]) : String(rest[brace..<$0]) } ?? String(rest[brace...])
        return .unknownPlaceholder(String(token.prefix(20)))
    }

    /// The number for `nr` in `year`.
    public func format(number nr: Int, year: Int) -> String {
        parts.map { part in
            switch part {
            case .text(let text): return text
            case .number: return String(nr)
            case .year: return String(year)
            }
        }.joined()
    }

    /// `{nr}` and `{rok}` of a number written under this pattern (the year nil when the pattern has none); nil when
    /// it does not fit (another pattern, typed by hand, different numbers in two `{nr}`).
    public func parse(_ caseNumber: String) -> (number: Int, year: Int?)? {
        let text = caseNumber.trimmingCharacters(in: .whitespaces)
        let range = NSRange(text.startIndex..., in: text)
        guard let match = matcher.firstMatch(in: text, range: range) else { return nil }
        var number: Int?, year: Int?
        var group = 1
        for part in parts {
            if case .text = part { continue }
            guard let r = Range(match.range(at: group), in: text), let value = Int(text[r]) else { return nil }
            group += 1
            if part == .number {
                if let number, number != value { return nil }
                number = value
            } else {
                if let year, year != value { return nil }
                year = value
            }
        }
        return number.map { ($0, year) }
    }

    /// The `{nr}` after a year's highest (`highest`); when none of that year's numbers fits the pattern, one more
    /// than the cooperations started that year (`CaseFile.suggestedCaseNumber`, the demo's numbering).
    static func next(in year: Int, highest: [Int: Int], among cooperations: some Sequence<Cooperation>) -> Int {
        highest[year].map { $0 + 1 } ?? cooperations.filter { !$0.archived && $0.start.year == year }.count + 1
    }

    /// The highest `{nr}` of each year among `cooperations`' numbers that fit the pattern: the year written in the
    /// number, or the cooperation's start year when the pattern has no `{rok}`.
    public func highest(in cooperations: some Sequence<Cooperation>) -> [Int: Int] {
        var highest: [Int: Int] = [:]
        for cooperation in cooperations {
            guard let caseNumber = cooperation.caseNumber, let parsed = parse(caseNumber) else { continue }
            let year = parsed.year ?? cooperation.start.year
            highest[year] = max(highest[year] ?? 0, parsed.number)
        }
        return highest
    }
}

extension CaseFile {
    /// Whether the ledger takes a change of the settings from the logged-in user: a coordinator, or whoever created
    /// the store (a lone assistant's own store).
    public var maySaveSettings: Bool { ledger.isCoordinator(currentUser.id) }

    /// The case number suggested for a cooperation starting on `start`: the pattern with `{rok}` the start year and
    /// `{nr}` one more than the highest number of that year among the cooperations this store sees (archived ones
    /// too: their numbers are taken), or, when none of that year's numbers fits the pattern, one more than the
    /// cooperations started that year. nil without a pattern. In a team each store sees only its own cooperations
    /// (the coordinator's sees all): the number in the centre's register wins, the field stays editable.
    public func suggestedCaseNumber(start: LocalDate, excluding id: RecordID? = nil) -> String? {
        guard let numbering = CaseNumbering(settings.centre.caseNumberPattern) else { return nil }
        let others = cooperations.values.filter { $0.id != id }
        let year = start.year
        return numbering.format(number: CaseNumbering.next(in: year, highest: numbering.highest(in: others), among: others),
                                year: year)
    }
}

extension CentreDetails {
    /// Without spaces around each field (as saved).
    public var trimmed: CentreDetails {
        CentreDetails(name: name.trimmingCharacters(in: .whitespaces), address: address.trimmingCharacters(in: .whitespaces),
                      town: town.trimmingCharacters(in: .whitespaces),
                      caseNumberPattern: caseNumberPattern.trimmingCharacters(in: .whitespaces))
    }
}

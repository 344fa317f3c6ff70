import Foundation

/// A problem catalogue: the list a centre diagnoses families against, and (catalogue B) the paired effects.
/// Catalogues are data: two ship with the program and a centre may load its own (Docs/catalogues.md).
public struct ProblemCatalogue: Codable, Equatable, Sendable {
    public struct Entry: Codable, Equatable, Sendable {
        public var code: String
        public var label: String
        /// The paired effect (catalogue B), printed in the effects table.
        public var effect: String?
        /// Retired entries stay for records that use them but are not offered for new ones.
        public var retired: Bool

        public init(code: String, label: String, effect: String? = nil, retired: Bool = false) {
            self.code = code
            self.label = label
            self.effect = effect
            self.retired = retired
        }
    }

    public var id: String
    public var name: String
    /// Title of the problems table as the centre prints it.
    public var problemsTitle: String
    /// Title of the effects table, when the catalogue pairs effects with problems.
    public var effectsTitle: String?
    public var entries: [Entry]

    public init(id: String, name: String, problemsTitle: String, effectsTitle: String? = nil, entries: [Entry]) {
        self.id = id
        self.name = name
        self.problemsTitle = problemsTitle
        self.effectsTitle = effectsTitle
        self.entries = entries
    }

    public var hasEffects: Bool { effectsTitle != nil }

    public func entry(_ code: String) -> Entry? { entries.first { $0.code == code } }

    /// Entries offered when recording new problems.
    public var activeEntries: [Entry] { entries.filter { !$0.retired } }
}

extension ProblemCatalogue {
    /// Catalogue A — Siechnice Table 7.
    public static let siechnice = ProblemCatalogue(
        id: "A", name: "Katalog A (Siechnice)",
        problemsTitle: "Główne problemy rodzin zdiagnozowane przez asystenta rodziny",
        entries: [
            "Brak prawidłowych umiejętności rodzicielskich",
            "Brak prawidłowych umiejętności komunikacyjnych",
            "Nieprawidłowe relacje w rodzinie, konflikty małżeńskie, trudności w relacjach małżeńskich",
            "Brak właściwych wzorców rodzinnych",
            "Problemy psychologiczne i psychiczne",
            "Niska samoocena",
            "Niezaradność życiowa",
            "Ubóstwo",
            "Problemy finansowe, długi, zajęcia komornicze, brak umiejętności gospodarowania finansami",
            "Brak stałego źródła dochodów",
            "Bezrobocie i nieaktywność zawodowa",
            "Niskie wykształcenie, brak kwalifikacji",
            "Uzależnienie od alkoholu, nadużywanie alkoholu",
            "Przemoc w rodzinie",
            "Trudne warunki mieszkaniowe",
            "Problemy zdrowotne, zaniedbania zdrowotne",
            "Niepełnosprawność",
        ].enumerated().map { Entry(code: "A\($0.offset + 1)", label: $0.element) })

    /// Catalogue B — Mielec, problems with paired effects.
    public static let mielec = ProblemCatalogue(
        id: "B", name: "Katalog B (Mielec)",
        problemsTitle: "Problemy występujące w rodzinach",
        effectsTitle: "Efekty działań współpracy asystenta rodziny z rodzinami",
        entries: [
            ("Niewydolność opiekuńczo – wychowawcza", "Poprawa umiejętności opiekuńczo – wychowawczych"),
            ("Brak zatrudnienia", "Zatrudnienie"),
            ("Brak kwalifikacji zawodowych", "Podniesienie kwalifikacji zawodowych"),
            ("Nie wypełnianie obowiązku szkolnego dzieci", "Wypełnianie przez dzieci obowiązku szkolnego"),
            ("Problemy edukacyjne dzieci", "Edukacja dzieci"),
            ("Zaniedbania zdrowotne", "Poprawa sytuacji zdrowotnej rodziny"),
            ("Dysfunkcje rozwojowe lub niepełnosprawność",
             "Poprawa funkcjonowania osób z dysfunkcjami rozwojowym i niepełnosprawnością"),
            ("Brak umiejętności dbania o higienę", "Prawidłowe nawyki higieniczne"),
            ("Problemy alkoholowe", "Podjęcie działań profilaktyki i terapii uzależnienia od alkoholu"),
            ("Niewystarczające środki finansowe", "Poprawa sytuacji finansowej"),
            ("Brak umiejętności prawidłowego dysponowania posiadanymi środkami finansowymi",
             "Poprawa umiejętności prawidłowego dysponowania posiadanymi środkami finansowymi"),
            ("Zadłużenia", "Całościowe lub częściowe spłacenie zadłużeń"),
            ("Zły stan techniczny warunków mieszkaniowych", "Poprawa stanu warunków mieszkaniowych"),
            ("Przemoc", "Przemoc"),
            ("Niska samoocena", "Podniesienie samooceny"),
            ("Brak wiary we własne możliwości", "Wzrost poczucia własnej wartości"),
            ("Zła kondycja psychiczna", "Poprawa kondycji psychicznej"),
            ("Wycofanie społeczne", "Aktywność społeczna"),
        ].enumerated().map { Entry(code: "B\($0.offset + 1)", label: $0.element.0, effect: $0.element.1) })

    public static let builtIn: [ProblemCatalogue] = [.siechnice, .mielec]

    public enum LoadProblem: Error, Equatable, Sendable {
        case notJSON(String)
        case wrongFormat
        case unsupportedVersion(Int)
        case empty
        case duplicateCode(String)
        case badText(code: String)
        case missingEffect(code: String)
    }

    /// The file a centre writes for its own catalogue (Docs/catalogues.md).
    struct File: Codable {
        var format: String
        var version: Int
        var id: String
        var name: String
        var problemsTitle: String
        var effectsTitle: String?
        var entries: [Entry]

        enum CodingKeys: String, CodingKey { case format, version, id, name, problemsTitle, effectsTitle, entries }
    }

    public static let fileFormat = "teczka-catalogue"

    /// Reads and checks a catalogue file; every problem is reported before anything is used.
    public static func load(json data: Data) throws(LoadProblem) -> ProblemCatalogue {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw .notJSON("\(error)")
        }
        guard file.format == fileFormat else { throw .wrongFormat }
        guard file.version == 1 else { throw .unsupportedVersion(file.version) }
        guard !file.entries.isEmpty else { throw .empty }
        var seen = Set<String>()
        for entry in file.entries {
            guard seen.insert(entry.code).inserted else { throw .duplicateCode(entry.code) }
            let texts = [entry.code, entry.label] + (entry.effect.map { [$0] } ?? [])
            if texts.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty || $0.count > 300
                || TextRules.containsControl($0, allowLineBreaks: false) }) {
                throw .badText(code: entry.code)
            }
            if file.effectsTitle != nil && entry.effect == nil { throw .missingEffect(code: entry.code) }
        }
        for text in [file.id, file.name, file.problemsTitle] + (file.effectsTitle.map { [$0] } ?? [])
        where text.trimmingCharacters(in: .whitespaces).isEmpty || TextRules.containsControl(text, allowLineBreaks: false) {
            throw .badText(code: "")
        }
        return ProblemCatalogue(id: file.id, name: file.name, problemsTitle: file.problemsTitle,
                                effectsTitle: file.effectsTitle, entries: file.entries)
    }
}

extension ProblemCatalogue.Entry {
    enum CodingKeys: String, CodingKey { case code, label, effect, retired }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        label = try c.decode(String.self, forKey: .label)
        effect = try c.decodeIfPresent(String.self, forKey: .effect)
        retired = try c.decodeIfPresent(Bool.self, forKey: .retired) ?? false
    }
}

/// Store-wide settings: the catalogue and the limits the centre chose. One record, id `settings`.
public struct StoreSettings: Codable, Equatable, Sendable {
    public static let recordID = RecordID("settings")

    public var catalogue: ProblemCatalogue
    /// Concurrent families per assistant before opening another asks for confirmation (statute: 15).
    public var caseloadCap: Int
    /// Months of monitoring after a cooperation ends.
    public var monitoringMonths: Int
    /// Families not visited for longer than this are flagged.
    public var notVisitedDays: Int
    /// Whether an assistant's cap follows their etat (`EmploymentPeriod.cap`): on unless the centre turns it off.
    public var capByEmployment: Bool
    /// Years a family's records are kept after its last cooperation or placement ends (the centre's choice; issue 15).
    public var retentionYears: Int
    /// The centre's name, address, town and case-number pattern (issue 17); empty in stores written before.
    public var centre: CentreDetails

    public init(catalogue: ProblemCatalogue = .siechnice, caseloadCap: Int = 15, monitoringMonths: Int = 6,
                notVisitedDays: Int = 30, capByEmployment: Bool = true, retentionYears: Int = 10,
                centre: CentreDetails = CentreDetails()) {
        self.catalogue = catalogue
        self.caseloadCap = caseloadCap
        self.monitoringMonths = monitoringMonths
        self.notVisitedDays = notVisitedDays
        self.capByEmployment = capByEmployment
        self.retentionYears = retentionYears
        self.centre = centre
    }

    private enum CodingKeys: String, CodingKey {
        case catalogue, caseloadCap, monitoringMonths, notVisitedDays, capByEmployment, retentionYears, centre
    }

    /// Settings saved before issue 15 have no `capByEmployment`: they get the default.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        catalogue = try c.decode(ProblemCatalogue.self, forKey: .catalogue)
        caseloadCap = try c.decode(Int.self, forKey: .caseloadCap)
        monitoringMonths = try c.decode(Int.self, forKey: .monitoringMonths)
        notVisitedDays = try c.decode(Int.self, forKey: .notVisitedDays)
        capByEmployment = try c.decodeIfPresent(Bool.self, forKey: .capByEmployment) ?? true
        retentionYears = try c.decodeIfPresent(Int.self, forKey: .retentionYears) ?? 10
        centre = try c.decodeIfPresent(CentreDetails.self, forKey: .centre) ?? CentreDetails()
    }

    /// The limits' ranges and the centre's details (the catalogue is checked against the records that use it by `CaseFile.saveSettings`).
    public func validateLimits() -> [ValidationIssue] {
        let limits: [(Field, Int)] = [(.caseloadCap, caseloadCap), (.monitoringMonths, monitoringMonths),
                                      (.notVisitedDays, notVisitedDays), (.retentionYears, retentionYears)]
        return limits.compactMap { field, value in
            guard let range = Self.ranges[field], !range.contains(value) else { return nil }
            return .outOfRange(field, min: range.lowerBound, max: range.upperBound)
        } + centre.validate()
    }

    /// The allowed values of each limit (the settings screen names them when a field is not a number).
    public static let ranges: [Field: ClosedRange<Int>] = [.caseloadCap: 1...100, .monitoringMonths: 0...36,
                                                            .notVisitedDays: 1...365, .retentionYears: 1...50]
}

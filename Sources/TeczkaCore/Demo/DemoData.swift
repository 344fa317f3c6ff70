/// Realistic sample data for trying the program and for benchmarks: families with members (Polish surnames in
/// masculine, feminine and plural forms, single-parent and large families, children of all ages) and their casework
/// over several years: cooperations, problems, plans, visits, placements, events, assessments and team meetings.
/// Nothing here is a real person. The same seed and the same `today` give the same records, ids included.
public enum DemoData {
    /// What a run added.
    public struct Summary: Equatable, Sendable {
        public var families = 0
        public var cooperations = 0
        public var visits = 0
        public var assessments = 0
        public var meetings = 0
        /// Everyone the cooperations were given to.
        public var assistants: [UserAccount] = []
        /// Accounts the run created: they have no passphrase, so nobody can log in with them.
        public var newAccounts: [UserAccount] = []
    }

    /// Adds `count` families and, for most, casework spread over the `years` years ending on `today`, written through
    /// the case file's public save methods (so every record passes the checks a user's input does).
    ///
    /// `assistants`: how many assistants the cooperations are shared among. nil: when the current user is a
    /// coordinator, one per `caseloadCap` families in progress at the busiest moment (at least one); when an
    /// assistant, just them (an assistant would not see the other assistants' families). The current user is one of
    /// them when an assistant; the others are new accounts without a passphrase. Assessments are approved by the current user when a coordinator, else by
    /// a coordinator account (an existing one, or a new one without a passphrase). `afterFamily` runs after each
    /// family is complete (the command line uses it to write in batches).
    @discardableResult
    public static func populate(_ file: CaseFile, families count: Int, seed: UInt64, today: LocalDate, years: Int = 1,
                                assistants: Int? = nil, afterFamily: () throws -> Void = {}) throws -> Summary {
        try generate(file, families: count, seed: seed, today: today, years: years, assistants: assistants,
                     familiesBefore: file.families.count, afterFamily: afterFamily)
    }

    /// `familiesBefore` salts the record ids, so that a second run on the same store adds new records.
    static func generate(_ file: CaseFile, families count: Int, seed: UInt64, today: LocalDate, years: Int,
                         assistants: Int?, familiesBefore: Int, afterFamily: () throws -> Void) throws -> Summary {
        var periods = timeline(families: count, years: max(1, years), seed: seed, today: today)
        let cap = file.settings.caseloadCap
        let automatic = file.currentUser.role == .koordynator ? (peakCaseload(periods) + cap - 1) / cap : 1
        let assistantCount = max(1, assistants ?? automatic)
        assign(&periods, assistants: assistantCount)
        let run = DemoRun(file: file, seed: seed, today: today, salt: familiesBefore)
        run.caseNumbers = caseNumbers(periods, in: file)
        try run.setUpAccounts(assistants: assistantCount)
        let byFamily = Dictionary(grouping: periods, by: \.family)
        for index in 0..<count {
            try run.addFamily(index, periods: byFamily[index] ?? [])
            try afterFamily()
        }
        try run.addMeetings(years: max(1, years))
        return run.summary
    }
}

extension DemoData {
    /// The centre of a demo store (`teczka demo` on a new store, the demo offered at the first start).
    public static let centre = CentreDetails(
        name: "Miejsko-Gminny Ośrodek Pomocy Społecznej w Siechnicach", address: "ul. Jana Pawła II 12, 55-011 Siechnice",
        town: "Siechnice", caseNumberPattern: "AR.4011.{nr}.{rok}")

    /// The case number of each period under the store's pattern, by the rule of `CaseFile.suggestedCaseNumber` (the
    /// next number of the start year) taken in one pass: the periods in order of start, a counter per year starting
    /// after the numbers the store already has. Empty without a pattern. No random draw: the rest of the run is the
    /// same with or without a pattern.
    static func caseNumbers(_ periods: [DemoPeriod], in file: CaseFile) -> [DemoPeriod.Key: String] {
        guard let numbering = CaseNumbering(file.settings.centre.caseNumberPattern) else { return [:] }
        var next = numbering.highest(in: file.cooperations.values)
        var numbers: [DemoPeriod.Key: String] = [:]
        for period in periods.sorted(by: { ($0.start, $0.family) < ($1.start, $1.family) }) {
            let year = period.start.year
            let number = CaseNumbering.next(in: year, highest: next, among: file.cooperations.values)
            next[year] = number
            numbers[period.key] = numbering.format(number: number, year: year)
        }
        return numbers
    }
}

/// One run of the generator: the case file, the two seeded generators (content and ids) and what was written so far.
final class DemoRun {
    let file: CaseFile
    let today: LocalDate
    var rng: SeededGenerator
    var ids: SeededGenerator
    var coordinator: UserAccount
    var summary = DemoData.Summary()
    /// Cooperations written: family, start and last day, for the team meetings.
    var spans: [(family: RecordID, start: LocalDate, last: LocalDate)] = []
    /// Each cooperation's case number (`DemoData.caseNumbers`).
    var caseNumbers: [DemoPeriod.Key: String] = [:]
    let problemWeights: [(String, Int)]

    init(file: CaseFile, seed: UInt64, today: LocalDate, salt: Int) {
        self.file = file
        self.today = today
        rng = SeededGenerator(seed: seed)
        // Ids have their own stream, salted with the families already there, so that a second run on the same store
        // adds new records instead of rewriting the first run's.
        ids = SeededGenerator(seed: (seed ^ 0x6964_7300_0000_0000) &+ UInt64(salt) &* 0x2545_F491_4F6C_DD1D)
        coordinator = file.currentUser
        let catalogue = file.settings.catalogue
        // Catalogue A as often as Siechnice's Table 7 counts them; B roughly as Mielec; a centre's own evenly.
        let frequent: [String: [Int]] = ["A": [14, 13, 12, 10, 11, 11, 10, 8, 11, 6, 5, 8, 5, 5, 8, 12, 4],
                                         "B": [12, 9, 6, 4, 7, 6, 3, 4, 5, 10, 8, 6, 5, 3, 5, 4, 4, 3]]
        problemWeights = catalogue.entries.enumerated().compactMap { index, entry in
            entry.retired ? nil : (entry.code, frequent[catalogue.id].flatMap { $0.indices.contains(index) ? $0[index] : nil } ?? 8)
        }
    }

    /// The assistants (the current user first when an assistant; new accounts for the rest, or existing ones of the
    /// same name from an earlier run) and the coordinator who approves assessments.
    func setUpAccounts(assistants count: Int) throws {
        let me = file.currentUser
        var team: [UserAccount] = me.role == .asystent ? [me] : []
        var index = 0
        var taken = Set(team.map(\.name))
        while team.count < count {
            // The names repeat after a few hundred; a double-barrelled surname keeps a city team's names (and so its
            // accounts) apart, as 700 assistants need.
            var name = DemoData.assistantName(index, extraSurname: nil)
            var extra = 1
            while taken.contains(name) {
                name = DemoData.assistantName(index, extraSurname: index + 7 * extra)
                extra += 1
            }
            taken.insert(name)
            team.append(try account(name, .asystent))
            index += 1
        }
        summary.assistants = team
        if me.role != .koordynator {
            coordinator = try file.users.values.filter { $0.active && $0.role == .koordynator }.min { $0.id < $1.id }
                ?? account("Barbara Zawadzka", .koordynator)
        }
    }

    private func account(_ name: String, _ role: UserRole) throws -> UserAccount {
        if let existing = file.users.values.first(where: { $0.name == name && $0.role == role && $0.active }) { return existing }
        let user = UserAccount(id: ids.recordID(), name: name, role: role)
        try file.saveUser(user)
        summary.newAccounts.append(user)
        return user
    }

    func addFamily(_ index: Int, periods: [DemoPeriod]) throws {
        let surname = DemoData.surnames[(index + Int(rng.next() % 7)) % DemoData.surnames.count]
        let (place, rural) = rng.pick(DemoData.places)
        let singleParent = rng.chance(40)
        let category = rng.weighted([(FamilyCategory.problemowa, 78), (.zastepczaPiecza, 15), (.zaZyciem, 7)])
        let family = try file.saveFamily(Family(
            id: ids.recordID(), label: surname.family, address: "\(rng.pick(DemoData.streets)) \(rng.int(1...120))",
            locality: place, rural: rural, structure: singleParent ? .niepelna : .pelna, notes: rng.pick(DemoData.notes)))
        summary.families += 1
        let motherAge = rng.int(22...46)
        try addMember(family, rng.pick(DemoData.womenNames), surname.female, age: motherAge, .rodzic)
        if !singleParent {
            try addMember(family, rng.pick(DemoData.menNames), surname.male, age: motherAge + rng.int(-2...6), .rodzic)
        }
        if rng.chance(12) {
            try addMember(family, rng.pick(DemoData.womenNames), surname.female, age: motherAge + rng.int(20...28), .innaDorosla)
        }
        for _ in 0..<rng.pick([1, 1, 2, 2, 2, 3, 3, 4, 5, 6]) {
            let girl = rng.chance(50)
            try addMember(family, rng.pick(girl ? DemoData.girlsNames : DemoData.boysNames),
                          girl ? surname.female : surname.male, age: rng.int(0...min(19, max(0, motherAge - 18))), .dziecko)
        }
        if category == .zaZyciem, let first = periods.first {
            // The child the programme is about: born around the start of the cooperation.
            let girl = rng.chance(50)
            try file.saveMember(Member(id: ids.recordID(), familyID: family.id,
                                       firstName: rng.pick(girl ? DemoData.girlsNames : DemoData.boysNames),
                                       lastName: girl ? surname.female : surname.male,
                                       birthDate: min(today, first.start.addingDays(rng.int(-60...90))), role: .dziecko))
        }
        var context = DemoFamily(family: family, surname: surname, category: category)
        for period in periods { try addCooperation(period, &context) }
    }

    private func addMember(_ family: Family, _ first: String, _ last: String, age: Int, _ role: MemberRole) throws {
        let birth = today.adding(months: -12 * (age + 1)).addingDays(rng.int(1...364))
        try file.saveMember(Member(id: ids.recordID(), familyID: family.id, firstName: first, lastName: last,
                                   birthDate: min(birth, today), role: role))
    }
}

/// What the generator knows about the family it is writing.
struct DemoFamily {
    let family: Family
    let surname: DemoData.Surname
    /// The category its first cooperation starts with.
    let category: FamilyCategory
    /// Its problems as last saved.
    var problems: [FamilyProblem] = []
}

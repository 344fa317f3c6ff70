/// A small deterministic random generator (SplitMix64) so that demo data is the same for the same seed everywhere.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Realistic sample families for trying the program and for benchmarks: Polish surnames in masculine, feminine and
/// plural forms, single-parent and large families, children of all ages. Nothing here is a real person.
public enum DemoData {
    struct Surname { let male: String; let female: String; let family: String }

    static let surnames: [Surname] = [
        .init(male: "Kowalski", female: "Kowalska", family: "Kowalscy"),
        .init(male: "Wiśniewski", female: "Wiśniewska", family: "Wiśniewscy"),
        .init(male: "Wójcik", female: "Wójcik", family: "Wójcikowie"),
        .init(male: "Kamiński", female: "Kamińska", family: "Kamińscy"),
        .init(male: "Lewandowski", female: "Lewandowska", family: "Lewandowscy"),
        .init(male: "Zieliński", female: "Zielińska", family: "Zielińscy"),
        .init(male: "Szymański", female: "Szymańska", family: "Szymańscy"),
        .init(male: "Woźniak", female: "Woźniak", family: "Woźniakowie"),
        .init(male: "Dąbrowski", female: "Dąbrowska", family: "Dąbrowscy"),
        .init(male: "Kozłowski", female: "Kozłowska", family: "Kozłowscy"),
        .init(male: "Jankowski", female: "Jankowska", family: "Jankowscy"),
        .init(male: "Mazur", female: "Mazur", family: "Mazurowie"),
        .init(male: "Kwiatkowski", female: "Kwiatkowska", family: "Kwiatkowscy"),
        .init(male: "Krawczyk", female: "Krawczyk", family: "Krawczykowie"),
        .init(male: "Piotrowski", female: "Piotrowska", family: "Piotrowscy"),
        .init(male: "Grabowski", female: "Grabowska", family: "Grabowscy"),
        .init(male: "Nowakowski", female: "Nowakowska", family: "Nowakowscy"),
        .init(male: "Pawłowski", female: "Pawłowska", family: "Pawłowscy"),
        .init(male: "Michalski", female: "Michalska", family: "Michalscy"),
        .init(male: "Król", female: "Król", family: "Królowie"),
        .init(male: "Wieczorek", female: "Wieczorek", family: "Wieczorkowie"),
        .init(male: "Jabłoński", female: "Jabłońska", family: "Jabłońscy"),
        .init(male: "Wróbel", female: "Wróbel", family: "Wróblowie"),
        .init(male: "Nowicki", female: "Nowicka", family: "Nowiccy"),
        .init(male: "Majewski", female: "Majewska", family: "Majewscy"),
        .init(male: "Olszewski", female: "Olszewska", family: "Olszewscy"),
        .init(male: "Stępień", female: "Stępień", family: "Stępniowie"),
        .init(male: "Jaworski", female: "Jaworska", family: "Jaworscy"),
        .init(male: "Malinowski", female: "Malinowska", family: "Malinowscy"),
        .init(male: "Górski", female: "Górska", family: "Górscy"),
        .init(male: "Sikora", female: "Sikora", family: "Sikorowie"),
        .init(male: "Żak", female: "Żak", family: "Żakowie"),
        .init(male: "Łukasik", female: "Łukasik", family: "Łukasikowie"),
        .init(male: "Ślusarczyk", female: "Ślusarczyk", family: "Ślusarczykowie"),
    ]
    static let womenNames = ["Anna", "Małgorzata", "Katarzyna", "Agnieszka", "Joanna", "Beata", "Żaneta", "Jolanta",
                             "Elżbieta", "Dorota", "Urszula", "Łucja", "Bożena", "Grażyna", "Monika"]
    static let menNames = ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Łukasz", "Michał", "Marcin", "Grzegorz",
                           "Jarosław", "Zbigniew", "Mariusz", "Przemysław", "Wojciech", "Jędrzej", "Andrzej"]
    static let girlsNames = ["Zofia", "Zuzanna", "Hanna", "Julia", "Maja", "Łucja", "Oliwia", "Małgosia", "Alicja",
                             "Lena", "Gabriela", "Wiktoria", "Natalia", "Jagoda", "Róża"]
    static let boysNames = ["Antoni", "Jan", "Szymon", "Franciszek", "Aleksander", "Mikołaj", "Jakub", "Stanisław",
                            "Kacper", "Filip", "Wojtek", "Bartłomiej", "Ignacy", "Józef", "Tymoteusz"]
    static let places: [(String, Bool)] = [
        ("Siechnice", false), ("Radwanice", true), ("Święta Katarzyna", true), ("Żerniki Wrocławskie", true),
        ("Smardzów", true), ("Groblice", true), ("Łukaszowice", true), ("Żórawina", true), ("Wrocław", false),
        ("Kotowice", true),
    ]
    static let streets = ["ul. Kościuszki", "ul. Łąkowa", "ul. Źródlana", "ul. Świerkowa", "ul. Szkolna",
                          "ul. Ogrodowa", "ul. Żeromskiego", "ul. Jana Pawła II", "ul. Słoneczna", "ul. Główna"]
    static let notes = [
        "Rodzina skierowana przez pracownika socjalnego po wywiadzie środowiskowym.",
        "Matka samotnie wychowuje dzieci; ojciec nie utrzymuje kontaktu.",
        "Zaległości w opłatach za mieszkanie; rodzina zgodziła się na plan spłaty.",
        "Starsze dziecko ma trudności w szkole, kontakt z pedagogiem szkolnym.",
        "Wizyty najlepiej po godz. 15:00, gdy rodzice wracają z pracy.",
        "",
    ]

    /// Adds `count` families with members to the case file. Same seed and date → same data.
    public static func populate(_ file: CaseFile, families count: Int, seed: UInt64, today: LocalDate) throws {
        var rng = SeededGenerator(seed: seed)
        for index in 0..<count {
            let surname = surnames[(index + Int(rng.next() % 7)) % surnames.count]
            let (place, rural) = places.randomElement(using: &rng)!
            let singleParent = Int.random(in: 0..<10, using: &rng) < 4
            let childCount = [1, 1, 2, 2, 2, 3, 3, 4, 5, 6].randomElement(using: &rng)!
            let family = Family(
                label: surname.family, address: "\(streets.randomElement(using: &rng)!) \(Int.random(in: 1...120, using: &rng))",
                locality: place, rural: rural, structure: singleParent ? .niepelna : .pelna,
                notes: notes.randomElement(using: &rng)!)
            try file.saveFamily(family)
            let motherAge = Int.random(in: 22...48, using: &rng)
            let mother = Member(familyID: family.id, firstName: womenNames.randomElement(using: &rng)!,
                                lastName: surname.female, birthDate: birth(today, age: motherAge, &rng), role: .rodzic)
            try file.saveMember(mother)
            if !singleParent {
                try file.saveMember(Member(familyID: family.id, firstName: menNames.randomElement(using: &rng)!,
                                           lastName: surname.male,
                                           birthDate: birth(today, age: motherAge + Int.random(in: -2...6, using: &rng), &rng),
                                           role: .rodzic))
            }
            if Int.random(in: 0..<8, using: &rng) == 0 {
                try file.saveMember(Member(familyID: family.id, firstName: womenNames.randomElement(using: &rng)!,
                                           lastName: surname.female,
                                           birthDate: birth(today, age: motherAge + Int.random(in: 20...30, using: &rng), &rng),
                                           role: .innaDorosla))
            }
            for _ in 0..<childCount {
                let girl = Bool.random(using: &rng)
                let age = Int.random(in: 0...min(19, max(0, motherAge - 18)), using: &rng)
                try file.saveMember(Member(familyID: family.id,
                                           firstName: (girl ? girlsNames : boysNames).randomElement(using: &rng)!,
                                           lastName: girl ? surname.female : surname.male,
                                           birthDate: birth(today, age: age, &rng), role: .dziecko))
            }
            if Int.random(in: 0..<10, using: &rng) < 8 { try addCasework(file, family: family, today: today, &rng) }
        }
    }

    static let goals = ["Rodzice stosują spójne zasady i konsekwencje", "Dzieci regularnie uczęszczają do szkoły",
                        "Rodzina terminowo opłaca czynsz", "Matka podejmuje pracę", "Ojciec kontynuuje terapię uzależnień",
                        "Poprawa warunków mieszkaniowych", "Regularne wizyty kontrolne u pediatry"]
    static let visitNotes = ["Rozmowa z rodzicami o planie dnia dzieci.", "Wspólne przygotowanie budżetu domowego na miesiąc.",
                             "Towarzyszenie matce w urzędzie pracy.", "Rozmowa z wychowawczynią o frekwencji.",
                             "Ćwiczenie sposobów reagowania na złość dziecka.", "Pomoc w wypełnieniu wniosku o dodatek mieszkaniowy."]

    /// A cooperation with problems, a plan, visits every two weeks and now and then a placement or an event.
    private static func addCasework(_ file: CaseFile, family: Family, today: LocalDate, _ rng: inout SeededGenerator) throws {
        let start = today.addingDays(-Int.random(in: 30...700, using: &rng))
        var cooperation = Cooperation(familyID: family.id, assistantID: file.currentUser.id,
                                      referral: Int.random(in: 0..<5, using: &rng) == 0 ? .postanowienieSadu : .wniosekPracownika,
                                      referralDate: start.addingDays(-14), consentDate: start, start: start,
                                      monitoringMonths: file.settings.monitoringMonths)
        if cooperation.referral == .postanowienieSadu { cooperation.referralReference = "III Nsm \(Int.random(in: 10...999, using: &rng))/\(start.year % 100)" }
        if Int.random(in: 0..<5, using: &rng) == 0 {
            let end = min(today, start.addingDays(Int.random(in: 90...400, using: &rng)))
            cooperation.end = end
            cooperation.endReason = EndReason.allCases.randomElement(using: &rng)!
        }
        cooperation = try file.saveCooperation(cooperation, confirmed: true)
        let codes = file.settings.catalogue.activeEntries.map(\.code).shuffled(using: &rng).prefix(Int.random(in: 2...4, using: &rng))
        let problems = try file.recordProblems(familyID: family.id, codes: Array(codes), identified: start, source: .wywiad)
        var plan = PlanVersion(familyID: family.id, cooperationID: cooperation.id, date: min(today, start.addingDays(21)))
        plan.goals = goals.shuffled(using: &rng).prefix(2).enumerated().map { index, text in
            PlanGoal(text: text, problemIDs: problems.indices.contains(index) ? [problems[index].id] : [],
                     deadline: start.adding(months: 6), expectedEffect: "Efekt widoczny w ocenie okresowej")
        }
        plan.actions = [PlanAction(text: "Spotkania z asystentem co dwa tygodnie", who: "asystent rodziny")]
        try file.savePlanVersion(plan)
        let members = file.members(of: family.id).map(\.id)
        var day = start.addingDays(7)
        let last = cooperation.end ?? today
        var count = 0
        while day <= last && count < 12 {
            try file.saveVisit(Visit(familyID: family.id, assistantID: file.currentUser.id, date: day,
                                     startTime: TimeOfDay(hour: Int.random(in: 9...16, using: &rng), minute: 0),
                                     durationMinutes: [60, 90, 120].randomElement(using: &rng)!, presentMemberIDs: members,
                                     activities: [ActivityGroup.allCases.randomElement(using: &rng)!],
                                     notes: visitNotes.randomElement(using: &rng)!), confirmed: true)
            day = day.addingDays(Int.random(in: 10...20, using: &rng))
            count += 1
        }
        let children = file.members(of: family.id).filter { $0.isChild(on: today) }
        if let child = children.first, Int.random(in: 0..<10, using: &rng) == 0 {
            try file.savePlacement(Placement(familyID: family.id, childID: child.id, form: FosterForm.allCases.randomElement(using: &rng)!,
                                             placeName: "Rodzina zastępcza", start: min(today, start.addingDays(30))))
        }
        if Int.random(in: 0..<7, using: &rng) == 0 {
            try file.saveEvent(FamilyEvent(familyID: family.id, kind: .kuratorSupervision, date: start, note: "Nadzór kuratora rodzinnego"))
        }
    }

    private static func birth(_ today: LocalDate, age: Int, _ rng: inout SeededGenerator) -> LocalDate {
        let dayOffset = Int.random(in: 1...364, using: &rng)
        var date = LocalDate(year: today.year - age - 1, month: today.month,
                             day: min(today.day, LocalDate.daysIn(month: today.month, year: today.year - age - 1)))!
        date = date.addingDays(dayOffset)
        return date
    }
}

extension LocalDate {
    /// The date `days` later (or earlier when negative).
    public func addingDays(_ days: Int) -> LocalDate {
        var y = year, m = month, d = day + days
        while d > LocalDate.daysIn(month: m, year: y) {
            d -= LocalDate.daysIn(month: m, year: y)
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        while d < 1 {
            m -= 1
            if m < 1 { m = 12; y -= 1 }
            d += LocalDate.daysIn(month: m, year: y)
        }
        return LocalDate(year: y, month: m, day: d)!
    }
}

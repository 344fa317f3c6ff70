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

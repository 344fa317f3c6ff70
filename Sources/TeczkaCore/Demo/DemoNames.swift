/// Names, places and addresses of the sample families. Nothing here is a real person.
extension DemoData {
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
    static let socialWorkers = ["Ewa Nowak", "Iwona Sadowska", "Renata Kubiak", "Marta Ząbek", "Halina Gołąb",
                                "Tomasz Bielecki"]
    static let fosterCoordinators = ["Aneta Cieślak (PCPR)", "Dorota Wilk (PCPR)", "Sylwia Rogalska (PCPR)"]
    /// Where a child in foster care lives, by form.
    static func fosterPlace(_ form: FosterForm, surname: Surname, locality: String) -> String {
        switch form {
        case .rzs: return "Babcia dziecka, \(surname.female), \(locality)"
        case .rzn: return "Rodzina zastępcza niespokrewniona, Oława"
        case .rzz: return "Zawodowa rodzina zastępcza, Wrocław"
        case .rdd: return "Rodzinny Dom Dziecka w Kątach Wrocławskich"
        case .placowkaInterwencyjna: return "Placówka interwencyjna „Przystań”, Wrocław"
        case .placowkaSocjalizacyjna: return "Dom dla Dzieci „Promyk”, Oleśnica"
        case .placowkaSpecjalistyczna: return "Placówka specjalistyczno-terapeutyczna, Trzebnica"
        case .placowkaRodzinna: return "Placówka rodzinna „Słoneczko”, Sobótka"
        case .regionalnaPlacowka: return "Regionalna Placówka Opiekuńczo-Terapeutyczna, Wałbrzych"
        case .osrodekPreadopcyjny: return "Interwencyjny Ośrodek Preadopcyjny, Wrocław"
        }
    }

    /// The demo's assistant number `index`: every fifth a man; with `extraSurname`, a double-barrelled surname for
    /// when the plain names of a large team run out.
    static func assistantName(_ index: Int, extraSurname: Int?) -> String {
        let man = index % 5 == 4
        func surname(_ n: Int) -> String {
            let s = surnames[(n * 11 + 3) % surnames.count]
            return man ? s.male : s.female
        }
        let first = man ? menNames[(index * 7) % menNames.count] : womenNames[(index * 7) % womenNames.count]
        return "\(first) \(surname(index))" + (extraSurname.map { "-" + surname($0) } ?? "")
    }
}

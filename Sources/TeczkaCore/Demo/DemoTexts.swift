/// What the sample records say: plan goals by problem, visit notes by activity, assessment and protocol texts.
extension DemoData {
    /// A plan goal and its expected effect for a problem code of catalogue A or B; other catalogues get a general one.
    static func goal(for code: String) -> (goal: String, effect: String) {
        switch code {
        case "A1", "A4", "B1": return ("Rodzice stosują spójne zasady i konsekwencje wobec dzieci", "Stały plan dnia dzieci, mniej konfliktów")
        case "A2", "A3": return ("Rodzina rozwiązuje konflikty rozmową", "Rzadsze kłótnie, wspólne ustalenia zapisane w planie")
        case "A5", "B17": return ("Matka podejmuje terapię w poradni zdrowia psychicznego", "Regularne wizyty w poradni")
        case "A6", "B15", "B16": return ("Wzmocnienie poczucia własnej wartości rodziców", "Rodzice samodzielnie załatwiają sprawy w urzędach")
        case "A7", "B8": return ("Samodzielne prowadzenie gospodarstwa domowego", "Porządek w mieszkaniu, posiłki o stałych porach")
        case "A8", "A9", "A10", "B10", "B11", "B12":
            return ("Rodzina planuje budżet i terminowo opłaca rachunki", "Brak nowych zaległości, spłata długu w ratach")
        case "A11", "A12", "B2", "B3": return ("Rodzic podejmuje pracę lub kurs zawodowy", "Rejestracja w urzędzie pracy, udział w kursie")
        case "A13", "B9": return ("Ojciec kontynuuje terapię uzależnienia od alkoholu", "Udokumentowany udział w terapii, abstynencja")
        case "A14", "B14": return ("Bezpieczeństwo dzieci i matki w domu", "Realizacja zaleceń grupy diagnostyczno-pomocowej")
        case "A15", "B13": return ("Poprawa warunków mieszkaniowych", "Złożony wniosek o lokal, drobne remonty wykonane")
        case "A16", "B6": return ("Regularne wizyty kontrolne u pediatry i szczepienia", "Dzieci mają aktualne bilanse zdrowia")
        case "A17", "B7": return ("Dziecko korzysta z rehabilitacji i wczesnego wspomagania", "Orzeczenie i stałe terminy zajęć")
        case "B4", "B5": return ("Dzieci regularnie uczęszczają do szkoły", "Frekwencja powyżej 90%, kontakt z wychowawcą")
        default: return ("Rodzina radzi sobie z problemem z katalogu", "Poprawa widoczna w ocenie okresowej")
        }
    }

    static let actions: [(String, String)] = [
        ("Spotkania z asystentem co tydzień lub co dwa tygodnie", "asystent rodziny"),
        ("Wspólne ustalenie miesięcznego budżetu", "asystent rodziny, matka"),
        ("Zapisanie dzieci na zajęcia świetlicowe", "matka"),
        ("Konsultacja w poradni psychologiczno-pedagogicznej", "rodzice"),
        ("Kontakt z pedagogiem szkolnym raz w miesiącu", "asystent rodziny"),
        ("Udział w warsztatach umiejętności wychowawczych", "rodzice"),
        ("Wizyta w urzędzie pracy i w PUP", "ojciec"),
        ("Złożenie wniosku o dodatek mieszkaniowy", "matka, asystent rodziny"),
    ]

    static let visitNotes: [ActivityGroup: [String]] = [
        .pedagogizacja: ["Rozmowa z rodzicami o planie dnia dzieci.", "Ćwiczenie sposobów reagowania na złość dziecka.",
                         "Omówienie zasad i konsekwencji, które rodzice wprowadzili w tym tygodniu."],
        .odbudowaWiezi: ["Wspólna zabawa rodziców z dziećmi, rozmowa o czasie spędzanym razem.",
                         "Przygotowanie spotkania z dzieckiem przebywającym w pieczy zastępczej."],
        .gospodarstwoDomowe: ["Wspólne przygotowanie budżetu domowego na miesiąc.",
                              "Pomoc w wypełnieniu wniosku o dodatek mieszkaniowy.", "Porządkowanie dokumentów i rachunków."],
        .doradztwoZawodowe: ["Przygotowanie CV matki, przegląd ofert pracy.", "Rozmowa o kursie zawodowym z PUP."],
        .rzecznictwo: ["Towarzyszenie matce w urzędzie pracy.", "Rozmowa z wychowawczynią o frekwencji."],
        .dzialaniaPosrednie: ["Kontakt telefoniczny z pedagogiem szkolnym.", "Uzgodnienia z pracownikiem socjalnym."],
        .interwencja: ["Interwencja po zgłoszeniu awantury; rozmowa z matką o bezpieczeństwie dzieci."],
        .konsultacjaWychowawcza: ["Konsultacja w sprawie zachowania syna w szkole.", "Rozmowa o zasadach korzystania z telefonu."],
    ]
    static let nextSteps = ["Przynieść zaświadczenie z poradni.", "Umówić wizytę u pediatry.",
                            "Sprawdzić frekwencję w dzienniku.", "Dokończyć wniosek o świadczenie.", "Zapłacić ratę czynszu."]
    static let placeOther = ["szkoła dzieci", "poradnia psychologiczno-pedagogiczna", "świetlica środowiskowa"]

    static let monitoringNotes = ["Rozmowa telefoniczna z matką: sytuacja stabilna.",
                                  "Kontakt z pedagogiem szkolnym: dzieci chodzą do szkoły regularnie.",
                                  "Informacja od pracownika socjalnego: rodzina nie zgłasza nowych trudności.",
                                  "Rodzina przeprowadziła się; przekazano informację do ośrodka w nowym miejscu."]

    static let situations = ["Sytuacja rodziny stabilna, rodzice realizują ustalenia planu.",
                             "Rodzina ma zaległości w opłatach, ale spłaca je w ratach.",
                             "Nastąpiła poprawa w organizacji dnia dzieci; utrzymują się trudności finansowe.",
                             "Sytuacja pogorszyła się po utracie pracy przez ojca."]
    static let childrenTexts = ["Dzieci uczęszczają do szkoły i przedszkola, są pod opieką pediatry.",
                                "Starszy syn ma zaległości w nauce, korzysta z zajęć wyrównawczych.",
                                "Najmłodsze dziecko rozwija się prawidłowo, bilanse zdrowia aktualne."]
    static let cooperationTexts = ["Rodzina współpracuje chętnie i dotrzymuje terminów spotkań.",
                                   "Współpraca nieregularna, matka odwołała kilka wizyt.",
                                   "Rodzice angażują się w realizację planu, potrzebują przypomnień."]
    static let progressComments: [ProblemStatus: String] = [
        .aktywny: "Problem nadal występuje.", .poprawa: "Widoczna poprawa.", .rozwiazany: "Problem rozwiązany.",
        .bezZmian: "Bez zmian od ostatniej oceny.", .pogorszenie: "Sytuacja się pogorszyła.",
    ]
    static let specialists = ["psycholog poradni rodzinnej", "terapeuta uzależnień", "poradnia psychologiczno-pedagogiczna"]
    static let returnRemarks = ["Proszę uzupełnić opis sytuacji dzieci.", "Brak odniesienia do celów planu."]
    static let meetingRemarks = ["Plan realizowany zgodnie z harmonogramem.", "Rodzina wymaga częstszych wizyt.",
                                 "Należy zaktualizować plan po zmianie sytuacji mieszkaniowej.",
                                 "Rozważyć zakończenie współpracy w najbliższej ocenie."]
    static let meetingRecommendations = ["Kontynuować współpracę.", "Skontaktować się z kuratorem.",
                                         "Zwiększyć częstotliwość wizyt do jednej w tygodniu.", ""]
}

/// The text renderings of the Siechnice tables, checked by eye against the printed programme.
enum ExpectedText {
    static let table3 = """
        Dane statystyczne dotyczące rodzin z którymi pracują asystenci rodziny

        Rodzina problemowa/zastępcza   │            Ilość rodzin             │        Ilość osób dorosłych         │      Ilość dzieci w rodzinach
                                       │          │          │   Rok 2025    │          │          │   Rok 2025    │          │          │   Rok 2025
                                       │          │          │   (dane na    │          │          │   (dane na    │          │          │   (dane na
                                       │ Rok 2023 │ Rok 2024 │ 31.10.2025r.) │ Rok 2023 │ Rok 2024 │ 31.10.2025r.) │ Rok 2023 │ Rok 2024 │ 31.10.2025r.)
        ───────────────────────────────┼──────────┼──────────┼───────────────┼──────────┼──────────┼───────────────┼──────────┼──────────┼───────────────
        Rodzina problemowa             │       16 │       15 │            11 │       22 │       21 │            15 │       43 │       31 │            19
        Rodzina zastępcza/piecza       │        0 │        1 │             3 │        0 │        1 │             5 │        0 │        1 │            12
        Rodziny z programu „Za życiem” │        1 │        1 │             1 │        2 │        2 │             2 │        1 │        3 │             3
        ───────────────────────────────┼──────────┼──────────┼───────────────┼──────────┼──────────┼───────────────┼──────────┼──────────┼───────────────
        RAZEM                          │       17 │       17 │            15 │       24 │       24 │            22 │       44 │       35 │            34

        Zasada liczenia: rodzina liczy się raz, jeśli którakolwiek jej współpraca z
        asystentem trwała choćby jeden dzień okresu; kategoria, dorośli i dzieci według
        stanu na dzień odniesienia; dzień odniesienia to koniec okresu albo wcześniejszy
        koniec ostatniej współpracy rodziny w okresie; dziecko to osoba przed 18.
        urodzinami w tym dniu; RAZEM to suma kategorii.
        Okres: Rok 2023: 01.01.2023–31.12.2023; Rok 2024: 01.01.2024–31.12.2024; Rok
        2025 (dane na 31.10.2025r.): 01.01.2025–31.10.2025.

        """

    static let table4 = """
        Przyczyny zakończenia współpracy z rodzinami przez asystenta rodziny

        Powód zakończenia współpracy z rodziną    │          │          │   Rok 2025
                                                  │          │          │   (dane na
                                                  │ Rok 2023 │ Rok 2024 │ 31.10.2025r.)
        ──────────────────────────────────────────┼──────────┼──────────┼───────────────
        Osiągnięcie celów współpracy z rodziną    │        2 │        4 │             2
        Zmiana metod pracy                        │        0 │        0 │             0
        Zaprzestanie współpracy przez rodzinę     │        0 │        0 │             0
        Brak efektów współpracy                   │        1 │        0 │             0
        Zmiana miejsca zamieszkania przez rodzinę │        3 │        1 │             1
        ──────────────────────────────────────────┼──────────┼──────────┼───────────────
        RAZEM                                     │        6 │        5 │             3

        Zasada liczenia: współprace, których data zakończenia przypada w okresie, według
        powodu zakończenia; RAZEM to ich liczba.
        Okres: Rok 2023: 01.01.2023–31.12.2023; Rok 2024: 01.01.2024–31.12.2024; Rok
        2025 (dane na 31.10.2025r.): 01.01.2025–31.10.2025.

        """

    static let table7 = """
        Główne problemy rodzin zdiagnozowane przez asystenta rodziny

        Główne problemy rodzin                             │ Liczba rodzin
                                                           │   Rok 2025
                                                           │   (dane na
                                                           │ 31.10.2025r.)
        ───────────────────────────────────────────────────┼───────────────
        Brak prawidłowych umiejętności rodzicielskich      │            14
        Brak prawidłowych umiejętności komunikacyjnych     │            13
        Nieprawidłowe relacje w rodzinie, konflikty        │            12
        małżeńskie, trudności w relacjach małżeńskich      │
        Brak właściwych wzorców rodzinnych                 │            10
        Problemy psychologiczne i psychiczne               │            11
        Niska samoocena                                    │            11
        Niezaradność życiowa                               │            10
        Ubóstwo                                            │             8
        Problemy finansowe, długi, zajęcia komornicze,     │            11
        brak umiejętności gospodarowania finansami         │
        Brak stałego źródła dochodów                       │             6
        Bezrobocie i nieaktywność zawodowa                 │             5
        Niskie wykształcenie, brak kwalifikacji            │             8
        Uzależnienie od alkoholu, nadużywanie alkoholu     │             5
        Przemoc w rodzinie                                 │             5
        Trudne warunki mieszkaniowe                        │             8
        Problemy zdrowotne, zaniedbania zdrowotne          │            12
        Niepełnosprawność                                  │             4

        Zasada liczenia: rodziny objęte wsparciem w okresie z problemem wpisanym
        najpóźniej w ostatnim dniu okresu i niezamkniętym (rozwiązany albo poprawa)
        przed jego początkiem; rodzina liczy się raz, jeśli którakolwiek jej współpraca
        z asystentem trwała choćby jeden dzień okresu; rodzina liczy się przy każdym
        swoim problemie, więc wierszy się nie sumuje.
        Okres: Rok 2025 (dane na 31.10.2025r.): 01.01.2025–31.10.2025.

        """
}

/// Texts of the report screens, per language. The reports' own titles and rows are Polish in both: they are the
/// tables of a Polish gmina's report.
public struct ReportText: Sendable {
    public let title: String
    public let columns: String
    public let keyReports: String
    public let keyChoose: String
    public let keyShow: String
    public let periodLabel: String
    public let periodHint: String
    public let asOfLabel: String
    public let asOfHint: String
    public let assistantLabel: String
    public let allAssistants: String
    public let periodInvalid: String
    public let computing: String
    public let saving: String
    public let position: @Sendable (Int, Int, Int, Bool) -> String
    public let saved: @Sendable (String) -> String
    public let keySpreadsheet: String
    public let keyWorkbook: String
    public let keyText: String
    public let helpList: ScreenHelp
    public let helpOptions: [String]
    public let helpView: ScreenHelp

    public static let polish = ReportText(
        title: "Raporty",
        columns: "Nazwa             Tytuł",
        keyReports: "Raporty",
        keyChoose: "Wybierz",
        keyShow: "Pokaż",
        periodLabel: "Okres",
        periodHint: "2025 · 2023-2025 · 2025-H1 · 01.01.2025–30.06.2025",
        asOfLabel: "Dane na dzień",
        asOfHint: "Skraca ostatni rok do tej daty; puste — cały rok",
        assistantLabel: "Asystent",
        allAssistants: "wszyscy",
        periodInvalid: "Popraw okres.",
        computing: "Liczenie raportu…",
        saving: "Zapisywanie raportu…",
        position: { "Wiersze \($0)–\($1) z \($2)" + ($3 ? " · ← → przesuwa w bok" : "") },
        saved: { "Zapisano raport: \($0)" },
        keySpreadsheet: "CSV",
        keyWorkbook: "XLSX",
        keyText: "Tekst",
        helpList: ScreenHelp([
            "Raporty do sprawozdania z realizacji programu wspierania rodziny, liczone z zapisów.",
            "Pod kursorem: tytuł i to, co raport liczy. Zasady liczenia opisuje Docs/reports.md.",
        ], commands: [
            "W": "okres i asystent, potem tabela",
        ]),
        helpOptions: [
            "Okres: rok (2025), kilka lat obok siebie (2023-2025), półrocze (2025-H1 = 01.01–30.06, 2025-H2 = 01.07–31.12)",
            "albo dowolne daty od–do (01.01.2025–30.06.2025).",
            "Dane na dzień: skraca ostatni rok do tej daty, jak w sprawozdaniach („Rok 2025 (dane na 31.10.2025r.)”).",
            "Puste albo data po końcu roku — cały rok.",
            "Asystent (tylko koordynator): raport tylko z rodzin jednego asystenta.",
            "",
            "  Tab ↓ / Shift-Tab ↑  następne / poprzednie pole",
            "  ← →                  zmiana asystenta",
            "  F2                   pokaż tabelę",
            "  Esc                  powrót do listy raportów",
        ],
        helpView: ScreenHelp([
            "Tabela tak, jak się drukuje, a pod nią braki w danych, które mogą zafałszować liczby.",
        ], commands: [
            "H": "zapis do druku (HTML) w katalogu wydruki/ obok bazy",
            "C": "zapis CSV dla arkusza (średnik, BOM, przecinek dziesiętny)",
            "X": "zapis arkusza Excel/Calc (XLSX): liczby jako liczby, tytuł nad tabelą, gotowy do druku na A4",
            "M": "zapis Markdown",
            "J": "zapis JSON",
            "T": "zapis zwykłym tekstem",
        ], after: [
            "↑ ↓ PgUp PgDn Home End przewijają, ← → przewijają w bok (szerokie tabele), Esc wraca do wyboru okresu.",
            "Tu nic się nie wpisuje, więc litery H, C, X, M, J, T zapisują od razu (małe też, poza j, które przewija).",
        ]))

    public static let english = ReportText(
        title: "Reports",
        columns: "Name              Title",
        keyReports: "Reports",
        keyChoose: "Choose",
        keyShow: "Show",
        periodLabel: "Period",
        periodHint: "2025 · 2023-2025 · 2025-H1 · 01.01.2025–30.06.2025",
        asOfLabel: "Data as of",
        asOfHint: "Cuts the last year short at this date; empty — the whole year",
        assistantLabel: "Assistant",
        allAssistants: "all",
        periodInvalid: "Correct the period.",
        computing: "Counting the report…",
        saving: "Saving the report…",
        position: { "Lines \($0)–\($1) of \($2)" + ($3 ? " · ← → scrolls sideways" : "") },
        saved: { "Report saved: \($0)" },
        keySpreadsheet: "CSV",
        keyWorkbook: "XLSX",
        keyText: "Text",
        helpList: ScreenHelp([
            "The tables of the gmina's family-support report, counted from the records (titles in Polish, as printed).",
            "Under the cursor: the title and what the report counts. Docs/reports.md has the counting rules.",
        ], commands: [
            "W": "period and assistant, then the table",
        ]),
        helpOptions: [
            "Period: a year (2025), years side by side (2023-2025), a half (2025-H1 = 01.01–30.06, 2025-H2 = 01.07–31.12)",
            "or any dates from–to (01.01.2025–30.06.2025).",
            "Data as of: cuts the last year short at this date, as the reports do (\"Rok 2025 (dane na 31.10.2025r.)\").",
            "Empty or a date after the year's end — the whole year.",
            "Assistant (coordinators only): only one assistant's families.",
            "",
            "  Tab ↓ / Shift-Tab ↑  next / previous field",
            "  ← →                  change the assistant",
            "  F2                   show the table",
            "  Esc                  back to the reports",
        ],
        helpView: ScreenHelp([
            "The table as it prints, and under it the gaps in the data that can make the figures wrong.",
        ], commands: [
            "H": "save for printing (HTML) in the wydruki/ folder beside the store",
            "C": "save CSV for a spreadsheet (semicolon, BOM, decimal comma)",
            "X": "save an Excel/Calc workbook (XLSX): numbers as numbers, the title above the table, ready to print on A4",
            "M": "save Markdown",
            "J": "save JSON",
            "T": "save plain text",
        ], after: [
            "↑ ↓ PgUp PgDn Home End scroll, ← → scroll sideways (wide tables), Esc goes back to the period.",
            "Nothing is typed here, so the letters H, C, X, M, J, T save at once (lower case too, except j, which scrolls).",
        ]))
}

/// Texts of the "Konflikty" screens (records changed on two computers since their last exchange), per language.
public struct ConflictText: Sendable {
    public let title: String
    public let compareTitle: @Sendable (String) -> String
    public let columnFamily, columnRecord, columnVersions, columnNewest: String
    public let empty: String
    public let noFamily: String
    // What a record is
    public let family: String
    public let member: @Sendable (String) -> String
    public let cooperation: @Sendable (String) -> String
    public let problem: @Sendable (String) -> String
    public let plan: @Sendable (Int, String) -> String
    public let visit: @Sendable (String) -> String
    public let placement: @Sendable (String) -> String
    public let event: @Sendable (String, String) -> String
    public let assessment: @Sendable (String, String) -> String
    public let meeting: @Sendable (String) -> String
    public let user: @Sendable (String) -> String
    public let settings: String
    public let transfer: String
    public let redaction: String
    // The comparison
    public let summary: @Sendable (Int, Int, Bool) -> String
    public let version: @Sendable (Int, Bool) -> String
    public let author: @Sendable (String, String) -> String
    public let detailLine: @Sendable (Int, String, String, Bool) -> String
    public let noDifferences: String
    public let none: String
    public let emptyValue: String
    public let keyLabel: @Sendable (String) -> String?
    // Keys and answers
    public let keyCompare, keyKeep, keyMerge, keyAll, keyDifferences, keyPane: String
    public let keyLeft, keyRight, keyKeepChosen: String
    public let keepQuestion: @Sendable (Int, String, Int) -> String
    public let mergeQuestion: @Sendable (Int, String, Int) -> String
    public let kept: @Sendable (Int, String, Int) -> String
    public let otherVersion: @Sendable (String) -> String
    public let editHere: String
    public let editElsewhere: String
    public let todo: @Sendable (String) -> String
    public let helpList: ScreenHelp
    public let helpCompare: ScreenHelp

    public static let polish = ConflictText(
        title: "Konflikty",
        compareTitle: { "Konflikt: \($0)" },
        columnFamily: "Rodzina", columnRecord: "Zapis", columnVersions: "Wersje", columnNewest: "Najnowsza",
        empty: "Brak konfliktów.",
        noFamily: "(bez rodziny)",
        family: "rodzina",
        member: { "osoba: \($0)" },
        cooperation: { "współpraca od \($0)" },
        problem: { "problem: \($0)" },
        plan: { number, date in "plan pracy, wersja \(number) z \(date)" },
        visit: { "wizyta \($0)" },
        placement: { "piecza zastępcza od \($0)" },
        event: { kind, date in "zdarzenie: \(kind) \(date)" },
        assessment: { from, to in "ocena okresowa za \(from)–\(to)" },
        meeting: { "posiedzenie zespołu \($0)" },
        user: { "użytkownik: \($0)" },
        settings: "ustawienia bazy",
        transfer: "wpis o eksporcie lub imporcie",
        redaction: "anonimizacja rodziny",
        summary: { versions, differing, all in
            "\(versions) \(Strings.plural(versions, "wersja", "wersje", "wersji")) · różni się "
                + "\(differing) \(Strings.plural(differing, "pole", "pola", "pól"))"
                + (all ? " · widać wszystkie pola (≠ — różnica; W — tylko różnice)" : " · W — wszystkie pola")
        },
        version: { number, shown in "Wersja \(number)" + (shown ? " — pokazywana teraz" : "") },
        author: { name, time in "\(name), \(time)" },
        detailLine: { number, name, time, shown in "\(number). \(name), \(time)" + (shown ? " — pokazywana teraz" : "") },
        noDifferences: "Wersje różnią się tylko polami technicznymi (W — wszystkie pola).",
        none: "(brak)",
        emptyValue: "(puste)",
        keyLabel: { key in
            switch key {
            case "archived": return "W archiwum"
            case "sharedWith": return "Udostępniona"
            case "familyID": return "Rodzina"
            case "assistantID": return "Asystent"
            case "authorID": return "Autor"
            case "cooperationID": return "Współpraca"
            case "childID": return "Dziecko"
            case "code": return "Problem"
            case "name": return "Imię i nazwisko"
            case "active": return "Aktywny"
            default: return nil
            }
        },
        keyCompare: "Porównaj", keyKeep: "Zachowaj", keyMerge: "Połącz", keyAll: "Wszystkie", keyDifferences: "Różnice",
        keyPane: "Panel",
        keyLeft: "Lewa", keyRight: "Prawa", keyKeepChosen: "Zachowaj wybraną",
        keepQuestion: { number, who, others in
            "Zachować wersję \(number) (\(who))? "
                + (others == 1 ? "Druga wersja zostanie w historii." : "Pozostałe wersje zostaną w historii.")
        },
        mergeQuestion: { number, who, others in
            "Zachować wersję \(number) (\(who)) i otworzyć ją do poprawy, aby przepisać potrzebne dane z "
                + (others == 1 ? "drugiej? Druga wersja zostanie w historii." : "pozostałych? Pozostałe zostaną w historii.")
        },
        kept: { number, who, others in
            "Zachowano wersję \(number) (\(who)); " + (others == 1 ? "druga została w historii." : "pozostałe zostały w historii.")
        },
        otherVersion: { "Z drugiej wersji: \($0)" },
        editHere: "Popraw zapis tutaj (Enter) i przepisz, co potrzebne, z drugiej wersji.",
        editElsewhere: "Ten zapis poprawisz na jego własnym ekranie; druga wersja jest w historii.",
        todo: { "zapis w konflikcie: \($0)" },
        helpList: ScreenHelp([
            "Konflikt powstaje, gdy ten sam zapis zmieniono na dwóch komputerach",
            "od ostatniej wymiany danych. Teczka zachowuje obie wersje i pokazuje nowszą;",
            "nic nie znika bez Twojej decyzji. Wybierz wersję, która ma zostać —",
            "pozostałe zostają w historii zmian. Asystent widzi konflikty tylko",
            "w swoich rodzinach.",
        ], commands: [
            "O": "porównaj wersje obok siebie",
        ]),
        helpCompare: ScreenHelp([
            "Wersje zapisu obok siebie: po lewej pokazywana teraz (najnowsza), po prawej druga; nad każdą — kto ją zapisał i kiedy. Domyślnie widać tylko pola, które się różnią. Zachowana wersja staje się nową wersją zapisu; pozostałe zostają w historii.",
        ], commands: [
            "1": "zachowaj wersję 1 (z pytaniem: T tak, N nie); przy kilku wersjach cyfry do 9",
            "2": "zachowaj wersję 2 (z pytaniem)",
            "L": "wybierz lewą wersję (▸)",
            "P": "wybierz prawą wersję (▸)",
            "Z": "zachowaj wybraną wersję (z pytaniem)",
            "E": "połącz: zachowaj wybraną wersję i otwórz ją do poprawy, aby przepisać dane z drugiej (rodzina, osoba; inne zapisy — na ich ekranie)",
            "W": "wszystkie pola / tylko różnice",
            "K": "przełącz przewijany panel (przy 3+ wersjach: kolejna wersja po prawej)",
        ], after: [
            "↑ ↓ PgUp PgDn przewijają panel, Esc wraca. Tu nic się nie wpisuje, więc cyfry i litery E, W działają od razu.",
        ]))

    public static let english = ConflictText(
        title: "Conflicts",
        compareTitle: { "Conflict: \($0)" },
        columnFamily: "Family", columnRecord: "Record", columnVersions: "Versions", columnNewest: "Newest",
        empty: "No conflicts.",
        noFamily: "(no family)",
        family: "family",
        member: { "person: \($0)" },
        cooperation: { "cooperation from \($0)" },
        problem: { "problem: \($0)" },
        plan: { number, date in "work plan, version \(number) of \(date)" },
        visit: { "visit \($0)" },
        placement: { "foster care from \($0)" },
        event: { kind, date in "event: \(kind) \(date)" },
        assessment: { from, to in "periodic assessment for \(from)–\(to)" },
        meeting: { "team meeting \($0)" },
        user: { "user: \($0)" },
        settings: "store settings",
        transfer: "export or import entry",
        redaction: "anonymisation of a family",
        summary: { versions, differing, all in
            "\(versions) versions · \(differing) \(differing == 1 ? "field differs" : "fields differ")"
                + (all ? " · all fields shown (≠ — differs; W — differences only)" : " · W — all fields")
        },
        version: { number, shown in "Version \(number)" + (shown ? " — shown now" : "") },
        author: { name, time in "\(name), \(time)" },
        detailLine: { number, name, time, shown in "\(number). \(name), \(time)" + (shown ? " — shown now" : "") },
        noDifferences: "The versions differ in technical fields only (W — all fields).",
        none: "(none)",
        emptyValue: "(empty)",
        keyLabel: { key in
            switch key {
            case "archived": return "Archived"
            case "sharedWith": return "Shared with"
            case "familyID": return "Family"
            case "assistantID": return "Assistant"
            case "authorID": return "Author"
            case "cooperationID": return "Cooperation"
            case "childID": return "Child"
            case "code": return "Problem"
            case "name": return "Name"
            case "active": return "Active"
            default: return nil
            }
        },
        keyCompare: "Compare", keyKeep: "Keep", keyMerge: "Combine", keyAll: "All", keyDifferences: "Differences",
        keyPane: "Pane",
        keyLeft: "Left", keyRight: "Right", keyKeepChosen: "Keep chosen",
        keepQuestion: { number, who, others in
            "Keep version \(number) (\(who))? " + (others == 1 ? "The other version stays in the history." : "The others stay in the history.")
        },
        mergeQuestion: { number, who, others in
            "Keep version \(number) (\(who)) and open it for correction, to copy what you need from the "
                + (others == 1 ? "other one? The other version stays in the history." : "others? They stay in the history.")
        },
        kept: { number, who, others in
            "Kept version \(number) (\(who)); " + (others == 1 ? "the other one stays in the history." : "the others stay in the history.")
        },
        otherVersion: { "From the other version: \($0)" },
        editHere: "Correct the record here (Enter) and copy what you need from the other version.",
        editElsewhere: "Correct this record on its own screen; the other version is in the history.",
        todo: { "record in conflict: \($0)" },
        helpList: ScreenHelp([
            "A conflict arises when the same record was changed on two computers",
            "since their last exchange. Teczka keeps both versions and shows the newer;",
            "nothing disappears without your decision. Choose the version to keep —",
            "the others stay in the change history. An assistant sees conflicts",
            "in their own families only.",
        ], commands: [
            "O": "compare the versions side by side",
        ]),
        helpCompare: ScreenHelp([
            "The versions of a record side by side: on the left the one shown now (the newest), on the right the other; above each, who saved it and when. Only the fields that differ are listed at first. The kept version becomes a new version of the record; the others stay in the history.",
        ], commands: [
            "1": "keep version 1 (asks first: T yes, N no); with more versions the digits up to 9",
            "2": "keep version 2 (asks first)",
            "L": "choose the left version (▸)",
            "P": "choose the right version (▸)",
            "Z": "keep the chosen version (asks first)",
            "E": "combine: keep the chosen version and open it for correction, to copy what you need from the other (family, person; other records — on their own screen)",
            "W": "all fields / differences only",
            "K": "switch the pane that scrolls (with 3+ versions: the next version on the right)",
        ], after: [
            "↑ ↓ PgUp PgDn scroll the pane, Esc goes back. Nothing is typed here, so the digits and the letters E, W work at once.",
        ]))
}

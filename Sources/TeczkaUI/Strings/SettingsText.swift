import TeczkaCore

/// Texts of the store's settings (issue 17: the settings screen, F9 B on the family list, and `teczka settings`),
/// per language.
public struct SettingsText: Sendable {
    public let menu: String
    public let title: String
    public let readOnly: String
    public let saved: String
    public let townHint, patternHint, numberHint, capHint: String
    /// A case number's line in a cooperation's details.
    public let caseNumberDetail: @Sendable (String) -> String
    public let help: [String]
    /// The labels of `describe`'s lines.
    let words: Words

    struct Words: Sendable {
        let centre, address, town, pattern, catalogue, cap, capByFTE, monitoring, notVisited, retention, retired: String
    }

    /// The settings as `teczka settings` prints them and an assistant sees them.
    public func describe(_ settings: StoreSettings) -> [String] {
        let centre = settings.centre, w = words
        func shown(_ text: String) -> String { text.isEmpty ? "—" : text }
        var lines = [
            w.centre + shown(centre.name), w.address + shown(centre.address), w.town + shown(centre.town),
            w.pattern + shown(centre.caseNumberPattern), w.catalogue + settings.catalogue.name,
            w.cap + "\(settings.caseloadCap)" + (settings.capByEmployment ? w.capByFTE : ""),
            w.monitoring + "\(settings.monitoringMonths)", w.notVisited + "\(settings.notVisitedDays)",
            w.retention + "\(settings.retentionYears)",
        ]
        let retired = settings.catalogue.entries.filter(\.retired)
        if !retired.isEmpty { lines.append(w.retired + retired.map { "\($0.code) \($0.label)" }.joined(separator: "; ")) }
        return lines
    }

    public static let polish = SettingsText(
        menu: "Ustawienia",
        title: "Ustawienia bazy",
        readOnly: "Ustawienia zmienia tylko koordynator.",
        saved: "Zapisano ustawienia.",
        townHint: "przed datą na pismach: „Siechnice, dnia …”",
        patternHint: "{nr} kolejny numer w roku, {rok} rok; np. AR.4011.{nr}.{rok}",
        numberHint: "podpowiedź ze wzoru w ustawieniach; rozstrzyga rejestr ośrodka",
        capHint: "na pełny etat",
        caseNumberDetail: { "Numer sprawy: \($0)" },
        help: [
            "Ustawienia całej bazy. Zmienia je koordynator; asystent je tylko ogląda.",
            "Nazwa, adres i miejscowość ośrodka trafiają do nagłówków wydruków (puste pola są pomijane).",
            "Wzór numeru sprawy podpowiada numer nowej współpracy: {nr} to kolejny numer w roku, {rok} rok jej rozpoczęcia, np. AR.4011.{nr}.{rok} daje AR.4011.7.2026. Pusty wzór: bez podpowiedzi.",
            "Limit rodzin na asystenta (ustawa: 15), czy idzie za etatem, miesiące monitoringu po zakończeniu, dni bez wizyty, po których rodzina jest oznaczana, i lata przechowywania danych po zakończeniu.",
            "Błędne pole jest opisane pod nim; nic nie zostaje zapisane, dopóki jest jakiś błąd.",
            "",
            "  Tab / ↓       następne pole;  Shift-Tab / ↑  poprzednie",
            "  Spacja        przełącza pole tak/nie",
            "  F2            zapisz;  Esc  anuluj",
        ],
        words: Words(centre: "Ośrodek: ", address: "Adres ośrodka: ", town: "Miejscowość ośrodka: ", pattern: "Wzór numeru sprawy: ",
                     catalogue: "Katalog problemów: ", cap: "Limit rodzin na asystenta: ",
                     capByFTE: " na pełny etat, proporcjonalnie do etatu", monitoring: "Monitoring po zakończeniu (miesiące): ",
                     notVisited: "Rodzina bez wizyty oznaczana po (dni): ",
                     retention: "Przechowywanie danych rodziny po zakończeniu (lata): ", retired: "Wycofane pozycje: "))

    public static let english = SettingsText(
        menu: "Settings",
        title: "Store settings",
        readOnly: "Only a coordinator changes the settings.",
        saved: "Settings saved.",
        townHint: "before the date on documents: “Siechnice, dnia …”",
        patternHint: "{nr} the next number in the year, {rok} the year; e.g. AR.4011.{nr}.{rok}",
        numberHint: "suggested by the pattern in the settings; the centre's register decides",
        capHint: "full time",
        caseNumberDetail: { "Case number: \($0)" },
        help: [
            "The settings of the whole store. A coordinator changes them; an assistant only sees them.",
            "The centre's name, address and town go into the printouts' headers (empty fields are left out).",
            "The case-number pattern suggests a new cooperation's number: {nr} the next number in the year, {rok} its start year, e.g. AR.4011.{nr}.{rok} gives AR.4011.7.2026. An empty pattern: no suggestion.",
            "The cap on families per assistant (the law: 15), whether it follows the FTE, months of monitoring after the end, days without a visit before a family is flagged, and years records are kept after the end.",
            "A wrong field is explained under it; nothing is saved while any error remains.",
            "",
            "  Tab / ↓       next field;  Shift-Tab / ↑  previous",
            "  Space         switches a yes/no field",
            "  F2            save;  Esc  cancel",
        ],
        words: Words(centre: "Centre: ", address: "Centre's address: ", town: "Centre's town: ", pattern: "Case-number pattern: ",
                     catalogue: "Problem catalogue: ", cap: "Caseload cap per assistant: ",
                     capByFTE: " full time, in proportion to the FTE", monitoring: "Monitoring after the end (months): ",
                     notVisited: "Family flagged as not visited after (days): ",
                     retention: "Family records kept after the end (years): ", retired: "Retired entries: "))
}

extension Strings {
    public var settingsText: SettingsText { language == .pl ? .polish : .english }
}

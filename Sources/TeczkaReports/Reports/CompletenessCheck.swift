import TeczkaCore

/// Records that make a report's figures untrustworthy until they are completed: run before every report (the
/// findings are printed under the table) or on its own.
public enum CompletenessCheck {
    public static let title = "Kompletność danych"

    /// The findings for a run of `reports`: those of every report, and a report's own (co-financing's notes and
    /// powiats) when it is among them.
    public static func findings(_ data: ReportData, period: ReportPeriod, reports: [ReportDefinition], today: LocalDate) -> [Finding] {
        findings(data, period: period)
            + (reports.contains { $0.name == CoFinancingTables.coFinancing.name } ? CoFinancingTables.findings(data, period: period, today: today) : [])
    }

    /// Findings for the families served in the period, by family (alphabetically), then by kind.
    public static func findings(_ data: ReportData, period: ReportPeriod) -> [Finding] {
        data.served(in: period).filter { !data.anonymised.contains($0) }.flatMap { family in
            findings(of: family, data, period).map {
                Finding(familyID: family, family: data.label(family), kind: $0.0, detail: $0.1)
            }
        }
    }

    static func findings(of family: RecordID, _ data: ReportData, _ period: ReportPeriod) -> [(Finding.Kind, String)] {
        var found: [(Finding.Kind, String)] = []
        if !(data.problems[family] ?? []).contains(where: { $0.identified <= period.to }) {
            found.append((.noProblems, "brak wpisanych problemów rodziny"))
        }
        let unborn = (data.members[family] ?? []).filter { $0.birthDate == nil }
            .sorted { PolishCollation.compare($0.fullName, $1.fullName) == .orderedAscending }
        found += unborn.map { (.noBirthDate, "brak daty urodzenia: \($0.fullName)") }
        let cooperations = data.cooperations(of: family, in: period)
        for c in cooperations where c.categories.isEmpty {
            found.append((.noCategory, "współpraca od \(c.start.polish) bez kategorii rodziny"))
        }
        for c in cooperations where c.end != nil && c.endReason == nil {
            found.append((.noEndReason, "współpraca zakończona \(c.end!.polish) bez powodu zakończenia"))
        }
        for c in cooperations where c.isActive(on: period.to) {
            let due = data.assessmentDue(c, on: period.to)
            if due < period.to {
                found.append((.assessmentOverdue, "brak oceny okresowej od ponad 6 miesięcy (termin minął \(due.polish))"))
            }
        }
        found += duplicatePesels(in: family, data, on: period.to).map { (.duplicatePesel, $0) }
        let waiting = (data.assessments[family] ?? []).filter { $0.state == .przekazana && ($0.passedOn.map { $0 <= period.to } ?? false) }
            .sorted { $0.periodTo < $1.periodTo }
        found += waiting.map {
            (.assessmentNotReviewed, "ocena okresowa za \($0.periodFrom.polish)–\($0.periodTo.polish) czeka na zatwierdzenie"
                + ($0.passedOn.map { " od \($0.polish)" } ?? ""))
        }
        return found
    }

    /// People of `family` whose PESEL another person has: in the same family, or in another family they belong to on
    /// `day` (the rule `CaseFile.saveMember` applies, for data entered before it).
    static func duplicatePesels(in family: RecordID, _ data: ReportData, on day: LocalDate) -> [String] {
        let mine = (data.members[family] ?? []).filter { !$0.archived && !($0.pesel ?? "").isEmpty }
            .sorted { PolishCollation.compare($0.fullName, $1.fullName) == .orderedAscending }
        return mine.compactMap { person in
            let others = (data.membersByPesel[person.pesel ?? ""] ?? []).filter { !$0.archived && $0.id != person.id
                && ($0.familyID == family || ($0.belongs(on: day) && person.belongs(on: day))) }
            // A pair in one family is named once, at the first of the two on the list.
            guard !others.isEmpty, !others.contains(where: { $0.familyID == family && mine.firstIndex(of: $0)! < mine.firstIndex(of: person)! })
            else { return nil }
            let names = others.map { $0.familyID == family ? $0.fullName : "\($0.fullName) (\(data.label($0.familyID)))" }
            return "ten sam PESEL: \(person.fullName) i \(names.joined(separator: ", "))"
        }
    }

    /// The findings on their own, as plain text.
    public static func text(_ findings: [Finding], period: ReportPeriod) -> String {
        var out = ["\(title) — \(period.header)", ""]
        out += findings.isEmpty ? [FindingsText.none] : Array(FindingsText.lines(findings).dropFirst())
        return out.joined(separator: "\n") + "\n"
    }

    /// The findings on their own, as Markdown.
    public static func markdown(_ findings: [Finding], period: ReportPeriod) -> String {
        var out = ["## \(title) — \(PrintedDocument.markdownEscape(period.header))"]
        out += findings.isEmpty ? ["", FindingsText.none] : Array(FindingsText.markdown(findings))
        return out.joined(separator: "\n") + "\n"
    }
}

import TeczkaCore

/// An assessment as a document for the paper file: Markdown, printable HTML (with signature lines) or plain text.
/// Documents are printed in Polish, the language of the family's file.
public struct PrintedAssessment: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case html, md, text
    }

    struct Section {
        let title: String
        let paragraphs: [String]
        var table: (header: [String], rows: [[String]])?
    }

    let title: String
    let facts: [(String, String)]
    let sections: [Section]
    let status: String
    let signatures: [String]

    /// Collects what the document shows from the case file. Nil when the assessment does not exist.
    public init?(_ id: RecordID, in file: CaseFile) {
        guard let a = file.assessments[id], let family = file.families[a.familyID] else { return nil }
        let cooperation = file.cooperations[a.cooperationID]
        title = "Okresowa ocena sytuacji rodziny" + (a.correction > 0 ? " — korekta \(a.correction)" : "")
        var facts: [(String, String)] = [
            ("Rodzina", family.label),
            ("Adres", [family.address, family.locality].filter { !$0.isEmpty }.joined(separator: ", ")),
            ("Okres oceny", "\(a.periodFrom.polish) – \(a.periodTo.polish)"),
            ("Asystent rodziny", file.userName(a.authorID)),
        ]
        if let cooperation { facts.append(("Współpraca od", cooperation.start.polish)) }
        let members = file.members(of: family.id).filter { $0.belongs(on: a.periodTo) }.map { m in
            m.fullName + (m.age(on: a.periodTo).map { " (\($0) l.)" } ?? "")
        }
        facts.append(("Członkowie rodziny", members.joined(separator: ", ")))
        self.facts = facts
        let catalogue = file.settings.catalogue
        var recommendation = a.recommendation?.label ?? "—"
        if let reason = a.proposedEndReason, a.recommendation == .zakonczenie { recommendation += " — proponowany powód: \(reason.label)" }
        if a.recommendation == .skierowanieDoSpecjalisty, !a.specialist.isEmpty { recommendation += " — \(a.specialist)" }
        sections = [
            Section(title: "1. Sytuacja rodziny", paragraphs: Self.paragraphs(a.situation)),
            Section(title: "2. Postęp w realizacji celów planu pracy z rodziną", paragraphs: [],
                    table: (["Cel", "Stan", "Komentarz"], a.goals.map { [$0.text, $0.status.label, $0.comment] })),
            Section(title: "3. Stan problemów", paragraphs: [],
                    table: (["Problem", "Stan", "Komentarz"], a.problems.map { [catalogue.entry($0.code)?.label ?? $0.code, $0.status.label, $0.comment] })),
            Section(title: "4. Sytuacja dzieci", paragraphs: Self.paragraphs(a.children)),
            Section(title: "5. Współpraca rodziny z asystentem", paragraphs: Self.paragraphs(a.cooperationText)),
            Section(title: "6. Rekomendacja", paragraphs: [recommendation]),
        ]
        var status = "Stan: \(a.state.label)"
        if let on = a.passedOn { status += "; przekazana \(on.polish)" }
        if let by = a.approvedBy, let on = a.approvedOn { status += "; zatwierdzona \(on.polish) przez: \(file.userName(by))" }
        self.status = status
        signatures = ["Asystent rodziny: \(file.userName(a.authorID))",
                      "Kierownik: " + (a.approvedBy.map { file.userName($0) } ?? "")]
    }

    /// A file name from a label: Polish letters folded, anything else but letters and digits dropped.
    public static func fileName(_ label: String) -> String {
        let folded = PolishCollation.fold(label)
        let kept = folded.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == " " }
        let name = String(String.UnicodeScalarView(kept)).split(separator: " ").joined(separator: "-")
        return name.isEmpty ? "rodzina" : name
    }

    static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .md: return markdown
        case .html: return html
        case .text: return plainText
        }
    }

    var markdown: String {
        var out = ["# \(Self.markdownEscape(title))", ""]
        out += facts.map { "- **\($0.0):** \(Self.markdownEscape($0.1))" }
        for section in sections {
            out += ["", "## \(section.title)", ""]
            out += section.paragraphs.map(Self.markdownEscape).flatMap { [$0, ""] }
            if let table = section.table {
                out.append("| " + table.header.joined(separator: " | ") + " |")
                out.append("|" + String(repeating: "---|", count: table.header.count))
                out += table.rows.map { "| " + $0.map { Self.markdownEscape($0).replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |" }
            }
        }
        out += ["", "_\(status)_", ""]
        out += signatures.map { "\($0)  ……………………………… (data i podpis)" }
        return out.joined(separator: "\n") + "\n"
    }

    var plainText: String {
        var out = [title.uppercased(), String(repeating: "=", count: title.count), ""]
        out += facts.map { "\($0.0): \($0.1)" }
        for section in sections {
            out += ["", section.title, String(repeating: "-", count: section.title.count)]
            out += section.paragraphs
            if let table = section.table {
                for row in table.rows { out.append("• " + row.filter { !$0.isEmpty }.joined(separator: " — ")) }
            }
        }
        out += ["", status, ""]
        out += signatures.map { "\($0)   ..............................  (data i podpis)" }
        return out.joined(separator: "\n") + "\n"
    }

    var html: String {
        let e = Self.htmlEscape
        var body = ["<h1>\(e(title))</h1>", "<table class=\"facts\">"]
        body += facts.map { "<tr><th>\(e($0.0))</th><td>\(e($0.1))</td></tr>" }
        body.append("</table>")
        for section in sections {
            body.append("<h2>\(e(section.title))</h2>")
            body += section.paragraphs.map { "<p>\(e($0))</p>" }
            if let table = section.table {
                body.append("<table class=\"grid\"><tr>" + table.header.map { "<th>\(e($0))</th>" }.joined() + "</tr>")
                body += table.rows.map { "<tr>" + $0.map { "<td>\(e($0))</td>" }.joined() + "</tr>" }
                body.append("</table>")
            }
        }
        body.append("<p class=\"status\">\(e(status))</p>")
        body.append("<div class=\"signatures\">" + signatures.map {
            "<div class=\"signature\"><div class=\"line\"></div>\(e($0))<br><small>data i podpis</small></div>"
        }.joined() + "</div>")
        return """
            <!DOCTYPE html>
            <html lang="pl">
            <head>
            <meta charset="utf-8">
            <title>\(e(title))</title>
            <style>
            body { font-family: "DejaVu Serif", Georgia, serif; max-width: 18cm; margin: 1.5cm auto; font-size: 11pt; }
            h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 1.2em; }
            table { border-collapse: collapse; width: 100%; } th { text-align: left; vertical-align: top; }
            table.grid th, table.grid td { border: 1px solid #444; padding: 4px; vertical-align: top; }
            table.facts th { width: 30%; padding-right: 1em; }
            .signatures { display: flex; justify-content: space-between; margin-top: 3em; }
            .signature { width: 45%; } .line { border-bottom: 1px dotted #000; height: 3em; margin-bottom: 4px; }
            @media print { body { margin: 0; } }
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// Text is escaped for HTML and shown with control characters as visible placeholders.
    static func htmlEscape(_ text: String) -> String {
        visible(text).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func markdownEscape(_ text: String) -> String {
        var out = ""
        for c in visible(text) {
            if "\\`*_{}[]<>#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    static func visible(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            TextRules.isControl(s) && s != "\n" ? Unicode.Scalar(0xFFFD)! : s
        }))
    }
}

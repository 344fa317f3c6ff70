import TeczkaCore

/// A document for the paper file (an assessment, a plan version, a team meeting protocol): a title, facts, numbered
/// sections with paragraphs and tables, a status line and signature lines. Rendered as Markdown, printable HTML or
/// plain text. Documents are printed in Polish, the language of the family's file.
public struct PrintedDocument: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case html, md, text
    }

    struct Section: Sendable {
        let title: String
        let paragraphs: [String]
        var table: Table?

        init(title: String, paragraphs: [String], table: (header: [String], rows: [[String]])? = nil) {
            self.title = title
            self.paragraphs = paragraphs
            self.table = table.map { Table(header: $0.header, rows: $0.rows) }
        }
    }

    struct Table: Sendable {
        let header: [String]
        let rows: [[String]]
    }

    let title: String
    let facts: [(String, String)]
    let sections: [Section]
    let status: String
    let signatures: [SignatureLine]
    let letterhead: Letterhead

    init(title: String, facts: [(String, String)], sections: [Section], status: String, signatures: [SignatureLine],
         letterhead: Letterhead) {
        self.title = title
        self.facts = facts
        self.sections = sections
        self.status = status
        self.signatures = signatures
        self.letterhead = letterhead
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

    /// The plain text as lines without the letterhead and the signature lines, for showing a document on screen.
    public var lines: [String] { textLines(paper: false) }

    var markdown: String {
        let head = letterhead
        var out = head.centreLines.map { "**\(Self.markdownEscape($0))**  " }
        if head.isAboutFamily { out.append(Self.markdownEscape(head.caseLine) + "  ") }
        out += [Self.markdownEscape(head.placeAndDate), "", "# \(Self.markdownEscape(title))", ""]
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
        if !status.isEmpty { out += ["", "_\(status)_"] }
        out.append("")
        out += signatures.map { line in
            Self.markdownEscape(line.label) + (line.signedOn == nil ? "  ……………………………… (data i podpis)" : " — \(line.caption)") + "  "
        }
        out += ["", "_\(head.printedLine)_"]
        return out.joined(separator: "\n") + "\n"
    }

    var plainText: String { textLines(paper: true).joined(separator: "\n") + "\n" }

    /// `paper`: with the letterhead and the signature lines, as in a file; without them, as on a screen.
    func textLines(paper: Bool) -> [String] {
        var out: [String] = []
        if paper {
            out += letterhead.centreLines
            out += (letterhead.isAboutFamily ? [letterhead.caseLine] : []) + [letterhead.placeAndDate, ""]
        }
        out += [title.uppercased(), String(repeating: "=", count: title.count), ""]
        out += facts.map { "\($0.0): \($0.1)" }
        for section in sections {
            out += ["", section.title, String(repeating: "-", count: section.title.count)]
            out += section.paragraphs
            if let table = section.table {
                for row in table.rows { out.append("• " + row.filter { !$0.isEmpty }.joined(separator: " — ")) }
            }
        }
        if !status.isEmpty { out += ["", status] }
        guard paper else { return out }
        out.append("")
        out += signatures.map { line in
            line.label + (line.signedOn == nil ? "   ..............................  (data i podpis)" : " — \(line.caption)")
        }
        out += ["", letterhead.printedLine]
        return out
    }

    /// A standalone UTF-8 HTML page in Polish with its own stylesheet (documents and report tables).
    static func htmlPage(title: String, style: String, body: [String]) -> String {
        """
        <!DOCTYPE html>
        <html lang="pl">
        <head>
        <meta charset="utf-8">
        <title>\(htmlEscape(title))</title>
        <style>
        \(style)
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

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
    let signatures: [String]

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

    /// The plain text as lines without the signature lines, for showing a document on screen.
    public var lines: [String] { textLines(signatures: false) }

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
        if !status.isEmpty { out += ["", "_\(status)_"] }
        out.append("")
        out += signatures.map { "\($0)  ……………………………… (data i podpis)" }
        return out.joined(separator: "\n") + "\n"
    }

    var plainText: String { textLines(signatures: true).joined(separator: "\n") + "\n" }

    func textLines(signatures withSignatures: Bool) -> [String] {
        var out = [title.uppercased(), String(repeating: "=", count: title.count), ""]
        out += facts.map { "\($0.0): \($0.1)" }
        for section in sections {
            out += ["", section.title, String(repeating: "-", count: section.title.count)]
            out += section.paragraphs
            if let table = section.table {
                for row in table.rows { out.append("• " + row.filter { !$0.isEmpty }.joined(separator: " — ")) }
            }
        }
        if !status.isEmpty { out += ["", status] }
        guard withSignatures else { return out }
        out.append("")
        out += signatures.map { "\($0)   ..............................  (data i podpis)" }
        return out
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
        if !status.isEmpty { body.append("<p class=\"status\">\(e(status))</p>") }
        body.append("<div class=\"signatures\">" + signatures.map {
            "<div class=\"signature\"><div class=\"line\"></div>\(e($0))<br><small>data i podpis</small></div>"
        }.joined() + "</div>")
        return Self.htmlPage(title: title, style: """
            body { font-family: "DejaVu Serif", Georgia, serif; max-width: 18cm; margin: 1.5cm auto; font-size: 11pt; }
            h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 1.2em; }
            table { border-collapse: collapse; width: 100%; } th { text-align: left; vertical-align: top; }
            table.grid th, table.grid td { border: 1px solid #444; padding: 4px; vertical-align: top; }
            table.facts th { width: 30%; padding-right: 1em; }
            .signatures { display: flex; flex-wrap: wrap; justify-content: space-between; margin-top: 3em; }
            .signature { width: 45%; margin-bottom: 2em; } .line { border-bottom: 1px dotted #000; height: 3em; margin-bottom: 4px; }
            @media print { body { margin: 0; } }
            """, body: body)
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

import TeczkaCore

/// The printable HTML of a case document: an A4 page with the centre, the case number and the family at the top of
/// every page and "Strona X z Y" at the foot (CSS page-margin boxes, printed by Chromium 131 and later), table
/// headings repeated on each page, rows kept whole, and the signatures kept on a page with the end of the text.
extension PrintedDocument {
    var html: String {
        let e = Self.htmlEscape
        var body = ["<header class=\"letterhead\"><div class=\"centre\">"
            + letterhead.centreLines.map(e).joined(separator: "<br>")
            + "</div><div class=\"place\">\(e(letterhead.placeAndDate))</div></header>"]
        if letterhead.isAboutFamily { body.append("<p class=\"case\">\(e(letterhead.caseLine))</p>") }
        body += ["<h1>\(e(title))</h1>", "<table class=\"facts\">"]
        body += facts.map { "<tr><th>\(e($0.0))</th><td>\(e($0.1))</td></tr>" }
        body.append("</table>")
        for section in sections {
            // No wrapper around a section: Chromium looks for an earlier break only among siblings, and the
            // signatures' "break-before: avoid" needs the text's last paragraphs and rows as their siblings.
            body.append("<h2>\(e(section.title))</h2>")
            body += section.paragraphs.map { "<p>\(e($0))</p>" }
            if let table = section.table {
                body.append("<table class=\"grid\"><thead><tr>" + table.header.map { "<th>\(e($0))</th>" }.joined()
                    + "</tr></thead><tbody>")
                body += table.rows.map { "<tr>" + $0.map { "<td>\(e($0))</td>" }.joined() + "</tr>" }
                body.append("</tbody></table>")
            }
        }
        // Kept whole and on the page of the text's end, so that no page holds only the places to sign.
        body.append("<div class=\"closing\">")
        if !status.isEmpty { body.append("<p class=\"status\">\(e(status))</p>") }
        body.append("<div class=\"signatures\">" + signatures.map { line in
            let signed = line.signedOn != nil
            return "<div class=\"signature\(signed ? " signed" : "")\">" + (signed ? "" : "<div class=\"line\"></div>")
                + "\(e(line.label))<br><small>\(e(line.caption))</small></div>"
        }.joined() + "</div></div>")
        return Self.htmlPage(title: title, style: Self.pageStyle(letterhead, title: title) + """
            body { font-family: "DejaVu Serif", Georgia, serif; font-size: 11pt; margin: 0; }
            @media screen { body { max-width: 18cm; margin: 1.5cm auto; } }
            header.letterhead { display: flex; justify-content: space-between; align-items: flex-start; font-size: 10pt; }
            header .centre { font-weight: bold; max-width: 60%; } header .place { text-align: right; }
            p.case { font-size: 10pt; margin: 0.6em 0 0; }
            h1 { font-size: 16pt; margin-top: 0.8em; } h2 { font-size: 12pt; margin-top: 1.2em; break-after: avoid; }
            table { border-collapse: collapse; width: 100%; } th { text-align: left; vertical-align: top; }
            table.grid th, table.grid td { border: 1px solid #444; padding: 4px; vertical-align: top; }
            table.grid thead { display: table-header-group; } table.grid tr { break-inside: avoid; }
            table.facts th { width: 30%; padding-right: 1em; } table.facts tr { break-inside: avoid; }
            p { orphans: 3; widows: 3; }
            .closing { break-inside: avoid; break-before: avoid; margin-top: 2em; }
            .signatures { display: flex; flex-wrap: wrap; justify-content: space-between; margin-top: 1em; }
            .signature { width: 45%; margin-bottom: 1.5em; } .line { border-bottom: 1px dotted #000; height: 3em; margin-bottom: 4px; }
            .signature.signed { padding-top: calc(3em + 5px); }
            """, body: body)
    }

    /// The A4 page with the running header and the page numbers in its margins.
    static func pageStyle(_ head: Letterhead, title: String) -> String {
        """
        @page {
          size: A4; margin: 2.5cm 1.8cm 2cm 2.2cm;
          @top-left { content: \(cssString(head.runningHeader(title: title))); font: 8pt "DejaVu Sans", sans-serif; vertical-align: bottom; padding-bottom: 0.4cm; }
          @bottom-left { content: \(cssString(head.printedLine)); font: 8pt "DejaVu Sans", sans-serif; }
          @bottom-right { content: "Strona " counter(page) " z " counter(pages); font: 8pt "DejaVu Sans", sans-serif; }
        }

        """
    }

    /// A CSS string literal: everything but letters, digits and spaces as a hexadecimal escape, so that no text from
    /// the file (a family's label, the centre's name) can end the string or the style sheet.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in visible(text).unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return out + "\""
    }
}

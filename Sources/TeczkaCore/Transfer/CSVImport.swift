import Foundation

/// Families and members from a spreadsheet (Docs/import-format.md, "CSV"): one row per member, rows with the same
/// family label and address make one family. UTF-8 (a BOM is fine), `;` or `,` between fields, a header row.
enum CSVTable {
    /// The columns, by their folded header name. `rodzina`, `imie` and `nazwisko` are required.
    static let columns = ["rodzina", "adres", "miejscowosc", "wies", "struktura", "imie", "nazwisko", "rola",
                          "data_urodzenia", "pesel"]
    static let required = ["rodzina", "imie", "nazwisko"]

    struct Row {
        let line: Int
        let fields: [String]
    }

    /// Splits the text into rows (quotes with `""` inside, separators and line breaks inside quotes). Empty lines are
    /// skipped; each row keeps the line it starts on.
    static func rows(_ text: String, separator: Character) throws -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var atFieldStart = true
        var characters = Array(text)
        if characters.last != "\n" { characters.append("\n") }
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < characters.count, characters[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c == "\r\n" ? "\n" : c)
                }
            } else if c == "\"" && atFieldStart {
                quoted = true
                atFieldStart = false
            } else if c == separator {
                fields.append(field)
                field = ""
                atFieldStart = true
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                fields.append(field)
                if !(fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty) {
                    rows.append(Row(line: rowLine, fields: fields))
                }
                fields = []
                field = ""
                atFieldStart = true
                line += 1
                rowLine = line
            } else {
                field.append(c)
                atFieldStart = false
            }
            i += 1
        }
        if quoted { throw TransferFailure([TransferIssue(.csv(line: rowLine, column: nil), .csvUnclosedQuote)]) }
        return rows
    }

    /// `;` unless the header line has more commas than semicolons.
    static func separator(_ text: String) -> Character {
        let header = text.prefix { $0 != "\n" && $0 != "\r\n" }
        return header.filter { $0 == "," }.count > header.filter { $0 == ";" }.count ? "," : ";"
    }

    static func fold(_ header: String) -> String {
        PolishCollation.fold(header.trimmingCharacters(in: .whitespaces)).replacingOccurrences(of: " ", with: "_")
    }

    /// Names compared the way people see them: case, diacritics and repeated spaces do not count.
    static func key(_ text: String) -> String {
        PolishCollation.fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension CaseFile {
    /// Checks a CSV file of families and members against this store without writing. A family whose label and
    /// address match a family the user sees is that family (nothing of it changes); a member whose first name, last
    /// name and birth date match one of the family's members is skipped. So the same file imported again adds
    /// nothing. Throws `TransferFailure` with every issue (line and column).
    public func planCSVImport(_ data: Data) throws -> ImportPlan {
        var data = data
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TransferFailure([TransferIssue(.csv(line: 1, column: nil), .notUTF8)])
        }
        let rows = try CSVTable.rows(text, separator: CSVTable.separator(text))
        guard let header = rows.first else { throw TransferFailure([TransferIssue(.csv(line: 1, column: nil), .csvEmpty)]) }
        var issues: [TransferIssue] = []
        var position: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            let column = CSVTable.fold(name)
            if !CSVTable.columns.contains(column) {
                issues.append(TransferIssue(.csv(line: 1, column: name), .csvUnknownColumn(name)))
            } else if position[column] != nil {
                issues.append(TransferIssue(.csv(line: 1, column: name), .csvDuplicateColumn(name)))
            } else {
                position[column] = index
            }
        }
        for column in CSVTable.required where position[column] == nil {
            issues.append(TransferIssue(.csv(line: 1, column: nil), .csvMissingColumn(column)))
        }
        guard issues.isEmpty else { throw TransferFailure(issues) }
        if rows.count == 1 { throw TransferFailure([TransferIssue(.csv(line: 2, column: nil), .csvEmpty)]) }

        let visible = Dictionary(grouping: families.values.filter { !$0.archived && canSee($0.id) }) {
            CSVTable.key($0.label) + "\u{1}" + CSVTable.key($0.address)
        }
        func memberKey(_ m: Member) -> String {
            "\(m.familyID.raw)\u{1}\(CSVTable.key(m.firstName))\u{1}\(CSVTable.key(m.lastName))\u{1}\(m.birthDate?.iso ?? "")"
        }
        let stored = Set(members.values.filter { !$0.archived }.map(memberKey))
        var planned: [(id: RecordID, kind: RecordKind, document: any RecordDocument)] = []
        var summary = ImportSummary()
        // Families of the file by label+address key: the id used, the first line, the raw family columns.
        var fileFamilies: [String: (id: RecordID, line: Int, raw: [String], existing: Bool)] = [:]
        var memberKeys = Set<String>()
        for row in rows.dropFirst() {
            func value(_ column: String) -> String {
                guard let index = position[column], index < row.fields.count else { return "" }
                return row.fields[index].trimmingCharacters(in: .whitespaces)
            }
            func report(_ column: String?, _ problem: TransferProblem) {
                issues.append(TransferIssue(.csv(line: row.line, column: column), problem))
            }
            let extra = row.fields.dropFirst(header.fields.count)
            if row.fields.count < header.fields.count || extra.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                report(nil, .csvFieldCount(expected: header.fields.count, found: row.fields.count))
                continue
            }
            // The family.
            let familyKey = CSVTable.key(value("rodzina")) + "\u{1}" + CSVTable.key(value("adres"))
            let raw = ["miejscowosc", "wies", "struktura"].map(value)
            let familyID: RecordID
            if let known = fileFamilies[familyKey] {
                familyID = known.id
                if zip(raw, known.raw).contains(where: { !$0.0.isEmpty && CSVTable.key($0.0) != CSVTable.key($0.1) }) {
                    report("miejscowosc", .csvFamilyDiffers(firstLine: known.line))
                }
            } else {
                let matches = visible[familyKey, default: []]
                if matches.count > 1 { report("rodzina", .csvAmbiguousFamily(matches.count)) }
                if let existing = matches.first {
                    familyID = existing.id
                    summary.unchanged += 1
                    fileFamilies[familyKey] = (familyID, row.line, raw, true)
                } else {
                    familyID = .make()
                    var family = Family(id: familyID, label: value("rodzina"), address: value("adres"),
                                        locality: value("miejscowosc"))
                    switch CSVTable.key(value("wies")) {
                    case "", "nie", "n", "0", "false": family.rural = false
                    case "tak", "t", "1", "true": family.rural = true
                    default: report("wies", .csvBadValue(value("wies"), allowed: ["tak", "nie"]))
                    }
                    switch CSVTable.key(value("struktura")) {
                    case "", "pelna": family.structure = .pelna
                    case "niepelna": family.structure = .niepelna
                    default: report("struktura", .csvBadValue(value("struktura"), allowed: ["pełna", "niepełna"]))
                    }
                    for issue in family.validate() { report(issue.csvColumn, .invalid(issue)) }
                    fileFamilies[familyKey] = (familyID, row.line, raw, false)
                    planned.append((familyID, .family, family))
                    summary.written[.families, default: 0] += 1
                }
            }
            // The member (a row with neither name is a family without members).
            if value("imie").isEmpty && value("nazwisko").isEmpty { continue }
            var member = Member(familyID: familyID, firstName: value("imie"), lastName: value("nazwisko"))
            let pesel = value("pesel").filter { $0 != " " }
            member.pesel = pesel.isEmpty ? nil : pesel
            if !value("data_urodzenia").isEmpty {
                if let date = LocalDate(parsing: value("data_urodzenia")) {
                    member.birthDate = date
                } else {
                    report("data_urodzenia", .badDate(value("data_urodzenia")))
                }
            }
            let found = member.validate(today: today)
            for issue in found { report(issue.csvColumn, .invalid(issue)) }
            if member.birthDate == nil, found.isEmpty, let pesel = member.pesel, let date = try? Pesel(pesel).birthDate {
                member.birthDate = date
            }
            switch CSVTable.key(value("rola")) {
            case "rodzic", "opiekun", "rodzic/opiekun", "opiekun prawny": member.role = .rodzic
            case "dziecko": member.role = .dziecko
            case "inna", "inna dorosla", "inna osoba dorosla", "innadorosla": member.role = .innaDorosla
            case "":
                if let age = member.age(on: today) {
                    member.role = age < Member.adultAge ? .dziecko : .rodzic
                } else if value("data_urodzenia").isEmpty {
                    report("rola", .csvRoleNeeded)
                }
            default: report("rola", .csvBadValue(value("rola"), allowed: ["rodzic", "dziecko", "inna"]))
            }
            let key = memberKey(member)
            guard memberKeys.insert(key).inserted else { continue }
            if stored.contains(key) {
                summary.unchanged += 1
            } else {
                planned.append((member.id, .member, member))
                summary.written[.members, default: 0] += 1
            }
        }
        guard issues.isEmpty else { throw TransferFailure(issues) }
        return ImportPlan(documents: planned, summary: summary)
    }

    /// Imports families and members from CSV (any user: they are registered as the user's own), all rows in one
    /// journal append with the audit entry; nothing when every row is already in the store.
    @discardableResult
    public func importCSV(_ data: Data, fileName: String) throws -> ImportSummary {
        let plan = try planCSVImport(data)
        try commit(plan, direction: .importCsv, fileName: fileName)
        return plan.summary
    }
}

extension ValidationIssue {
    /// The CSV column a rule's field comes from.
    var csvColumn: String {
        switch field {
        case .label: return "rodzina"
        case .address: return "adres"
        case .locality: return "miejscowosc"
        case .firstName: return "imie"
        case .lastName: return "nazwisko"
        case .birthDate: return "data_urodzenia"
        case .pesel: return "pesel"
        case .role: return "rola"
        default: return field.rawValue
        }
    }
}

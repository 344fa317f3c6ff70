import Foundation
import TeczkaCore

/// The versions of one record as fields: each body decoded as a JSON object, keys in the order of the forms, values
/// in words (dates as DD.MM.RRRR, ids as names, yes/no).
struct VersionComparison {
    let heads: [Revision]
    let values: [[String: JSONValue]]
    let keys: [String]
    let differing: Set<String>
    private let app: App

    init(heads: [Revision], app: App) {
        self.heads = heads
        self.app = app
        values = heads.map { (try? JSONDecoder().decode([String: JSONValue].self, from: $0.body)) ?? [:] }
        let order = Dictionary(uniqueKeysWithValues: Field.allCases.enumerated().map { ($1.rawValue, $0) })
        keys = Set(values.flatMap(\.keys)).subtracting(["id"]).sorted { a, b in
            switch (order[a], order[b]) {
            case let (x?, y?): return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a < b
            }
        }
        let values = values
        differing = Set(keys.filter { key in Set(values.map { $0[key] ?? .null }).count > 1 })
    }

    func label(_ key: String) -> String {
        Field(rawValue: key).map(app.strings.fieldLabel) ?? app.strings.conflict.keyLabel(key) ?? key
    }

    func text(_ key: String, version index: Int) -> String {
        guard let value = values[index][key] else { return app.strings.conflict.none }
        return text(value, key: key)
    }

    private func text(_ value: JSONValue, key: String) -> String {
        let s = app.strings, c = s.conflict
        switch value {
        case .null: return c.none
        case .bool(let yes): return yes ? s.yes : s.no
        case .int(let n): return String(n)
        case .double(let n): return String(n)
        case .string(let text):
            if text.isEmpty { return c.emptyValue }
            if key == "structure", let structure = FamilyStructure(rawValue: text) { return s.structure(structure) }
            if key == "role", let role = MemberRole(rawValue: text) { return s.memberRole(role) }
            if text.count == 10, text.dropFirst(4).first == "-", let date = LocalDate(parsing: text) { return date.polish }
            if let file = app.file, text.count == 36 {
                let id = RecordID(text)
                if let name = file.users[id]?.name ?? file.members[id]?.fullName ?? file.families[id]?.label { return name }
            }
            return text
        case .array(let items):
            return items.isEmpty ? c.none : items.map { text($0, key: key) }.joined(separator: ", ")
        case .object(let fields):
            return fields.keys.sorted().filter { $0 != "id" }.map { label($0) + ": " + text(fields[$0]!, key: $0) }
                .joined(separator: "; ")
        }
    }

    /// "Adres „ul. Leśna 8”; Notatki „…”": the differing fields of the versions other than `index`.
    func differences(besides index: Int) -> String {
        keys.filter(differing.contains).compactMap { key -> String? in
            let mine = values[index][key]
            let others = values.indices.filter { $0 != index && values[$0][key] != mine }.map { text(key, version: $0) }
            return others.isEmpty ? nil : label(key) + " „" + others.joined(separator: "” / „") + "”"
        }.joined(separator: "; ")
    }
}
